<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppController</name>
    <message>
        <source>No check-in is due right now.</source>
        <translation>Gerade steht keine Nachfrage an.</translation>
    </message>
</context>
<context>
    <name>Asker</name>
    <message>
        <source>Open the check-in</source>
        <translation>Nachfrage öffnen</translation>
    </message>
    <message>
        <source>A quick check-in</source>
        <translation>Kurz nachgefragt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message numerus="yes">
        <source>%n short questions, whenever you have a moment.</source>
        <translation>
            <numerusform>%n kurze Frage, wann immer du einen Moment hast.</numerusform>
            <numerusform>%n kurze Fragen, wann immer du einen Moment hast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <source>Nice. Take a breath. Keep “%1” as a small win?</source>
        <translation>Schön. Atme kurz durch. „%1“ als kleinen Erfolg behalten?</translation>
    </message>
    <message>
        <source>Block done</source>
        <translation>Block geschafft</translation>
    </message>
    <message>
        <source>Keep as a win</source>
        <translation>Als Erfolg behalten</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Notiz dazuschreiben…</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Behind will start when you log in.</source>
        <translation>Behind startet, wenn du dich anmeldest.</translation>
    </message>
    <message>
        <source>Behind won&apos;t start at login.</source>
        <translation>Behind startet nicht beim Anmelden.</translation>
    </message>
    <message>
        <source>Start at login: on (%1)</source>
        <translation>Beim Anmelden starten: an (%1)</translation>
    </message>
    <message>
        <source>Start at login: off (%1)</source>
        <translation>Beim Anmelden starten: aus (%1)</translation>
    </message>
    <message>
        <source>Couldn&apos;t tell how Behind was started, so start at login can&apos;t be set.</source>
        <translation>Es ließ sich nicht erkennen, wie Behind gestartet wurde, deshalb lässt sich der Start beim Anmelden nicht einrichten.</translation>
    </message>
    <message>
        <source>Couldn&apos;t read %1: %2.</source>
        <translation>%1 ließ sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>The Windows registry is only there on Windows.</source>
        <translation>Die Windows-Registry gibt es nur unter Windows.</translation>
    </message>
    <message>
        <source>Couldn&apos;t read the Windows start-up list: %1.</source>
        <translation>Die Autostart-Liste von Windows ließ sich nicht lesen: %1.</translation>
    </message>
    <message>
        <source>Couldn&apos;t turn on start at login: %1.</source>
        <translation>Der Start beim Anmelden ließ sich nicht einschalten: %1.</translation>
    </message>
    <message>
        <source>Couldn&apos;t turn off start at login: %1.</source>
        <translation>Der Start beim Anmelden ließ sich nicht ausschalten: %1.</translation>
    </message>
    <message>
        <source>Couldn&apos;t turn on start at login: %1 can&apos;t be written (%2).</source>
        <translation>Der Start beim Anmelden ließ sich nicht einschalten: In %1 lässt sich nicht schreiben (%2).</translation>
    </message>
    <message>
        <source>Couldn&apos;t turn off start at login: %1 can&apos;t be written (%2).</source>
        <translation>Der Start beim Anmelden ließ sich nicht ausschalten: In %1 lässt sich nicht schreiben (%2).</translation>
    </message>
    <message>
        <source>Couldn&apos;t turn off start at login: %1 can&apos;t be removed (%2).</source>
        <translation>Der Start beim Anmelden ließ sich nicht ausschalten: %1 lässt sich nicht entfernen (%2).</translation>
    </message>
    <message>
        <source>Unknown choice “%1”: use on, off or status.</source>
        <translation>„%1“ kennt Behind nicht: nimm on, off oder status.</translation>
    </message>
</context>
<context>
    <name>BehindFlow</name>
    <message>
        <source>This also counts as this week&apos;s self-check. Only you see it.</source>
        <translation>Das zählt auch als Selbstcheck für diese Woche. Nur du siehst es.</translation>
    </message>
    <message>
        <source>Some of these fit</source>
        <translation>Einiges davon passt</translation>
    </message>
    <message>
        <source>None of these right now</source>
        <translation>Gerade nichts davon</translation>
    </message>
    <message>
        <source>Behind · Weekly self-check</source>
        <translation>Behind · Selbstcheck der Woche</translation>
    </message>
    <message>
        <source>How has this week been for you?</source>
        <translation>Wie war diese Woche für dich?</translation>
    </message>
    <message>
        <source>An honest look at the last week or so. Tick any of these that fit; only you see the answers.</source>
        <translation>Ein ehrlicher Blick auf die letzte Woche ungefähr. Hak an, was davon passt; die Antworten siehst nur du.</translation>
    </message>
    <message>
        <source>Behind · I&apos;m behind</source>
        <translation>Behind · Ich hänge hinterher</translation>
    </message>
    <message>
        <source>Feeling behind? Let&apos;s make it smaller.</source>
        <translation>Das Gefühl, hinterherzuhängen? Machen wir es kleiner.</translation>
    </message>
    <message>
        <source>First, an honest look at the last week or so. Tick any of these that fit. Sometimes “behind” is really tiredness that more effort won&apos;t fix.</source>
        <translation>Erst ein ehrlicher Blick auf die letzte Woche ungefähr. Hak an, was davon passt. Manchmal ist „hinterher“ eigentlich Erschöpfung, und die geht mit noch mehr Anstrengung nicht weg.</translation>
    </message>
    <message>
        <source>Thanks for checking in with yourself. Until next week.</source>
        <translation>Danke, dass du kurz bei dir nachgeschaut hast. Bis nächste Woche.</translation>
    </message>
    <message>
        <source>Pick one tiny next step</source>
        <translation>Such dir einen kleinen nächsten Schritt aus</translation>
    </message>
    <message>
        <source>Not the whole mountain: one small thing you could do in the next few minutes. Small counts.</source>
        <translation>Nicht der ganze Berg: eine kleine Sache, die du in den nächsten Minuten schaffen kannst. Klein zählt.</translation>
    </message>
    <message>
        <source>Use this step: %1</source>
        <translation>Diesen Schritt nehmen: %1</translation>
    </message>
    <message>
        <source>Or write your own…</source>
        <translation>Oder schreib deinen eigenen…</translation>
    </message>
    <message>
        <source>Your tiny step</source>
        <translation>Dein kleiner Schritt</translation>
    </message>
    <message>
        <source>Keep my block</source>
        <translation>Meinen Block behalten</translation>
    </message>
    <message>
        <source>Keep the block that is running</source>
        <translation>Den laufenden Block behalten</translation>
    </message>
    <message>
        <source>Closes this; your block goes on</source>
        <translation>Schließt dieses Fenster; dein Block läuft weiter</translation>
    </message>
    <message>
        <source>Start 1 minute</source>
        <translation>1 Minute starten</translation>
    </message>
    <message numerus="yes">
        <source>Start %n minute(s)</source>
        <translation>
            <numerusform>%n Minute starten</numerusform>
            <numerusform>%n Minuten starten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start a %n-minute focus block with this step</source>
        <translation>
            <numerusform>Einen Fokusblock von %n Minute mit diesem Schritt starten</numerusform>
            <numerusform>Einen Fokusblock von %n Minuten mit diesem Schritt starten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your block for “%1” is still running (%n min left). Starting this step ends it; you can keep what you did in it as a small win.</source>
        <translation>
            <numerusform>Dein Block für „%1“ läuft noch (noch %n Min.). Mit diesem Schritt endet er; was du darin geschafft hast, kannst du als kleinen Erfolg behalten.</numerusform>
            <numerusform>Dein Block für „%1“ läuft noch (noch %n Min.). Mit diesem Schritt endet er; was du darin geschafft hast, kannst du als kleinen Erfolg behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A block is still running (%n min left). Starting this step ends it; you can keep what you did in it as a small win.</source>
        <translation>
            <numerusform>Ein Block läuft noch (noch %n Min.). Mit diesem Schritt endet er; was du darin geschafft hast, kannst du als kleinen Erfolg behalten.</numerusform>
            <numerusform>Ein Block läuft noch (noch %n Min.). Mit diesem Schritt endet er; was du darin geschafft hast, kannst du als kleinen Erfolg behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>That&apos;s a small win</source>
        <translation>Das ist ein kleiner Erfolg</translation>
    </message>
    <message>
        <source>You moved, even while feeling behind. That&apos;s how it starts. Another tiny step, or is that enough for now?</source>
        <translation>Du hast etwas bewegt, obwohl du dich hinterher fühlst. Genau so fängt es an. Noch ein kleiner Schritt, oder reicht das erst mal?</translation>
    </message>
    <message>
        <source>Another tiny step</source>
        <translation>Noch ein kleiner Schritt</translation>
    </message>
    <message>
        <source>Enough for now</source>
        <translation>Reicht für jetzt</translation>
    </message>
</context>
<context>
    <name>CheckinPopup</name>
    <message>
        <source>Behind · check-in</source>
        <translation>Behind · kurz nachgefragt</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Kurz nachgefragt</translation>
    </message>
    <message>
        <source>A quick check-in</source>
        <translation>Kurz nachgefragt</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Close the check-in (counts as Skip)</source>
        <translation>Schließen (zählt als Überspringen)</translation>
    </message>
    <message>
        <source>Close (counts as Skip)</source>
        <translation>Schließen (zählt als Überspringen)</translation>
    </message>
    <message>
        <source>Weekly self-check…</source>
        <translation>Selbstcheck der Woche…</translation>
    </message>
    <message>
        <source>Open the weekly self-check</source>
        <translation>Den Selbstcheck der Woche öffnen</translation>
    </message>
    <message>
        <source>Four quick questions about how you&apos;ve been this week</source>
        <translation>Vier kurze Fragen dazu, wie es dir diese Woche ging</translation>
    </message>
</context>
<context>
    <name>CheckinRow</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Noch nicht: %1</translation>
    </message>
    <message>
        <source>Later…</source>
        <translation>Später…</translation>
    </message>
    <message>
        <source>Ask me later: %1</source>
        <translation>Später noch mal fragen: %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip this time: %1</source>
        <translation>Diesmal überspringen: %1</translation>
    </message>
    <message>
        <source>Yes (Y)</source>
        <translation>Ja (Y)</translation>
    </message>
    <message>
        <source>Not yet (N)</source>
        <translation>Noch nicht (N)</translation>
    </message>
    <message>
        <source>Ask again later (L)</source>
        <translation>Später noch mal fragen (L)</translation>
    </message>
    <message>
        <source>Skip this time (S)</source>
        <translation>Diesmal überspringen (S)</translation>
    </message>
    <message>
        <source>Ask again in</source>
        <translation>Noch mal fragen in</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ask again in %n minutes: %1</source>
        <translation>
            <numerusform>In %n Minute noch mal fragen: %1</numerusform>
            <numerusform>In %n Minuten noch mal fragen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the answers</source>
        <translation>Zurück zu den Antworten</translation>
    </message>
    <message>
        <source>From a little earlier</source>
        <translation>Von vorhin</translation>
    </message>
</context>
<context>
    <name>Checkins</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Nicht gesehen</translation>
    </message>
    <message>
        <source>Did you sleep enough to feel human?</source>
        <translation>Hast du genug geschlafen, um dich wie ein Mensch zu fühlen?</translation>
    </message>
    <message>
        <source>Have you eaten something real?</source>
        <translation>Hast du etwas Richtiges gegessen?</translation>
    </message>
    <message>
        <source>Have you moved a little today? A walk counts.</source>
        <translation>Hast du dich heute ein bisschen bewegt? Ein Spaziergang zählt.</translation>
    </message>
    <message>
        <source>Have you talked honestly with someone this week?</source>
        <translation>Hast du diese Woche mit jemandem ehrlich geredet?</translation>
    </message>
    <message>
        <source>This one went unanswered a few times, so now it asks every other time. Answering it once brings it back to normal.</source>
        <translation>Diese Frage blieb ein paarmal ohne Antwort, deshalb kommt sie jetzt nur jedes zweite Mal. Einmal beantwortet, und alles ist wie vorher.</translation>
    </message>
    <message>
        <source>This one went unanswered for a while, so now it asks only about once in four times. Answering it once brings it back to normal.</source>
        <translation>Diese Frage blieb eine Weile ohne Antwort, deshalb kommt sie jetzt nur noch etwa jedes vierte Mal. Einmal beantwortet, und alles ist wie vorher.</translation>
    </message>
