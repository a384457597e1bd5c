<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppController</name>
    <message>
        <source>No check-in is due right now.</source>
        <translation>Pas de petit point à faire pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>Asker</name>
    <message>
        <source>Open the check-in</source>
        <translation>Ouvrir le petit point</translation>
    </message>
    <message>
        <source>A quick check-in</source>
        <translation>Un petit point rapide</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message numerus="yes">
        <source>%n short questions, whenever you have a moment.</source>
        <translation>
            <numerusform>%n petite question, quand tu as un moment.</numerusform>
            <numerusform>%n petites questions, quand tu as un moment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <source>Nice. Take a breath. Keep “%1” as a small win?</source>
        <translation>Bien joué. Prends une respiration. Garder « %1 » comme petite victoire ?</translation>
    </message>
    <message>
        <source>Block done</source>
        <translation>Bloc terminé</translation>
    </message>
    <message>
        <source>Keep as a win</source>
        <translation>Garder comme victoire</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Ajouter une note…</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Behind will start when you log in.</source>
        <translation>Behind se lancera à l’ouverture de ta session.</translation>
    </message>
    <message>
        <source>Behind won&apos;t start at login.</source>
        <translation>Behind ne se lancera pas à l’ouverture de session.</translation>
    </message>
    <message>
        <source>Start at login: on (%1)</source>
        <translation>Lancement à l’ouverture de session : activé (%1)</translation>
    </message>
    <message>
        <source>Start at login: off (%1)</source>
        <translation>Lancement à l’ouverture de session : désactivé (%1)</translation>
    </message>
    <message>
        <source>Couldn&apos;t tell how Behind was started, so start at login can&apos;t be set.</source>
        <translation>Impossible de savoir comment Behind a été lancé, donc le lancement à l’ouverture de session ne peut pas être réglé.</translation>
    </message>
    <message>
        <source>Couldn&apos;t read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>The Windows registry is only there on Windows.</source>
        <translation>Le registre Windows n’existe que sous Windows.</translation>
    </message>
    <message>
        <source>Couldn&apos;t read the Windows start-up list: %1.</source>
        <translation>Impossible de lire la liste de démarrage de Windows : %1.</translation>
    </message>
    <message>
        <source>Couldn&apos;t turn on start at login: %1.</source>
        <translation>Impossible d’activer le lancement à l’ouverture de session : %1.</translation>
    </message>
    <message>
        <source>Couldn&apos;t turn off start at login: %1.</source>
        <translation>Impossible de désactiver le lancement à l’ouverture de session : %1.</translation>
    </message>
    <message>
        <source>Couldn&apos;t turn on start at login: %1 can&apos;t be written (%2).</source>
        <translation>Impossible d’activer le lancement à l’ouverture de session : impossible d’écrire dans %1 (%2).</translation>
    </message>
    <message>
        <source>Couldn&apos;t turn off start at login: %1 can&apos;t be written (%2).</source>
        <translation>Impossible de désactiver le lancement à l’ouverture de session : impossible d’écrire dans %1 (%2).</translation>
    </message>
    <message>
        <source>Couldn&apos;t turn off start at login: %1 can&apos;t be removed (%2).</source>
        <translation>Impossible de désactiver le lancement à l’ouverture de session : impossible de supprimer %1 (%2).</translation>
    </message>
    <message>
        <source>Unknown choice “%1”: use on, off or status.</source>
        <translation>Behind ne connaît pas « %1 » : utilise on, off ou status.</translation>
    </message>
</context>
<context>
    <name>BehindFlow</name>
    <message>
        <source>This also counts as this week&apos;s self-check. Only you see it.</source>
        <translation>Ça compte aussi comme ton point de la semaine. Toi seul·e le vois.</translation>
    </message>
    <message>
        <source>Some of these fit</source>
        <translation>Certaines me correspondent</translation>
    </message>
    <message>
        <source>None of these right now</source>
        <translation>Aucune en ce moment</translation>
    </message>
    <message>
        <source>Behind · Weekly self-check</source>
        <translation>Behind · Point de la semaine</translation>
    </message>
    <message>
        <source>How has this week been for you?</source>
        <translation>Comment s&apos;est passée ta semaine ?</translation>
    </message>
    <message>
        <source>An honest look at the last week or so. Tick any of these that fit; only you see the answers.</source>
        <translation>Un regard honnête sur la semaine écoulée, à peu près. Coche ce qui te correspond ; tu es la seule personne à voir les réponses.</translation>
    </message>
    <message>
        <source>Behind · I&apos;m behind</source>
        <translation>Behind · Je suis à la traîne</translation>
    </message>
    <message>
        <source>Feeling behind? Let&apos;s make it smaller.</source>
        <translation>L&apos;impression d&apos;être à la traîne ? Rendons ça plus petit.</translation>
    </message>
    <message>
        <source>First, an honest look at the last week or so. Tick any of these that fit. Sometimes “behind” is really tiredness that more effort won&apos;t fix.</source>
        <translation>D&apos;abord, un regard honnête sur la semaine écoulée, à peu près. Coche ce qui te correspond. Parfois, « être à la traîne », c&apos;est surtout de la fatigue, et plus d&apos;efforts n&apos;y changeront rien.</translation>
    </message>
    <message>
        <source>Thanks for checking in with yourself. Until next week.</source>
        <translation>Merci d&apos;avoir pris ce moment pour toi. À la semaine prochaine.</translation>
    </message>
    <message>
        <source>Pick one tiny next step</source>
        <translation>Choisis un tout petit pas</translation>
    </message>
    <message>
        <source>Not the whole mountain: one small thing you could do in the next few minutes. Small counts.</source>
        <translation>Pas toute la montagne : une petite chose faisable dans les minutes qui viennent. Petit, ça compte.</translation>
    </message>
    <message>
        <source>Use this step: %1</source>
        <translation>Prendre ce pas : %1</translation>
    </message>
    <message>
        <source>Or write your own…</source>
        <translation>Ou écris le tien…</translation>
    </message>
    <message>
        <source>Your tiny step</source>
        <translation>Ton tout petit pas</translation>
    </message>
    <message>
        <source>Keep my block</source>
        <translation>Garder mon bloc</translation>
    </message>
    <message>
        <source>Keep the block that is running</source>
        <translation>Garder le bloc en cours</translation>
    </message>
    <message>
        <source>Closes this; your block goes on</source>
        <translation>Ferme ceci ; ton bloc continue</translation>
    </message>
    <message>
        <source>Start 1 minute</source>
        <translation>Lancer 1 minute</translation>
    </message>
    <message numerus="yes">
        <source>Start %n minute(s)</source>
        <translation>
            <numerusform>Lancer %n minute</numerusform>
            <numerusform>Lancer %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start a %n-minute focus block with this step</source>
        <translation>
            <numerusform>Lancer un bloc de %n minute avec ce pas</numerusform>
            <numerusform>Lancer un bloc de %n minutes avec ce pas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your block for “%1” is still running (%n min left). Starting this step ends it; you can keep what you did in it as a small win.</source>
        <translation>
            <numerusform>Ton bloc pour « %1 » tourne encore (encore %n min). Commencer ce pas le termine ; tu pourras garder ce que tu y as fait comme petite victoire.</numerusform>
            <numerusform>Ton bloc pour « %1 » tourne encore (encore %n min). Commencer ce pas le termine ; tu pourras garder ce que tu y as fait comme petite victoire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A block is still running (%n min left). Starting this step ends it; you can keep what you did in it as a small win.</source>
        <translation>
            <numerusform>Un bloc tourne encore (encore %n min). Commencer ce pas le termine ; tu pourras garder ce que tu y as fait comme petite victoire.</numerusform>
            <numerusform>Un bloc tourne encore (encore %n min). Commencer ce pas le termine ; tu pourras garder ce que tu y as fait comme petite victoire.</numerusform>
        </translation>
    </message>
    <message>
        <source>That&apos;s a small win</source>
        <translation>C&apos;est une petite victoire</translation>
    </message>
    <message>
        <source>You moved, even while feeling behind. That&apos;s how it starts. Another tiny step, or is that enough for now?</source>
        <translation>Tu as avancé, même en te sentant à la traîne. C&apos;est comme ça que ça commence. Encore un tout petit pas, ou c&apos;est assez pour l&apos;instant ?</translation>
    </message>
    <message>
        <source>Another tiny step</source>
        <translation>Encore un tout petit pas</translation>
    </message>
    <message>
        <source>Enough for now</source>
        <translation>Assez pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>CheckinPopup</name>
    <message>
        <source>Behind · check-in</source>
        <translation>Behind · petit point</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Petit point</translation>
    </message>
    <message>
        <source>A quick check-in</source>
        <translation>Un petit point rapide</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Close the check-in (counts as Skip)</source>
        <translation>Fermer le petit point (compte comme Passer)</translation>
    </message>
    <message>
        <source>Close (counts as Skip)</source>
        <translation>Fermer (compte comme Passer)</translation>
    </message>
    <message>
        <source>Weekly self-check…</source>
        <translation>Point de la semaine…</translation>
    </message>
    <message>
        <source>Open the weekly self-check</source>
        <translation>Ouvrir le point de la semaine</translation>
    </message>
    <message>
        <source>Four quick questions about how you&apos;ve been this week</source>
        <translation>Quatre petites questions sur ta semaine</translation>
    </message>
</context>
<context>
    <name>CheckinRow</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Oui : %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Pas encore : %1</translation>
    </message>
    <message>
        <source>Later…</source>
        <translation>Plus tard…</translation>
    </message>
    <message>
        <source>Ask me later: %1</source>
        <translation>Me redemander plus tard : %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip this time: %1</source>
        <translation>Passer pour cette fois : %1</translation>
    </message>
    <message>
        <source>Yes (Y)</source>
        <translation>Oui (Y)</translation>
    </message>
    <message>
        <source>Not yet (N)</source>
        <translation>Pas encore (N)</translation>
    </message>
    <message>
        <source>Ask again later (L)</source>
        <translation>Redemander plus tard (L)</translation>
    </message>
    <message>
        <source>Skip this time (S)</source>
        <translation>Passer pour cette fois (S)</translation>
    </message>
    <message>
        <source>Ask again in</source>
        <translation>Redemander dans</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
            <numerusform>Redemander dans %n minute : %1</numerusform>
            <numerusform>Redemander dans %n minutes : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the answers</source>
        <translation>Retour aux réponses</translation>
    </message>
    <message>
        <source>From a little earlier</source>
        <translation>D&apos;un peu plus tôt</translation>
    </message>
</context>
<context>
    <name>Checkins</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Pas vue</translation>
    </message>
    <message>
        <source>Did you sleep enough to feel human?</source>
        <translation>As-tu assez dormi pour te sentir humain·e ?</translation>
    </message>
    <message>
        <source>Have you eaten something real?</source>
        <translation>As-tu mangé quelque chose de vrai ?</translation>
    </message>
    <message>
        <source>Have you moved a little today? A walk counts.</source>
        <translation>As-tu un peu bougé aujourd&apos;hui ? Une marche, ça compte.</translation>
    </message>
    <message>
        <source>Have you talked honestly with someone this week?</source>
        <translation>As-tu parlé franchement avec quelqu&apos;un cette semaine ?</translation>
    </message>
    <message>
        <source>This one went unanswered a few times, so now it asks every other time. Answering it once brings it back to normal.</source>
        <translation>Cette question est restée sans réponse plusieurs fois, alors elle ne revient plus qu&apos;une fois sur deux. Une seule réponse, et tout redevient comme avant.</translation>
    </message>
    <message>
        <source>This one went unanswered for a while, so now it asks only about once in four times. Answering it once brings it back to normal.</source>
        <translation>Cette question est restée sans réponse un moment, alors elle ne revient plus qu&apos;environ une fois sur quatre. Une seule réponse, et tout redevient comme avant.</translation>
    </message>
