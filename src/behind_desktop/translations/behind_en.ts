<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>AppController</name>
    <message>
      <source>No check-in is due right now.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Asker</name>
    <message>
      <source>Open the check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A quick check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Later</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n short questions, whenever you have a moment.</source>
      <translation>
        <numerusform>%n short questions, whenever you have a moment.</numerusform>
        <numerusform>%n short questions, whenever you have a moment.</numerusform>
      </translation>
    </message>
    <message>
      <source>Answer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nice. Take a breath. Keep “%1” as a small win?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Block done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep as a win</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a note…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Autostart</name>
    <message>
      <source>Behind will start when you log in.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind won't start at login.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start at login: on (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start at login: off (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Couldn't tell how Behind was started, so start at login can't be set.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Couldn't read %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The Windows registry is only there on Windows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Couldn't read the Windows start-up list: %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Couldn't turn on start at login: %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Couldn't turn off start at login: %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Couldn't turn on start at login: %1 can't be written (%2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Couldn't turn off start at login: %1 can't be written (%2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Couldn't turn off start at login: %1 can't be removed (%2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unknown choice “%1”: use on, off or status.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BehindFlow</name>
    <message>
      <source>Behind · I'm behind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Feeling behind? Let's make it smaller.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First, an honest look at the last week or so. Tick any of these that fit. Sometimes “behind” is really tiredness that more effort won't fix.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This also counts as this week's self-check. Only you see it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Some of these fit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None of these right now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind · Weekly self-check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How has this week been for you?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An honest look at the last week or so. Tick any of these that fit; only you see the answers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thanks for checking in with yourself. Until next week.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pick one tiny next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not the whole mountain: one small thing you could do in the next few minutes. Small counts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use this step: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Or write your own…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your tiny step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep my block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the block that is running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closes this; your block goes on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start 1 minute</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Start %n minute(s)</source>
      <translation>
        <numerusform>Start %n minute</numerusform>
        <numerusform>Start %n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Start a %n-minute focus block with this step</source>
      <translation>
        <numerusform>Start a %n-minute focus block with this step</numerusform>
        <numerusform>Start a %n-minute focus block with this step</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Your block for “%1” is still running (%n min left). Starting this step ends it; you can keep what you did in it as a small win.</source>
      <translation>
        <numerusform>Your block for “%1” is still running (%n min left). Starting this step ends it; you can keep what you did in it as a small win.</numerusform>
        <numerusform>Your block for “%1” is still running (%n min left). Starting this step ends it; you can keep what you did in it as a small win.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>A block is still running (%n min left). Starting this step ends it; you can keep what you did in it as a small win.</source>
      <translation>
        <numerusform>A block is still running (%n min left). Starting this step ends it; you can keep what you did in it as a small win.</numerusform>
        <numerusform>A block is still running (%n min left). Starting this step ends it; you can keep what you did in it as a small win.</numerusform>
      </translation>
    </message>
    <message>
      <source>That's a small win</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You moved, even while feeling behind. That's how it starts. Another tiny step, or is that enough for now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Another tiny step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enough for now</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckinPopup</name>
    <message>
      <source>Behind · check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A quick check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>×</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close the check-in (counts as Skip)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close (counts as Skip)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weekly self-check…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the weekly self-check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Four quick questions about how you've been this week</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckinRow</name>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not yet: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Later…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask me later: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip this time: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes (Y)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not yet (N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask again later (L)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip this time (S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask again in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 hour</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n hours</source>
      <translation>
        <numerusform>%n hours</numerusform>
        <numerusform>%n hours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n min</source>
      <translation>
        <numerusform>%n min</numerusform>
        <numerusform>%n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Ask again in %n minutes: %1</source>
      <translation>
        <numerusform>Ask again in %n minutes: %1</numerusform>
        <numerusform>Ask again in %n minutes: %1</numerusform>
      </translation>
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back to the answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From a little earlier</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Checkins</name>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not seen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Did you sleep enough to feel human?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Have you eaten something real?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Have you moved a little today? A walk counts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Have you talked honestly with someone this week?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This one went unanswered a few times, so now it asks every other time. Answering it once brings it back to normal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This one went unanswered for a while, so now it asks only about once in four times. Answering it once brings it back to normal.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CheckinsGroup</name>
    <message>
      <source>Check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with the check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Small questions about the basics. A “yes” ticks the matching Layer 1 item. Ignored questions are asked less often, never more.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message>
      <source>“%1” is not a whole number of minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>give a folder, not an empty name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is not a whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it can't be negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>that is too long a wait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the step has characters that aren't text in this terminal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (see %2 --help)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” isn't a choice here; use %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” isn't a choice here; use one of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PATH</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>keep all data under PATH (also BEHIND_DATA_DIR)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A gentle tray companion for days when you feel behind.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>show the version and stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>COMMAND</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>start, pause, resume or stop a focus block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ACTION</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>start a block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>how long the block lasts (your usual length when left out)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>TEXT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the tiny step, e.g. 'read 3 pages'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pause the running block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>resume a paused block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stop the block early (that's fine)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>print the block's state as JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>check in now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>show the window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>end the running app (nothing is lost)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>print a week's small wins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an ISO week; this week by default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the format: %1 (%2 by default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>print everything stored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>FILE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>write to FILE instead of the terminal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>delete every answer, tick and win</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>don't ask before deleting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>add what an export file holds</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a JSON file from behind-desktop export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only say what would be added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>make a backup of everything now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>list backups, or put one back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a backup from the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>start Behind when you log in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>on, off or status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>show or change the settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>print every setting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>change settings, all or none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>KEY=VALUE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. focus_minutes=20</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>can't write %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>delete-all needs --yes when it can't ask you first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was deleted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything was deleted. Behind starts fresh.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind isn't running, so there was nothing to quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind has quit. Everything is saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind was asked to quit but is still running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>could not start Behind in the background; try plain behind-desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing new to add; everything in the file is already here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Would add: %1. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added: %1.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n checklist item(s)</source>
      <translation>
        <numerusform>%n checklist item</numerusform>
        <numerusform>%n checklist items</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n focus block(s)</source>
      <translation>
        <numerusform>%n focus block</numerusform>
        <numerusform>%n focus blocks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n small win(s)</source>
      <translation>
        <numerusform>%n small win</numerusform>
        <numerusform>%n small wins</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tick(s)</source>
      <translation>
        <numerusform>%n tick</numerusform>
        <numerusform>%n ticks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n rough day(s)</source>
      <translation>
        <numerusform>%n rough day</numerusform>
        <numerusform>%n rough days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n check-in answer(s)</source>
      <translation>
        <numerusform>%n check-in answer</numerusform>
        <numerusform>%n check-in answers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n weekly self-check(s)</source>
      <translation>
        <numerusform>%n weekly self-check</numerusform>
        <numerusform>%n weekly self-checks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n setting(s)</source>
      <translation>
        <numerusform>%n setting</numerusform>
        <numerusform>%n settings</numerusform>
      </translation>
    </message>
    <message>
      <source>Backup saved to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No backups yet. Behind makes one each day it runs; `backup` makes one now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>`%1 restore FILE` puts one back (the current data is kept aside).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind is running; quit it first, then restore.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The data from before is kept at %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>something went wrong: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the app could not do that</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This deletes every answer, tick, focus block, win and setting. Type %1 to go on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>usage: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>what to give</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>options</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>show this help and stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%(argument_name)s: %(message)s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%s is needed too</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>this command doesn't take %s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>give it one value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>give it one value at most</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>give it at least one value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it takes no value, not %r</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%(option)s could mean %(matches)s; write more of it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%(value)r isn't a value it takes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A block is already running; here it is. Stop it first to start another.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>that needs Behind running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind's window is open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the window could not be shown on this screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind doesn't know that command</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>can't read %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind is already running.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind could not do that just now; it is still running</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind is busy and could not take that just now; try again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>can't reach the running app (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the running app did not answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the running app sent something unexpected</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ComputerGroup</name>
    <message>
      <source>This computer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start Behind when I log in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About starting at login</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your data stays in %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export everything…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saves all your answers, ticks, wins and settings as JSON or CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete everything…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asks you to type %1 before removing all your data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import an export file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adds what an export from another computer or an older copy holds; nothing already here changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore a backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lists the daily backups; the data now is kept aside before one is put back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Data status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This removes every answer, tick, win, contact and setting from this computer. It can't be undone; an export first keeps a copy. To go ahead, type %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type %1 to confirm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete all my data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No file manager could open the folder. Its path, to copy: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>JSON (*.json);;CSV (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export everything</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That file couldn't be saved (%1). Another folder may work.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved a copy of everything to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind export (*.json);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything is gone from this computer. Behind starts fresh.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactRow</name>
    <message>
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Phone, email, room…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with this contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact %1 name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact %1 details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove contact %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ContactsGroup</name>
    <message>
      <source>Support contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with the contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>People with power and perspective: an advisor, student affairs, counselling, someone you trust. Behind only shows them to you; it never contacts anyone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Numbers change. Please check that a crisis line is right for where you are, before the day you might need it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About crisis lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Country for a crisis line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add this crisis line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adds the selected crisis line to your contacts; check the number is right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A crisis line for my country:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added. Please check this number is right for you, then save.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CopyRow</name>
    <message>
      <source>(details not added yet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy %1 to paste elsewhere</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copied</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DataMoves</name>
    <message>
      <source>Choose a backup to put back. Your data as it is now is kept aside in the data folder first, so nothing is lost; the backup then takes its place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Daily backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No backups yet. Behind makes one each day it runs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore this backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import an export file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything in that file is already here, so nothing was added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From %1, Behind would add: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing that is already here changes: today's answers, ticks and wins all stay as they are, and only what is missing is added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind couldn't import that just now, so nothing was changed. (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That file couldn't be read (%1), so nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added: %1.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n check-in answer(s)</source>
      <translation>
        <numerusform>%n check-in answer</numerusform>
        <numerusform>%n check-in answers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tick(s)</source>
      <translation>
        <numerusform>%n tick</numerusform>
        <numerusform>%n ticks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n small win(s)</source>
      <translation>
        <numerusform>%n small win</numerusform>
        <numerusform>%n small wins</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n other record(s) (settings, focus blocks, checklist items)</source>
      <translation>
        <numerusform>%n other record (settings, focus blocks, checklist items)</numerusform>
        <numerusform>%n other records (settings, focus blocks, checklist items)</numerusform>
      </translation>
    </message>
    <message>
      <source>That file isn't an export from Behind, so nothing was imported. An export is the .json file that Export everything saves.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That export comes from a newer version of Behind. Update Behind on this computer to import it; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Part of that file can't be read (it may be damaged), so nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No backup yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last backup: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put back the backup from %1? Your data as it is now is kept aside in the data folder first, then the backup takes its place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That backup can't be used just now (it may be damaged, come from a newer version of Behind, or the data file is busy), so nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your data is back as it was on %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What was here before is kept at %1.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <source>Monday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tuesday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wednesday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thursday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Friday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saturday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sunday</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thu</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fri</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>January</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>February</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>March</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>April</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>May</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>June</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>July</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>August</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>September</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>October</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>November</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>December</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Feb</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Apr</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jun</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Jul</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Aug</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Oct</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nov</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dec</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>focus block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>typed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>basics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 %2 %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 %2 %3 %4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Small wins, week %1 (%2 – %3 %4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing written down yet this week. Anything counts, even a short walk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Small wins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Week %1 · %2</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n win(s)</source>
      <translation>
        <numerusform>%n win</numerusform>
        <numerusform>%n wins</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Focus</name>
    <message>
      <source>Send the email I've been avoiding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read 3 pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write the first line of the note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make a list of what's due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Do 10 flashcards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tidy one small thing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A block can be %1 to %2 minutes long.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A block can be at most %1 minutes long.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the step under %1 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No focus block is running.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The block is already running.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The block is already paused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The block is already finished.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The block is already stopped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The block hasn't started.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A focused block</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FocusBar</name>
    <message>
      <source>Focus block</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Start %n minute(s)</source>
      <translation>
        <numerusform>Start %n minute</numerusform>
        <numerusform>Start %n minutes</numerusform>
      </translation>
    </message>
    <message>
      <source>Start a focus block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause or resume the block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop the block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I'm behind…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I'm behind: one question, then one step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check in now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quit Behind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no tray icon here, so Behind quits from here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ready for one tiny step.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Paused, %n min left</source>
      <translation>
        <numerusform>Paused, %n min left</numerusform>
        <numerusform>Paused, %n min left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Focusing, %n min left</source>
      <translation>
        <numerusform>Focusing, %n min left</numerusform>
        <numerusform>Focusing, %n min left</numerusform>
      </translation>
    </message>
    <message>
      <source>Resume</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FocusGroup</name>
    <message>
      <source>Focus blocks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Focus block length in minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with the focus length</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play a soft chime when a block ends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show a notification when a block ends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Length of one block</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GlanceLine</name>
    <message>
      <source>Today at a glance</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>GlanceWords</name>
    <message>
      <source>Basics %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n small win(s) today</source>
      <translation>
        <numerusform>%n small win today</numerusform>
        <numerusform>%n small wins today</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n min left in the block</source>
      <translation>
        <numerusform>%n min left in the block</numerusform>
        <numerusform>%n min left in the block</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>block paused, %n min left</source>
      <translation>
        <numerusform>block paused, %n min left</numerusform>
        <numerusform>block paused, %n min left</numerusform>
      </translation>
    </message>
    <message>
      <source>check-ins paused until %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LayerSection</name>
    <message>
      <source>Show the optional extras</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Space ticks or unticks the selected item. F2 renames it, Ctrl+Up and Ctrl+Down move it, Delete puts it away.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an item to this layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New item for %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add item to %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moves the selected item up (Ctrl+Up)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moves the selected item down (Ctrl+Down)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rename</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Renames the selected item (F2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put away</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Takes the selected item off the list; its past ticks stay (Delete)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note about this layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring the item back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hide the optional extras</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is off the list. Its past ticks are kept.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Layers</name>
    <message>
      <source>Layer 1 · A functioning human</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layer 2 · Trainee minimum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layer 3 · Extras (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slept enough to feel human</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ate real food, not just coffee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moved a little (walks count)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Was honest with one person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Showed up, present enough to be trusted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Did the core work: patients, study, the big assignment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spoke up when I was in trouble</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Research</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Committees</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Teaching</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A passion project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give it a few words first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That's a bit long; keep it under %1 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The evening is here and most of the basics are still open, and the basics come first: food, water, a short walk or an early night will help more than anything in Layer 3.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Behind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+1 Today, Ctrl+2 Wins, Ctrl+3 Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Today's checklist (Ctrl+1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This week's small wins (Ctrl+2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings (Ctrl+3)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Perspective</name>
    <message>
      <source>Comparison is bad data. People picture others studying about 10 hours a day; most manage something closer to 6.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A week that lasts looks roughly like 45 hours of clinical work and study, 49 hours of sleep, 20 hours of personal life and 14 for everything else.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Programme directors weigh clinical performance, letters and exams most. Research and extras count less, and being a decent colleague quietly counts a lot.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You see other people's highlight reel, not the sleep, meals and friendships they may be dropping to make it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layer 3 is optional. Plenty of good trainees got the post they hoped for with a solid Layer 2 and one or two extras they actually cared about.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One tiny step is all this block asks. Stopping early is fine; what you did still counts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Being behind some of the time is built into training. What matters is being able to show up where it counts and recover.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Small steps count. Fifteen minutes, one email, three pages: that's how moving again starts.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PutAwaySection</name>
    <message>
      <source>Put-away items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Their past ticks are kept. Bring one back to the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Puts the selected item back at its place in its layer</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QuestionRow</name>
    <message>
      <source>A gentle question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>HH:MM, HH:MM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with this check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Times of day, like 09:30, 19:00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask check-in %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check-in %1 question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check-in %1 times</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Times of day, like 09:30, 19:00, separated by commas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove check-in %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask check-in %1 on %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This one went unanswered a few times, so now it asks every other time. Answering it once brings it back to normal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This one went unanswered for a while, so now it asks only about one time in four. Answering it once brings it back to normal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How often this check-in asks</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QuietGroup</name>
    <message>
      <source>When check-ins wait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quiet hours start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quiet hours end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quiet hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with quiet hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About quiet hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shift mode: follow my wake time, not the clock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For nights and on-call: check-in times and quiet hours move with your day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wake time in shift mode</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I woke up at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How shift mode moves the times</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with the wake time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Minutes away before check-ins wait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wait while I've been away for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with the away time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Times are clock times. In shift mode they follow your day instead: they move by as much as your wake time differs from 07:00.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Waking at %1 instead of 07:00 moves every time by the same amount: a %2 check-in comes at %3, and quiet hours run from %4 to %5.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RedFlags</name>
    <message>
      <source>I feel exhausted even after a decent night's sleep.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Things I used to care about (patients, learning, my future) feel flat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I'm more cynical than usual, or everything irritates me.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I keep thinking “I just need to get through this” about everything.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is not a diagnosis and can't tell you what's going on. It's a nudge to talk to someone you trust, who can.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These signs have come up two weeks running. That's worth saying out loud to someone with power and perspective: an advisor, student affairs, a senior doctor you trust or a counsellor. Fewer extras, accommodations or time off are reasonable things to ask about.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <source>“%1” is not a time of day; use HH:MM, like 07:30.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Focus length is a whole number of minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Focus length can be %1 to %2 minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The away time is a whole number of minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The away time can be %1 to %2 minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is not on or off; use on or off.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The week starts on a day from Monday (0) to Sunday (6).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is not a language Behind speaks; use %2, or nothing for the system's.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is not a list of days; use mon, tue … sun, weekdays or daily.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A check-in needs some words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep each check-in under %1 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” needs at least one time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” needs at least one day of the week.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A check-in is incomplete.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Two check-ins share the same name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Each contact needs a name in its first field: who they are.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep a contact's name under %1 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep a contact's details under %1 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A contact is incomplete.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is not KEY=VALUE, like focus_minutes=20.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no setting called “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no check-in called “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A check-in has text, times, days and enabled; “%1” is none of them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is a list; change it in the Settings window.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quiet hours start and end at the same time, so there are none: check-ins may come at any hour.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>DELETE</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Settings status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Puts back the settings last saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saves the settings above (Ctrl+S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changes not saved yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing saved yet: a few things need a look (see above).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quit Behind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Some changes in Settings can't be saved yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The notes next to them say what they need. Quit and leave them out?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back to Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quit without them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use defaults</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Puts Behind's own values in the fields above; nothing is saved until Save</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Store</name>
    <message>
      <source>%1 is a file, not a folder. Choose a folder with --data-dir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Can't use the data folder %1 (%2). Choose another with --data-dir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind can't look at %1 (%2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 points to %2, which doesn't exist; nothing was changed. Remove the link or use another folder with --data-dir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is not a regular file, so Behind won't touch it; nothing was changed. Move it away or use another folder with --data-dir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is not a regular file, so Behind won't touch %2; nothing was changed. Move it away or use another folder with --data-dir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind can't read %1 (%2); nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is not a Behind data file, so Behind left it exactly as it was. Move it away or use another folder with --data-dir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 was written by a newer version of Behind (data format %2; this version reads up to %3). Nothing was changed. Update Behind, or use another folder with --data-dir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind can't open %1 (%2); nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Can't create the data file %1 (%2); nothing was changed. Check that the folder is writable and the disk has room, or use another folder with --data-dir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind can't write to %1; nothing was changed. Check that the file and its folder are yours and writable, or use another folder with --data-dir.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind couldn't set its damaged data file aside (%1); nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not open the data file %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not set up the data file %1: %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind couldn't save that just now (%1). It is kept and saved as soon as Behind can.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind couldn't save that (%1); nothing was changed. Try again in a moment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind couldn't make a backup in %1 (%2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no backup at %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 can't be read (%2); nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 holds no data; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind couldn't restore %1 (%2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is not an export from Behind; nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 comes from a newer version of Behind (%2); update Behind to import it. Nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is damaged (its %2 can't be read); nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is damaged (a row can't be read); nothing was imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your data file could not be read, so it was moved aside to %1 and a fresh one was started. Nothing in the old file was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stray pieces of an earlier data file were moved aside to %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Some of the most recent changes in your data file could not be read back. A copy of the file exactly as it was is at %1; Behind goes on with everything it could read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your data was upgraded; a copy of the old file is at %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Some settings could not be read and were reset; your data is safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the disk is full</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>another program is using Behind's data file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the data file can't be written to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the data file said: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Support</name>
    <message>
      <source>Centro de Asistencia al Suicida (Argentina)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>135 (Buenos Aires), (011) 5275-1135, or 0800 999 0091 at any hour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>TelefonSeelsorge (Austria)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lifeline (Australia)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Centre de Prévention du Suicide / Zelfmoordlijn (Belgium)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>0800 32 123 (French) or 1813 (Dutch)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>9-8-8 Suicide Crisis Helpline (Canada)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Call or text 988</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Die Dargebotene Hand / La Main Tendue (Switzerland)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Línea de Prevención del Suicidio (Chile)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>*4141 from a mobile phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Línea 192 / Línea 106 (Colombia)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>192, then option 4; in Bogotá 106</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>TelefonSeelsorge (Germany)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>0800 111 0 111, 0800 111 0 222 or 116 123</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Línea 024 (Spain)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>3114, suicide prevention line (France)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Samaritans (UK)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Samaritans (Ireland)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tele-MANAS (India)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Línea de la Vida (Mexico)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>113 Zelfmoordpreventie (Netherlands)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>113 or 0800 0113</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Need to talk? (New Zealand)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Call or text 1737</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Línea 113, salud mental (Peru)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>113, then option 5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>155 Te escucha (Paraguay)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>988 Suicide &amp; Crisis Lifeline (US)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Línea Vida (Uruguay)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>0800 0767, or *0767 from a mobile phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Argentina</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Austria</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Australia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Belgium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Canada</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Switzerland</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Colombia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Germany</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>France</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>United Kingdom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ireland</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>India</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mexico</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Netherlands</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Zealand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Peru</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paraguay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>United States</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uruguay</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>My advisor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Student affairs / programme office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Counselling service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the details under %1 characters.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SupportContent</name>
    <message>
      <source>Worth talking to someone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your support contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add my people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opens Settings at the support contacts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Crisis lines by country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show crisis lines by country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Numbers change; check the one for where you are. If you might act on thoughts of harming yourself, call your local emergency number now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Also pick one tiny step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close for now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When “behind” comes with signs like these, grinding harder rarely helps. The next step is a conversation: tell someone with power and perspective (an advisor, student affairs, a senior doctor you trust) how it really is, and ask about fewer extras or more help.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You can add the people you'd reach out to (advisor, programme office, counselling, a friend) in Settings, so they are here when you need them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your people:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>System</name>
    <message>
      <source>it isn't there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>permission denied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the disk is full</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the disk is read-only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is a folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>part of the path is not a folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the name is too long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the disk reported an error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is already there</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>it is in use</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the disk quota is used up</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Time</name>
    <message>
      <source>“%1” is not a time of day; use HH:MM, like 07:30.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is not a week; use YYYY-Www, like 2026-W48.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind keeps weeks from 1900 to 3000, not %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 has no week %2.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TimerWindow</name>
    <message>
      <source>Behind · focus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Block state</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress through the block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name the tiny step (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The tiny step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What this block is for, for example: read 3 pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>+%n min</source>
      <translation>
        <numerusform>+%n min</numerusform>
        <numerusform>+%n min</numerusform>
      </translation>
    </message>
    <message>
      <source>S&amp;top</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start a focus block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause or resume</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Add %n minutes</source>
      <translation>
        <numerusform>Add %n minutes</numerusform>
        <numerusform>Add %n minutes</numerusform>
      </translation>
    </message>
    <message>
      <source>Stop the block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A thought for this block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Focusing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ready when you are</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n minute(s) left</source>
      <translation>
        <numerusform>%n minute left</numerusform>
        <numerusform>%n minutes left</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Titles</name>
    <message>
      <source>That's as long as a title can be: %1 characters.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TodayPage</name>
    <message>
      <source>Rough day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shows only Layer 1, the basics of being a functioning human, for today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Just the basics today. The rest will keep.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shows buttons to add, rename, move and put away items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A note about the basics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A rough day. Only the basics are showing; everything else will still be there tomorrow.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rough day note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layer 1 checklist: a functioning human</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layer 2 checklist: trainee minimum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Genuinely optional: nice when there's room, fine when there isn't.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Layer 3 checklist: optional extras</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>That's a bit long; a shorter title (under %n characters) fits.</source>
      <translation>
        <numerusform>That's a bit long; a shorter title (under %n characters) fits.</numerusform>
        <numerusform>That's a bit long; a shorter title (under %n characters) fits.</numerusform>
      </translation>
    </message>
    <message>
      <source>Type a few words first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The basics are covered now. That's the part that matters most.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done editing</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message>
      <source>&amp;Start a focus block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the &amp;timer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Pause the block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Resume the block</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>&amp;+%n minutes</source>
      <translation>
        <numerusform>&amp;+%n minutes</numerusform>
        <numerusform>&amp;+%n minutes</numerusform>
      </translation>
    </message>
    <message>
      <source>St&amp;op</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Name the step…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I'm &amp;behind…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Check in now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pa&amp;use check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For 1 hour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For 3 hours (clinic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For 8 hours (exam, shift)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Today's check&amp;list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This week's &amp;wins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>S&amp;ettings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit Behind</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>&amp;Start a %n-minute block</source>
      <translation>
        <numerusform>&amp;Start a %n-minute block</numerusform>
        <numerusform>&amp;Start a %n-minute block</numerusform>
      </translation>
    </message>
    <message>
      <source>Check-ins pa&amp;used until %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n minute(s) on one tiny step — until %1</source>
      <translation>
        <numerusform>%n minute on one tiny step — until %1</numerusform>
        <numerusform>%n minutes on one tiny step — until %1</numerusform>
      </translation>
    </message>
    <message>
      <source>No check-ins until %1. “Resume check-ins” brings them back sooner.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Behind · click to start a %n-minute block</source>
      <translation>
        <numerusform>Behind · click to start a %n-minute block</numerusform>
        <numerusform>Behind · click to start a %n-minute block</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n min left</source>
      <translation>
        <numerusform>%n min left</numerusform>
        <numerusform>%n min left</numerusform>
      </translation>
    </message>
    <message>
      <source>Paused · %1 left</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WeeksGroup</name>
    <message>
      <source>Language and weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As my system does</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weeks start on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with the language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with the first day of the week</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomeDialog</name>
    <message>
      <source>Welcome to Behind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hello. Feeling behind is normal here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind is a small companion for trainees in medicine. It asks now and then whether the basics happened (food, sleep, a bit of movement), keeps a three-layer list of what “enough” looks like, and collects your small wins for the week. When everything feels like too much, one click starts a short focus block on one tiny step.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everything stays on this computer. Nothing is sent anywhere, and you can export or delete all of it from Settings whenever you like.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where to find Behind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No need to set anything up now. The defaults are gentle, and you can change them later.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Start a %n-minute block now</source>
      <translation>
        <numerusform>Start a %n-minute block now</numerusform>
        <numerusform>Start a %n-minute block now</numerusform>
      </translation>
    </message>
    <message>
      <source>Starts a focus block on one small thing; you can name the step later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Maybe later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closes this welcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind lives in the notification area at the bottom right, next to the clock. If you can't see it, it may be hidden behind the small ^ arrow. To keep it in view on Windows 11: Settings → Personalization → Taskbar → Other system tray icons, then switch Behind on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind lives in the menu bar at the top right of the screen. Click its icon to start a block; the menu holds everything else.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind lives in your panel's tray, usually at the top or bottom right. On GNOME the tray needs the AppIndicator extension; without a tray, the Behind window is where everything lives.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WinPrompt</name>
    <message>
      <source>Behind · small win</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your last block ended when you picked a new step. Keep what you did in it as a small win?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>You stopped after less than a minute. That's fine: starting counts. Keep it as a small win?</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>You stopped after %n minute(s). That's fine, and it still counts. Keep it as a small win?</source>
      <translation>
        <numerusform>You stopped after %n minute. That's fine, and it still counts. Keep it as a small win?</numerusform>
        <numerusform>You stopped after %n minutes. That's fine, and it still counts. Keep it as a small win?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>What did you get done in those %n minute(s)?</source>
      <translation>
        <numerusform>What did you get done in those %n minute?</numerusform>
        <numerusform>What did you get done in those %n minutes?</numerusform>
      </translation>
    </message>
    <message>
      <source>What you did</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problem with the text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep as a win</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save as a win</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Don't keep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closes this for now; click the tray icon to finish it, words and all</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Windows</name>
    <message>
      <source>Behind · a check-in is waiting: click to open it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Block done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nice. Take a breath.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nice. Take a breath. Click the icon when you'd like to note what you did.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind · your small win is waiting: click to finish it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Behind · block done: click to keep it as a small win</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WinsChart</name>
    <message>
      <source>Wins per day</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%1: %n win(s)</source>
      <translation>
        <numerusform>%1: %n win</numerusform>
        <numerusform>%1: %n wins</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>WinsList</name>
    <message>
      <source>Small wins this week, by day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>F2 edits the selected win, Delete removes it (you can undo)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Win</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%1 · %n win(s)</source>
      <translation>
        <numerusform>%1 · %n win</numerusform>
        <numerusform>%1 · %n wins</numerusform>
      </translation>
    </message>
    <message>
      <source>focus block</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>basics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>written by you</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WinsPage</name>
    <message>
      <source>‹ Previous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next ›</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Goes back to the current week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A thought about this week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a small win (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New small win</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type something you did today, even a tiny thing, and press Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add win</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit the selected win</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the selected win</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export week…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saves this week's wins as CSV or Markdown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export all…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export all wins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saves every win you have written down as CSV or Markdown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Note about wins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 – %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Week %1, %2 to %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Week %1</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n small win(s) this week.</source>
      <translation>
        <numerusform>%n small win this week.</numerusform>
        <numerusform>%n small wins this week.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n small win(s) that week.</source>
      <translation>
        <numerusform>%n small win that week.</numerusform>
        <numerusform>%n small wins that week.</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing written down yet this week. Anything counts, even a short walk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was written down that week, and that's all right.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>That's a bit long; a shorter line (under %n characters) fits.</source>
      <translation>
        <numerusform>That's a bit long; a shorter line (under %n characters) fits.</numerusform>
        <numerusform>That's a bit long; a shorter line (under %n characters) fits.</numerusform>
      </translation>
    </message>
    <message>
      <source>Type a few words first; small is fine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added. Nice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This one comes from the Today checklist; untick it there to take it out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted “%1”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It's back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV (*.csv);;Markdown (*.md)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export this week's wins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That file couldn't be saved (%1). Another folder may work.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved to %1</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