</context>
<context>
    <name>CheckinsGroup</name>
    <message>
        <source>Check-ins</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Problem with the check-ins</source>
        <translation>Etwas stimmt mit den Nachfragen nicht</translation>
    </message>
    <message>
        <source>Add a check-in</source>
        <translation>Eine Nachfrage hinzufügen</translation>
    </message>
    <message>
        <source>Small questions about the basics. A “yes” ticks the matching Layer 1 item. Ignored questions are asked less often, never more.</source>
        <translation>Kleine Fragen zum Wichtigsten. Ein „Ja“ hakt den passenden Punkt in Ebene 1 ab. Unbeantwortete Fragen kommen seltener, nie öfter.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>“%1” is not a whole number of minutes</source>
        <translation>„%1“ ist keine ganze Zahl von Minuten</translation>
    </message>
    <message>
        <source>give a folder, not an empty name</source>
        <translation>gib einen Ordner an, keinen leeren Namen</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>it can&apos;t be negative</source>
        <translation>das kann nicht negativ sein</translation>
    </message>
    <message>
        <source>that is too long a wait</source>
        <translation>so lange zu warten ist zu viel</translation>
    </message>
    <message>
        <source>the step has characters that aren&apos;t text in this terminal</source>
        <translation>der Schritt enthält Zeichen, die in diesem Terminal kein Text sind</translation>
    </message>
    <message>
        <source>%1 (see %2 --help)</source>
        <translation>%1 (mehr unter %2 --help)</translation>
    </message>
    <message>
        <source>“%1” isn&apos;t a choice here; use %2</source>
        <translation>„%1“ geht hier nicht; nimm %2</translation>
    </message>
    <message>
        <source>“%1” isn&apos;t a choice here; use one of %2</source>
        <translation>„%1“ geht hier nicht; nimm eins von: %2</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>keep all data under PATH (also BEHIND_DATA_DIR)</source>
        <translation>alle Daten unter PFAD ablegen (auch BEHIND_DATA_DIR)</translation>
    </message>
    <message>
        <source>A gentle tray companion for days when you feel behind.</source>
        <translation>Ein sanfter Begleiter in der Taskleiste für Tage, an denen du hinterherhängst.</translation>
    </message>
    <message>
        <source>show the version and stop</source>
        <translation>Version zeigen und aufhören</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>start, pause, resume or stop a focus block</source>
        <translation>einen Fokusblock starten, pausieren, fortsetzen oder beenden</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>start a block</source>
        <translation>einen Block starten</translation>
    </message>
    <message>
        <source>how long the block lasts (your usual length when left out)</source>
        <translation>wie lange der Block dauert (ohne Angabe deine übliche Länge)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>the tiny step, e.g. &apos;read 3 pages&apos;</source>
        <translation>der kleine Schritt, z. B. &apos;3 Seiten lesen&apos;</translation>
    </message>
    <message>
        <source>pause the running block</source>
        <translation>den laufenden Block pausieren</translation>
    </message>
    <message>
        <source>resume a paused block</source>
        <translation>einen pausierten Block fortsetzen</translation>
    </message>
    <message>
        <source>stop the block early (that&apos;s fine)</source>
        <translation>den Block früher beenden (das ist völlig okay)</translation>
    </message>
    <message>
        <source>print the block&apos;s state as JSON</source>
        <translation>den Stand des Blocks als JSON ausgeben</translation>
    </message>
    <message>
        <source>check in now</source>
        <translation>jetzt kurz nachfragen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now (jetzt)</translation>
    </message>
    <message>
        <source>show the window</source>
        <translation>das Fenster zeigen</translation>
    </message>
    <message>
        <source>end the running app (nothing is lost)</source>
        <translation>die laufende App beenden (nichts geht verloren)</translation>
    </message>
    <message>
        <source>print a week&apos;s small wins</source>
        <translation>die kleinen Erfolge einer Woche ausgeben</translation>
    </message>
    <message>
        <source>an ISO week; this week by default</source>
        <translation>eine ISO-Woche; ohne Angabe diese Woche</translation>
    </message>
    <message>
        <source>the format: %1 (%2 by default)</source>
        <translation>das Format: %1 (ohne Angabe %2)</translation>
    </message>
    <message>
        <source>print everything stored</source>
        <translation>alles Gespeicherte ausgeben</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>write to FILE instead of the terminal</source>
        <translation>in DATEI schreiben statt ins Terminal</translation>
    </message>
    <message>
        <source>delete every answer, tick and win</source>
        <translation>alle Antworten, Haken und Erfolge löschen</translation>
    </message>
    <message>
        <source>don&apos;t ask before deleting</source>
        <translation>vor dem Löschen nicht nachfragen</translation>
    </message>
    <message>
        <source>add what an export file holds</source>
        <translation>hinzufügen, was in einer Exportdatei steht</translation>
    </message>
    <message>
        <source>a JSON file from behind-desktop export</source>
        <translation>eine JSON-Datei aus behind-desktop export</translation>
    </message>
    <message>
        <source>only say what would be added</source>
        <translation>nur sagen, was hinzukäme</translation>
    </message>
    <message>
        <source>make a backup of everything now</source>
        <translation>jetzt eine Sicherung von allem machen</translation>
    </message>
    <message>
        <source>list backups, or put one back</source>
        <translation>Sicherungen auflisten oder eine zurückholen</translation>
    </message>
    <message>
        <source>a backup from the list</source>
        <translation>eine Sicherung aus der Liste</translation>
    </message>
    <message>
        <source>start Behind when you log in</source>
        <translation>Behind beim Anmelden starten</translation>
    </message>
    <message>
        <source>on, off or status</source>
        <translation>on (an), off (aus) oder status</translation>
    </message>
    <message>
        <source>show or change the settings</source>
        <translation>Einstellungen zeigen oder ändern</translation>
    </message>
    <message>
        <source>print every setting</source>
        <translation>alle Einstellungen ausgeben</translation>
    </message>
    <message>
        <source>change settings, all or none</source>
        <translation>Einstellungen ändern, alle oder keine</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>e.g. focus_minutes=20</source>
        <translation>z. B. focus_minutes=20</translation>
    </message>
    <message>
        <source>can&apos;t write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>delete-all needs --yes when it can&apos;t ask you first</source>
        <translation>delete-all braucht --yes, wenn es dich nicht vorher fragen kann</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Everything was deleted. Behind starts fresh.</source>
        <translation>Alles wurde gelöscht. Behind fängt neu an.</translation>
    </message>
    <message>
        <source>Behind isn&apos;t running, so there was nothing to quit</source>
        <translation>Behind läuft nicht, es gab also nichts zu beenden</translation>
    </message>
    <message>
        <source>Behind has quit. Everything is saved.</source>
        <translation>Behind ist beendet. Alles ist gespeichert.</translation>
    </message>
    <message>
        <source>Behind was asked to quit but is still running</source>
        <translation>Behind wurde gebeten, sich zu beenden, läuft aber noch</translation>
    </message>
    <message>
        <source>could not start Behind in the background; try plain behind-desktop</source>
        <translation>Behind ließ sich nicht im Hintergrund starten; versuch es mit einfach behind-desktop</translation>
    </message>
    <message>
        <source>Nothing new to add; everything in the file is already here.</source>
        <translation>Nichts Neues; alles aus der Datei ist schon da.</translation>
    </message>
    <message>
        <source>Would add: %1. Nothing was changed.</source>
        <translation>Käme dazu: %1. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Hinzugefügt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s)</source>
        <translation>
            <numerusform>%n Punkt der Liste</numerusform>
            <numerusform>%n Punkte der Liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n focus block(s)</source>
        <translation>
            <numerusform>%n Fokusblock</numerusform>
            <numerusform>%n Fokusblöcke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small win(s)</source>
        <translation>
            <numerusform>%n kleiner Erfolg</numerusform>
            <numerusform>%n kleine Erfolge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tick(s)</source>
        <translation>
            <numerusform>%n Haken</numerusform>
            <numerusform>%n Haken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rough day(s)</source>
        <translation>
            <numerusform>%n schwerer Tag</numerusform>
            <numerusform>%n schwere Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in answer(s)</source>
        <translation>
            <numerusform>%n Antwort auf eine Nachfrage</numerusform>
            <numerusform>%n Antworten auf Nachfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly self-check(s)</source>
        <translation>
            <numerusform>%n Selbstcheck der Woche</numerusform>
            <numerusform>%n Selbstchecks der Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n Einstellung</numerusform>
            <numerusform>%n Einstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>Sicherung gespeichert unter %1</translation>
    </message>
    <message>
        <source>No backups yet. Behind makes one each day it runs; `backup` makes one now.</source>
        <translation>Noch keine Sicherungen. Behind macht jeden Tag, an dem es läuft, eine; `backup` macht sofort eine.</translation>
    </message>
    <message>
        <source>`%1 restore FILE` puts one back (the current data is kept aside).</source>
        <translation>`%1 restore DATEI` holt eine zurück (die jetzigen Daten werden beiseitegelegt).</translation>
    </message>
    <message>
        <source>Behind is running; quit it first, then restore.</source>
        <translation>Behind läuft gerade; beende es zuerst und stelle dann wieder her.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The data from before is kept at %1.</source>
        <translation>Die Daten von vorher liegen unter %1.</translation>
    </message>
    <message>
        <source>something went wrong: %1</source>
        <translation>da ist etwas schiefgegangen: %1</translation>
    </message>
    <message>
        <source>the app could not do that</source>
        <translation>das konnte die App nicht tun</translation>
    </message>
    <message>
        <source>This deletes every answer, tick, focus block, win and setting. Type %1 to go on:</source>
        <translation>Das löscht alle Antworten, Haken, Fokusblöcke, Erfolge und Einstellungen. Tipp %1, um weiterzumachen:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>what to give</source>
        <translation>was du angibst</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help and stop</source>
        <translation>diese Hilfe zeigen und aufhören</translation>
    </message>
    <message>
        <source>%(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%s is needed too</source>
        <translation>%s fehlt noch</translation>
    </message>
    <message>
        <source>this command doesn&apos;t take %s</source>
        <translation>dieser Befehl kennt %s nicht</translation>
    </message>
    <message>
        <source>give it one value</source>
        <translation>gib genau einen Wert an</translation>
    </message>
    <message>
        <source>give it one value at most</source>
        <translation>gib höchstens einen Wert an</translation>
    </message>
    <message>
        <source>give it at least one value</source>
        <translation>gib mindestens einen Wert an</translation>
    </message>
    <message>
        <source>it takes no value, not %r</source>
        <translation>das nimmt keinen Wert, auch nicht %r</translation>
    </message>
    <message>
        <source>%(option)s could mean %(matches)s; write more of it</source>
        <translation>%(option)s kann %(matches)s heißen; schreib etwas mehr davon</translation>
    </message>
    <message>
        <source>%(value)r isn&apos;t a value it takes</source>
        <translation>%(value)r passt hier nicht als Wert</translation>
    </message>
    <message>
        <source>A block is already running; here it is. Stop it first to start another.</source>
        <translation>Es läuft schon ein Block; hier ist er. Beende ihn zuerst, um einen neuen zu starten.</translation>
    </message>
    <message>
        <source>that needs Behind running</source>
        <translation>dafür muss Behind laufen</translation>
    </message>
    <message>
        <source>Behind&apos;s window is open.</source>
        <translation>Das Fenster von Behind ist offen.</translation>
    </message>
    <message>
        <source>the window could not be shown on this screen</source>
        <translation>das Fenster ließ sich auf diesem Bildschirm nicht zeigen</translation>
    </message>
    <message>
        <source>Behind doesn&apos;t know that command</source>
        <translation>diesen Befehl kennt Behind nicht</translation>
    </message>
    <message>
        <source>can&apos;t read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>Behind is already running.</source>
        <translation>Behind läuft schon.</translation>
    </message>
    <message>
        <source>Behind could not do that just now; it is still running</source>
        <translation>Behind konnte das gerade nicht tun; es läuft weiter</translation>
    </message>
    <message>
        <source>Behind is busy and could not take that just now; try again</source>
        <translation>Behind ist gerade beschäftigt und konnte das nicht annehmen; versuch es noch einmal</translation>
    </message>
    <message>
        <source>can&apos;t reach the running app (%1)</source>
        <translation>die laufende App ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>the running app did not answer</source>
        <translation>die laufende App hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the running app sent something unexpected</source>
        <translation>die laufende App hat etwas Unerwartetes geschickt</translation>
    </message>
</context>
<context>
    <name>ComputerGroup</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Start Behind when I log in</source>
        <translation>Behind beim Anmelden starten</translation>
    </message>
    <message>
        <source>About starting at login</source>
        <translation>Über den Start beim Anmelden</translation>
    </message>
    <message>
        <source>Your data stays in %1</source>
        <translation>Deine Daten bleiben in %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Alles exportieren…</translation>
    </message>
    <message>
        <source>Saves all your answers, ticks, wins and settings as JSON or CSV</source>
        <translation>Speichert alle Antworten, Haken, Erfolge und Einstellungen als JSON oder CSV</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <translation>Alles löschen…</translation>
    </message>
    <message>
        <source>Asks you to type %1 before removing all your data</source>
        <translation>Fragt dich nach %1, bevor alle deine Daten gelöscht werden</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import an export file</source>
        <translation>Eine Exportdatei importieren</translation>
    </message>
    <message>
        <source>Adds what an export from another computer or an older copy holds; nothing already here changes</source>
        <translation>Fügt hinzu, was ein Export von einem anderen Computer oder eine ältere Kopie enthält; was schon hier ist, bleibt, wie es ist</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Sicherung zurückholen…</translation>
    </message>
    <message>
        <source>Lists the daily backups; the data now is kept aside before one is put back</source>
        <translation>Zeigt die täglichen Sicherungen; deine jetzigen Daten werden vorher beiseitegelegt</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>Data status</source>
        <translation>Status der Daten</translation>
    </message>
    <message>
        <source>This removes every answer, tick, win, contact and setting from this computer. It can&apos;t be undone; an export first keeps a copy. To go ahead, type %1.</source>
        <translation>Das entfernt alle Antworten, Haken, Erfolge, Kontakte und Einstellungen von diesem Computer. Das lässt sich nicht rückgängig machen; ein Export vorher behält eine Kopie. Wenn du weitermachen willst, tipp %1.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Zum Bestätigen %1 tippen</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>No file manager could open the folder. Its path, to copy: %1</source>
        <translation>Kein Dateimanager konnte den Ordner öffnen. Sein Pfad zum Kopieren: %1</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <source>That file couldn&apos;t be saved (%1). Another folder may work.</source>
        <translation>Die Datei ließ sich nicht speichern (%1). Ein anderer Ordner klappt vielleicht.</translation>
    </message>
    <message>
        <source>Saved a copy of everything to %1</source>
        <translation>Eine Kopie von allem ist in %1</translation>
    </message>
    <message>
        <source>Behind export (*.json);;All files (*)</source>
        <translation>Behind-Export (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Everything is gone from this computer. Behind starts fresh.</source>
        <translation>Alles ist von diesem Computer entfernt. Behind fängt neu an.</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Phone, email, room…</source>
        <translation>Telefon, E-Mail, Raum…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Problem with this contact</source>
        <translation>Etwas stimmt mit diesem Kontakt nicht</translation>
    </message>
    <message>
        <source>Contact %1 name</source>
        <translation>Name von Kontakt %1</translation>
    </message>
    <message>
        <source>Contact %1 details</source>
        <translation>Kontaktdaten von Kontakt %1</translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation>Kontakt %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ContactsGroup</name>
    <message>
        <source>Support contacts</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <source>Problem with the contacts</source>
        <translation>Etwas stimmt mit den Kontakten nicht</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>People with power and perspective: an advisor, student affairs, counselling, someone you trust. Behind only shows them to you; it never contacts anyone.</source>
        <translation>Menschen mit Einfluss und Überblick: Mentorin oder Mentor, Studiendekanat, Beratung, jemand, dem du vertraust. Behind zeigt sie nur dir; es kontaktiert nie jemanden.</translation>
    </message>
    <message>
        <source>Numbers change. Please check that a crisis line is right for where you are, before the day you might need it.</source>
        <translation>Nummern ändern sich. Prüf bitte, ob ein Krisentelefon für deinen Ort stimmt, schon bevor du es vielleicht einmal brauchst.</translation>
    </message>
    <message>
        <source>About crisis lines</source>
        <translation>Über Krisentelefone</translation>
    </message>
    <message>
        <source>Country for a crisis line</source>
        <translation>Land für ein Krisentelefon</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Land wählen</translation>
    </message>
    <message>
        <source>Add this crisis line</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Adds the selected crisis line to your contacts; check the number is right</source>
        <translation>Fügt das gewählte Krisentelefon zu deinen Kontakten hinzu; prüf, ob die Nummer stimmt</translation>
    </message>
    <message>
        <source>A crisis line for my country:</source>
        <translation>Krisentelefon für mein Land:</translation>
    </message>
    <message>
        <source>Added. Please check this number is right for you, then save.</source>
        <translation>Hinzugefügt. Prüf bitte, ob die Nummer für dich stimmt, und speichere dann.</translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <source>(details not added yet)</source>
        <translation>(noch keine Kontaktdaten)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to paste elsewhere</source>
        <translation>%1 kopieren, um es anderswo einzufügen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DataMoves</name>
    <message>
        <source>Choose a backup to put back. Your data as it is now is kept aside in the data folder first, so nothing is lost; the backup then takes its place.</source>
        <translation>Wähle eine Sicherung aus. Deine Daten, wie sie jetzt sind, werden zuerst im Datenordner beiseitegelegt, es geht also nichts verloren; dann tritt die Sicherung an ihre Stelle.</translation>
    </message>
    <message>
        <source>Daily backups</source>
        <translation>Tägliche Sicherungen</translation>
    </message>
    <message>
        <source>No backups yet. Behind makes one each day it runs.</source>
        <translation>Noch keine Sicherungen. Behind legt an jedem Tag, an dem es läuft, eine an.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung zurückholen</translation>
    </message>
    <message>
        <source>Import an export file</source>
        <translation>Eine Exportdatei importieren</translation>
    </message>
    <message>
        <source>Everything in that file is already here, so nothing was added.</source>
        <translation>Alles aus dieser Datei ist schon hier, es wurde also nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>From %1, Behind would add: %2.</source>
        <translation>Aus %1 würde Behind hinzufügen: %2.</translation>
    </message>
    <message>
        <source>Nothing that is already here changes: today&apos;s answers, ticks and wins all stay as they are, and only what is missing is added.</source>
        <translation>Nichts, was schon hier ist, ändert sich: Die Antworten, Häkchen und Erfolge von heute bleiben, wie sie sind, und nur was fehlt, kommt dazu.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Add them</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t import that just now, so nothing was changed. (%1)</source>
        <translation>Behind konnte das gerade nicht importieren, es wurde also nichts geändert. (%1)</translation>
    </message>
    <message>
        <source>That file couldn&apos;t be read (%1), so nothing was imported.</source>
        <translation>Diese Datei ließ sich nicht lesen (%1), es wurde also nichts importiert.</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Hinzugefügt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in answer(s)</source>
        <translation>
            <numerusform>%n Antwort auf eine Nachfrage</numerusform>
            <numerusform>%n Antworten auf Nachfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tick(s)</source>
        <translation>
            <numerusform>%n Häkchen</numerusform>
            <numerusform>%n Häkchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small win(s)</source>
        <translation>
            <numerusform>%n kleiner Erfolg</numerusform>
            <numerusform>%n kleine Erfolge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) (settings, focus blocks, checklist items)</source>
        <translation>
            <numerusform>%n weiterer Eintrag (Einstellungen, Fokusblöcke, Punkte der Liste)</numerusform>
            <numerusform>%n weitere Einträge (Einstellungen, Fokusblöcke, Punkte der Liste)</numerusform>
        </translation>
    </message>
    <message>
        <source>That file isn&apos;t an export from Behind, so nothing was imported. An export is the .json file that Export everything saves.</source>
        <translation>Diese Datei ist kein Export von Behind, es wurde also nichts importiert. Ein Export ist die .json-Datei, die „Alles exportieren“ speichert.</translation>
    </message>
    <message>
        <source>That export comes from a newer version of Behind. Update Behind on this computer to import it; nothing was changed.</source>
        <translation>Dieser Export stammt von einer neueren Version von Behind. Aktualisiere Behind auf diesem Computer, um ihn zu importieren; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Part of that file can&apos;t be read (it may be damaged), so nothing was imported.</source>
        <translation>Ein Teil dieser Datei lässt sich nicht lesen (vielleicht ist sie beschädigt), es wurde also nichts importiert.</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Noch keine Sicherung</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Letzte Sicherung: %1</translation>
    </message>
    <message>
        <source>Put back the backup from %1? Your data as it is now is kept aside in the data folder first, then the backup takes its place.</source>
        <translation>Die Sicherung vom %1 zurückholen? Deine Daten, wie sie jetzt sind, werden zuerst im Datenordner beiseitegelegt, dann tritt die Sicherung an ihre Stelle.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung zurückholen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>That backup can&apos;t be used just now (it may be damaged, come from a newer version of Behind, or the data file is busy), so nothing was changed.</source>
        <translation>Diese Sicherung lässt sich gerade nicht verwenden (vielleicht ist sie beschädigt, stammt von einer neueren Version von Behind, oder die Datendatei ist belegt), es wurde also nichts geändert.</translation>
    </message>
    <message>
        <source>Your data is back as it was on %1.</source>
        <translation>Deine Daten sind wieder so wie am %1.</translation>
    </message>
    <message>
        <source>What was here before is kept at %1.</source>
        <translation>Was vorher hier war, liegt in %1.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>focus block</source>
        <translation>Fokusblock</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>selbst notiert</translation>
    </message>
    <message>
        <source>basics</source>
        <translation>das Grundlegende</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1, %2. %3</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1, %2. %3 %4</translation>
    </message>
    <message>
        <source>Small wins, week %1 (%2 – %3 %4)</source>
        <translation>Kleine Erfolge, Woche %1 (%2 – %3 %4)</translation>
    </message>
    <message>
        <source>Nothing written down yet this week. Anything counts, even a short walk.</source>
        <translation>Diese Woche ist noch nichts notiert. Alles zählt, auch ein kurzer Spaziergang.</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Kleine Erfolge</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Woche %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n win(s)</source>
        <translation>
            <numerusform>%n Erfolg</numerusform>
            <numerusform>%n Erfolge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Focus</name>
    <message>
        <source>Send the email I&apos;ve been avoiding</source>
        <translation>Die Mail schreiben, die ich vor mir herschiebe</translation>
    </message>
    <message>
        <source>Read 3 pages</source>
        <translation>3 Seiten lesen</translation>
    </message>
    <message>
        <source>Write the first line of the note</source>
        <translation>Die erste Zeile des Berichts schreiben</translation>
    </message>
    <message>
        <source>Make a list of what&apos;s due</source>
        <translation>Aufschreiben, was ansteht</translation>
    </message>
    <message>
        <source>Do 10 flashcards</source>
        <translation>10 Karteikarten machen</translation>
    </message>
    <message>
        <source>Tidy one small thing</source>
        <translation>Eine Kleinigkeit aufräumen</translation>
    </message>
    <message>
        <source>A block can be %1 to %2 minutes long.</source>
        <translation>Ein Block kann %1 bis %2 Minuten lang sein.</translation>
    </message>
    <message>
        <source>A block can be at most %1 minutes long.</source>
        <translation>Ein Block kann höchstens %1 Minuten lang sein.</translation>
    </message>
    <message>
        <source>Keep the step under %1 characters.</source>
        <translation>Halte den Schritt unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>No focus block is running.</source>
        <translation>Gerade läuft kein Fokusblock.</translation>
    </message>
    <message>
        <source>The block is already running.</source>
        <translation>Der Block läuft schon.</translation>
    </message>
    <message>
        <source>The block is already paused.</source>
        <translation>Der Block ist schon pausiert.</translation>
    </message>
    <message>
        <source>The block is already finished.</source>
        <translation>Der Block ist schon zu Ende.</translation>
    </message>
    <message>
        <source>The block is already stopped.</source>
        <translation>Der Block ist schon beendet.</translation>
    </message>
    <message>
        <source>The block hasn&apos;t started.</source>
        <translation>Der Block hat noch nicht angefangen.</translation>
    </message>
    <message>
        <source>A focused block</source>
        <translation>Ein Fokusblock</translation>
    </message>
</context>
<context>
    <name>FocusBar</name>
    <message>
        <source>Focus block</source>
        <translation>Fokusblock</translation>
    </message>
    <message numerus="yes">
        <source>Start %n minute(s)</source>
        <translation>
            <numerusform>%n Minute starten</numerusform>
            <numerusform>%n Minuten starten</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a focus block</source>
        <translation>Einen Fokusblock starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the block</source>
        <translation>Block pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the block</source>
        <translation>Block beenden</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Show the timer</source>
        <translation>Den Timer zeigen</translation>
    </message>
    <message>
        <source>I&apos;m behind…</source>
        <translation>Ich hänge hinterher…</translation>
    </message>
    <message>
        <source>I&apos;m behind: one question, then one step</source>
        <translation>Ich hänge hinterher: eine Frage, dann ein Schritt</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Jetzt kurz nachfragen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Quit Behind</source>
        <translation>Behind beenden</translation>
    </message>
    <message>
        <source>There is no tray icon here, so Behind quits from here.</source>
        <translation>Hier gibt es kein Symbol im Infobereich, deshalb beendest du Behind von hier aus.</translation>
    </message>
    <message>
        <source>Ready for one tiny step.</source>
        <translation>Bereit für einen kleinen Schritt.</translation>
    </message>
    <message numerus="yes">
        <source>Paused, %n min left</source>
        <translation>
            <numerusform>Pausiert, noch %n Min.</numerusform>
            <numerusform>Pausiert, noch %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Focusing, %n min left</source>
        <translation>
            <numerusform>Fokus, noch %n Min.</numerusform>
            <numerusform>Fokus, noch %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>FocusGroup</name>
    <message>
        <source>Focus blocks</source>
        <translation>Fokusblöcke</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Focus block length in minutes</source>
        <translation>Länge eines Fokusblocks in Minuten</translation>
    </message>
    <message>
        <source>Problem with the focus length</source>
        <translation>Etwas stimmt mit der Blocklänge nicht</translation>
    </message>
    <message>
        <source>Play a soft chime when a block ends</source>
        <translation>Leisen Ton spielen, wenn ein Block endet</translation>
    </message>
    <message>
        <source>Show a notification when a block ends</source>
        <translation>Benachrichtigung zeigen, wenn ein Block endet</translation>
    </message>
    <message>
        <source>Length of one block</source>
        <translation>Länge eines Blocks</translation>
    </message>
</context>
<context>
    <name>GlanceLine</name>
    <message>
        <source>Today at a glance</source>
        <translation>Heute auf einen Blick</translation>
    </message>
</context>
<context>
    <name>GlanceWords</name>
    <message>
        <source>Basics %1 of %2</source>
        <translation>Das Wichtigste: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n small win(s) today</source>
        <translation>
            <numerusform>%n kleiner Erfolg heute</numerusform>
            <numerusform>%n kleine Erfolge heute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left in the block</source>
        <translation>
            <numerusform>noch %n Min. im Fokusblock</numerusform>
            <numerusform>noch %n Min. im Fokusblock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>block paused, %n min left</source>
        <translation>
            <numerusform>Fokusblock pausiert, noch %n Min.</numerusform>
            <numerusform>Fokusblock pausiert, noch %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>check-ins paused until %1</source>
        <translation>Nachfragen pausiert bis %1</translation>
    </message>
</context>
<context>
    <name>LayerSection</name>
    <message>
        <source>Show the optional extras</source>
        <translation>Die freiwilligen Extras zeigen</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected item. F2 renames it, Ctrl+Up and Ctrl+Down move it, Delete puts it away.</source>
        <translation>Leertaste hakt den gewählten Punkt ab oder wieder auf. F2 benennt ihn um, Strg+Pfeil hoch und Strg+Pfeil runter verschieben ihn, Entf legt ihn weg.</translation>
    </message>
    <message>
        <source>Add an item to this layer</source>
        <translation>Einen Punkt zu dieser Ebene hinzufügen</translation>
    </message>
    <message>
        <source>New item for %1</source>
        <translation>Neuer Punkt für %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add item to %1</source>
        <translation>Punkt zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Moves the selected item up (Ctrl+Up)</source>
        <translation>Schiebt den gewählten Punkt nach oben (Strg+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Moves the selected item down (Ctrl+Down)</source>
        <translation>Schiebt den gewählten Punkt nach unten (Strg+Pfeil runter)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Renames the selected item (F2)</source>
        <translation>Benennt den gewählten Punkt um (F2)</translation>
    </message>
    <message>
        <source>Put away</source>
        <translation>Weglegen</translation>
    </message>
    <message>
        <source>Takes the selected item off the list; its past ticks stay (Delete)</source>
        <translation>Nimmt den gewählten Punkt von der Liste; seine bisherigen Haken bleiben (Entf)</translation>
    </message>
    <message>
        <source>Note about this layer</source>
        <translation>Hinweis zu dieser Ebene</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Bring the item back</source>
        <translation>Den Punkt zurückholen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Hide the optional extras</source>
        <translation>Die freiwilligen Extras ausblenden</translation>
    </message>
    <message>
        <source>“%1” is off the list. Its past ticks are kept.</source>
        <translation>„%1“ ist von der Liste. Die bisherigen Haken bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Layer 1 · A functioning human</source>
        <translation>Ebene 1 · Ein funktionierender Mensch</translation>
    </message>
    <message>
        <source>Layer 2 · Trainee minimum</source>
        <translation>Ebene 2 · Das Minimum in der Ausbildung</translation>
    </message>
    <message>
        <source>Layer 3 · Extras (optional)</source>
        <translation>Ebene 3 · Extras (freiwillig)</translation>
    </message>
    <message>
        <source>Slept enough to feel human</source>
        <translation>Genug geschlafen, um mich wie ein Mensch zu fühlen</translation>
    </message>
    <message>
        <source>Ate real food, not just coffee</source>
        <translation>Richtig gegessen, nicht nur Kaffee</translation>
    </message>
    <message>
        <source>Moved a little (walks count)</source>
        <translation>Ein bisschen bewegt (Spaziergänge zählen)</translation>
    </message>
    <message>
        <source>Was honest with one person</source>
        <translation>Mit einem Menschen ehrlich gewesen</translation>
    </message>
    <message>
        <source>Showed up, present enough to be trusted</source>
        <translation>Da gewesen, wach genug, dass man sich auf mich verlassen kann</translation>
    </message>
    <message>
        <source>Did the core work: patients, study, the big assignment</source>
        <translation>Das Wesentliche gemacht: Patienten, Lernen, die große Aufgabe</translation>
    </message>
    <message>
        <source>Spoke up when I was in trouble</source>
        <translation>Bescheid gesagt, als ich nicht weiterkam</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Gremien</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Lehre</translation>
    </message>
    <message>
        <source>A passion project</source>
        <translation>Ein Herzensprojekt</translation>
    </message>
    <message>
        <source>Give it a few words first.</source>
        <translation>Schreib erst ein paar Worte.</translation>
    </message>
    <message>
        <source>That&apos;s a bit long; keep it under %1 characters.</source>
        <translation>Das ist etwas lang; bleib unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>The evening is here and most of the basics are still open, and the basics come first: food, water, a short walk or an early night will help more than anything in Layer 3.</source>
        <translation>Es ist Abend, und das meiste vom Wichtigsten ist noch offen. Das Wichtigste geht vor: Essen, Wasser, ein kurzer Spaziergang oder früh ins Bett helfen mehr als alles aus Ebene 3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Behind</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Ctrl+1 Today, Ctrl+2 Wins, Ctrl+3 Settings</source>
        <translation>Strg+1 Heute, Strg+2 Erfolge, Strg+3 Einstellungen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today&apos;s checklist (Ctrl+1)</source>
        <translation>Liste für heute (Strg+1)</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>This week&apos;s small wins (Ctrl+2)</source>
        <translation>Kleine Erfolge dieser Woche (Strg+2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings (Ctrl+3)</source>
        <translation>Einstellungen (Strg+3)</translation>
    </message>
</context>
<context>
    <name>Perspective</name>
    <message>
        <source>Comparison is bad data. People picture others studying about 10 hours a day; most manage something closer to 6.</source>
        <translation>Vergleiche sind schlechte Daten. Man stellt sich vor, die anderen lernen etwa 10 Stunden am Tag; die meisten schaffen eher um die 6.</translation>
    </message>
    <message>
        <source>A week that lasts looks roughly like 45 hours of clinical work and study, 49 hours of sleep, 20 hours of personal life and 14 for everything else.</source>
        <translation>Eine Woche, die man lange durchhält, sieht ungefähr so aus: 45 Stunden Klinik und Lernen, 49 Stunden Schlaf, 20 Stunden Privatleben und 14 für alles andere.</translation>
    </message>
    <message>
        <source>Programme directors weigh clinical performance, letters and exams most. Research and extras count less, and being a decent colleague quietly counts a lot.</source>
        <translation>Wer über Stellen entscheidet, schaut vor allem auf die klinische Arbeit, Empfehlungen und Prüfungen. Forschung und Extras zählen weniger, und eine gute Kollegin oder ein guter Kollege zu sein, zählt leise sehr viel.</translation>
    </message>
    <message>
        <source>You see other people&apos;s highlight reel, not the sleep, meals and friendships they may be dropping to make it.</source>
        <translation>Du siehst die Höhepunkte der anderen, nicht den Schlaf, die Mahlzeiten und die Freundschaften, die sie dafür vielleicht aufgeben.</translation>
    </message>
    <message>
        <source>Layer 3 is optional. Plenty of good trainees got the post they hoped for with a solid Layer 2 and one or two extras they actually cared about.</source>
        <translation>Ebene 3 ist freiwillig. Viele gute Ärztinnen und Ärzte haben ihre Stelle mit einer soliden Ebene 2 bekommen und ein, zwei Extras, die ihnen wirklich wichtig waren.</translation>
    </message>
    <message>
        <source>One tiny step is all this block asks. Stopping early is fine; what you did still counts.</source>
        <translation>Dieser Block will nur einen kleinen Schritt. Früher aufhören ist in Ordnung; was du geschafft hast, zählt trotzdem.</translation>
    </message>
    <message>
        <source>Being behind some of the time is built into training. What matters is being able to show up where it counts and recover.</source>
        <translation>Manchmal hinterherzuhängen gehört zur Ausbildung dazu. Wichtig ist, da zu sein, wo es zählt, und sich wieder zu erholen.</translation>
    </message>
    <message>
        <source>Small steps count. Fifteen minutes, one email, three pages: that&apos;s how moving again starts.</source>
        <translation>Kleine Schritte zählen. Fünfzehn Minuten, eine Mail, drei Seiten: So kommt man wieder in Bewegung.</translation>
    </message>
</context>
<context>
    <name>PutAwaySection</name>
    <message>
        <source>Put-away items</source>
        <translation>Weggelegte Punkte</translation>
    </message>
    <message>
        <source>Their past ticks are kept. Bring one back to the list.</source>
        <translation>Ihre bisherigen Haken bleiben erhalten. Hol einen zurück auf die Liste.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Puts the selected item back at its place in its layer</source>
        <translation>Legt den gewählten Punkt wieder an seinen Platz in seiner Ebene</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>A gentle question</source>
        <translation>Eine freundliche Frage</translation>
    </message>
    <message>
        <source>HH:MM, HH:MM</source>
        <translation>HH:MM, HH:MM</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Problem with this check-in</source>
        <translation>Etwas stimmt mit dieser Nachfrage nicht</translation>
    </message>
    <message>
        <source>Times of day, like 09:30, 19:00</source>
        <translation>Uhrzeiten, etwa 09:30, 19:00</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>Ask check-in %1</source>
        <translation>Nachfrage %1 stellen</translation>
    </message>
    <message>
        <source>Check-in %1 question</source>
        <translation>Frage von Nachfrage %1</translation>
    </message>
    <message>
        <source>Check-in %1 times</source>
        <translation>Uhrzeiten von Nachfrage %1</translation>
    </message>
    <message>
        <source>Times of day, like 09:30, 19:00, separated by commas</source>
        <translation>Uhrzeiten, etwa 09:30, 19:00, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Remove check-in %1</source>
        <translation>Nachfrage %1 entfernen</translation>
    </message>
    <message>
        <source>Ask check-in %1 on %2</source>
        <translation>Nachfrage %1 am %2 stellen</translation>
    </message>
    <message>
        <source>This one went unanswered a few times, so now it asks every other time. Answering it once brings it back to normal.</source>
        <translation>Diese Frage blieb ein paarmal ohne Antwort, deshalb kommt sie jetzt nur jedes zweite Mal. Einmal beantwortet, und alles ist wie vorher.</translation>
    </message>
    <message>
        <source>This one went unanswered for a while, so now it asks only about one time in four. Answering it once brings it back to normal.</source>
        <translation>Diese Frage blieb eine Weile ohne Antwort, deshalb kommt sie jetzt nur noch etwa jedes vierte Mal. Einmal beantwortet, und alles ist wie vorher.</translation>
    </message>
    <message>
        <source>How often this check-in asks</source>
        <translation>Wie oft diese Nachfrage kommt</translation>
    </message>
</context>
<context>
    <name>QuietGroup</name>
    <message>
        <source>When check-ins wait</source>
        <translation>Wann Nachfragen warten</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Ruhezeit beginnt</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ruhezeit endet</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <source>Problem with quiet hours</source>
        <translation>Etwas stimmt mit der Ruhezeit nicht</translation>
    </message>
    <message>
        <source>About quiet hours</source>
        <translation>Zur Ruhezeit</translation>
    </message>
    <message>
        <source>Shift mode: follow my wake time, not the clock</source>
        <translation>Schichtmodus: nach meiner Aufwachzeit, nicht nach der Uhr</translation>
    </message>
    <message>
        <source>For nights and on-call: check-in times and quiet hours move with your day</source>
        <translation>Für Nachtdienste und Bereitschaft: Nachfragen und Ruhezeit wandern mit deinem Tag</translation>
    </message>
    <message>
        <source>Wake time in shift mode</source>
        <translation>Aufwachzeit im Schichtmodus</translation>
    </message>
    <message>
        <source>I woke up at</source>
        <translation>Aufgewacht um</translation>
    </message>
    <message>
        <source>How shift mode moves the times</source>
        <translation>Wie der Schichtmodus die Zeiten verschiebt</translation>
    </message>
    <message>
        <source>Problem with the wake time</source>
        <translation>Etwas stimmt mit der Aufwachzeit nicht</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes away before check-ins wait</source>
        <translation>Minuten weg, bevor Nachfragen warten</translation>
    </message>
    <message>
        <source>Wait while I&apos;ve been away for</source>
        <translation>Warten, wenn ich weg war seit</translation>
    </message>
    <message>
        <source>Problem with the away time</source>
        <translation>Etwas stimmt mit der Abwesenheitszeit nicht</translation>
    </message>
    <message>
        <source>Times are clock times. In shift mode they follow your day instead: they move by as much as your wake time differs from 07:00.</source>
        <translation>Die Zeiten sind Uhrzeiten. Im Schichtmodus folgen sie stattdessen deinem Tag: Sie verschieben sich um so viel, wie deine Aufwachzeit von 07:00 abweicht.</translation>
    </message>
    <message>
        <source>Waking at %1 instead of 07:00 moves every time by the same amount: a %2 check-in comes at %3, and quiet hours run from %4 to %5.</source>
        <translation>Aufwachen um %1 statt um 07:00 verschiebt jede Zeit um gleich viel: Eine Nachfrage um %2 kommt um %3, und die Ruhezeit geht von %4 bis %5.</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>I feel exhausted even after a decent night&apos;s sleep.</source>
        <translation>Ich bin erschöpft, selbst nach einer ordentlichen Nacht Schlaf.</translation>
    </message>
    <message>
        <source>Things I used to care about (patients, learning, my future) feel flat.</source>
        <translation>Was mir früher wichtig war (Patienten, Lernen, meine Zukunft), fühlt sich flach an.</translation>
    </message>
    <message>
        <source>I&apos;m more cynical than usual, or everything irritates me.</source>
        <translation>Ich bin zynischer als sonst, oder mich nervt alles.</translation>
    </message>
    <message>
        <source>I keep thinking “I just need to get through this” about everything.</source>
        <translation>Bei allem denke ich nur noch: „Ich muss da einfach irgendwie durch.“</translation>
    </message>
    <message>
        <source>This is not a diagnosis and can&apos;t tell you what&apos;s going on. It&apos;s a nudge to talk to someone you trust, who can.</source>
        <translation>Das ist keine Diagnose und kann dir nicht sagen, was los ist. Es ist ein Anstoß, mit jemandem zu reden, dem du vertraust und der das kann.</translation>
    </message>
    <message>
        <source>These signs have come up two weeks running. That&apos;s worth saying out loud to someone with power and perspective: an advisor, student affairs, a senior doctor you trust or a counsellor. Fewer extras, accommodations or time off are reasonable things to ask about.</source>
        <translation>Diese Zeichen kamen zwei Wochen hintereinander. Das ist es wert, laut ausgesprochen zu werden, bei jemandem mit Einfluss und Überblick: Mentorin oder Mentor, Studiendekanat, eine Oberärztin oder ein Oberarzt deines Vertrauens, eine Beratungsstelle. Nach weniger Extras, Entlastung oder freier Zeit zu fragen, ist völlig in Ordnung.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“%1” is not a time of day; use HH:MM, like 07:30.</source>
        <translation>„%1“ ist keine Uhrzeit; nimm HH:MM, etwa 07:30.</translation>
    </message>
    <message>
        <source>Focus length is a whole number of minutes.</source>
        <translation>Die Blocklänge ist eine ganze Zahl von Minuten.</translation>
    </message>
    <message>
        <source>Focus length can be %1 to %2 minutes.</source>
        <translation>Ein Block kann %1 bis %2 Minuten lang sein.</translation>
    </message>
    <message>
        <source>The away time is a whole number of minutes.</source>
        <translation>Die Abwesenheitszeit ist eine ganze Zahl von Minuten.</translation>
    </message>
    <message>
        <source>The away time can be %1 to %2 minutes.</source>
        <translation>Die Abwesenheitszeit kann %1 bis %2 Minuten betragen.</translation>
    </message>
    <message>
        <source>“%1” is not on or off; use on or off.</source>
        <translation>„%1“ ist weder on noch off; nimm on oder off.</translation>
    </message>
    <message>
        <source>The week starts on a day from Monday (0) to Sunday (6).</source>
        <translation>Die Woche beginnt an einem Tag von Montag (0) bis Sonntag (6).</translation>
    </message>
    <message>
        <source>“%1” is not a language Behind speaks; use %2, or nothing for the system&apos;s.</source>
        <translation>„%1“ ist keine Sprache, die Behind spricht; nimm %2, oder nichts für die Sprache des Systems.</translation>
    </message>
    <message>
        <source>“%1” is not a list of days; use mon, tue … sun, weekdays or daily.</source>
        <translation>„%1“ ist keine Liste von Tagen; nimm mon, tue … sun, weekdays oder daily.</translation>
    </message>
    <message>
        <source>A check-in needs some words.</source>
        <translation>Eine Nachfrage braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>Keep each check-in under %1 characters.</source>
        <translation>Halte jede Nachfrage unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” needs at least one time.</source>
        <translation>„%1“ braucht mindestens eine Uhrzeit.</translation>
    </message>
    <message>
        <source>“%1” needs at least one day of the week.</source>
        <translation>„%1“ braucht mindestens einen Wochentag.</translation>
    </message>
    <message>
        <source>A check-in is incomplete.</source>
        <translation>Bei einer Nachfrage fehlt noch etwas.</translation>
    </message>
    <message>
        <source>Two check-ins share the same name.</source>
        <translation>Zwei Nachfragen haben denselben Namen.</translation>
    </message>
    <message>
        <source>Each contact needs a name in its first field: who they are.</source>
        <translation>Jeder Kontakt braucht im ersten Feld einen Namen: wer das ist.</translation>
    </message>
    <message>
        <source>Keep a contact&apos;s name under %1 characters.</source>
        <translation>Halte den Namen eines Kontakts unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>Keep a contact&apos;s details under %1 characters.</source>
        <translation>Halte die Angaben eines Kontakts unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>A contact is incomplete.</source>
        <translation>Bei einem Kontakt fehlt noch etwas.</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE, like focus_minutes=20.</source>
        <translation>„%1“ hat nicht die Form KEY=VALUE, etwa focus_minutes=20.</translation>
    </message>
    <message>
        <source>There is no setting called “%1”.</source>
        <translation>Es gibt keine Einstellung namens „%1“.</translation>
    </message>
    <message>
        <source>There is no check-in called “%1”.</source>
        <translation>Es gibt keine Nachfrage namens „%1“.</translation>
    </message>
    <message>
        <source>A check-in has text, times, days and enabled; “%1” is none of them.</source>
        <translation>Eine Nachfrage hat text, times, days und enabled; „%1“ ist nichts davon.</translation>
    </message>
    <message>
        <source>“%1” is a list; change it in the Settings window.</source>
        <translation>„%1“ ist eine Liste; ändere sie im Fenster Einstellungen.</translation>
    </message>
    <message>
        <source>Quiet hours start and end at the same time, so there are none: check-ins may come at any hour.</source>
        <translation>Die Ruhezeit beginnt und endet zur selben Uhrzeit, es gibt also keine: Nachfragen können zu jeder Stunde kommen.</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>LÖSCHEN</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings status</source>
        <translation>Status der Einstellungen</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Änderungen zurücknehmen</translation>
    </message>
    <message>
        <source>Puts back the settings last saved</source>
        <translation>Stellt die zuletzt gespeicherten Einstellungen wieder her</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Saves the settings above (Ctrl+S)</source>
        <translation>Speichert die Einstellungen oben (Strg+S)</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Änderungen noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Nothing saved yet: a few things need a look (see above).</source>
        <translation>Noch nichts gespeichert: Ein paar Dinge brauchen einen zweiten Blick (siehe oben).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Quit Behind</source>
        <translation>Behind beenden</translation>
    </message>
    <message>
        <source>Some changes in Settings can&apos;t be saved yet.</source>
        <translation>Einige Änderungen in den Einstellungen lassen sich noch nicht speichern.</translation>
    </message>
    <message>
        <source>The notes next to them say what they need. Quit and leave them out?</source>
        <translation>Die Hinweise daneben sagen, was noch fehlt. Beenden und sie weglassen?</translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation>Zurück zu den Einstellungen</translation>
    </message>
    <message>
        <source>Quit without them</source>
        <translation>Ohne sie beenden</translation>
    </message>
    <message>
        <source>Use defaults</source>
        <translation>Voreinstellungen nehmen</translation>
    </message>
    <message>
        <source>Puts Behind&apos;s own values in the fields above; nothing is saved until Save</source>
        <translation>Setzt die Werte von Behind in die Felder oben; gespeichert wird erst mit Speichern</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is a file, not a folder. Choose a folder with --data-dir.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wähl mit --data-dir einen Ordner.</translation>
    </message>
    <message>
        <source>Can&apos;t use the data folder %1 (%2). Choose another with --data-dir.</source>
        <translation>Der Datenordner %1 lässt sich nicht nutzen (%2). Wähl mit --data-dir einen anderen.</translation>
    </message>
    <message>
        <source>Behind can&apos;t look at %1 (%2).</source>
        <translation>Behind kann %1 nicht ansehen (%2).</translation>
    </message>
    <message>
        <source>%1 points to %2, which doesn&apos;t exist; nothing was changed. Remove the link or use another folder with --data-dir.</source>
        <translation>%1 zeigt auf %2, das es nicht gibt; nichts wurde geändert. Entferne die Verknüpfung oder nimm mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so Behind won&apos;t touch it; nothing was changed. Move it away or use another folder with --data-dir.</source>
        <translation>%1 ist keine normale Datei, deshalb rührt Behind sie nicht an; nichts wurde geändert. Leg sie woanders hin oder nimm mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so Behind won&apos;t touch %2; nothing was changed. Move it away or use another folder with --data-dir.</source>
        <translation>%1 ist keine normale Datei, deshalb rührt Behind %2 nicht an; nichts wurde geändert. Leg sie woanders hin oder nimm mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Behind can&apos;t read %1 (%2); nothing was changed.</source>
        <translation>Behind kann %1 nicht lesen (%2); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is not a Behind data file, so Behind left it exactly as it was. Move it away or use another folder with --data-dir.</source>
        <translation>%1 ist keine Datendatei von Behind, deshalb hat Behind sie genau so gelassen, wie sie war. Leg sie woanders hin oder nimm mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Behind (data format %2; this version reads up to %3). Nothing was changed. Update Behind, or use another folder with --data-dir.</source>
        <translation>%1 stammt von einer neueren Version von Behind (Datenformat %2; diese Version liest bis %3). Nichts wurde geändert. Aktualisiere Behind oder nimm mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Behind can&apos;t open %1 (%2); nothing was changed.</source>
        <translation>Behind kann %1 nicht öffnen (%2); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Can&apos;t create the data file %1 (%2); nothing was changed. Check that the folder is writable and the disk has room, or use another folder with --data-dir.</source>
        <translation>Die Datendatei %1 lässt sich nicht anlegen (%2); nichts wurde geändert. Schau, ob der Ordner beschreibbar ist und die Festplatte Platz hat, oder nimm mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Behind can&apos;t write to %1; nothing was changed. Check that the file and its folder are yours and writable, or use another folder with --data-dir.</source>
        <translation>Behind kann nicht in %1 schreiben; nichts wurde geändert. Schau, ob die Datei und ihr Ordner dir gehören und beschreibbar sind, oder nimm mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t set its damaged data file aside (%1); nothing was changed.</source>
        <translation>Behind konnte seine beschädigte Datendatei nicht beiseitelegen (%1); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not open the data file %1: %2.</source>
        <translation>Die Datendatei %1 ließ sich nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>Could not set up the data file %1: %2.</source>
        <translation>Die Datendatei %1 ließ sich nicht einrichten: %2.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t save that just now (%1). It is kept and saved as soon as Behind can.</source>
        <translation>Behind konnte das gerade nicht speichern (%1). Es bleibt aufgehoben und wird gespeichert, sobald es geht.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t save that (%1); nothing was changed. Try again in a moment.</source>
        <translation>Behind konnte das nicht speichern (%1); nichts wurde geändert. Versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t make a backup in %1 (%2).</source>
        <translation>Behind konnte in %1 keine Sicherung machen (%2).</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Unter %1 gibt es keine Sicherung.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be read (%2); nothing was changed.</source>
        <translation>%1 lässt sich nicht lesen (%2); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 holds no data; nothing was changed.</source>
        <translation>%1 enthält keine Daten; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t restore %1 (%2).</source>
        <translation>Behind konnte %1 nicht wiederherstellen (%2).</translation>
    </message>
    <message>
        <source>%1 is not an export from Behind; nothing was imported.</source>
        <translation>%1 ist kein Export von Behind; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 comes from a newer version of Behind (%2); update Behind to import it. Nothing was imported.</source>
        <translation>%1 stammt von einer neueren Version von Behind (%2); aktualisiere Behind, um es zu importieren. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is damaged (its %2 can&apos;t be read); nothing was imported.</source>
        <translation>%1 ist beschädigt (%2 lässt sich nicht lesen); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 is damaged (a row can&apos;t be read); nothing was imported.</source>
        <translation>%1 ist beschädigt (eine Zeile lässt sich nicht lesen); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Your data file could not be read, so it was moved aside to %1 and a fresh one was started. Nothing in the old file was changed.</source>
        <translation>Deine Datendatei ließ sich nicht lesen, deshalb liegt sie jetzt unter %1 und eine neue wurde angelegt. In der alten Datei wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Stray pieces of an earlier data file were moved aside to %1.</source>
        <translation>Übrig gebliebene Teile einer früheren Datendatei liegen jetzt unter %1.</translation>
    </message>
    <message>
        <source>Some of the most recent changes in your data file could not be read back. A copy of the file exactly as it was is at %1; Behind goes on with everything it could read.</source>
        <translation>Einige der letzten Änderungen in deiner Datendatei ließen sich nicht zurücklesen. Eine Kopie der Datei, genau wie sie war, liegt unter %1; Behind macht mit allem weiter, was es lesen konnte.</translation>
    </message>
    <message>
        <source>Your data was upgraded; a copy of the old file is at %1.</source>
        <translation>Deine Daten wurden auf den neuen Stand gebracht; eine Kopie der alten Datei liegt unter %1.</translation>
    </message>
    <message>
        <source>Some settings could not be read and were reset; your data is safe.</source>
        <translation>Einige Einstellungen ließen sich nicht lesen und wurden zurückgesetzt; deine Daten sind sicher.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>die Festplatte ist voll</translation>
    </message>
    <message>
        <source>another program is using Behind&apos;s data file</source>
        <translation>ein anderes Programm nutzt die Datendatei von Behind</translation>
    </message>
    <message>
        <source>the data file can&apos;t be written to</source>
        <translation>in die Datendatei lässt sich nicht schreiben</translation>
    </message>
    <message>
        <source>the data file said: %1</source>
        <translation>die Datendatei meldet: %1</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>Centro de Asistencia al Suicida (Argentina)</source>
        <translation>Centro de Asistencia al Suicida (Argentinien)</translation>
    </message>
    <message>
        <source>135 (Buenos Aires), (011) 5275-1135, or 0800 999 0091 at any hour</source>
        <translation>135 (Buenos Aires), (011) 5275-1135 oder rund um die Uhr 0800 999 0091</translation>
    </message>
    <message>
        <source>TelefonSeelsorge (Austria)</source>
        <translation>TelefonSeelsorge (Österreich)</translation>
    </message>
    <message>
        <source>Lifeline (Australia)</source>
        <translation>Lifeline (Australien)</translation>
    </message>
    <message>
        <source>Centre de Prévention du Suicide / Zelfmoordlijn (Belgium)</source>
        <translation>Centre de Prévention du Suicide / Zelfmoordlijn (Belgien)</translation>
    </message>
    <message>
        <source>0800 32 123 (French) or 1813 (Dutch)</source>
        <translation>0800 32 123 (Französisch) oder 1813 (Niederländisch)</translation>
    </message>
    <message>
        <source>9-8-8 Suicide Crisis Helpline (Canada)</source>
        <translation>9-8-8 Suicide Crisis Helpline (Kanada)</translation>
    </message>
    <message>
        <source>Call or text 988</source>
        <translation>Anruf oder SMS an 988</translation>
    </message>
    <message>
        <source>Die Dargebotene Hand / La Main Tendue (Switzerland)</source>
        <translation>Die Dargebotene Hand (Schweiz)</translation>
    </message>
    <message>
        <source>Línea de Prevención del Suicidio (Chile)</source>
        <translation>Línea de Prevención del Suicidio (Chile)</translation>
    </message>
    <message>
        <source>*4141 from a mobile phone</source>
        <translation>*4141 vom Handy</translation>
    </message>
    <message>
        <source>Línea 192 / Línea 106 (Colombia)</source>
        <translation>Línea 192 / Línea 106 (Kolumbien)</translation>
    </message>
    <message>
        <source>192, then option 4; in Bogotá 106</source>
        <translation>192, dann Option 4; in Bogotá 106</translation>
    </message>
    <message>
        <source>TelefonSeelsorge (Germany)</source>
        <translation>TelefonSeelsorge (Deutschland)</translation>
    </message>
    <message>
        <source>0800 111 0 111, 0800 111 0 222 or 116 123</source>
        <translation>0800 111 0 111, 0800 111 0 222 oder 116 123</translation>
    </message>
    <message>
        <source>Línea 024 (Spain)</source>
        <translation>Línea 024 (Spanien)</translation>
    </message>
    <message>
        <source>3114, suicide prevention line (France)</source>
        <translation>3114, Suizidprävention (Frankreich)</translation>
    </message>
    <message>
        <source>Samaritans (UK)</source>
        <translation>Samaritans (Vereinigtes Königreich)</translation>
    </message>
    <message>
        <source>Samaritans (Ireland)</source>
        <translation>Samaritans (Irland)</translation>
    </message>
    <message>
        <source>Tele-MANAS (India)</source>
        <translation>Tele-MANAS (Indien)</translation>
    </message>
    <message>
        <source>Línea de la Vida (Mexico)</source>
        <translation>Línea de la Vida (Mexiko)</translation>
    </message>
    <message>
        <source>113 Zelfmoordpreventie (Netherlands)</source>
        <translation>113 Zelfmoordpreventie (Niederlande)</translation>
    </message>
    <message>
        <source>113 or 0800 0113</source>
        <translation>113 oder 0800 0113</translation>
    </message>
    <message>
        <source>Need to talk? (New Zealand)</source>
        <translation>Need to talk? (Neuseeland)</translation>
    </message>
    <message>
        <source>Call or text 1737</source>
        <translation>Anruf oder SMS an 1737</translation>
    </message>
    <message>
        <source>Línea 113, salud mental (Peru)</source>
        <translation>Línea 113, salud mental (Peru)</translation>
    </message>
    <message>
        <source>113, then option 5</source>
        <translation>113, dann Option 5</translation>
    </message>
    <message>
        <source>155 Te escucha (Paraguay)</source>
        <translation>155 Te escucha (Paraguay)</translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline (US)</source>
        <translation>988 Suicide &amp; Crisis Lifeline (USA)</translation>
    </message>
    <message>
        <source>Línea Vida (Uruguay)</source>
        <translation>Línea Vida (Uruguay)</translation>
    </message>
    <message>
        <source>0800 0767, or *0767 from a mobile phone</source>
        <translation>0800 0767 oder *0767 vom Handy</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentinien</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Kolumbien</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>My advisor</source>
        <translation>Meine Mentorin / mein Mentor</translation>
    </message>
    <message>
        <source>Student affairs / programme office</source>
        <translation>Studiendekanat / Weiterbildungsbüro</translation>
    </message>
    <message>
        <source>Counselling service</source>
        <translation>Psychologische Beratung</translation>
    </message>
    <message>
        <source>Keep the details under %1 characters.</source>
        <translation>Halte die Angaben unter %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>SupportContent</name>
    <message>
        <source>Worth talking to someone</source>
        <translation>Gut, mit jemandem darüber zu reden</translation>
    </message>
    <message>
        <source>Your support contacts</source>
        <translation>Deine Ansprechpersonen</translation>
    </message>
    <message>
        <source>Add my people</source>
        <translation>Meine Leute eintragen</translation>
    </message>
    <message>
        <source>Opens Settings at the support contacts</source>
        <translation>Öffnet die Einstellungen bei den Ansprechpersonen</translation>
    </message>
    <message>
        <source>Crisis lines by country</source>
        <translation>Krisentelefone nach Land</translation>
    </message>
    <message>
        <source>Show crisis lines by country</source>
        <translation>Krisentelefone nach Land zeigen</translation>
    </message>
    <message>
        <source>Numbers change; check the one for where you are. If you might act on thoughts of harming yourself, call your local emergency number now.</source>
        <translation>Nummern ändern sich; prüf die für deinen Ort. Wenn du Gedanken hast, dir etwas anzutun, und sie umsetzen könntest: Ruf jetzt den Notruf an (112).</translation>
    </message>
    <message>
        <source>Also pick one tiny step</source>
        <translation>Auch einen kleinen Schritt wählen</translation>
    </message>
    <message>
        <source>Close for now</source>
        <translation>Erst mal schließen</translation>
    </message>
    <message>
        <source>When “behind” comes with signs like these, grinding harder rarely helps. The next step is a conversation: tell someone with power and perspective (an advisor, student affairs, a senior doctor you trust) how it really is, and ask about fewer extras or more help.</source>
        <translation>Wenn „hinterher“ mit solchen Zeichen kommt, hilft noch mehr Durchbeißen selten. Der nächste Schritt ist ein Gespräch: Erzähl jemandem mit Einfluss und Überblick (Mentorin oder Mentor, Studiendekanat, eine Oberärztin oder ein Oberarzt deines Vertrauens), wie es wirklich ist, und frag nach weniger Extras oder mehr Unterstützung.</translation>
    </message>
    <message>
        <source>You can add the people you&apos;d reach out to (advisor, programme office, counselling, a friend) in Settings, so they are here when you need them.</source>
        <translation>In den Einstellungen kannst du die Menschen eintragen, an die du dich wenden würdest (Mentorin oder Mentor, Studiendekanat, Beratung, eine Freundin, ein Freund), damit sie hier sind, wenn du sie brauchst.</translation>
    </message>
    <message>
        <source>Your people:</source>
        <translation>Deine Leute:</translation>
    </message>
</context>
<context>
    <name>System</name>
    <message>
        <source>it isn&apos;t there</source>
        <translation>es ist nicht da</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>die Festplatte ist voll</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>die Festplatte ist schreibgeschützt</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>die Festplatte hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>it is already there</source>
        <translation>es ist schon da</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>es wird gerade benutzt</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>“%1” is not a time of day; use HH:MM, like 07:30.</source>
        <translation>„%1“ ist keine Uhrzeit; schreib HH:MM, etwa 07:30.</translation>
    </message>
    <message>
        <source>“%1” is not a week; use YYYY-Www, like 2026-W48.</source>
        <translation>„%1“ ist keine Woche; schreib YYYY-Www, etwa 2026-W48.</translation>
    </message>
    <message>
        <source>Behind keeps weeks from 1900 to 3000, not %1.</source>
        <translation>Behind kennt Wochen von 1900 bis 3000, nicht %1.</translation>
    </message>
    <message>
        <source>%1 has no week %2.</source>
        <translation>%1 hat keine Woche %2.</translation>
    </message>
</context>
<context>
    <name>TimerWindow</name>
    <message>
        <source>Behind · focus</source>
        <translation>Behind · Fokus</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Block state</source>
        <translation>Stand des Blocks</translation>
    </message>
    <message>
        <source>Progress through the block</source>
        <translation>Fortschritt im Block</translation>
    </message>
    <message>
        <source>Name the tiny step (optional)</source>
        <translation>Den kleinen Schritt benennen (freiwillig)</translation>
    </message>
    <message>
        <source>The tiny step</source>
        <translation>Der kleine Schritt</translation>
    </message>
    <message>
        <source>What this block is for, for example: read 3 pages</source>
        <translation>Wofür dieser Block ist, zum Beispiel: 3 Seiten lesen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message numerus="yes">
        <source>+%n min</source>
        <translation>
            <numerusform>+%n Min.</numerusform>
            <numerusform>+%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Be&amp;enden</translation>
    </message>
    <message>
        <source>Start a focus block</source>
        <translation>Einen Fokusblock starten</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n minutes</source>
        <translation>
            <numerusform>%n Minute dazugeben</numerusform>
            <numerusform>%n Minuten dazugeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the block</source>
        <translation>Block beenden</translation>
    </message>
    <message>
        <source>A thought for this block</source>
        <translation>Ein Gedanke zu diesem Block</translation>
    </message>
    <message>
        <source>Focusing</source>
        <translation>Im Fokus</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Bereit, wenn du es bist</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Noch %n Minute</numerusform>
            <numerusform>Noch %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <source>That&apos;s as long as a title can be: %1 characters.</source>
        <translation>Länger geht es nicht: höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Rough day</source>
        <translation>Schwerer Tag</translation>
    </message>
    <message>
        <source>Shows only Layer 1, the basics of being a functioning human, for today</source>
        <translation>Zeigt heute nur Ebene 1, das Wichtigste, um als Mensch zu funktionieren</translation>
    </message>
    <message>
        <source>Just the basics today. The rest will keep.</source>
        <translation>Heute nur das Wichtigste. Der Rest läuft nicht weg.</translation>
    </message>
    <message>
        <source>Edit items</source>
        <translation>Punkte bearbeiten</translation>
    </message>
    <message>
        <source>Shows buttons to add, rename, move and put away items</source>
        <translation>Zeigt Knöpfe zum Hinzufügen, Umbenennen, Verschieben und Weglegen</translation>
    </message>
    <message>
        <source>A note about the basics</source>
        <translation>Ein Hinweis zum Wichtigsten</translation>
    </message>
    <message>
        <source>A rough day. Only the basics are showing; everything else will still be there tomorrow.</source>
        <translation>Ein schwerer Tag. Nur das Wichtigste ist zu sehen; alles andere ist morgen auch noch da.</translation>
    </message>
    <message>
        <source>Rough day note</source>
        <translation>Hinweis zum schweren Tag</translation>
    </message>
    <message>
        <source>Layer 1 checklist: a functioning human</source>
        <translation>Liste Ebene 1: ein funktionierender Mensch</translation>
    </message>
    <message>
        <source>Layer 2 checklist: trainee minimum</source>
        <translation>Liste Ebene 2: das Minimum in der Ausbildung</translation>
    </message>
    <message>
        <source>Genuinely optional: nice when there&apos;s room, fine when there isn&apos;t.</source>
        <translation>Wirklich freiwillig: schön, wenn Platz dafür ist, in Ordnung, wenn nicht.</translation>
    </message>
    <message>
        <source>Layer 3 checklist: optional extras</source>
        <translation>Liste Ebene 3: freiwillige Extras</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a bit long; a shorter title (under %n characters) fits.</source>
        <translation>
            <numerusform>Das ist etwas lang; ein kürzerer Titel (unter %n Zeichen) passt.</numerusform>
            <numerusform>Das ist etwas lang; ein kürzerer Titel (unter %n Zeichen) passt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few words first.</source>
        <translation>Schreib erst ein paar Worte.</translation>
    </message>
    <message>
        <source>The basics are covered now. That&apos;s the part that matters most.</source>
        <translation>Das Wichtigste ist jetzt erledigt. Das ist der Teil, der am meisten zählt.</translation>
    </message>
    <message>
        <source>Done editing</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Start a focus block</source>
        <translation>Fokusblock &amp;starten</translation>
    </message>
    <message>
        <source>Show the &amp;timer</source>
        <translation>&amp;Timer zeigen</translation>
    </message>
    <message>
        <source>&amp;Pause the block</source>
        <translation>Block &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume the block</source>
        <translation>Block &amp;weiterführen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;+%n minutes</source>
        <translation>
            <numerusform>&amp;+%n Minute</numerusform>
            <numerusform>&amp;+%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Be&amp;enden</translation>
    </message>
    <message>
        <source>&amp;Name the step…</source>
        <translation>Schritt be&amp;nennen…</translation>
    </message>
    <message>
        <source>I&apos;m &amp;behind…</source>
        <translation>Ich &amp;hänge hinterher…</translation>
    </message>
    <message>
        <source>&amp;Check in now</source>
        <translation>Jetzt kurz &amp;nachfragen</translation>
    </message>
    <message>
        <source>Pa&amp;use check-ins</source>
        <translation>&amp;Nachfragen pausieren</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>For 3 hours (clinic)</source>
        <translation>Für 3 Stunden (Ambulanz)</translation>
    </message>
    <message>
        <source>For 8 hours (exam, shift)</source>
        <translation>Für 8 Stunden (Prüfung, Dienst)</translation>
    </message>
    <message>
        <source>Resume check-ins</source>
        <translation>Nachfragen wieder aufnehmen</translation>
    </message>
    <message>
        <source>Today&apos;s check&amp;list</source>
        <translation>&amp;Liste für heute</translation>
    </message>
    <message>
        <source>This week&apos;s &amp;wins</source>
        <translation>&amp;Erfolge dieser Woche</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>Ei&amp;nstellungen</translation>
    </message>
    <message>
        <source>&amp;Quit Behind</source>
        <translation>Behind be&amp;enden</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start a %n-minute block</source>
        <translation>
            <numerusform>Block von %n Minute &amp;starten</numerusform>
            <numerusform>Block von %n Minuten &amp;starten</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins pa&amp;used until %1</source>
        <translation>&amp;Nachfragen pausiert bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) on one tiny step — until %1</source>
        <translation>
            <numerusform>%n Minute für einen winzigen Schritt – bis %1</numerusform>
            <numerusform>%n Minuten für einen winzigen Schritt – bis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins until %1. “Resume check-ins” brings them back sooner.</source>
        <translation>Keine Nachfragen bis %1. „Nachfragen wieder aufnehmen“ holt sie früher zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Behind · click to start a %n-minute block</source>
        <translation>
            <numerusform>Behind · klicken für einen Block von %n Minute</numerusform>
            <numerusform>Behind · klicken für einen Block von %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>Noch %n Min.</numerusform>
            <numerusform>Noch %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused · %1 left</source>
        <translation>Pausiert · noch %1</translation>
    </message>
</context>
<context>
    <name>WeeksGroup</name>
    <message>
        <source>Language and weeks</source>
        <translation>Sprache und Wochen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As my system does</source>
        <translation>Wie im System eingestellt</translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation>Wochen beginnen am</translation>
    </message>
    <message>
        <source>Problem with the language</source>
        <translation>Etwas stimmt mit der Sprache nicht</translation>
    </message>
    <message>
        <source>Problem with the first day of the week</source>
        <translation>Etwas stimmt mit dem ersten Wochentag nicht</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Behind</source>
        <translation>Willkommen bei Behind</translation>
    </message>
    <message>
        <source>Hello. Feeling behind is normal here.</source>
        <translation>Hallo. Sich hinterher zu fühlen ist hier ganz normal.</translation>
    </message>
    <message>
        <source>Behind is a small companion for trainees in medicine. It asks now and then whether the basics happened (food, sleep, a bit of movement), keeps a three-layer list of what “enough” looks like, and collects your small wins for the week. When everything feels like too much, one click starts a short focus block on one tiny step.</source>
        <translation>Behind ist ein kleiner Begleiter für alle in der medizinischen Ausbildung. Ab und zu fragt es, ob das Wichtigste geklappt hat (Essen, Schlaf, ein bisschen Bewegung), führt eine Liste in drei Ebenen dazu, wie „genug“ aussieht, und sammelt deine kleinen Erfolge der Woche. Wenn dir alles zu viel wird, startet ein Klick einen kurzen Fokusblock für einen kleinen Schritt.</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Nothing is sent anywhere, and you can export or delete all of it from Settings whenever you like.</source>
        <translation>Alles bleibt auf diesem Computer. Nichts wird irgendwohin geschickt, und in den Einstellungen kannst du jederzeit alles exportieren oder löschen.</translation>
    </message>
    <message>
        <source>Where to find Behind</source>
        <translation>Wo du Behind findest</translation>
    </message>
    <message>
        <source>No need to set anything up now. The defaults are gentle, and you can change them later.</source>
        <translation>Du musst jetzt nichts einrichten. Die Voreinstellungen sind sanft, und du kannst sie später ändern.</translation>
    </message>
    <message numerus="yes">
        <source>Start a %n-minute block now</source>
        <translation>
            <numerusform>Jetzt einen Block von %n Minute starten</numerusform>
            <numerusform>Jetzt einen Block von %n Minuten starten</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts a focus block on one small thing; you can name the step later</source>
        <translation>Startet einen Fokusblock für eine kleine Sache; den Schritt kannst du später benennen</translation>
    </message>
    <message>
        <source>Maybe later</source>
        <translation>Vielleicht später</translation>
    </message>
    <message>
        <source>Closes this welcome</source>
        <translation>Schließt diese Begrüßung</translation>
    </message>
    <message>
        <source>Behind lives in the notification area at the bottom right, next to the clock. If you can&apos;t see it, it may be hidden behind the small ^ arrow. To keep it in view on Windows 11: Settings → Personalization → Taskbar → Other system tray icons, then switch Behind on.</source>
        <translation>Behind wohnt im Infobereich unten rechts, neben der Uhr. Wenn du es nicht siehst, versteckt es sich vielleicht hinter dem kleinen ^-Pfeil. So bleibt es unter Windows 11 sichtbar: Einstellungen → Personalisierung → Taskleiste → Andere Taskleistensymbole, dann Behind einschalten.</translation>
    </message>
    <message>
        <source>Behind lives in the menu bar at the top right of the screen. Click its icon to start a block; the menu holds everything else.</source>
        <translation>Behind wohnt in der Menüleiste oben rechts. Ein Klick auf das Symbol startet einen Block; im Menü findest du alles andere.</translation>
    </message>
    <message>
        <source>Behind lives in your panel&apos;s tray, usually at the top or bottom right. On GNOME the tray needs the AppIndicator extension; without a tray, the Behind window is where everything lives.</source>
        <translation>Behind wohnt im Infobereich deiner Leiste, meist oben oder unten rechts. Unter GNOME braucht der Infobereich die Erweiterung AppIndicator; ohne ihn findest du alles im Fenster von Behind.</translation>
    </message>
</context>
<context>
    <name>WinPrompt</name>
    <message>
        <source>Behind · small win</source>
        <translation>Behind · kleiner Erfolg</translation>
    </message>
    <message>
        <source>Your last block ended when you picked a new step. Keep what you did in it as a small win?</source>
        <translation>Dein letzter Block endete, als du einen neuen Schritt gewählt hast. Willst du, was du darin geschafft hast, als kleinen Erfolg behalten?</translation>
    </message>
    <message>
        <source>You stopped after less than a minute. That&apos;s fine: starting counts. Keep it as a small win?</source>
        <translation>Du hast nach weniger als einer Minute aufgehört. Das ist in Ordnung: Anfangen zählt. Als kleinen Erfolg behalten?</translation>
    </message>
    <message numerus="yes">
        <source>You stopped after %n minute(s). That&apos;s fine, and it still counts. Keep it as a small win?</source>
        <translation>
            <numerusform>Du hast nach %n Minute aufgehört. Das ist in Ordnung, und es zählt trotzdem. Als kleinen Erfolg behalten?</numerusform>
            <numerusform>Du hast nach %n Minuten aufgehört. Das ist in Ordnung, und es zählt trotzdem. Als kleinen Erfolg behalten?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What did you get done in those %n minute(s)?</source>
        <translation>
            <numerusform>Was hast du in dieser %n Minute geschafft?</numerusform>
            <numerusform>Was hast du in diesen %n Minuten geschafft?</numerusform>
        </translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Was du gemacht hast</translation>
    </message>
    <message>
        <source>Problem with the text</source>
        <translation>Etwas stimmt mit dem Text nicht</translation>
    </message>
    <message>
        <source>Keep as a win</source>
        <translation>Als Erfolg behalten</translation>
    </message>
    <message>
        <source>Save as a win</source>
        <translation>Als Erfolg speichern</translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation>Nicht behalten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Closes this for now; click the tray icon to finish it, words and all</source>
        <translation>Schließt dies vorerst; ein Klick auf das Symbol in der Leiste bringt es mit deinen Worten zurück</translation>
    </message>
</context>
<context>
    <name>Windows</name>
    <message>
        <source>Behind · a check-in is waiting: click to open it</source>
        <translation>Behind · eine Nachfrage wartet: zum Öffnen klicken</translation>
    </message>
    <message>
        <source>Block done</source>
        <translation>Block geschafft</translation>
    </message>
    <message>
        <source>Nice. Take a breath.</source>
        <translation>Schön. Atme kurz durch.</translation>
    </message>
    <message>
        <source>Nice. Take a breath. Click the icon when you&apos;d like to note what you did.</source>
        <translation>Schön. Atme kurz durch. Klick auf das Symbol, wenn du notieren möchtest, was du geschafft hast.</translation>
    </message>
    <message>
        <source>Behind · your small win is waiting: click to finish it</source>
        <translation>Behind · dein kleiner Erfolg wartet: klicken, um ihn fertig zu notieren</translation>
    </message>
    <message>
        <source>Behind · block done: click to keep it as a small win</source>
        <translation>Behind · Block geschafft: klicken, um ihn als kleinen Erfolg zu behalten</translation>
    </message>
</context>
<context>
    <name>WinsChart</name>
    <message>
        <source>Wins per day</source>
        <translation>Erfolge pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n win(s)</source>
        <translation>
            <numerusform>%1: %n Erfolg</numerusform>
            <numerusform>%1: %n Erfolge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WinsList</name>
    <message>
        <source>Small wins this week, by day</source>
        <translation>Kleine Erfolge dieser Woche, nach Tagen</translation>
    </message>
    <message>
        <source>F2 edits the selected win, Delete removes it (you can undo)</source>
        <translation>F2 bearbeitet den gewählten Erfolg, Entf löscht ihn (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Woher</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n win(s)</source>
        <translation>
            <numerusform>%1 · %n Erfolg</numerusform>
            <numerusform>%1 · %n Erfolge</numerusform>
        </translation>
    </message>
    <message>
        <source>focus block</source>
        <translation>Fokusblock</translation>
    </message>
    <message>
        <source>basics</source>
        <translation>Wichtigstes</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>von dir notiert</translation>
    </message>
</context>
<context>
    <name>WinsPage</name>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Vorherige</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Nächste ›</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Goes back to the current week</source>
        <translation>Zurück zur aktuellen Woche</translation>
    </message>
    <message>
        <source>A thought about this week</source>
        <translation>Ein Gedanke zu dieser Woche</translation>
    </message>
    <message>
        <source>Add a small win (Ctrl+N)</source>
        <translation>Einen kleinen Erfolg eintragen (Strg+N)</translation>
    </message>
    <message>
        <source>New small win</source>
        <translation>Neuer kleiner Erfolg</translation>
    </message>
    <message>
        <source>Type something you did today, even a tiny thing, and press Enter</source>
        <translation>Schreib etwas, das du heute gemacht hast, auch etwas ganz Kleines, und drück Enter</translation>
    </message>
    <message>
        <source>Add win</source>
        <translation>Erfolg eintragen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected win</source>
        <translation>Den gewählten Erfolg bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected win</source>
        <translation>Den gewählten Erfolg löschen</translation>
    </message>
    <message>
        <source>Export week…</source>
        <translation>Woche exportieren…</translation>
    </message>
    <message>
        <source>Saves this week&apos;s wins as CSV or Markdown</source>
        <translation>Speichert die Erfolge dieser Woche als CSV oder Markdown</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Alle exportieren…</translation>
    </message>
    <message>
        <source>Export all wins</source>
        <translation>Alle Erfolge exportieren</translation>
    </message>
    <message>
        <source>Saves every win you have written down as CSV or Markdown</source>
        <translation>Speichert alle Erfolge, die du aufgeschrieben hast, als CSV oder Markdown</translation>
    </message>
    <message>
        <source>Note about wins</source>
        <translation>Hinweis zu den Erfolgen</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Week %1, %2 to %3</source>
        <translation>Woche %1, %2 bis %3</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message numerus="yes">
        <source>%n small win(s) this week.</source>
        <translation>
            <numerusform>%n kleiner Erfolg diese Woche.</numerusform>
            <numerusform>%n kleine Erfolge diese Woche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small win(s) that week.</source>
        <translation>
            <numerusform>%n kleiner Erfolg in dieser Woche.</numerusform>
            <numerusform>%n kleine Erfolge in dieser Woche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written down yet this week. Anything counts, even a short walk.</source>
        <translation>Diese Woche steht noch nichts da. Alles zählt, auch ein kurzer Spaziergang.</translation>
    </message>
    <message>
        <source>Nothing was written down that week, and that&apos;s all right.</source>
        <translation>In dieser Woche wurde nichts aufgeschrieben, und das ist in Ordnung.</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a bit long; a shorter line (under %n characters) fits.</source>
        <translation>
            <numerusform>Das ist etwas lang; eine kürzere Zeile (unter %n Zeichen) passt.</numerusform>
            <numerusform>Das ist etwas lang; eine kürzere Zeile (unter %n Zeichen) passt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few words first; small is fine.</source>
        <translation>Schreib erst ein paar Worte; klein ist völlig in Ordnung.</translation>
    </message>
    <message>
        <source>Added. Nice.</source>
        <translation>Eingetragen. Schön.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>This one comes from the Today checklist; untick it there to take it out.</source>
        <translation>Der kommt aus der Liste für heute; nimm dort den Haken raus, um ihn zu entfernen.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>It&apos;s back.</source>
        <translation>Ist wieder da.</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Markdown (*.md)</source>
        <translation>CSV (*.csv);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export this week&apos;s wins</source>
        <translation>Die Erfolge dieser Woche exportieren</translation>
    </message>
    <message>
        <source>That file couldn&apos;t be saved (%1). Another folder may work.</source>
        <translation>Die Datei ließ sich nicht speichern (%1). Ein anderer Ordner klappt vielleicht.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
</context>
</TS>