</context>
<context>
    <name>CheckinsGroup</name>
    <message>
        <source>Check-ins</source>
        <translation>Petits points</translation>
    </message>
    <message>
        <source>Problem with the check-ins</source>
        <translation>Quelque chose cloche avec les petits points</translation>
    </message>
    <message>
        <source>Add a check-in</source>
        <translation>Ajouter un petit point</translation>
    </message>
    <message>
        <source>Small questions about the basics. A “yes” ticks the matching Layer 1 item. Ignored questions are asked less often, never more.</source>
        <translation>De petites questions sur l&apos;essentiel. Un « oui » coche l&apos;élément correspondant du niveau 1. Les questions restées sans réponse reviennent moins souvent, jamais plus.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>“%1” is not a whole number of minutes</source>
        <translation>« %1 » n&apos;est pas un nombre entier de minutes</translation>
    </message>
    <message>
        <source>give a folder, not an empty name</source>
        <translation>indique un dossier, pas un nom vide</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>« %1 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>it can&apos;t be negative</source>
        <translation>ça ne peut pas être négatif</translation>
    </message>
    <message>
        <source>that is too long a wait</source>
        <translation>c&apos;est une attente trop longue</translation>
    </message>
    <message>
        <source>the step has characters that aren&apos;t text in this terminal</source>
        <translation>le pas contient des caractères qui ne sont pas du texte dans ce terminal</translation>
    </message>
    <message>
        <source>%1 (see %2 --help)</source>
        <translation>%1 (voir %2 --help)</translation>
    </message>
    <message>
        <source>“%1” isn&apos;t a choice here; use %2</source>
        <translation>« %1 » n’est pas un choix possible ici ; utilise %2</translation>
    </message>
    <message>
        <source>“%1” isn&apos;t a choice here; use one of %2</source>
        <translation>« %1 » n’est pas un choix possible ici ; utilise l’un de ceux-ci : %2</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>keep all data under PATH (also BEHIND_DATA_DIR)</source>
        <translation>garder toutes les données dans CHEMIN (aussi BEHIND_DATA_DIR)</translation>
    </message>
    <message>
        <source>A gentle tray companion for days when you feel behind.</source>
        <translation>Un compagnon discret dans la barre des tâches, pour les jours où tu te sens à la traîne.</translation>
    </message>
    <message>
        <source>show the version and stop</source>
        <translation>afficher la version et s’arrêter</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>start, pause, resume or stop a focus block</source>
        <translation>démarrer, mettre en pause, reprendre ou arrêter un bloc de concentration</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>start a block</source>
        <translation>démarrer un bloc</translation>
    </message>
    <message>
        <source>how long the block lasts (your usual length when left out)</source>
        <translation>la durée du bloc (sans rien préciser, ta durée habituelle)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>the tiny step, e.g. &apos;read 3 pages&apos;</source>
        <translation>le tout petit pas, par ex. &apos;lire 3 pages&apos;</translation>
    </message>
    <message>
        <source>pause the running block</source>
        <translation>mettre en pause le bloc en cours</translation>
    </message>
    <message>
        <source>resume a paused block</source>
        <translation>reprendre un bloc en pause</translation>
    </message>
    <message>
        <source>stop the block early (that&apos;s fine)</source>
        <translation>arrêter le bloc plus tôt (c’est très bien aussi)</translation>
    </message>
    <message>
        <source>print the block&apos;s state as JSON</source>
        <translation>afficher l’état du bloc en JSON</translation>
    </message>
    <message>
        <source>check in now</source>
        <translation>faire le point maintenant</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now (maintenant)</translation>
    </message>
    <message>
        <source>show the window</source>
        <translation>afficher la fenêtre</translation>
    </message>
    <message>
        <source>end the running app (nothing is lost)</source>
        <translation>quitter l’app ouverte (rien n’est perdu)</translation>
    </message>
    <message>
        <source>print a week&apos;s small wins</source>
        <translation>afficher les petites victoires d’une semaine</translation>
    </message>
    <message>
        <source>an ISO week; this week by default</source>
        <translation>une semaine ISO ; par défaut, celle-ci</translation>
    </message>
    <message>
        <source>the format: %1 (%2 by default)</source>
        <translation>le format : %1 (%2 par défaut)</translation>
    </message>
    <message>
        <source>print everything stored</source>
        <translation>afficher tout ce qui est enregistré</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>write to FILE instead of the terminal</source>
        <translation>écrire dans FICHIER au lieu du terminal</translation>
    </message>
    <message>
        <source>delete every answer, tick and win</source>
        <translation>effacer toutes les réponses, coches et victoires</translation>
    </message>
    <message>
        <source>don&apos;t ask before deleting</source>
        <translation>ne pas demander avant d’effacer</translation>
    </message>
    <message>
        <source>add what an export file holds</source>
        <translation>ajouter le contenu d’un fichier exporté</translation>
    </message>
    <message>
        <source>a JSON file from behind-desktop export</source>
        <translation>un fichier JSON issu de behind-desktop export</translation>
    </message>
    <message>
        <source>only say what would be added</source>
        <translation>seulement dire ce qui serait ajouté</translation>
    </message>
    <message>
        <source>make a backup of everything now</source>
        <translation>faire maintenant une sauvegarde de tout</translation>
    </message>
    <message>
        <source>list backups, or put one back</source>
        <translation>lister les sauvegardes, ou en remettre une</translation>
    </message>
    <message>
        <source>a backup from the list</source>
        <translation>une sauvegarde de la liste</translation>
    </message>
    <message>
        <source>start Behind when you log in</source>
        <translation>lancer Behind à l’ouverture de session</translation>
    </message>
    <message>
        <source>on, off or status</source>
        <translation>on (activer), off (désactiver) ou status (état)</translation>
    </message>
    <message>
        <source>show or change the settings</source>
        <translation>afficher ou modifier les réglages</translation>
    </message>
    <message>
        <source>print every setting</source>
        <translation>afficher tous les réglages</translation>
    </message>
    <message>
        <source>change settings, all or none</source>
        <translation>modifier des réglages, tous ou aucun</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>CLÉ=VALEUR</translation>
    </message>
    <message>
        <source>e.g. focus_minutes=20</source>
        <translation>par ex. focus_minutes=20</translation>
    </message>
    <message>
        <source>can&apos;t write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>delete-all needs --yes when it can&apos;t ask you first</source>
        <translation>delete-all a besoin de --yes quand il ne peut pas te demander avant</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n&apos;a été effacé.</translation>
    </message>
    <message>
        <source>Everything was deleted. Behind starts fresh.</source>
        <translation>Tout a été effacé. Behind repart de zéro.</translation>
    </message>
    <message>
        <source>Behind isn&apos;t running, so there was nothing to quit</source>
        <translation>Behind ne tourne pas, il n&apos;y avait donc rien à quitter</translation>
    </message>
    <message>
        <source>Behind has quit. Everything is saved.</source>
        <translation>Behind est fermé. Tout est enregistré.</translation>
    </message>
    <message>
        <source>Behind was asked to quit but is still running</source>
        <translation>Behind a reçu la demande de se fermer mais tourne encore</translation>
    </message>
    <message>
        <source>could not start Behind in the background; try plain behind-desktop</source>
        <translation>impossible de lancer Behind en arrière-plan ; essaie simplement behind-desktop</translation>
    </message>
    <message>
        <source>Nothing new to add; everything in the file is already here.</source>
        <translation>Rien de nouveau : tout ce que contient le fichier est déjà là.</translation>
    </message>
    <message>
        <source>Would add: %1. Nothing was changed.</source>
        <translation>Serait ajouté : %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Ajouté : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s)</source>
        <translation>
            <numerusform>%n élément de la liste</numerusform>
            <numerusform>%n éléments de la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n focus block(s)</source>
        <translation>
            <numerusform>%n bloc de concentration</numerusform>
            <numerusform>%n blocs de concentration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small win(s)</source>
        <translation>
            <numerusform>%n petite victoire</numerusform>
            <numerusform>%n petites victoires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tick(s)</source>
        <translation>
            <numerusform>%n coche</numerusform>
            <numerusform>%n coches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rough day(s)</source>
        <translation>
            <numerusform>%n journée difficile</numerusform>
            <numerusform>%n journées difficiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in answer(s)</source>
        <translation>
            <numerusform>%n réponse à un petit point</numerusform>
            <numerusform>%n réponses à des petits points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly self-check(s)</source>
        <translation>
            <numerusform>%n point de la semaine</numerusform>
            <numerusform>%n points de la semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n réglage</numerusform>
            <numerusform>%n réglages</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>Sauvegarde enregistrée dans %1</translation>
    </message>
    <message>
        <source>No backups yet. Behind makes one each day it runs; `backup` makes one now.</source>
        <translation>Pas encore de sauvegarde. Behind en fait une chaque jour où il tourne ; `backup` en fait une tout de suite.</translation>
    </message>
    <message>
        <source>`%1 restore FILE` puts one back (the current data is kept aside).</source>
        <translation>`%1 restore FICHIER` en remet une (les données actuelles sont mises de côté).</translation>
    </message>
    <message>
        <source>Behind is running; quit it first, then restore.</source>
        <translation>Behind est ouvert ; quitte-le d’abord, puis restaure.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 restauré.</translation>
    </message>
    <message>
        <source>The data from before is kept at %1.</source>
        <translation>Les données d’avant sont gardées dans %1.</translation>
    </message>
    <message>
        <source>something went wrong: %1</source>
        <translation>quelque chose s&apos;est mal passé : %1</translation>
    </message>
    <message>
        <source>the app could not do that</source>
        <translation>l&apos;application n&apos;a pas pu le faire</translation>
    </message>
    <message>
        <source>This deletes every answer, tick, focus block, win and setting. Type %1 to go on:</source>
        <translation>Cela efface toutes les réponses, coches, blocs de concentration, victoires et réglages. Tape %1 pour continuer :</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>what to give</source>
        <translation>ce que tu indiques</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help and stop</source>
        <translation>afficher cette aide et s’arrêter</translation>
    </message>
    <message>
        <source>%(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>%s is needed too</source>
        <translation>il manque %s</translation>
    </message>
    <message>
        <source>this command doesn&apos;t take %s</source>
        <translation>cette commande ne prend pas %s</translation>
    </message>
    <message>
        <source>give it one value</source>
        <translation>indique une valeur</translation>
    </message>
    <message>
        <source>give it one value at most</source>
        <translation>indique une valeur au plus</translation>
    </message>
    <message>
        <source>give it at least one value</source>
        <translation>indique au moins une valeur</translation>
    </message>
    <message>
        <source>it takes no value, not %r</source>
        <translation>ça ne prend aucune valeur, pas même %r</translation>
    </message>
    <message>
        <source>%(option)s could mean %(matches)s; write more of it</source>
        <translation>%(option)s peut vouloir dire %(matches)s ; écris-en un peu plus</translation>
    </message>
    <message>
        <source>%(value)r isn&apos;t a value it takes</source>
        <translation>%(value)r ne convient pas comme valeur ici</translation>
    </message>
    <message>
        <source>A block is already running; here it is. Stop it first to start another.</source>
        <translation>Un bloc est déjà en cours ; le voici. Arrête-le d’abord pour en démarrer un autre.</translation>
    </message>
    <message>
        <source>that needs Behind running</source>
        <translation>pour ça, Behind doit être ouvert</translation>
    </message>
    <message>
        <source>Behind&apos;s window is open.</source>
        <translation>La fenêtre de Behind est ouverte.</translation>
    </message>
    <message>
        <source>the window could not be shown on this screen</source>
        <translation>la fenêtre n’a pas pu s’afficher sur cet écran</translation>
    </message>
    <message>
        <source>Behind doesn&apos;t know that command</source>
        <translation>Behind ne connaît pas cette commande</translation>
    </message>
    <message>
        <source>can&apos;t read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Behind is already running.</source>
        <translation>Behind est déjà ouvert.</translation>
    </message>
    <message>
        <source>Behind could not do that just now; it is still running</source>
        <translation>Behind n’a pas pu le faire tout de suite ; il tourne toujours</translation>
    </message>
    <message>
        <source>Behind is busy and could not take that just now; try again</source>
        <translation>Behind est occupé et n’a pas pu le prendre tout de suite ; réessaie</translation>
    </message>
    <message>
        <source>can&apos;t reach the running app (%1)</source>
        <translation>impossible de joindre l’app ouverte (%1)</translation>
    </message>
    <message>
        <source>the running app did not answer</source>
        <translation>l’app ouverte n’a pas répondu</translation>
    </message>
    <message>
        <source>the running app sent something unexpected</source>
        <translation>l’app ouverte a envoyé quelque chose d’inattendu</translation>
    </message>
</context>
<context>
    <name>ComputerGroup</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Start Behind when I log in</source>
        <translation>Lancer Behind à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>About starting at login</source>
        <translation>À propos du lancement à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Your data stays in %1</source>
        <translation>Tes données restent dans %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Tout exporter…</translation>
    </message>
    <message>
        <source>Saves all your answers, ticks, wins and settings as JSON or CSV</source>
        <translation>Enregistre toutes tes réponses, coches, victoires et paramètres en JSON ou CSV</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <translation>Tout effacer…</translation>
    </message>
    <message>
        <source>Asks you to type %1 before removing all your data</source>
        <translation>Te demande de taper %1 avant d’effacer toutes tes données</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import an export file</source>
        <translation>Importer un fichier d&apos;export</translation>
    </message>
    <message>
        <source>Adds what an export from another computer or an older copy holds; nothing already here changes</source>
        <translation>Ajoute ce que contient un export d&apos;un autre ordinateur ou une copie plus ancienne ; rien de ce qui est déjà ici ne change</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Lists the daily backups; the data now is kept aside before one is put back</source>
        <translation>Liste les sauvegardes quotidiennes ; tes données actuelles sont mises de côté avant d&apos;en restaurer une</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Data status</source>
        <translation>État des données</translation>
    </message>
    <message>
        <source>This removes every answer, tick, win, contact and setting from this computer. It can&apos;t be undone; an export first keeps a copy. To go ahead, type %1.</source>
        <translation>Cela efface de cet ordinateur toutes les réponses, coches, victoires, contacts et paramètres. C&apos;est définitif ; un export avant garde une copie. Pour continuer, tape %1.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Tape %1 pour confirmer</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Effacer toutes mes données</translation>
    </message>
    <message>
        <source>No file manager could open the folder. Its path, to copy: %1</source>
        <translation>Aucun gestionnaire de fichiers n’a pu ouvrir le dossier. Son chemin, à copier : %1</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>That file couldn&apos;t be saved (%1). Another folder may work.</source>
        <translation>Impossible d&apos;enregistrer ce fichier (%1). Un autre dossier fonctionnera peut-être.</translation>
    </message>
    <message>
        <source>Saved a copy of everything to %1</source>
        <translation>Copie de tout enregistrée dans %1</translation>
    </message>
    <message>
        <source>Behind export (*.json);;All files (*)</source>
        <translation>Export de Behind (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Everything is gone from this computer. Behind starts fresh.</source>
        <translation>Tout a été effacé de cet ordinateur. Behind repart de zéro.</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Phone, email, room…</source>
        <translation>Téléphone, e-mail, bureau…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Problem with this contact</source>
        <translation>Quelque chose cloche avec ce contact</translation>
    </message>
    <message>
        <source>Contact %1 name</source>
        <translation>Nom du contact %1</translation>
    </message>
    <message>
        <source>Contact %1 details</source>
        <translation>Coordonnées du contact %1</translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation>Retirer le contact %1</translation>
    </message>
</context>
<context>
    <name>ContactsGroup</name>
    <message>
        <source>Support contacts</source>
        <translation>Personnes ressources</translation>
    </message>
    <message>
        <source>Problem with the contacts</source>
        <translation>Quelque chose cloche avec les contacts</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>People with power and perspective: an advisor, student affairs, counselling, someone you trust. Behind only shows them to you; it never contacts anyone.</source>
        <translation>Des personnes qui ont du recul et du pouvoir d&apos;agir : tuteur ou tutrice, scolarité, service d&apos;écoute, quelqu&apos;un de confiance. Behind ne les montre qu&apos;à toi ; il ne contacte jamais personne.</translation>
    </message>
    <message>
        <source>Numbers change. Please check that a crisis line is right for where you are, before the day you might need it.</source>
        <translation>Les numéros changent. Vérifie que la ligne d&apos;écoute est la bonne pour l&apos;endroit où tu es, avant le jour où tu pourrais en avoir besoin.</translation>
    </message>
    <message>
        <source>About crisis lines</source>
        <translation>À propos des lignes d&apos;écoute</translation>
    </message>
    <message>
        <source>Country for a crisis line</source>
        <translation>Pays pour une ligne d&apos;écoute</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Choisis un pays</translation>
    </message>
    <message>
        <source>Add this crisis line</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Adds the selected crisis line to your contacts; check the number is right</source>
        <translation>Ajoute la ligne d&apos;écoute choisie à tes contacts ; vérifie que le numéro est le bon</translation>
    </message>
    <message>
        <source>A crisis line for my country:</source>
        <translation>Ligne d&apos;écoute de mon pays :</translation>
    </message>
    <message>
        <source>Added. Please check this number is right for you, then save.</source>
        <translation>Ajoutée. Vérifie que le numéro te convient, puis enregistre.</translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <source>(details not added yet)</source>
        <translation>(coordonnées pas encore ajoutées)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copy %1 to paste elsewhere</source>
        <translation>Copier %1 pour le coller ailleurs</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DataMoves</name>
    <message>
        <source>Choose a backup to put back. Your data as it is now is kept aside in the data folder first, so nothing is lost; the backup then takes its place.</source>
        <translation>Choisis une sauvegarde à restaurer. Tes données telles qu&apos;elles sont maintenant sont d&apos;abord mises de côté dans le dossier des données, donc rien ne se perd ; la sauvegarde prend ensuite leur place.</translation>
    </message>
    <message>
        <source>Daily backups</source>
        <translation>Sauvegardes quotidiennes</translation>
    </message>
    <message>
        <source>No backups yet. Behind makes one each day it runs.</source>
        <translation>Pas encore de sauvegarde. Behind en fait une chaque jour où il tourne.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Import an export file</source>
        <translation>Importer un fichier d&apos;export</translation>
    </message>
    <message>
        <source>Everything in that file is already here, so nothing was added.</source>
        <translation>Tout ce que contient ce fichier est déjà ici, donc rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>From %1, Behind would add: %2.</source>
        <translation>Depuis %1, Behind ajouterait : %2.</translation>
    </message>
    <message>
        <source>Nothing that is already here changes: today&apos;s answers, ticks and wins all stay as they are, and only what is missing is added.</source>
        <translation>Rien de ce qui est déjà ici ne change : les réponses, coches et victoires d&apos;aujourd&apos;hui restent comme elles sont, et seul ce qui manque est ajouté.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Add them</source>
        <translation>Les ajouter</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t import that just now, so nothing was changed. (%1)</source>
        <translation>Behind n&apos;a pas pu l&apos;importer pour l&apos;instant, donc rien n&apos;a changé. (%1)</translation>
    </message>
    <message>
        <source>That file couldn&apos;t be read (%1), so nothing was imported.</source>
        <translation>Ce fichier n&apos;a pas pu être lu (%1), donc rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Ajouté : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in answer(s)</source>
        <translation>
            <numerusform>%n réponse à un petit point</numerusform>
            <numerusform>%n réponses à des petits points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tick(s)</source>
        <translation>
            <numerusform>%n coche</numerusform>
            <numerusform>%n coches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small win(s)</source>
        <translation>
            <numerusform>%n petite victoire</numerusform>
            <numerusform>%n petites victoires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) (settings, focus blocks, checklist items)</source>
        <translation>
            <numerusform>%n autre élément (réglages, blocs de concentration, points de la liste)</numerusform>
            <numerusform>%n autres éléments (réglages, blocs de concentration, points de la liste)</numerusform>
        </translation>
    </message>
    <message>
        <source>That file isn&apos;t an export from Behind, so nothing was imported. An export is the .json file that Export everything saves.</source>
        <translation>Ce fichier n&apos;est pas un export de Behind, donc rien n&apos;a été importé. Un export est le fichier .json qu&apos;enregistre « Tout exporter ».</translation>
    </message>
    <message>
        <source>That export comes from a newer version of Behind. Update Behind on this computer to import it; nothing was changed.</source>
        <translation>Cet export vient d&apos;une version plus récente de Behind. Mets Behind à jour sur cet ordinateur pour l&apos;importer ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Part of that file can&apos;t be read (it may be damaged), so nothing was imported.</source>
        <translation>Une partie de ce fichier ne peut pas être lue (il est peut-être abîmé), donc rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Pas encore de sauvegarde</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
    <message>
        <source>Put back the backup from %1? Your data as it is now is kept aside in the data folder first, then the backup takes its place.</source>
        <translation>Restaurer la sauvegarde du %1 ? Tes données telles qu&apos;elles sont maintenant sont d&apos;abord mises de côté dans le dossier des données, puis la sauvegarde prend leur place.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>That backup can&apos;t be used just now (it may be damaged, come from a newer version of Behind, or the data file is busy), so nothing was changed.</source>
        <translation>Cette sauvegarde ne peut pas servir pour l&apos;instant (elle est peut-être abîmée, vient d&apos;une version plus récente de Behind, ou le fichier de données est occupé), donc rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Your data is back as it was on %1.</source>
        <translation>Tes données sont revenues telles qu&apos;elles étaient le %1.</translation>
    </message>
    <message>
        <source>What was here before is kept at %1.</source>
        <translation>Ce qui était là avant est gardé dans %1.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>focus block</source>
        <translation>bloc de concentration</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>noté à la main</translation>
    </message>
    <message>
        <source>basics</source>
        <translation>l’essentiel</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>Small wins, week %1 (%2 – %3 %4)</source>
        <translation>Petites victoires, semaine %1 (%2 – %3 %4)</translation>
    </message>
    <message>
        <source>Nothing written down yet this week. Anything counts, even a short walk.</source>
        <translation>Rien de noté pour l’instant cette semaine. Tout compte, même une courte promenade.</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Petites victoires</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Semaine %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n win(s)</source>
        <translation>
            <numerusform>%n victoire</numerusform>
            <numerusform>%n victoires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Focus</name>
    <message>
        <source>Send the email I&apos;ve been avoiding</source>
        <translation>Envoyer le mail que je repousse</translation>
    </message>
    <message>
        <source>Read 3 pages</source>
        <translation>Lire 3 pages</translation>
    </message>
    <message>
        <source>Write the first line of the note</source>
        <translation>Écrire la première ligne de l&apos;observation</translation>
    </message>
    <message>
        <source>Make a list of what&apos;s due</source>
        <translation>Noter ce qui est à rendre</translation>
    </message>
    <message>
        <source>Do 10 flashcards</source>
        <translation>Faire 10 fiches</translation>
    </message>
    <message>
        <source>Tidy one small thing</source>
        <translation>Ranger une petite chose</translation>
    </message>
    <message>
        <source>A block can be %1 to %2 minutes long.</source>
        <translation>Un bloc peut durer de %1 à %2 minutes.</translation>
    </message>
    <message>
        <source>A block can be at most %1 minutes long.</source>
        <translation>Un bloc peut durer %1 minutes au plus.</translation>
    </message>
    <message>
        <source>Keep the step under %1 characters.</source>
        <translation>Garde le pas sous %1 caractères.</translation>
    </message>
    <message>
        <source>No focus block is running.</source>
        <translation>Aucun bloc n&apos;est en cours.</translation>
    </message>
    <message>
        <source>The block is already running.</source>
        <translation>Le bloc est déjà en cours.</translation>
    </message>
    <message>
        <source>The block is already paused.</source>
        <translation>Le bloc est déjà en pause.</translation>
    </message>
    <message>
        <source>The block is already finished.</source>
        <translation>Le bloc est déjà terminé.</translation>
    </message>
    <message>
        <source>The block is already stopped.</source>
        <translation>Le bloc est déjà arrêté.</translation>
    </message>
    <message>
        <source>The block hasn&apos;t started.</source>
        <translation>Le bloc n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>A focused block</source>
        <translation>Un bloc de concentration</translation>
    </message>
</context>
<context>
    <name>FocusBar</name>
    <message>
        <source>Focus block</source>
        <translation>Bloc de concentration</translation>
    </message>
    <message numerus="yes">
        <source>Start %n minute(s)</source>
        <translation>
            <numerusform>Lancer %n minute</numerusform>
            <numerusform>Lancer %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a focus block</source>
        <translation>Lancer un bloc de concentration</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the block</source>
        <translation>Mettre en pause ou reprendre le bloc</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the block</source>
        <translation>Arrêter le bloc</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>Show the timer</source>
        <translation>Afficher le minuteur</translation>
    </message>
    <message>
        <source>I&apos;m behind…</source>
        <translation>Je suis à la traîne…</translation>
    </message>
    <message>
        <source>I&apos;m behind: one question, then one step</source>
        <translation>Je suis à la traîne : une question, puis un pas</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Faire le point</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Faire le point maintenant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Quit Behind</source>
        <translation>Quitter Behind</translation>
    </message>
    <message>
        <source>There is no tray icon here, so Behind quits from here.</source>
        <translation>Il n&apos;y a pas d&apos;icône dans la zone de notification ici, alors c&apos;est d&apos;ici qu&apos;on quitte Behind.</translation>
    </message>
    <message>
        <source>Ready for one tiny step.</source>
        <translation>Tout est prêt pour un tout petit pas.</translation>
    </message>
    <message numerus="yes">
        <source>Paused, %n min left</source>
        <translation>
            <numerusform>En pause, encore %n min</numerusform>
            <numerusform>En pause, encore %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Focusing, %n min left</source>
        <translation>
            <numerusform>Concentration, encore %n min</numerusform>
            <numerusform>Concentration, encore %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>FocusGroup</name>
    <message>
        <source>Focus blocks</source>
        <translation>Blocs de concentration</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Focus block length in minutes</source>
        <translation>Durée d&apos;un bloc en minutes</translation>
    </message>
    <message>
        <source>Problem with the focus length</source>
        <translation>Quelque chose cloche avec la durée du bloc</translation>
    </message>
    <message>
        <source>Play a soft chime when a block ends</source>
        <translation>Jouer un son doux à la fin d&apos;un bloc</translation>
    </message>
    <message>
        <source>Show a notification when a block ends</source>
        <translation>Afficher une notification à la fin d&apos;un bloc</translation>
    </message>
    <message>
        <source>Length of one block</source>
        <translation>Durée d&apos;un bloc</translation>
    </message>
</context>
<context>
    <name>GlanceLine</name>
    <message>
        <source>Today at a glance</source>
        <translation>Aujourd’hui en un coup d’œil</translation>
    </message>
</context>
<context>
    <name>GlanceWords</name>
    <message>
        <source>Basics %1 of %2</source>
        <translation>L’essentiel : %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n small win(s) today</source>
        <translation>
            <numerusform>%n petite victoire aujourd’hui</numerusform>
            <numerusform>%n petites victoires aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left in the block</source>
        <translation>
            <numerusform>encore %n min dans le bloc</numerusform>
            <numerusform>encore %n min dans le bloc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>block paused, %n min left</source>
        <translation>
            <numerusform>bloc en pause, encore %n min</numerusform>
            <numerusform>bloc en pause, encore %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>check-ins paused until %1</source>
        <translation>petits points en pause jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>LayerSection</name>
    <message>
        <source>Show the optional extras</source>
        <translation>Afficher les extras facultatifs</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected item. F2 renames it, Ctrl+Up and Ctrl+Down move it, Delete puts it away.</source>
        <translation>Espace coche ou décoche l&apos;élément choisi. F2 le renomme, Ctrl+Haut et Ctrl+Bas le déplacent, Suppr le range.</translation>
    </message>
    <message>
        <source>Add an item to this layer</source>
        <translation>Ajouter un élément à ce niveau</translation>
    </message>
    <message>
        <source>New item for %1</source>
        <translation>Nouvel élément pour %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add item to %1</source>
        <translation>Ajouter un élément à %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Moves the selected item up (Ctrl+Up)</source>
        <translation>Monte l&apos;élément choisi (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Moves the selected item down (Ctrl+Down)</source>
        <translation>Descend l&apos;élément choisi (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Renames the selected item (F2)</source>
        <translation>Renomme l&apos;élément choisi (F2)</translation>
    </message>
    <message>
        <source>Put away</source>
        <translation>Ranger</translation>
    </message>
    <message>
        <source>Takes the selected item off the list; its past ticks stay (Delete)</source>
        <translation>Retire l&apos;élément choisi de la liste ; ses coches passées restent (Suppr)</translation>
    </message>
    <message>
        <source>Note about this layer</source>
        <translation>Note sur ce niveau</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bring the item back</source>
        <translation>Remettre l&apos;élément</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the optional extras</source>
        <translation>Masquer les extras facultatifs</translation>
    </message>
    <message>
        <source>“%1” is off the list. Its past ticks are kept.</source>
        <translation>« %1 » n&apos;est plus dans la liste. Ses coches passées sont gardées.</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Layer 1 · A functioning human</source>
        <translation>Niveau 1 · Un être humain qui fonctionne</translation>
    </message>
    <message>
        <source>Layer 2 · Trainee minimum</source>
        <translation>Niveau 2 · Le minimum de la formation</translation>
    </message>
    <message>
        <source>Layer 3 · Extras (optional)</source>
        <translation>Niveau 3 · Extras (facultatifs)</translation>
    </message>
    <message>
        <source>Slept enough to feel human</source>
        <translation>Assez dormi pour me sentir humain·e</translation>
    </message>
    <message>
        <source>Ate real food, not just coffee</source>
        <translation>Mangé un vrai repas, pas juste du café</translation>
    </message>
    <message>
        <source>Moved a little (walks count)</source>
        <translation>Un peu bougé (la marche compte)</translation>
    </message>
    <message>
        <source>Was honest with one person</source>
        <translation>Parlé franchement à une personne</translation>
    </message>
    <message>
        <source>Showed up, present enough to be trusted</source>
        <translation>Été là, assez présent·e pour qu&apos;on puisse compter sur moi</translation>
    </message>
    <message>
        <source>Did the core work: patients, study, the big assignment</source>
        <translation>Fait l&apos;essentiel : patients, révisions, le gros dossier</translation>
    </message>
    <message>
        <source>Spoke up when I was in trouble</source>
        <translation>Demandé de l&apos;aide quand j&apos;étais en difficulté</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Commissions</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>A passion project</source>
        <translation>Un projet qui me tient à cœur</translation>
    </message>
    <message>
        <source>Give it a few words first.</source>
        <translation>Écris d&apos;abord quelques mots.</translation>
    </message>
    <message>
        <source>That&apos;s a bit long; keep it under %1 characters.</source>
        <translation>C&apos;est un peu long ; reste sous %1 caractères.</translation>
    </message>
    <message>
        <source>The evening is here and most of the basics are still open, and the basics come first: food, water, a short walk or an early night will help more than anything in Layer 3.</source>
        <translation>C&apos;est le soir et l&apos;essentiel est encore en grande partie à faire, et l&apos;essentiel passe en premier : manger, boire de l&apos;eau, marcher un peu ou te coucher tôt t&apos;aidera plus que tout ce qui est au niveau 3.</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Ctrl+1 Today, Ctrl+2 Wins, Ctrl+3 Settings</source>
        <translation>Ctrl+1 Aujourd&apos;hui, Ctrl+2 Victoires, Ctrl+3 Paramètres</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Today&apos;s checklist (Ctrl+1)</source>
        <translation>La liste du jour (Ctrl+1)</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Victoires</translation>
    </message>
    <message>
        <source>This week&apos;s small wins (Ctrl+2)</source>
        <translation>Les petites victoires de la semaine (Ctrl+2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings (Ctrl+3)</source>
        <translation>Paramètres (Ctrl+3)</translation>
    </message>
</context>
<context>
    <name>Perspective</name>
    <message>
        <source>Comparison is bad data. People picture others studying about 10 hours a day; most manage something closer to 6.</source>
        <translation>Se comparer, c&apos;est se fier à de mauvaises données. On imagine que les autres travaillent environ 10 heures par jour ; la plupart tournent plutôt autour de 6.</translation>
    </message>
    <message>
        <source>A week that lasts looks roughly like 45 hours of clinical work and study, 49 hours of sleep, 20 hours of personal life and 14 for everything else.</source>
        <translation>Une semaine tenable ressemble à peu près à ceci : 45 heures de clinique et de travail, 49 heures de sommeil, 20 heures de vie personnelle et 14 pour tout le reste.</translation>
    </message>
    <message>
        <source>Programme directors weigh clinical performance, letters and exams most. Research and extras count less, and being a decent colleague quietly counts a lot.</source>
        <translation>Celles et ceux qui recrutent regardent surtout le travail clinique, les lettres de recommandation et les examens. La recherche et les extras comptent moins, et être un·e collègue bienveillant·e compte beaucoup, sans bruit.</translation>
    </message>
    <message>
        <source>You see other people&apos;s highlight reel, not the sleep, meals and friendships they may be dropping to make it.</source>
        <translation>Tu vois le meilleur des autres, pas le sommeil, les repas et les amitiés qu&apos;ils sacrifient peut-être pour y arriver.</translation>
    </message>
    <message>
        <source>Layer 3 is optional. Plenty of good trainees got the post they hoped for with a solid Layer 2 and one or two extras they actually cared about.</source>
        <translation>Le niveau 3 est facultatif. Beaucoup de bons internes ont obtenu leur poste avec un niveau 2 solide et un ou deux extras qui leur tenaient vraiment à cœur.</translation>
    </message>
    <message>
        <source>One tiny step is all this block asks. Stopping early is fine; what you did still counts.</source>
        <translation>Ce bloc ne demande qu&apos;un tout petit pas. S&apos;arrêter plus tôt, c&apos;est bien aussi ; ce que tu as fait compte quand même.</translation>
    </message>
    <message>
        <source>Being behind some of the time is built into training. What matters is being able to show up where it counts and recover.</source>
        <translation>Être à la traîne de temps en temps fait partie de la formation. Ce qui compte, c&apos;est d&apos;être là où c&apos;est important, et de récupérer.</translation>
    </message>
    <message>
        <source>Small steps count. Fifteen minutes, one email, three pages: that&apos;s how moving again starts.</source>
        <translation>Les petits pas comptent. Quinze minutes, un mail, trois pages : c&apos;est comme ça qu&apos;on se remet en route.</translation>
    </message>
</context>
<context>
    <name>PutAwaySection</name>
    <message>
        <source>Put-away items</source>
        <translation>Éléments rangés</translation>
    </message>
    <message>
        <source>Their past ticks are kept. Bring one back to the list.</source>
        <translation>Leurs coches passées sont gardées. Remets-en un dans la liste.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Puts the selected item back at its place in its layer</source>
        <translation>Remet l&apos;élément choisi à sa place dans son niveau</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>A gentle question</source>
        <translation>Une question bienveillante</translation>
    </message>
    <message>
        <source>HH:MM, HH:MM</source>
        <translation>HH:MM, HH:MM</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Problem with this check-in</source>
        <translation>Quelque chose cloche avec ce petit point</translation>
    </message>
    <message>
        <source>Times of day, like 09:30, 19:00</source>
        <translation>Heures de la journée, comme 09:30, 19:00</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>Ask check-in %1</source>
        <translation>Poser le petit point %1</translation>
    </message>
    <message>
        <source>Check-in %1 question</source>
        <translation>Question du petit point %1</translation>
    </message>
    <message>
        <source>Check-in %1 times</source>
        <translation>Heures du petit point %1</translation>
    </message>
    <message>
        <source>Times of day, like 09:30, 19:00, separated by commas</source>
        <translation>Heures de la journée, comme 09:30, 19:00, séparées par des virgules</translation>
    </message>
    <message>
        <source>Remove check-in %1</source>
        <translation>Retirer le petit point %1</translation>
    </message>
    <message>
        <source>Ask check-in %1 on %2</source>
        <translation>Poser le petit point %1 le %2</translation>
    </message>
    <message>
        <source>This one went unanswered a few times, so now it asks every other time. Answering it once brings it back to normal.</source>
        <translation>Cette question est restée sans réponse plusieurs fois, alors elle ne revient plus qu&apos;une fois sur deux. Une seule réponse, et tout redevient comme avant.</translation>
    </message>
    <message>
        <source>This one went unanswered for a while, so now it asks only about one time in four. Answering it once brings it back to normal.</source>
        <translation>Cette question est restée sans réponse un moment, alors elle ne revient plus qu&apos;environ une fois sur quatre. Une seule réponse, et tout redevient comme avant.</translation>
    </message>
    <message>
        <source>How often this check-in asks</source>
        <translation>À quelle fréquence revient ce petit point</translation>
    </message>
</context>
<context>
    <name>QuietGroup</name>
    <message>
        <source>When check-ins wait</source>
        <translation>Quand les petits points attendent</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures calmes</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <source>Problem with quiet hours</source>
        <translation>Quelque chose cloche avec les heures calmes</translation>
    </message>
    <message>
        <source>About quiet hours</source>
        <translation>À propos des heures calmes</translation>
    </message>
    <message>
        <source>Shift mode: follow my wake time, not the clock</source>
        <translation>Mode gardes : suivre mon heure de réveil, pas l&apos;horloge</translation>
    </message>
    <message>
        <source>For nights and on-call: check-in times and quiet hours move with your day</source>
        <translation>Pour les nuits et les astreintes : les petits points et les heures calmes suivent ta journée</translation>
    </message>
    <message>
        <source>Wake time in shift mode</source>
        <translation>Heure de réveil en mode gardes</translation>
    </message>
    <message>
        <source>I woke up at</source>
        <translation>Réveil à</translation>
    </message>
    <message>
        <source>How shift mode moves the times</source>
        <translation>Comment le mode gardes déplace les heures</translation>
    </message>
    <message>
        <source>Problem with the wake time</source>
        <translation>Quelque chose cloche avec l&apos;heure de réveil</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes away before check-ins wait</source>
        <translation>Minutes d&apos;absence avant que les petits points attendent</translation>
    </message>
    <message>
        <source>Wait while I&apos;ve been away for</source>
        <translation>Attendre si je suis parti·e depuis</translation>
    </message>
    <message>
        <source>Problem with the away time</source>
        <translation>Quelque chose cloche avec le temps d&apos;absence</translation>
    </message>
    <message>
        <source>Times are clock times. In shift mode they follow your day instead: they move by as much as your wake time differs from 07:00.</source>
        <translation>Les heures sont celles de l’horloge. En mode gardes, elles suivent ta journée : elles se déplacent d’autant que ton heure de réveil s’écarte de 07:00.</translation>
    </message>
    <message>
        <source>Waking at %1 instead of 07:00 moves every time by the same amount: a %2 check-in comes at %3, and quiet hours run from %4 to %5.</source>
        <translation>Se réveiller à %1 au lieu de 07:00 déplace chaque heure d’autant : un petit point de %2 arrive à %3, et les heures calmes vont de %4 à %5.</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>I feel exhausted even after a decent night&apos;s sleep.</source>
        <translation>Je me sens à bout, même après une nuit correcte.</translation>
    </message>
    <message>
        <source>Things I used to care about (patients, learning, my future) feel flat.</source>
        <translation>Ce qui comptait pour moi (les patients, apprendre, mon avenir) me paraît terne.</translation>
    </message>
    <message>
        <source>I&apos;m more cynical than usual, or everything irritates me.</source>
        <translation>J&apos;ai plus de cynisme que d&apos;habitude, ou tout m&apos;agace.</translation>
    </message>
    <message>
        <source>I keep thinking “I just need to get through this” about everything.</source>
        <translation>Pour tout, je me dis : « Il faut juste que je tienne. »</translation>
    </message>
    <message>
        <source>This is not a diagnosis and can&apos;t tell you what&apos;s going on. It&apos;s a nudge to talk to someone you trust, who can.</source>
        <translation>Ce n&apos;est pas un diagnostic et ça ne peut pas te dire ce qui se passe. C&apos;est un petit coup de pouce pour en parler à quelqu&apos;un de confiance, qui, lui, le peut.</translation>
    </message>
    <message>
        <source>These signs have come up two weeks running. That&apos;s worth saying out loud to someone with power and perspective: an advisor, student affairs, a senior doctor you trust or a counsellor. Fewer extras, accommodations or time off are reasonable things to ask about.</source>
        <translation>Ces signes reviennent deux semaines de suite. Ça vaut la peine de le dire à voix haute à quelqu&apos;un qui a du recul et du pouvoir d&apos;agir : ton tuteur ou ta tutrice, la scolarité, un senior de confiance ou un service d&apos;écoute. Demander moins d&apos;extras, des aménagements ou quelques jours de repos, c&apos;est tout à fait raisonnable.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“%1” is not a time of day; use HH:MM, like 07:30.</source>
        <translation>« %1 » n&apos;est pas une heure ; utilise HH:MM, comme 07:30.</translation>
    </message>
    <message>
        <source>Focus length is a whole number of minutes.</source>
        <translation>La durée d&apos;un bloc est un nombre entier de minutes.</translation>
    </message>
    <message>
        <source>Focus length can be %1 to %2 minutes.</source>
        <translation>Un bloc peut durer de %1 à %2 minutes.</translation>
    </message>
    <message>
        <source>The away time is a whole number of minutes.</source>
        <translation>Le temps d&apos;absence est un nombre entier de minutes.</translation>
    </message>
    <message>
        <source>The away time can be %1 to %2 minutes.</source>
        <translation>Le temps d&apos;absence peut aller de %1 à %2 minutes.</translation>
    </message>
    <message>
        <source>“%1” is not on or off; use on or off.</source>
        <translation>« %1 » n&apos;est ni on ni off ; utilise on ou off.</translation>
    </message>
    <message>
        <source>The week starts on a day from Monday (0) to Sunday (6).</source>
        <translation>La semaine commence un jour entre lundi (0) et dimanche (6).</translation>
    </message>
    <message>
        <source>“%1” is not a language Behind speaks; use %2, or nothing for the system&apos;s.</source>
        <translation>« %1 » n&apos;est pas une langue que Behind parle ; utilise %2, ou rien pour celle du système.</translation>
    </message>
    <message>
        <source>“%1” is not a list of days; use mon, tue … sun, weekdays or daily.</source>
        <translation>« %1 » n&apos;est pas une liste de jours ; utilise mon, tue … sun, weekdays ou daily.</translation>
    </message>
    <message>
        <source>A check-in needs some words.</source>
        <translation>Un petit point a besoin de quelques mots.</translation>
    </message>
    <message>
        <source>Keep each check-in under %1 characters.</source>
        <translation>Garde chaque petit point sous %1 caractères.</translation>
    </message>
    <message>
        <source>“%1” needs at least one time.</source>
        <translation>« %1 » a besoin d&apos;au moins une heure.</translation>
    </message>
    <message>
        <source>“%1” needs at least one day of the week.</source>
        <translation>« %1 » a besoin d&apos;au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>A check-in is incomplete.</source>
        <translation>Il manque quelque chose à un petit point.</translation>
    </message>
    <message>
        <source>Two check-ins share the same name.</source>
        <translation>Deux petits points portent le même nom.</translation>
    </message>
    <message>
        <source>Each contact needs a name in its first field: who they are.</source>
        <translation>Chaque contact a besoin d&apos;un nom dans le premier champ : qui c&apos;est.</translation>
    </message>
    <message>
        <source>Keep a contact&apos;s name under %1 characters.</source>
        <translation>Garde le nom d&apos;un contact sous %1 caractères.</translation>
    </message>
    <message>
        <source>Keep a contact&apos;s details under %1 characters.</source>
        <translation>Garde les coordonnées d&apos;un contact sous %1 caractères.</translation>
    </message>
    <message>
        <source>A contact is incomplete.</source>
        <translation>Il manque quelque chose à un contact.</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE, like focus_minutes=20.</source>
        <translation>« %1 » n&apos;a pas la forme KEY=VALUE, comme focus_minutes=20.</translation>
    </message>
    <message>
        <source>There is no setting called “%1”.</source>
        <translation>Il n&apos;y a pas de paramètre appelé « %1 ».</translation>
    </message>
    <message>
        <source>There is no check-in called “%1”.</source>
        <translation>Il n&apos;y a pas de petit point appelé « %1 ».</translation>
    </message>
    <message>
        <source>A check-in has text, times, days and enabled; “%1” is none of them.</source>
        <translation>Un petit point a text, times, days et enabled ; « %1 » n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>“%1” is a list; change it in the Settings window.</source>
        <translation>« %1 » est une liste ; modifie-la dans la fenêtre Paramètres.</translation>
    </message>
    <message>
        <source>Quiet hours start and end at the same time, so there are none: check-ins may come at any hour.</source>
        <translation>Les heures calmes commencent et finissent à la même heure, donc il n&apos;y en a pas : les petits points peuvent arriver à toute heure.</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>SUPPRIMER</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings status</source>
        <translation>État des paramètres</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Puts back the settings last saved</source>
        <translation>Remet les derniers paramètres enregistrés</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Saves the settings above (Ctrl+S)</source>
        <translation>Enregistre les paramètres ci-dessus (Ctrl+S)</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Nothing saved yet: a few things need a look (see above).</source>
        <translation>Rien n&apos;est encore enregistré : quelques points sont à revoir (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Quit Behind</source>
        <translation>Quitter Behind</translation>
    </message>
    <message>
        <source>Some changes in Settings can&apos;t be saved yet.</source>
        <translation>Certains changements des paramètres ne peuvent pas encore être enregistrés.</translation>
    </message>
    <message>
        <source>The notes next to them say what they need. Quit and leave them out?</source>
        <translation>Les notes à côté disent ce qu’il leur faut. Quitter sans eux ?</translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation>Retour aux paramètres</translation>
    </message>
    <message>
        <source>Quit without them</source>
        <translation>Quitter sans eux</translation>
    </message>
    <message>
        <source>Use defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Puts Behind&apos;s own values in the fields above; nothing is saved until Save</source>
        <translation>Met les valeurs de Behind dans les champs ci-dessus ; rien n&apos;est enregistré avant Enregistrer</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is a file, not a folder. Choose a folder with --data-dir.</source>
        <translation>%1 est un fichier, pas un dossier. Choisis un dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>Can&apos;t use the data folder %1 (%2). Choose another with --data-dir.</source>
        <translation>Impossible d’utiliser le dossier de données %1 (%2). Choisis-en un autre avec --data-dir.</translation>
    </message>
    <message>
        <source>Behind can&apos;t look at %1 (%2).</source>
        <translation>Behind ne peut pas examiner %1 (%2).</translation>
    </message>
    <message>
        <source>%1 points to %2, which doesn&apos;t exist; nothing was changed. Remove the link or use another folder with --data-dir.</source>
        <translation>%1 pointe vers %2, qui n’existe pas ; rien n’a été modifié. Supprime le lien ou utilise un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so Behind won&apos;t touch it; nothing was changed. Move it away or use another folder with --data-dir.</source>
        <translation>%1 n’est pas un fichier ordinaire, alors Behind n’y touche pas ; rien n’a été modifié. Déplace-le ou utilise un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so Behind won&apos;t touch %2; nothing was changed. Move it away or use another folder with --data-dir.</source>
        <translation>%1 n’est pas un fichier ordinaire, alors Behind ne touche pas à %2 ; rien n’a été modifié. Déplace-le ou utilise un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>Behind can&apos;t read %1 (%2); nothing was changed.</source>
        <translation>Behind ne peut pas lire %1 (%2) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 is not a Behind data file, so Behind left it exactly as it was. Move it away or use another folder with --data-dir.</source>
        <translation>%1 n’est pas un fichier de données de Behind, alors Behind l’a laissé exactement tel quel. Déplace-le ou utilise un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Behind (data format %2; this version reads up to %3). Nothing was changed. Update Behind, or use another folder with --data-dir.</source>
        <translation>%1 a été écrit par une version plus récente de Behind (format de données %2 ; cette version lit jusqu’au %3). Rien n’a été modifié. Mets Behind à jour, ou utilise un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>Behind can&apos;t open %1 (%2); nothing was changed.</source>
        <translation>Behind ne peut pas ouvrir %1 (%2) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Can&apos;t create the data file %1 (%2); nothing was changed. Check that the folder is writable and the disk has room, or use another folder with --data-dir.</source>
        <translation>Impossible de créer le fichier de données %1 (%2) ; rien n’a été modifié. Vérifie que le dossier est accessible en écriture et que le disque a de la place, ou utilise un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>Behind can&apos;t write to %1; nothing was changed. Check that the file and its folder are yours and writable, or use another folder with --data-dir.</source>
        <translation>Behind ne peut pas écrire dans %1 ; rien n’a été modifié. Vérifie que le fichier et son dossier sont à toi et accessibles en écriture, ou utilise un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t set its damaged data file aside (%1); nothing was changed.</source>
        <translation>Behind n’a pas pu mettre de côté son fichier de données abîmé (%1) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not open the data file %1: %2.</source>
        <translation>Impossible d’ouvrir le fichier de données %1 : %2.</translation>
    </message>
    <message>
        <source>Could not set up the data file %1: %2.</source>
        <translation>Impossible de préparer le fichier de données %1 : %2.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t save that just now (%1). It is kept and saved as soon as Behind can.</source>
        <translation>Behind n’a pas pu l’enregistrer tout de suite (%1). C’est gardé et enregistré dès que possible.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t save that (%1); nothing was changed. Try again in a moment.</source>
        <translation>Behind n’a pas pu l’enregistrer (%1) ; rien n’a été modifié. Réessaie dans un instant.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t make a backup in %1 (%2).</source>
        <translation>Behind n’a pas pu faire de sauvegarde dans %1 (%2).</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Il n’y a pas de sauvegarde à %1.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be read (%2); nothing was changed.</source>
        <translation>%1 ne peut pas être lu (%2) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 holds no data; nothing was changed.</source>
        <translation>%1 ne contient aucune donnée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t restore %1 (%2).</source>
        <translation>Behind n’a pas pu restaurer %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not an export from Behind; nothing was imported.</source>
        <translation>%1 n’est pas un export de Behind ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 comes from a newer version of Behind (%2); update Behind to import it. Nothing was imported.</source>
        <translation>%1 vient d’une version plus récente de Behind (%2) ; mets Behind à jour pour l’importer. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 is damaged (its %2 can&apos;t be read); nothing was imported.</source>
        <translation>%1 est abîmé (%2 est illisible) ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 is damaged (a row can&apos;t be read); nothing was imported.</source>
        <translation>%1 est abîmé (une ligne est illisible) ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Your data file could not be read, so it was moved aside to %1 and a fresh one was started. Nothing in the old file was changed.</source>
        <translation>Ton fichier de données était illisible, alors il a été mis de côté dans %1 et un nouveau a été créé. Rien n’a été modifié dans l’ancien.</translation>
    </message>
    <message>
        <source>Stray pieces of an earlier data file were moved aside to %1.</source>
        <translation>Des morceaux isolés d’un ancien fichier de données ont été mis de côté dans %1.</translation>
    </message>
    <message>
        <source>Some of the most recent changes in your data file could not be read back. A copy of the file exactly as it was is at %1; Behind goes on with everything it could read.</source>
        <translation>Certaines des dernières modifications de ton fichier de données n’ont pas pu être relues. Une copie du fichier tel qu’il était se trouve dans %1 ; Behind continue avec tout ce qu’il a pu lire.</translation>
    </message>
    <message>
        <source>Your data was upgraded; a copy of the old file is at %1.</source>
        <translation>Tes données ont été mises à jour ; une copie de l’ancien fichier se trouve dans %1.</translation>
    </message>
    <message>
        <source>Some settings could not be read and were reset; your data is safe.</source>
        <translation>Certains réglages étaient illisibles et ont été réinitialisés ; tes données sont en sécurité.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>another program is using Behind&apos;s data file</source>
        <translation>un autre programme utilise le fichier de données de Behind</translation>
    </message>
    <message>
        <source>the data file can&apos;t be written to</source>
        <translation>impossible d’écrire dans le fichier de données</translation>
    </message>
    <message>
        <source>the data file said: %1</source>
        <translation>le fichier de données indique : %1</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>Centro de Asistencia al Suicida (Argentina)</source>
        <translation>Centro de Asistencia al Suicida (Argentine)</translation>
    </message>
    <message>
        <source>135 (Buenos Aires), (011) 5275-1135, or 0800 999 0091 at any hour</source>
        <translation>135 (Buenos Aires), (011) 5275-1135, ou à toute heure le 0800 999 0091</translation>
    </message>
    <message>
        <source>TelefonSeelsorge (Austria)</source>
        <translation>TelefonSeelsorge (Autriche)</translation>
    </message>
    <message>
        <source>Lifeline (Australia)</source>
        <translation>Lifeline (Australie)</translation>
    </message>
    <message>
        <source>Centre de Prévention du Suicide / Zelfmoordlijn (Belgium)</source>
        <translation>Centre de Prévention du Suicide / Zelfmoordlijn (Belgique)</translation>
    </message>
    <message>
        <source>0800 32 123 (French) or 1813 (Dutch)</source>
        <translation>0800 32 123 (en français) ou 1813 (en néerlandais)</translation>
    </message>
    <message>
        <source>9-8-8 Suicide Crisis Helpline (Canada)</source>
        <translation>9-8-8 Ligne d&apos;aide en cas de crise de suicide (Canada)</translation>
    </message>
    <message>
        <source>Call or text 988</source>
        <translation>Appelle ou texte le 988</translation>
    </message>
    <message>
        <source>Die Dargebotene Hand / La Main Tendue (Switzerland)</source>
        <translation>La Main Tendue (Suisse)</translation>
    </message>
    <message>
        <source>Línea de Prevención del Suicidio (Chile)</source>
        <translation>Línea de Prevención del Suicidio (Chili)</translation>
    </message>
    <message>
        <source>*4141 from a mobile phone</source>
        <translation>*4141 depuis un portable</translation>
    </message>
    <message>
        <source>Línea 192 / Línea 106 (Colombia)</source>
        <translation>Línea 192 / Línea 106 (Colombie)</translation>
    </message>
    <message>
        <source>192, then option 4; in Bogotá 106</source>
        <translation>192, puis option 4 ; à Bogotá, 106</translation>
    </message>
    <message>
        <source>TelefonSeelsorge (Germany)</source>
        <translation>TelefonSeelsorge (Allemagne)</translation>
    </message>
    <message>
        <source>0800 111 0 111, 0800 111 0 222 or 116 123</source>
        <translation>0800 111 0 111, 0800 111 0 222 ou 116 123</translation>
    </message>
    <message>
        <source>Línea 024 (Spain)</source>
        <translation>Línea 024 (Espagne)</translation>
    </message>
    <message>
        <source>3114, suicide prevention line (France)</source>
        <translation>3114, numéro national de prévention du suicide (France)</translation>
    </message>
    <message>
        <source>Samaritans (UK)</source>
        <translation>Samaritans (Royaume-Uni)</translation>
    </message>
    <message>
        <source>Samaritans (Ireland)</source>
        <translation>Samaritans (Irlande)</translation>
    </message>
    <message>
        <source>Tele-MANAS (India)</source>
        <translation>Tele-MANAS (Inde)</translation>
    </message>
    <message>
        <source>Línea de la Vida (Mexico)</source>
        <translation>Línea de la Vida (Mexique)</translation>
    </message>
    <message>
        <source>113 Zelfmoordpreventie (Netherlands)</source>
        <translation>113 Zelfmoordpreventie (Pays-Bas)</translation>
    </message>
    <message>
        <source>113 or 0800 0113</source>
        <translation>113 ou 0800 0113</translation>
    </message>
    <message>
        <source>Need to talk? (New Zealand)</source>
        <translation>Need to talk? (Nouvelle-Zélande)</translation>
    </message>
    <message>
        <source>Call or text 1737</source>
        <translation>Appelle ou envoie un SMS au 1737</translation>
    </message>
    <message>
        <source>Línea 113, salud mental (Peru)</source>
        <translation>Línea 113, salud mental (Pérou)</translation>
    </message>
    <message>
        <source>113, then option 5</source>
        <translation>113, puis option 5</translation>
    </message>
    <message>
        <source>155 Te escucha (Paraguay)</source>
        <translation>155 Te escucha (Paraguay)</translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline (US)</source>
        <translation>988 Suicide &amp; Crisis Lifeline (États-Unis)</translation>
    </message>
    <message>
        <source>Línea Vida (Uruguay)</source>
        <translation>Línea Vida (Uruguay)</translation>
    </message>
    <message>
        <source>0800 0767, or *0767 from a mobile phone</source>
        <translation>0800 0767, ou *0767 depuis un portable</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentine</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chili</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombie</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexique</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nouvelle-Zélande</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Pérou</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>My advisor</source>
        <translation>Mon tuteur ou ma tutrice</translation>
    </message>
    <message>
        <source>Student affairs / programme office</source>
        <translation>Scolarité / bureau de la formation</translation>
    </message>
    <message>
        <source>Counselling service</source>
        <translation>Service d&apos;écoute psychologique</translation>
    </message>
    <message>
        <source>Keep the details under %1 characters.</source>
        <translation>Garde les coordonnées sous %1 caractères.</translation>
    </message>
</context>
<context>
    <name>SupportContent</name>
    <message>
        <source>Worth talking to someone</source>
        <translation>Ça vaut la peine d&apos;en parler à quelqu&apos;un</translation>
    </message>
    <message>
        <source>Your support contacts</source>
        <translation>Tes personnes ressources</translation>
    </message>
    <message>
        <source>Add my people</source>
        <translation>Ajouter mes personnes</translation>
    </message>
    <message>
        <source>Opens Settings at the support contacts</source>
        <translation>Ouvre les paramètres aux personnes ressources</translation>
    </message>
    <message>
        <source>Crisis lines by country</source>
        <translation>Lignes d&apos;écoute par pays</translation>
    </message>
    <message>
        <source>Show crisis lines by country</source>
        <translation>Afficher les lignes d&apos;écoute par pays</translation>
    </message>
    <message>
        <source>Numbers change; check the one for where you are. If you might act on thoughts of harming yourself, call your local emergency number now.</source>
        <translation>Les numéros changent ; vérifie celui de l&apos;endroit où tu es. Si tu penses pouvoir passer à l&apos;acte et te faire du mal, appelle maintenant le numéro d&apos;urgence local (15 ou 112 en France).</translation>
    </message>
    <message>
        <source>Also pick one tiny step</source>
        <translation>Choisir aussi un tout petit pas</translation>
    </message>
    <message>
        <source>Close for now</source>
        <translation>Fermer pour l&apos;instant</translation>
    </message>
    <message>
        <source>When “behind” comes with signs like these, grinding harder rarely helps. The next step is a conversation: tell someone with power and perspective (an advisor, student affairs, a senior doctor you trust) how it really is, and ask about fewer extras or more help.</source>
        <translation>Quand « être à la traîne » s&apos;accompagne de signes comme ceux-là, forcer encore aide rarement. La prochaine étape, c&apos;est une conversation : dis à quelqu&apos;un qui a du recul et du pouvoir d&apos;agir (ton tuteur ou ta tutrice, la scolarité, un senior de confiance) comment ça va vraiment, et demande s&apos;il est possible d&apos;avoir moins d&apos;extras ou plus d&apos;aide.</translation>
    </message>
    <message>
        <source>You can add the people you&apos;d reach out to (advisor, programme office, counselling, a friend) in Settings, so they are here when you need them.</source>
        <translation>Dans les Paramètres, tu peux ajouter les personnes vers qui tu te tournerais (tuteur ou tutrice, scolarité, service d&apos;écoute, une amie, un ami), pour les avoir sous la main le moment venu.</translation>
    </message>
    <message>
        <source>Your people:</source>
        <translation>Tes personnes :</translation>
    </message>
</context>
<context>
    <name>System</name>
    <message>
        <source>it isn&apos;t there</source>
        <translation>ça n’existe pas</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
        <source>it is already there</source>
        <translation>ça existe déjà</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>c’est en cours d’utilisation</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>le quota disque est épuisé</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>“%1” is not a time of day; use HH:MM, like 07:30.</source>
        <translation>« %1 » n’est pas une heure ; écris HH:MM, comme 07:30.</translation>
    </message>
    <message>
        <source>“%1” is not a week; use YYYY-Www, like 2026-W48.</source>
        <translation>« %1 » n’est pas une semaine ; écris YYYY-Www, comme 2026-W48.</translation>
    </message>
    <message>
        <source>Behind keeps weeks from 1900 to 3000, not %1.</source>
        <translation>Behind garde les semaines de 1900 à 3000, pas %1.</translation>
    </message>
    <message>
        <source>%1 has no week %2.</source>
        <translation>%1 n’a pas de semaine %2.</translation>
    </message>
</context>
<context>
    <name>TimerWindow</name>
    <message>
        <source>Behind · focus</source>
        <translation>Behind · concentration</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Block state</source>
        <translation>État du bloc</translation>
    </message>
    <message>
        <source>Progress through the block</source>
        <translation>Avancement du bloc</translation>
    </message>
    <message>
        <source>Name the tiny step (optional)</source>
        <translation>Nommer le tout petit pas (facultatif)</translation>
    </message>
    <message>
        <source>The tiny step</source>
        <translation>Le tout petit pas</translation>
    </message>
    <message>
        <source>What this block is for, for example: read 3 pages</source>
        <translation>À quoi sert ce bloc, par exemple : lire 3 pages</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
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
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Start a focus block</source>
        <translation>Lancer un bloc de concentration</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pause ou reprise</translation>
    </message>
    <message numerus="yes">
        <source>Add %n minutes</source>
        <translation>
            <numerusform>Ajouter %n minute</numerusform>
            <numerusform>Ajouter %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the block</source>
        <translation>Arrêter le bloc</translation>
    </message>
    <message>
        <source>A thought for this block</source>
        <translation>Une pensée pour ce bloc</translation>
    </message>
    <message>
        <source>Focusing</source>
        <translation>Concentration</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Quand tu veux</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Encore %n minute</numerusform>
            <numerusform>Encore %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <source>That&apos;s as long as a title can be: %1 characters.</source>
        <translation>C&apos;est la longueur maximale : %1 caractères.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Rough day</source>
        <translation>Journée difficile</translation>
    </message>
    <message>
        <source>Shows only Layer 1, the basics of being a functioning human, for today</source>
        <translation>N&apos;affiche que le niveau 1 aujourd&apos;hui, l&apos;essentiel pour fonctionner</translation>
    </message>
    <message>
        <source>Just the basics today. The rest will keep.</source>
        <translation>Juste l&apos;essentiel aujourd&apos;hui. Le reste peut attendre.</translation>
    </message>
    <message>
        <source>Edit items</source>
        <translation>Modifier les éléments</translation>
    </message>
    <message>
        <source>Shows buttons to add, rename, move and put away items</source>
        <translation>Affiche des boutons pour ajouter, renommer, déplacer et ranger des éléments</translation>
    </message>
    <message>
        <source>A note about the basics</source>
        <translation>Une note sur l&apos;essentiel</translation>
    </message>
    <message>
        <source>A rough day. Only the basics are showing; everything else will still be there tomorrow.</source>
        <translation>Une journée difficile. Seul l&apos;essentiel est affiché ; tout le reste sera encore là demain.</translation>
    </message>
    <message>
        <source>Rough day note</source>
        <translation>Note de journée difficile</translation>
    </message>
    <message>
        <source>Layer 1 checklist: a functioning human</source>
        <translation>Liste du niveau 1 : un être humain qui fonctionne</translation>
    </message>
    <message>
        <source>Layer 2 checklist: trainee minimum</source>
        <translation>Liste du niveau 2 : le minimum de la formation</translation>
    </message>
    <message>
        <source>Genuinely optional: nice when there&apos;s room, fine when there isn&apos;t.</source>
        <translation>Vraiment facultatif : bien quand il y a de la place, très bien aussi quand il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>Layer 3 checklist: optional extras</source>
        <translation>Liste du niveau 3 : extras facultatifs</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a bit long; a shorter title (under %n characters) fits.</source>
        <translation>
            <numerusform>C&apos;est un peu long ; un titre plus court (moins de %n caractère) ira.</numerusform>
            <numerusform>C&apos;est un peu long ; un titre plus court (moins de %n caractères) ira.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few words first.</source>
        <translation>Écris d&apos;abord quelques mots.</translation>
    </message>
    <message>
        <source>The basics are covered now. That&apos;s the part that matters most.</source>
        <translation>L&apos;essentiel est fait. C&apos;est ce qui compte le plus.</translation>
    </message>
    <message>
        <source>Done editing</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Start a focus block</source>
        <translation>&amp;Lancer un bloc de concentration</translation>
    </message>
    <message>
        <source>Show the &amp;timer</source>
        <translation>Afficher le &amp;minuteur</translation>
    </message>
    <message>
        <source>&amp;Pause the block</source>
        <translation>Mettre le bloc en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Resume the block</source>
        <translation>&amp;Reprendre le bloc</translation>
    </message>
    <message numerus="yes">
        <source>&amp;+%n minutes</source>
        <translation>
            <numerusform>&amp;+%n minute</numerusform>
            <numerusform>&amp;+%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Name the step…</source>
        <translation>&amp;Nommer l&apos;étape…</translation>
    </message>
    <message>
        <source>I&apos;m &amp;behind…</source>
        <translation>Je suis à la &amp;traîne…</translation>
    </message>
    <message>
        <source>&amp;Check in now</source>
        <translation>&amp;Faire le point maintenant</translation>
    </message>
    <message>
        <source>Pa&amp;use check-ins</source>
        <translation>Mettre en pa&amp;use les petits points</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>For 3 hours (clinic)</source>
        <translation>Pendant 3 heures (consultation)</translation>
    </message>
    <message>
        <source>For 8 hours (exam, shift)</source>
        <translation>Pendant 8 heures (examen, garde)</translation>
    </message>
    <message>
        <source>Resume check-ins</source>
        <translation>Reprendre les petits points</translation>
    </message>
    <message>
        <source>Today&apos;s check&amp;list</source>
        <translation>&amp;Liste du jour</translation>
    </message>
    <message>
        <source>This week&apos;s &amp;wins</source>
        <translation>&amp;Victoires de la semaine</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>Paramè&amp;tres</translation>
    </message>
    <message>
        <source>&amp;Quit Behind</source>
        <translation>&amp;Quitter Behind</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start a %n-minute block</source>
        <translation>
            <numerusform>&amp;Lancer un bloc de %n minute</numerusform>
            <numerusform>&amp;Lancer un bloc de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins pa&amp;used until %1</source>
        <translation>Petits points en pa&amp;use jusqu’à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) on one tiny step — until %1</source>
        <translation>
            <numerusform>%n minute pour un tout petit pas, jusqu’à %1</numerusform>
            <numerusform>%n minutes pour un tout petit pas, jusqu’à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins until %1. “Resume check-ins” brings them back sooner.</source>
        <translation>Pas de petits points avant %1. « Reprendre les petits points » les fait revenir plus tôt.</translation>
    </message>
    <message numerus="yes">
        <source>Behind · click to start a %n-minute block</source>
        <translation>
            <numerusform>Behind · clique pour lancer un bloc de %n minute</numerusform>
            <numerusform>Behind · clique pour lancer un bloc de %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>Encore %n min</numerusform>
            <numerusform>Encore %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused · %1 left</source>
        <translation>En pause · encore %1</translation>
    </message>
</context>
<context>
    <name>WeeksGroup</name>
    <message>
        <source>Language and weeks</source>
        <translation>Langue et semaines</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As my system does</source>
        <translation>Comme sur mon système</translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation>La semaine commence le</translation>
    </message>
    <message>
        <source>Problem with the language</source>
        <translation>Quelque chose cloche avec la langue</translation>
    </message>
    <message>
        <source>Problem with the first day of the week</source>
        <translation>Quelque chose cloche avec le premier jour de la semaine</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Behind</source>
        <translation>Bienvenue dans Behind</translation>
    </message>
    <message>
        <source>Hello. Feeling behind is normal here.</source>
        <translation>Bonjour. Ici, se sentir à la traîne, c&apos;est normal.</translation>
    </message>
    <message>
        <source>Behind is a small companion for trainees in medicine. It asks now and then whether the basics happened (food, sleep, a bit of movement), keeps a three-layer list of what “enough” looks like, and collects your small wins for the week. When everything feels like too much, one click starts a short focus block on one tiny step.</source>
        <translation>Behind est un petit compagnon pour les étudiantes, étudiants et internes en médecine. De temps en temps, il demande si l&apos;essentiel a eu lieu (manger, dormir, bouger un peu), tient une liste en trois niveaux de ce qui est « assez », et rassemble tes petites victoires de la semaine. Quand tout semble trop, un clic lance un court bloc de concentration sur un tout petit pas.</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Nothing is sent anywhere, and you can export or delete all of it from Settings whenever you like.</source>
        <translation>Tout reste sur cet ordinateur. Rien n&apos;est envoyé nulle part, et tu peux tout exporter ou tout effacer depuis les Paramètres quand tu veux.</translation>
    </message>
    <message>
        <source>Where to find Behind</source>
        <translation>Où trouver Behind</translation>
    </message>
    <message>
        <source>No need to set anything up now. The defaults are gentle, and you can change them later.</source>
        <translation>Rien à régler maintenant. Les réglages par défaut sont doux, et tu pourras les changer plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>Start a %n-minute block now</source>
        <translation>
            <numerusform>Lancer un bloc de %n minute maintenant</numerusform>
            <numerusform>Lancer un bloc de %n minutes maintenant</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts a focus block on one small thing; you can name the step later</source>
        <translation>Lance un bloc de concentration sur une petite chose ; tu pourras nommer le pas plus tard</translation>
    </message>
    <message>
        <source>Maybe later</source>
        <translation>Plus tard, peut-être</translation>
    </message>
    <message>
        <source>Closes this welcome</source>
        <translation>Ferme cet accueil</translation>
    </message>
    <message>
        <source>Behind lives in the notification area at the bottom right, next to the clock. If you can&apos;t see it, it may be hidden behind the small ^ arrow. To keep it in view on Windows 11: Settings → Personalization → Taskbar → Other system tray icons, then switch Behind on.</source>
        <translation>Behind se trouve dans la zone de notification, en bas à droite, près de l&apos;horloge. Si tu ne le vois pas, il est peut-être caché derrière la petite flèche ^. Pour le garder visible sous Windows 11 : Paramètres → Personnalisation → Barre des tâches → Autres icônes de la barre d&apos;état système, puis active Behind.</translation>
    </message>
    <message>
        <source>Behind lives in the menu bar at the top right of the screen. Click its icon to start a block; the menu holds everything else.</source>
        <translation>Behind se trouve dans la barre des menus, en haut à droite de l&apos;écran. Clique sur son icône pour lancer un bloc ; tout le reste est dans le menu.</translation>
    </message>
    <message>
        <source>Behind lives in your panel&apos;s tray, usually at the top or bottom right. On GNOME the tray needs the AppIndicator extension; without a tray, the Behind window is where everything lives.</source>
        <translation>Behind se trouve dans la zone de notification de ton panneau, en général en haut ou en bas à droite. Sous GNOME, elle a besoin de l&apos;extension AppIndicator ; sans elle, tout se passe dans la fenêtre de Behind.</translation>
    </message>
</context>
<context>
    <name>WinPrompt</name>
    <message>
        <source>Behind · small win</source>
        <translation>Behind · petite victoire</translation>
    </message>
    <message>
        <source>Your last block ended when you picked a new step. Keep what you did in it as a small win?</source>
        <translation>Ton dernier bloc s&apos;est terminé quand tu as choisi un nouveau pas. Garder ce que tu y as fait comme petite victoire ?</translation>
    </message>
    <message>
        <source>You stopped after less than a minute. That&apos;s fine: starting counts. Keep it as a small win?</source>
        <translation>Tu t&apos;es arrêté·e avant une minute. Pas de souci : commencer, ça compte. Le garder comme petite victoire ?</translation>
    </message>
    <message numerus="yes">
        <source>You stopped after %n minute(s). That&apos;s fine, and it still counts. Keep it as a small win?</source>
        <translation>
            <numerusform>Tu t&apos;es arrêté·e après %n minute. Pas de souci, ça compte quand même. Le garder comme petite victoire ?</numerusform>
            <numerusform>Tu t&apos;es arrêté·e après %n minutes. Pas de souci, ça compte quand même. Le garder comme petite victoire ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What did you get done in those %n minute(s)?</source>
        <translation>
            <numerusform>Qu’as-tu fait pendant cette %n minute ?</numerusform>
            <numerusform>Qu’as-tu fait pendant ces %n minutes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Ce que tu as fait</translation>
    </message>
    <message>
        <source>Problem with the text</source>
        <translation>Quelque chose cloche avec le texte</translation>
    </message>
    <message>
        <source>Keep as a win</source>
        <translation>Garder comme victoire</translation>
    </message>
    <message>
        <source>Save as a win</source>
        <translation>Enregistrer comme victoire</translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation>Ne pas garder</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Closes this for now; click the tray icon to finish it, words and all</source>
        <translation>Ferme ceci pour l’instant ; clique sur l’icône de la barre pour le finir, avec ce que tu as écrit</translation>
    </message>
</context>
<context>
    <name>Windows</name>
    <message>
        <source>Behind · a check-in is waiting: click to open it</source>
        <translation>Behind · un petit point attend : clique pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Block done</source>
        <translation>Bloc terminé</translation>
    </message>
    <message>
        <source>Nice. Take a breath.</source>
        <translation>Bien joué. Prends une respiration.</translation>
    </message>
    <message>
        <source>Nice. Take a breath. Click the icon when you&apos;d like to note what you did.</source>
        <translation>Bien joué. Prends une respiration. Clique sur l’icône quand tu veux noter ce que tu as fait.</translation>
    </message>
    <message>
        <source>Behind · your small win is waiting: click to finish it</source>
        <translation>Behind · ta petite victoire attend : clique pour la finir</translation>
    </message>
    <message>
        <source>Behind · block done: click to keep it as a small win</source>
        <translation>Behind · bloc terminé : clique pour le garder comme petite victoire</translation>
    </message>
</context>
<context>
    <name>WinsChart</name>
    <message>
        <source>Wins per day</source>
        <translation>Victoires par jour</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n win(s)</source>
        <translation>
            <numerusform>%1 : %n victoire</numerusform>
            <numerusform>%1 : %n victoires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WinsList</name>
    <message>
        <source>Small wins this week, by day</source>
        <translation>Petites victoires de la semaine, jour par jour</translation>
    </message>
    <message>
        <source>F2 edits the selected win, Delete removes it (you can undo)</source>
        <translation>F2 modifie la victoire choisie, Suppr l&apos;efface (on peut annuler)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Victoire</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n win(s)</source>
        <translation>
            <numerusform>%1 · %n victoire</numerusform>
            <numerusform>%1 · %n victoires</numerusform>
        </translation>
    </message>
    <message>
        <source>focus block</source>
        <translation>bloc</translation>
    </message>
    <message>
        <source>basics</source>
        <translation>essentiel</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>notée par toi</translation>
    </message>
</context>
<context>
    <name>WinsPage</name>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Précédente</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivante ›</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Goes back to the current week</source>
        <translation>Revient à la semaine en cours</translation>
    </message>
    <message>
        <source>A thought about this week</source>
        <translation>Une pensée pour cette semaine</translation>
    </message>
    <message>
        <source>Add a small win (Ctrl+N)</source>
        <translation>Ajouter une petite victoire (Ctrl+N)</translation>
    </message>
    <message>
        <source>New small win</source>
        <translation>Nouvelle petite victoire</translation>
    </message>
    <message>
        <source>Type something you did today, even a tiny thing, and press Enter</source>
        <translation>Écris quelque chose que tu as fait aujourd&apos;hui, même minuscule, puis appuie sur Entrée</translation>
    </message>
    <message>
        <source>Add win</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler l&apos;effacement</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the selected win</source>
        <translation>Modifier la victoire choisie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Delete the selected win</source>
        <translation>Effacer la victoire choisie</translation>
    </message>
    <message>
        <source>Export week…</source>
        <translation>Exporter la semaine…</translation>
    </message>
    <message>
        <source>Saves this week&apos;s wins as CSV or Markdown</source>
        <translation>Enregistre les victoires de la semaine en CSV ou Markdown</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Tout exporter…</translation>
    </message>
    <message>
        <source>Export all wins</source>
        <translation>Exporter toutes les victoires</translation>
    </message>
    <message>
        <source>Saves every win you have written down as CSV or Markdown</source>
        <translation>Enregistre toutes les victoires que tu as notées en CSV ou Markdown</translation>
    </message>
    <message>
        <source>Note about wins</source>
        <translation>Note sur les victoires</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Week %1, %2 to %3</source>
        <translation>Semaine %1, du %2 au %3</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semaine %1</translation>
    </message>
    <message numerus="yes">
        <source>%n small win(s) this week.</source>
        <translation>
            <numerusform>%n petite victoire cette semaine.</numerusform>
            <numerusform>%n petites victoires cette semaine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small win(s) that week.</source>
        <translation>
            <numerusform>%n petite victoire cette semaine-là.</numerusform>
            <numerusform>%n petites victoires cette semaine-là.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written down yet this week. Anything counts, even a short walk.</source>
        <translation>Rien de noté cette semaine pour l&apos;instant. Tout compte, même une petite marche.</translation>
    </message>
    <message>
        <source>Nothing was written down that week, and that&apos;s all right.</source>
        <translation>Rien n&apos;a été noté cette semaine-là, et c&apos;est très bien comme ça.</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a bit long; a shorter line (under %n characters) fits.</source>
        <translation>
            <numerusform>C&apos;est un peu long ; une ligne plus courte (moins de %n caractère) ira.</numerusform>
            <numerusform>C&apos;est un peu long ; une ligne plus courte (moins de %n caractères) ira.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few words first; small is fine.</source>
        <translation>Écris d&apos;abord quelques mots ; petit, c&apos;est très bien.</translation>
    </message>
    <message>
        <source>Added. Nice.</source>
        <translation>Ajoutée. Bravo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>This one comes from the Today checklist; untick it there to take it out.</source>
        <translation>Celle-ci vient de la liste du jour ; décoche-la là-bas pour la retirer.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>« %1 » effacée.</translation>
    </message>
    <message>
        <source>It&apos;s back.</source>
        <translation>Elle est revenue.</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Markdown (*.md)</source>
        <translation>CSV (*.csv);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export this week&apos;s wins</source>
        <translation>Exporter les victoires de la semaine</translation>
    </message>
    <message>
        <source>That file couldn&apos;t be saved (%1). Another folder may work.</source>
        <translation>Impossible d&apos;enregistrer ce fichier (%1). Un autre dossier fonctionnera peut-être.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
</TS>
