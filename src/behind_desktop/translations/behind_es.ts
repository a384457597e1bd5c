<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AppController</name>
    <message>
        <source>No check-in is due right now.</source>
        <translation>Ahora mismo no toca ninguna pregunta rápida.</translation>
    </message>
</context>
<context>
    <name>Asker</name>
    <message>
        <source>Open the check-in</source>
        <translation>Abrir la pregunta rápida</translation>
    </message>
    <message>
        <source>A quick check-in</source>
        <translation>Una pregunta rápida</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message numerus="yes">
        <source>%n short questions, whenever you have a moment.</source>
        <translation>
            <numerusform>%n pregunta corta, cuando tengas un momento.</numerusform>
            <numerusform>%n preguntas cortas, cuando tengas un momento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Nice. Take a breath. Keep “%1” as a small win?</source>
        <translation>Muy bien. Respira un momento. ¿Guardas «%1» como un pequeño logro?</translation>
    </message>
    <message>
        <source>Block done</source>
        <translation>Bloque hecho</translation>
    </message>
    <message>
        <source>Keep as a win</source>
        <translation>Guardar como logro</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Añadir una nota…</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Behind will start when you log in.</source>
        <translation>Behind se abrirá al iniciar sesión.</translation>
    </message>
    <message>
        <source>Behind won&apos;t start at login.</source>
        <translation>Behind no se abrirá al iniciar sesión.</translation>
    </message>
    <message>
        <source>Start at login: on (%1)</source>
        <translation>Abrir al iniciar sesión: sí (%1)</translation>
    </message>
    <message>
        <source>Start at login: off (%1)</source>
        <translation>Abrir al iniciar sesión: no (%1)</translation>
    </message>
    <message>
        <source>Couldn&apos;t tell how Behind was started, so start at login can&apos;t be set.</source>
        <translation>No se ha podido saber cómo se abrió Behind, así que no se puede configurar que se abra al iniciar sesión.</translation>
    </message>
    <message>
        <source>Couldn&apos;t read %1: %2.</source>
        <translation>No se ha podido leer %1: %2.</translation>
    </message>
    <message>
        <source>The Windows registry is only there on Windows.</source>
        <translation>El registro de Windows solo existe en Windows.</translation>
    </message>
    <message>
        <source>Couldn&apos;t read the Windows start-up list: %1.</source>
        <translation>No se ha podido leer la lista de inicio de Windows: %1.</translation>
    </message>
    <message>
        <source>Couldn&apos;t turn on start at login: %1.</source>
        <translation>No se ha podido activar que se abra al iniciar sesión: %1.</translation>
    </message>
    <message>
        <source>Couldn&apos;t turn off start at login: %1.</source>
        <translation>No se ha podido desactivar que se abra al iniciar sesión: %1.</translation>
    </message>
    <message>
        <source>Couldn&apos;t turn on start at login: %1 can&apos;t be written (%2).</source>
        <translation>No se ha podido activar que se abra al iniciar sesión: no se puede escribir en %1 (%2).</translation>
    </message>
    <message>
        <source>Couldn&apos;t turn off start at login: %1 can&apos;t be written (%2).</source>
        <translation>No se ha podido desactivar que se abra al iniciar sesión: no se puede escribir en %1 (%2).</translation>
    </message>
    <message>
        <source>Couldn&apos;t turn off start at login: %1 can&apos;t be removed (%2).</source>
        <translation>No se ha podido desactivar que se abra al iniciar sesión: no se puede quitar %1 (%2).</translation>
    </message>
    <message>
        <source>Unknown choice “%1”: use on, off or status.</source>
        <translation>Behind no conoce «%1»: usa on, off o status.</translation>
    </message>
</context>
<context>
    <name>BehindFlow</name>
    <message>
        <source>This also counts as this week&apos;s self-check. Only you see it.</source>
        <translation>Esto también cuenta como tu autochequeo de la semana. Solo lo ves tú.</translation>
    </message>
    <message>
        <source>Some of these fit</source>
        <translation>Algo de esto encaja</translation>
    </message>
    <message>
        <source>None of these right now</source>
        <translation>Nada de esto ahora mismo</translation>
    </message>
    <message>
        <source>Behind · Weekly self-check</source>
        <translation>Behind · Autochequeo semanal</translation>
    </message>
    <message>
        <source>How has this week been for you?</source>
        <translation>¿Qué tal ha ido esta semana?</translation>
    </message>
    <message>
        <source>An honest look at the last week or so. Tick any of these that fit; only you see the answers.</source>
        <translation>Una mirada sincera a la última semana, más o menos. Marca lo que encaje contigo; las respuestas solo las ves tú.</translation>
    </message>
    <message>
        <source>Behind · I&apos;m behind</source>
        <translation>Behind · No llego a todo</translation>
    </message>
    <message>
        <source>Feeling behind? Let&apos;s make it smaller.</source>
        <translation>¿Sientes que no llegas a todo? Vamos a hacerlo más pequeño.</translation>
    </message>
    <message>
        <source>First, an honest look at the last week or so. Tick any of these that fit. Sometimes “behind” is really tiredness that more effort won&apos;t fix.</source>
        <translation>Primero, una mirada sincera a la última semana, más o menos. Marca lo que encaje contigo. A veces ese «no llego» es en realidad cansancio, y más esfuerzo no lo arregla.</translation>
    </message>
    <message>
        <source>Thanks for checking in with yourself. Until next week.</source>
        <translation>Gracias por tomarte este momento. Hasta la semana que viene.</translation>
    </message>
    <message>
        <source>Pick one tiny next step</source>
        <translation>Elige un siguiente paso pequeño</translation>
    </message>
    <message>
        <source>Not the whole mountain: one small thing you could do in the next few minutes. Small counts.</source>
        <translation>No la montaña entera: una cosa pequeña que puedas hacer en los próximos minutos. Lo pequeño cuenta.</translation>
    </message>
    <message>
        <source>Use this step: %1</source>
        <translation>Usar este paso: %1</translation>
    </message>
    <message>
        <source>Or write your own…</source>
        <translation>O escribe el tuyo…</translation>
    </message>
    <message>
        <source>Your tiny step</source>
        <translation>Tu paso pequeño</translation>
    </message>
    <message>
        <source>Keep my block</source>
        <translation>Seguir con mi bloque</translation>
    </message>
    <message>
        <source>Keep the block that is running</source>
        <translation>Seguir con el bloque en marcha</translation>
    </message>
    <message>
        <source>Closes this; your block goes on</source>
        <translation>Cierra esto; tu bloque sigue</translation>
    </message>
    <message>
        <source>Start 1 minute</source>
        <translation>Empezar 1 minuto</translation>
    </message>
    <message numerus="yes">
        <source>Start %n minute(s)</source>
        <translation>
            <numerusform>Empezar %n minuto</numerusform>
            <numerusform>Empezar %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start a %n-minute focus block with this step</source>
        <translation>
            <numerusform>Empezar un bloque de %n minuto con este paso</numerusform>
            <numerusform>Empezar un bloque de %n minutos con este paso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your block for “%1” is still running (%n min left). Starting this step ends it; you can keep what you did in it as a small win.</source>
        <translation>
            <numerusform>Tu bloque para «%1» sigue en marcha (queda %n min). Empezar este paso lo termina; puedes guardar lo que hiciste en él como un pequeño logro.</numerusform>
            <numerusform>Tu bloque para «%1» sigue en marcha (quedan %n min). Empezar este paso lo termina; puedes guardar lo que hiciste en él como un pequeño logro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A block is still running (%n min left). Starting this step ends it; you can keep what you did in it as a small win.</source>
        <translation>
            <numerusform>Hay un bloque en marcha (queda %n min). Empezar este paso lo termina; puedes guardar lo que hiciste en él como un pequeño logro.</numerusform>
            <numerusform>Hay un bloque en marcha (quedan %n min). Empezar este paso lo termina; puedes guardar lo que hiciste en él como un pequeño logro.</numerusform>
        </translation>
    </message>
    <message>
        <source>That&apos;s a small win</source>
        <translation>Eso es un pequeño logro</translation>
    </message>
    <message>
        <source>You moved, even while feeling behind. That&apos;s how it starts. Another tiny step, or is that enough for now?</source>
        <translation>Te has puesto en marcha, aun sintiendo que no llegas. Así empieza todo. ¿Otro paso pequeño, o ya está bien por ahora?</translation>
    </message>
    <message>
        <source>Another tiny step</source>
        <translation>Otro paso pequeño</translation>
    </message>
    <message>
        <source>Enough for now</source>
        <translation>Suficiente por ahora</translation>
    </message>
</context>
<context>
    <name>CheckinPopup</name>
    <message>
        <source>Behind · check-in</source>
        <translation>Behind · pregunta rápida</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Pregunta rápida</translation>
    </message>
    <message>
        <source>A quick check-in</source>
        <translation>Una pregunta rápida</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Close the check-in (counts as Skip)</source>
        <translation>Cerrar la pregunta (cuenta como Saltar)</translation>
    </message>
    <message>
        <source>Close (counts as Skip)</source>
        <translation>Cerrar (cuenta como Saltar)</translation>
    </message>
    <message>
        <source>Weekly self-check…</source>
        <translation>Autochequeo semanal…</translation>
    </message>
    <message>
        <source>Open the weekly self-check</source>
        <translation>Abrir el autochequeo semanal</translation>
    </message>
    <message>
        <source>Four quick questions about how you&apos;ve been this week</source>
        <translation>Cuatro preguntas rápidas sobre cómo has estado esta semana</translation>
    </message>
</context>
<context>
    <name>CheckinRow</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Sí: %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Todavía no: %1</translation>
    </message>
    <message>
        <source>Later…</source>
        <translation>Más tarde…</translation>
    </message>
    <message>
        <source>Ask me later: %1</source>
        <translation>Pregúntame más tarde: %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip this time: %1</source>
        <translation>Saltar esta vez: %1</translation>
    </message>
    <message>
        <source>Yes (Y)</source>
        <translation>Sí (Y)</translation>
    </message>
    <message>
        <source>Not yet (N)</source>
        <translation>Todavía no (N)</translation>
    </message>
    <message>
        <source>Ask again later (L)</source>
        <translation>Volver a preguntar más tarde (L)</translation>
    </message>
    <message>
        <source>Skip this time (S)</source>
        <translation>Saltar esta vez (S)</translation>
    </message>
    <message>
        <source>Ask again in</source>
        <translation>Volver a preguntar en</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
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
            <numerusform>Volver a preguntar en %n minuto: %1</numerusform>
            <numerusform>Volver a preguntar en %n minutos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back to the answers</source>
        <translation>Volver a las respuestas</translation>
    </message>
    <message>
        <source>From a little earlier</source>
        <translation>De hace un rato</translation>
    </message>
</context>
<context>
    <name>Checkins</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltada</translation>
    </message>
    <message>
        <source>Not seen</source>
        <translation>Sin ver</translation>
    </message>
    <message>
        <source>Did you sleep enough to feel human?</source>
        <translation>¿Has dormido lo suficiente para sentirte persona?</translation>
    </message>
    <message>
        <source>Have you eaten something real?</source>
        <translation>¿Has comido algo de verdad?</translation>
    </message>
    <message>
        <source>Have you moved a little today? A walk counts.</source>
        <translation>¿Te has movido un poco hoy? Un paseo cuenta.</translation>
    </message>
    <message>
        <source>Have you talked honestly with someone this week?</source>
        <translation>¿Has hablado con sinceridad con alguien esta semana?</translation>
    </message>
    <message>
        <source>This one went unanswered a few times, so now it asks every other time. Answering it once brings it back to normal.</source>
        <translation>Esta pregunta se quedó sin respuesta unas cuantas veces, así que ahora sale una vez sí y otra no. Con responderla una vez, vuelve a lo normal.</translation>
    </message>
    <message>
        <source>This one went unanswered for a while, so now it asks only about once in four times. Answering it once brings it back to normal.</source>
        <translation>Esta pregunta lleva un tiempo sin respuesta, así que ahora sale solo una de cada cuatro veces, más o menos. Con responderla una vez, vuelve a lo normal.</translation>
    </message>
</context>
<context>
    <name>CheckinsGroup</name>
    <message>
        <source>Check-ins</source>
        <translation>Preguntas rápidas</translation>
    </message>
    <message>
        <source>Problem with the check-ins</source>
        <translation>Algo no cuadra en las preguntas rápidas</translation>
    </message>
    <message>
        <source>Add a check-in</source>
        <translation>Añadir una pregunta</translation>
    </message>
    <message>
        <source>Small questions about the basics. A “yes” ticks the matching Layer 1 item. Ignored questions are asked less often, never more.</source>
        <translation>Preguntas pequeñas sobre lo básico. Un «sí» marca el elemento correspondiente de la capa 1. Las preguntas sin respuesta salen menos, nunca más.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>“%1” is not a whole number of minutes</source>
        <translation>«%1» no es un número entero de minutos</translation>
    </message>
    <message>
        <source>give a folder, not an empty name</source>
        <translation>indica una carpeta, no un nombre vacío</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <source>it can&apos;t be negative</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>that is too long a wait</source>
        <translation>es demasiado tiempo de espera</translation>
    </message>
    <message>
        <source>the step has characters that aren&apos;t text in this terminal</source>
        <translation>el paso tiene caracteres que no son texto en este terminal</translation>
    </message>
    <message>
        <source>%1 (see %2 --help)</source>
        <translation>%1 (más en %2 --help)</translation>
    </message>
    <message>
        <source>“%1” isn&apos;t a choice here; use %2</source>
        <translation>«%1» no es una opción aquí; usa %2</translation>
    </message>
    <message>
        <source>“%1” isn&apos;t a choice here; use one of %2</source>
        <translation>«%1» no es una opción aquí; usa una de estas: %2</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>keep all data under PATH (also BEHIND_DATA_DIR)</source>
        <translation>guardar todos los datos en RUTA (también BEHIND_DATA_DIR)</translation>
    </message>
    <message>
        <source>A gentle tray companion for days when you feel behind.</source>
        <translation>Un compañero discreto en la bandeja para los días en que no llegas a todo.</translation>
    </message>
    <message>
        <source>show the version and stop</source>
        <translation>mostrar la versión y terminar</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>ORDEN</translation>
    </message>
    <message>
        <source>start, pause, resume or stop a focus block</source>
        <translation>empezar, pausar, seguir o terminar un bloque de concentración</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>start a block</source>
        <translation>empezar un bloque</translation>
    </message>
    <message>
        <source>how long the block lasts (your usual length when left out)</source>
        <translation>cuánto dura el bloque (si no lo indicas, tu duración habitual)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>the tiny step, e.g. &apos;read 3 pages&apos;</source>
        <translation>el paso pequeño, p. ej. &apos;leer 3 páginas&apos;</translation>
    </message>
    <message>
        <source>pause the running block</source>
        <translation>pausar el bloque en marcha</translation>
    </message>
    <message>
        <source>resume a paused block</source>
        <translation>seguir con un bloque en pausa</translation>
    </message>
    <message>
        <source>stop the block early (that&apos;s fine)</source>
        <translation>terminar el bloque antes (no pasa nada)</translation>
    </message>
    <message>
        <source>print the block&apos;s state as JSON</source>
        <translation>mostrar el estado del bloque como JSON</translation>
    </message>
    <message>
        <source>check in now</source>
        <translation>hacer una pregunta rápida ahora</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now (ahora)</translation>
    </message>
    <message>
        <source>show the window</source>
        <translation>mostrar la ventana</translation>
    </message>
    <message>
        <source>end the running app (nothing is lost)</source>
        <translation>cerrar la app abierta (no se pierde nada)</translation>
    </message>
    <message>
        <source>print a week&apos;s small wins</source>
        <translation>mostrar los pequeños logros de una semana</translation>
    </message>
    <message>
        <source>an ISO week; this week by default</source>
        <translation>una semana ISO; si no, esta semana</translation>
    </message>
    <message>
        <source>the format: %1 (%2 by default)</source>
        <translation>el formato: %1 (%2 si no indicas nada)</translation>
    </message>
    <message>
        <source>print everything stored</source>
        <translation>mostrar todo lo guardado</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>write to FILE instead of the terminal</source>
        <translation>escribir en ARCHIVO en vez de en la terminal</translation>
    </message>
    <message>
        <source>delete every answer, tick and win</source>
        <translation>borrar todas las respuestas, marcas y logros</translation>
    </message>
    <message>
        <source>don&apos;t ask before deleting</source>
        <translation>no preguntar antes de borrar</translation>
    </message>
    <message>
        <source>add what an export file holds</source>
        <translation>añadir lo que contiene un archivo exportado</translation>
    </message>
    <message>
        <source>a JSON file from behind-desktop export</source>
        <translation>un archivo JSON de behind-desktop export</translation>
    </message>
    <message>
        <source>only say what would be added</source>
        <translation>solo decir qué se añadiría</translation>
    </message>
    <message>
        <source>make a backup of everything now</source>
        <translation>hacer ahora una copia de seguridad de todo</translation>
    </message>
    <message>
        <source>list backups, or put one back</source>
        <translation>ver las copias de seguridad o recuperar una</translation>
    </message>
    <message>
        <source>a backup from the list</source>
        <translation>una copia de la lista</translation>
    </message>
    <message>
        <source>start Behind when you log in</source>
        <translation>abrir Behind al iniciar sesión</translation>
    </message>
    <message>
        <source>on, off or status</source>
        <translation>on (activar), off (desactivar) o status (estado)</translation>
    </message>
    <message>
        <source>show or change the settings</source>
        <translation>ver o cambiar los ajustes</translation>
    </message>
    <message>
        <source>print every setting</source>
        <translation>mostrar todos los ajustes</translation>
    </message>
    <message>
        <source>change settings, all or none</source>
        <translation>cambiar ajustes, todos o ninguno</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>CLAVE=VALOR</translation>
    </message>
    <message>
        <source>e.g. focus_minutes=20</source>
        <translation>p. ej. focus_minutes=20</translation>
    </message>
    <message>
        <source>can&apos;t write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>delete-all needs --yes when it can&apos;t ask you first</source>
        <translation>delete-all necesita --yes cuando no puede preguntarte antes</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se ha borrado nada.</translation>
    </message>
    <message>
        <source>Everything was deleted. Behind starts fresh.</source>
        <translation>Se ha borrado todo. Behind empieza de cero.</translation>
    </message>
    <message>
        <source>Behind isn&apos;t running, so there was nothing to quit</source>
        <translation>Behind no está en marcha, así que no había nada que cerrar</translation>
    </message>
    <message>
        <source>Behind has quit. Everything is saved.</source>
        <translation>Behind se ha cerrado. Todo está guardado.</translation>
    </message>
    <message>
        <source>Behind was asked to quit but is still running</source>
        <translation>Se pidió a Behind que se cerrara, pero sigue en marcha</translation>
    </message>
    <message>
        <source>could not start Behind in the background; try plain behind-desktop</source>
        <translation>no se ha podido abrir Behind en segundo plano; prueba con behind-desktop a secas</translation>
    </message>
    <message>
        <source>Nothing new to add; everything in the file is already here.</source>
        <translation>No hay nada nuevo; todo lo del archivo ya está aquí.</translation>
    </message>
    <message>
        <source>Would add: %1. Nothing was changed.</source>
        <translation>Se añadiría: %1. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Añadido: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s)</source>
        <translation>
            <numerusform>%n elemento de la lista</numerusform>
            <numerusform>%n elementos de la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n focus block(s)</source>
        <translation>
            <numerusform>%n bloque de concentración</numerusform>
            <numerusform>%n bloques de concentración</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small win(s)</source>
        <translation>
            <numerusform>%n pequeño logro</numerusform>
            <numerusform>%n pequeños logros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tick(s)</source>
        <translation>
            <numerusform>%n marca</numerusform>
            <numerusform>%n marcas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rough day(s)</source>
        <translation>
            <numerusform>%n día difícil</numerusform>
            <numerusform>%n días difíciles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in answer(s)</source>
        <translation>
            <numerusform>%n respuesta a una pregunta rápida</numerusform>
            <numerusform>%n respuestas a preguntas rápidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly self-check(s)</source>
        <translation>
            <numerusform>%n autochequeo semanal</numerusform>
            <numerusform>%n autochequeos semanales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n ajuste</numerusform>
            <numerusform>%n ajustes</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>No backups yet. Behind makes one each day it runs; `backup` makes one now.</source>
        <translation>Todavía no hay copias. Behind hace una cada día que está abierto; `backup` hace una ahora.</translation>
    </message>
    <message>
        <source>`%1 restore FILE` puts one back (the current data is kept aside).</source>
        <translation>`%1 restore ARCHIVO` recupera una (los datos actuales se guardan aparte).</translation>
    </message>
    <message>
        <source>Behind is running; quit it first, then restore.</source>
        <translation>Behind está abierto; ciérralo primero y luego recupera la copia.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Recuperado: %1.</translation>
    </message>
    <message>
        <source>The data from before is kept at %1.</source>
        <translation>Los datos de antes están en %1.</translation>
    </message>
    <message>
        <source>something went wrong: %1</source>
        <translation>algo ha salido mal: %1</translation>
    </message>
    <message>
        <source>the app could not do that</source>
        <translation>la app no ha podido hacerlo</translation>
    </message>
    <message>
        <source>This deletes every answer, tick, focus block, win and setting. Type %1 to go on:</source>
        <translation>Esto borra todas las respuestas, marcas, bloques de concentración, logros y ajustes. Escribe %1 para seguir:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>what to give</source>
        <translation>qué indicar</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help and stop</source>
        <translation>mostrar esta ayuda y terminar</translation>
    </message>
    <message>
        <source>%(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>%s is needed too</source>
        <translation>falta %s</translation>
    </message>
    <message>
        <source>this command doesn&apos;t take %s</source>
        <translation>esta orden no admite %s</translation>
    </message>
    <message>
        <source>give it one value</source>
        <translation>indica un valor</translation>
    </message>
    <message>
        <source>give it one value at most</source>
        <translation>indica un valor como mucho</translation>
    </message>
    <message>
        <source>give it at least one value</source>
        <translation>indica al menos un valor</translation>
    </message>
    <message>
        <source>it takes no value, not %r</source>
        <translation>no admite ningún valor, tampoco %r</translation>
    </message>
    <message>
        <source>%(option)s could mean %(matches)s; write more of it</source>
        <translation>%(option)s puede ser %(matches)s; escribe un poco más</translation>
    </message>
    <message>
        <source>%(value)r isn&apos;t a value it takes</source>
        <translation>%(value)r no vale como valor aquí</translation>
    </message>
    <message>
        <source>A block is already running; here it is. Stop it first to start another.</source>
        <translation>Ya hay un bloque en marcha; aquí lo tienes. Termínalo antes de empezar otro.</translation>
    </message>
    <message>
        <source>that needs Behind running</source>
        <translation>para eso Behind tiene que estar abierto</translation>
    </message>
    <message>
        <source>Behind&apos;s window is open.</source>
        <translation>La ventana de Behind está abierta.</translation>
    </message>
    <message>
        <source>the window could not be shown on this screen</source>
        <translation>la ventana no se pudo mostrar en esta pantalla</translation>
    </message>
    <message>
        <source>Behind doesn&apos;t know that command</source>
        <translation>Behind no conoce esa orden</translation>
    </message>
    <message>
        <source>can&apos;t read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Behind is already running.</source>
        <translation>Behind ya está abierto.</translation>
    </message>
    <message>
        <source>Behind could not do that just now; it is still running</source>
        <translation>Behind no ha podido hacerlo ahora mismo; sigue abierto</translation>
    </message>
    <message>
        <source>Behind is busy and could not take that just now; try again</source>
        <translation>Behind está ocupado y no ha podido atenderlo ahora; prueba otra vez</translation>
    </message>
    <message>
        <source>can&apos;t reach the running app (%1)</source>
        <translation>no se puede contactar con la app abierta (%1)</translation>
    </message>
    <message>
        <source>the running app did not answer</source>
        <translation>la app abierta no ha respondido</translation>
    </message>
    <message>
        <source>the running app sent something unexpected</source>
        <translation>la app abierta ha enviado algo inesperado</translation>
    </message>
</context>
<context>
    <name>ComputerGroup</name>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Start Behind when I log in</source>
        <translation>Abrir Behind al iniciar sesión</translation>
    </message>
    <message>
        <source>About starting at login</source>
        <translation>Sobre abrir Behind al iniciar sesión</translation>
    </message>
    <message>
        <source>Your data stays in %1</source>
        <translation>Tus datos se quedan en %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>Exportarlo todo…</translation>
    </message>
    <message>
        <source>Saves all your answers, ticks, wins and settings as JSON or CSV</source>
        <translation>Guarda todas tus respuestas, marcas, logros y ajustes en JSON o CSV</translation>
    </message>
    <message>
        <source>Delete everything…</source>
        <translation>Borrarlo todo…</translation>
    </message>
    <message>
        <source>Asks you to type %1 before removing all your data</source>
        <translation>Te pide escribir %1 antes de borrar todos tus datos</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import an export file</source>
        <translation>Importar un archivo exportado</translation>
    </message>
    <message>
        <source>Adds what an export from another computer or an older copy holds; nothing already here changes</source>
        <translation>Añade lo que trae una exportación de otro ordenador o una copia antigua; lo que ya está aquí no cambia</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Recuperar una copia…</translation>
    </message>
    <message>
        <source>Lists the daily backups; the data now is kept aside before one is put back</source>
        <translation>Muestra las copias diarias; tus datos de ahora se guardan aparte antes de recuperar una</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <source>Data status</source>
        <translation>Estado de los datos</translation>
    </message>
    <message>
        <source>This removes every answer, tick, win, contact and setting from this computer. It can&apos;t be undone; an export first keeps a copy. To go ahead, type %1.</source>
        <translation>Esto borra de este equipo todas las respuestas, marcas, logros, contactos y ajustes. No se puede deshacer; si exportas antes, te quedas con una copia. Para seguir, escribe %1.</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Escribe %1 para confirmar</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Borrar todos mis datos</translation>
    </message>
    <message>
        <source>No file manager could open the folder. Its path, to copy: %1</source>
        <translation>Ningún gestor de archivos pudo abrir la carpeta. Su ruta, para copiarla: %1</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Exportarlo todo</translation>
    </message>
    <message>
        <source>That file couldn&apos;t be saved (%1). Another folder may work.</source>
        <translation>No se ha podido guardar el archivo (%1). Puede que funcione en otra carpeta.</translation>
    </message>
    <message>
        <source>Saved a copy of everything to %1</source>
        <translation>Copia de todo guardada en %1</translation>
    </message>
    <message>
        <source>Behind export (*.json);;All files (*)</source>
        <translation>Exportación de Behind (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Everything is gone from this computer. Behind starts fresh.</source>
        <translation>Ya no queda nada en este equipo. Behind empieza de cero.</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Phone, email, room…</source>
        <translation>Teléfono, correo, despacho…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Problem with this contact</source>
        <translation>Algo no cuadra en este contacto</translation>
    </message>
    <message>
        <source>Contact %1 name</source>
        <translation>Nombre del contacto %1</translation>
    </message>
    <message>
        <source>Contact %1 details</source>
        <translation>Datos del contacto %1</translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation>Quitar el contacto %1</translation>
    </message>
</context>
<context>
    <name>ContactsGroup</name>
    <message>
        <source>Support contacts</source>
        <translation>Personas de apoyo</translation>
    </message>
    <message>
        <source>Problem with the contacts</source>
        <translation>Algo no cuadra en los contactos</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>People with power and perspective: an advisor, student affairs, counselling, someone you trust. Behind only shows them to you; it never contacts anyone.</source>
        <translation>Personas con margen para decidir y con perspectiva: tu tutor o tutora, la oficina de estudiantes, apoyo psicológico, alguien de confianza. Behind solo te las muestra a ti; nunca contacta con nadie.</translation>
    </message>
    <message>
        <source>Numbers change. Please check that a crisis line is right for where you are, before the day you might need it.</source>
        <translation>Los números cambian. Comprueba que la línea de crisis sea la de tu zona antes del día en que quizá la necesites.</translation>
    </message>
    <message>
        <source>About crisis lines</source>
        <translation>Sobre las líneas de crisis</translation>
    </message>
    <message>
        <source>Country for a crisis line</source>
        <translation>País de la línea de crisis</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Elige un país</translation>
    </message>
    <message>
        <source>Add this crisis line</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Adds the selected crisis line to your contacts; check the number is right</source>
        <translation>Añade la línea de crisis elegida a tus contactos; comprueba que el número sea correcto</translation>
    </message>
    <message>
        <source>A crisis line for my country:</source>
        <translation>Línea de crisis de mi país:</translation>
    </message>
    <message>
        <source>Added. Please check this number is right for you, then save.</source>
        <translation>Añadida. Comprueba que el número te sirva y luego guarda.</translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <source>(details not added yet)</source>
        <translation>(sin datos de contacto todavía)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copy %1 to paste elsewhere</source>
        <translation>Copiar %1 para pegarlo en otro sitio</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>DataMoves</name>
    <message>
        <source>Choose a backup to put back. Your data as it is now is kept aside in the data folder first, so nothing is lost; the backup then takes its place.</source>
        <translation>Elige una copia para recuperarla. Tus datos tal como están ahora se guardan antes aparte en la carpeta de datos, así que no se pierde nada; luego la copia ocupa su lugar.</translation>
    </message>
    <message>
        <source>Daily backups</source>
        <translation>Copias diarias</translation>
    </message>
    <message>
        <source>No backups yet. Behind makes one each day it runs.</source>
        <translation>Todavía no hay copias. Behind hace una cada día que está abierto.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Recuperar esta copia</translation>
    </message>
    <message>
        <source>Import an export file</source>
        <translation>Importar un archivo exportado</translation>
    </message>
    <message>
        <source>Everything in that file is already here, so nothing was added.</source>
        <translation>Todo lo de ese archivo ya está aquí, así que no se ha añadido nada.</translation>
    </message>
    <message>
        <source>From %1, Behind would add: %2.</source>
        <translation>De %1, Behind añadiría: %2.</translation>
    </message>
    <message>
        <source>Nothing that is already here changes: today&apos;s answers, ticks and wins all stay as they are, and only what is missing is added.</source>
        <translation>Nada de lo que ya está aquí cambia: las respuestas, marcas y logros de hoy se quedan como están, y solo se añade lo que falta.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Add them</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t import that just now, so nothing was changed. (%1)</source>
        <translation>Behind no ha podido importarlo ahora mismo, así que no ha cambiado nada. (%1)</translation>
    </message>
    <message>
        <source>That file couldn&apos;t be read (%1), so nothing was imported.</source>
        <translation>No se ha podido leer ese archivo (%1), así que no se ha importado nada.</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Añadido: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in answer(s)</source>
        <translation>
            <numerusform>%n respuesta a una pregunta rápida</numerusform>
            <numerusform>%n respuestas a preguntas rápidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tick(s)</source>
        <translation>
            <numerusform>%n marca</numerusform>
            <numerusform>%n marcas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small win(s)</source>
        <translation>
            <numerusform>%n pequeño logro</numerusform>
            <numerusform>%n pequeños logros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) (settings, focus blocks, checklist items)</source>
        <translation>
            <numerusform>%n registro más (ajustes, bloques de concentración, puntos de la lista)</numerusform>
            <numerusform>%n registros más (ajustes, bloques de concentración, puntos de la lista)</numerusform>
        </translation>
    </message>
    <message>
        <source>That file isn&apos;t an export from Behind, so nothing was imported. An export is the .json file that Export everything saves.</source>
        <translation>Ese archivo no es una exportación de Behind, así que no se ha importado nada. Una exportación es el archivo .json que guarda «Exportarlo todo».</translation>
    </message>
    <message>
        <source>That export comes from a newer version of Behind. Update Behind on this computer to import it; nothing was changed.</source>
        <translation>Esa exportación viene de una versión más nueva de Behind. Actualiza Behind en este ordenador para importarla; no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Part of that file can&apos;t be read (it may be damaged), so nothing was imported.</source>
        <translation>Parte de ese archivo no se puede leer (puede que esté dañado), así que no se ha importado nada.</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Todavía no hay copia</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Última copia: %1</translation>
    </message>
    <message>
        <source>Put back the backup from %1? Your data as it is now is kept aside in the data folder first, then the backup takes its place.</source>
        <translation>¿Recuperar la copia del %1? Tus datos tal como están ahora se guardan antes aparte en la carpeta de datos; luego la copia ocupa su lugar.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Recuperar una copia</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>That backup can&apos;t be used just now (it may be damaged, come from a newer version of Behind, or the data file is busy), so nothing was changed.</source>
        <translation>Esa copia no se puede usar ahora mismo (puede que esté dañada, que venga de una versión más nueva de Behind o que el archivo de datos esté ocupado), así que no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Your data is back as it was on %1.</source>
        <translation>Tus datos vuelven a estar como el %1.</translation>
    </message>
    <message>
        <source>What was here before is kept at %1.</source>
        <translation>Lo que había antes se guarda en %1.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
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
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>focus block</source>
        <translation>bloque de concentración</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>anotado a mano</translation>
    </message>
    <message>
        <source>basics</source>
        <translation>lo básico</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 de %3</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <translation>%1 %2 de %3 de %4</translation>
    </message>
    <message>
        <source>Small wins, week %1 (%2 – %3 %4)</source>
        <translation>Pequeños logros, semana %1 (%2 – %3 %4)</translation>
    </message>
    <message>
        <source>Nothing written down yet this week. Anything counts, even a short walk.</source>
        <translation>Esta semana todavía no hay nada anotado. Todo cuenta, hasta un paseo corto.</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Pequeños logros</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Semana %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n win(s)</source>
        <translation>
            <numerusform>%n logro</numerusform>
            <numerusform>%n logros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Focus</name>
    <message>
        <source>Send the email I&apos;ve been avoiding</source>
        <translation>Mandar el correo que llevo días evitando</translation>
    </message>
    <message>
        <source>Read 3 pages</source>
        <translation>Leer 3 páginas</translation>
    </message>
    <message>
        <source>Write the first line of the note</source>
        <translation>Escribir la primera línea de la nota</translation>
    </message>
    <message>
        <source>Make a list of what&apos;s due</source>
        <translation>Apuntar lo que tengo pendiente</translation>
    </message>
    <message>
        <source>Do 10 flashcards</source>
        <translation>Repasar 10 tarjetas</translation>
    </message>
    <message>
        <source>Tidy one small thing</source>
        <translation>Ordenar una cosita</translation>
    </message>
    <message>
        <source>A block can be %1 to %2 minutes long.</source>
        <translation>Un bloque puede durar de %1 a %2 minutos.</translation>
    </message>
    <message>
        <source>A block can be at most %1 minutes long.</source>
        <translation>Un bloque puede durar como mucho %1 minutos.</translation>
    </message>
    <message>
        <source>Keep the step under %1 characters.</source>
        <translation>Deja el paso en menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>No focus block is running.</source>
        <translation>Ahora no hay ningún bloque en marcha.</translation>
    </message>
    <message>
        <source>The block is already running.</source>
        <translation>El bloque ya está en marcha.</translation>
    </message>
    <message>
        <source>The block is already paused.</source>
        <translation>El bloque ya está en pausa.</translation>
    </message>
    <message>
        <source>The block is already finished.</source>
        <translation>El bloque ya ha terminado.</translation>
    </message>
    <message>
        <source>The block is already stopped.</source>
        <translation>El bloque ya está detenido.</translation>
    </message>
    <message>
        <source>The block hasn&apos;t started.</source>
        <translation>El bloque aún no ha empezado.</translation>
    </message>
    <message>
        <source>A focused block</source>
        <translation>Un bloque de concentración</translation>
    </message>
</context>
<context>
    <name>FocusBar</name>
    <message>
        <source>Focus block</source>
        <translation>Bloque de concentración</translation>
    </message>
    <message numerus="yes">
        <source>Start %n minute(s)</source>
        <translation>
            <numerusform>Empezar %n minuto</numerusform>
            <numerusform>Empezar %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Start a focus block</source>
        <translation>Empezar un bloque de concentración</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause or resume the block</source>
        <translation>Pausar o seguir con el bloque</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Stop the block</source>
        <translation>Terminar el bloque</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Show the timer</source>
        <translation>Ver el temporizador</translation>
    </message>
    <message>
        <source>I&apos;m behind…</source>
        <translation>No llego a todo…</translation>
    </message>
    <message>
        <source>I&apos;m behind: one question, then one step</source>
        <translation>No llego a todo: una pregunta y luego un paso</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Preguntarme ahora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Quit Behind</source>
        <translation>Salir de Behind</translation>
    </message>
    <message>
        <source>There is no tray icon here, so Behind quits from here.</source>
        <translation>Aquí no hay icono en la bandeja del sistema, así que Behind se cierra desde aquí.</translation>
    </message>
    <message>
        <source>Ready for one tiny step.</source>
        <translation>Todo a punto para un paso pequeño.</translation>
    </message>
    <message numerus="yes">
        <source>Paused, %n min left</source>
        <translation>
            <numerusform>En pausa, queda %n min</numerusform>
            <numerusform>En pausa, quedan %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Focusing, %n min left</source>
        <translation>
            <numerusform>Concentración, queda %n min</numerusform>
            <numerusform>Concentración, quedan %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>FocusGroup</name>
    <message>
        <source>Focus blocks</source>
        <translation>Bloques de concentración</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Focus block length in minutes</source>
        <translation>Duración del bloque en minutos</translation>
    </message>
    <message>
        <source>Problem with the focus length</source>
        <translation>Algo no cuadra en la duración del bloque</translation>
    </message>
    <message>
        <source>Play a soft chime when a block ends</source>
        <translation>Sonar un tono suave al terminar un bloque</translation>
    </message>
    <message>
        <source>Show a notification when a block ends</source>
        <translation>Mostrar un aviso al terminar un bloque</translation>
    </message>
    <message>
        <source>Length of one block</source>
        <translation>Duración de un bloque</translation>
    </message>
</context>
<context>
    <name>GlanceLine</name>
    <message>
        <source>Today at a glance</source>
        <translation>Hoy de un vistazo</translation>
    </message>
</context>
<context>
    <name>GlanceWords</name>
    <message>
        <source>Basics %1 of %2</source>
        <translation>Lo básico: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n small win(s) today</source>
        <translation>
            <numerusform>%n pequeño logro hoy</numerusform>
            <numerusform>%n pequeños logros hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left in the block</source>
        <translation>
            <numerusform>queda %n min del bloque</numerusform>
            <numerusform>quedan %n min del bloque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>block paused, %n min left</source>
        <translation>
            <numerusform>bloque en pausa, queda %n min</numerusform>
            <numerusform>bloque en pausa, quedan %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>check-ins paused until %1</source>
        <translation>preguntas rápidas en pausa hasta las %1</translation>
    </message>
</context>
<context>
    <name>LayerSection</name>
    <message>
        <source>Show the optional extras</source>
        <translation>Ver los extras opcionales</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected item. F2 renames it, Ctrl+Up and Ctrl+Down move it, Delete puts it away.</source>
        <translation>Espacio marca o desmarca el elemento elegido. F2 le cambia el nombre, Ctrl+Arriba y Ctrl+Abajo lo mueven, Supr lo guarda.</translation>
    </message>
    <message>
        <source>Add an item to this layer</source>
        <translation>Añadir un elemento a esta capa</translation>
    </message>
    <message>
        <source>New item for %1</source>
        <translation>Nuevo elemento para %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add item to %1</source>
        <translation>Añadir elemento a %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Moves the selected item up (Ctrl+Up)</source>
        <translation>Sube el elemento elegido (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Moves the selected item down (Ctrl+Down)</source>
        <translation>Baja el elemento elegido (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Renames the selected item (F2)</source>
        <translation>Cambia el nombre del elemento elegido (F2)</translation>
    </message>
    <message>
        <source>Put away</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Takes the selected item off the list; its past ticks stay (Delete)</source>
        <translation>Quita el elemento elegido de la lista; sus marcas anteriores se conservan (Supr)</translation>
    </message>
    <message>
        <source>Note about this layer</source>
        <translation>Nota sobre esta capa</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Bring the item back</source>
        <translation>Recuperar el elemento</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide the optional extras</source>
        <translation>Ocultar los extras opcionales</translation>
    </message>
    <message>
        <source>“%1” is off the list. Its past ticks are kept.</source>
        <translation>«%1» ya no está en la lista. Sus marcas anteriores se conservan.</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Layer 1 · A functioning human</source>
        <translation>Capa 1 · Una persona que funciona</translation>
    </message>
    <message>
        <source>Layer 2 · Trainee minimum</source>
        <translation>Capa 2 · Lo mínimo de la formación</translation>
    </message>
    <message>
        <source>Layer 3 · Extras (optional)</source>
        <translation>Capa 3 · Extras (opcionales)</translation>
    </message>
    <message>
        <source>Slept enough to feel human</source>
        <translation>He dormido lo suficiente para sentirme persona</translation>
    </message>
    <message>
        <source>Ate real food, not just coffee</source>
        <translation>He comido algo de verdad, no solo café</translation>
    </message>
    <message>
        <source>Moved a little (walks count)</source>
        <translation>Me he movido un poco (pasear cuenta)</translation>
    </message>
    <message>
        <source>Was honest with one person</source>
        <translation>He hablado con sinceridad con alguien</translation>
    </message>
    <message>
        <source>Showed up, present enough to be trusted</source>
        <translation>He estado ahí, lo bastante presente como para que confíen en mí</translation>
    </message>
    <message>
        <source>Did the core work: patients, study, the big assignment</source>
        <translation>He hecho lo esencial: pacientes, estudio, la tarea grande</translation>
    </message>
    <message>
        <source>Spoke up when I was in trouble</source>
        <translation>He pedido ayuda cuando la necesitaba</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Committees</source>
        <translation>Comisiones</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>Docencia</translation>
    </message>
    <message>
        <source>A passion project</source>
        <translation>Un proyecto que me ilusiona</translation>
    </message>
    <message>
        <source>Give it a few words first.</source>
        <translation>Escribe primero unas palabras.</translation>
    </message>
    <message>
        <source>That&apos;s a bit long; keep it under %1 characters.</source>
        <translation>Es un poco largo; déjalo en menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>The evening is here and most of the basics are still open, and the basics come first: food, water, a short walk or an early night will help more than anything in Layer 3.</source>
        <translation>Ya es de noche y casi todo lo básico sigue pendiente, y lo básico va primero: comer, beber agua, un paseo corto o acostarte pronto te ayudarán más que cualquier cosa de la capa 3.</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Ctrl+1 Today, Ctrl+2 Wins, Ctrl+3 Settings</source>
        <translation>Ctrl+1 Hoy, Ctrl+2 Logros, Ctrl+3 Ajustes</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today&apos;s checklist (Ctrl+1)</source>
        <translation>La lista de hoy (Ctrl+1)</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>This week&apos;s small wins (Ctrl+2)</source>
        <translation>Los pequeños logros de esta semana (Ctrl+2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings (Ctrl+3)</source>
        <translation>Ajustes (Ctrl+3)</translation>
    </message>
</context>
<context>
    <name>Perspective</name>
    <message>
        <source>Comparison is bad data. People picture others studying about 10 hours a day; most manage something closer to 6.</source>
        <translation>Compararse da datos malos. Solemos imaginar que los demás estudian unas 10 horas al día; la mayoría se queda más cerca de 6.</translation>
    </message>
    <message>
        <source>A week that lasts looks roughly like 45 hours of clinical work and study, 49 hours of sleep, 20 hours of personal life and 14 for everything else.</source>
        <translation>Una semana que se puede sostener se parece a esto: 45 horas de trabajo clínico y estudio, 49 de sueño, 20 de vida personal y 14 para todo lo demás.</translation>
    </message>
    <message>
        <source>Programme directors weigh clinical performance, letters and exams most. Research and extras count less, and being a decent colleague quietly counts a lot.</source>
        <translation>Quienes dirigen los programas se fijan sobre todo en el trabajo clínico, las cartas de recomendación y los exámenes. La investigación y los extras cuentan menos, y ser buen compañero o buena compañera cuenta mucho, aunque no se diga.</translation>
    </message>
    <message>
        <source>You see other people&apos;s highlight reel, not the sleep, meals and friendships they may be dropping to make it.</source>
        <translation>Ves lo mejor de los demás, no el sueño, las comidas y las amistades que quizá están dejando por el camino.</translation>
    </message>
    <message>
        <source>Layer 3 is optional. Plenty of good trainees got the post they hoped for with a solid Layer 2 and one or two extras they actually cared about.</source>
        <translation>La capa 3 es opcional. Muchísimos buenos residentes consiguieron su plaza con una capa 2 sólida y uno o dos extras que de verdad les importaban.</translation>
    </message>
    <message>
        <source>One tiny step is all this block asks. Stopping early is fine; what you did still counts.</source>
        <translation>Este bloque solo pide un paso pequeño. Parar antes está bien; lo que hayas hecho cuenta igual.</translation>
    </message>
    <message>
        <source>Being behind some of the time is built into training. What matters is being able to show up where it counts and recover.</source>
        <translation>Ir por detrás a ratos es parte de la formación. Lo que importa es poder estar donde cuenta y recuperarte.</translation>
    </message>
    <message>
        <source>Small steps count. Fifteen minutes, one email, three pages: that&apos;s how moving again starts.</source>
        <translation>Los pasos pequeños cuentan. Quince minutos, un correo, tres páginas: así se vuelve a arrancar.</translation>
    </message>
</context>
<context>
    <name>PutAwaySection</name>
    <message>
        <source>Put-away items</source>
        <translation>Elementos guardados</translation>
    </message>
    <message>
        <source>Their past ticks are kept. Bring one back to the list.</source>
        <translation>Sus marcas anteriores se conservan. Devuelve uno a la lista.</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Puts the selected item back at its place in its layer</source>
        <translation>Devuelve el elemento elegido a su sitio en su capa</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>A gentle question</source>
        <translation>Una pregunta amable</translation>
    </message>
    <message>
        <source>HH:MM, HH:MM</source>
        <translation>HH:MM, HH:MM</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Problem with this check-in</source>
        <translation>Algo no cuadra en esta pregunta</translation>
    </message>
    <message>
        <source>Times of day, like 09:30, 19:00</source>
        <translation>Horas del día, como 09:30, 19:00</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>on</source>
        <translation>los</translation>
    </message>
    <message>
        <source>Ask check-in %1</source>
        <translation>Hacer la pregunta %1</translation>
    </message>
    <message>
        <source>Check-in %1 question</source>
        <translation>Texto de la pregunta %1</translation>
    </message>
    <message>
        <source>Check-in %1 times</source>
        <translation>Horas de la pregunta %1</translation>
    </message>
    <message>
        <source>Times of day, like 09:30, 19:00, separated by commas</source>
        <translation>Horas del día, como 09:30, 19:00, separadas por comas</translation>
    </message>
    <message>
        <source>Remove check-in %1</source>
        <translation>Quitar la pregunta %1</translation>
    </message>
    <message>
        <source>Ask check-in %1 on %2</source>
        <translation>Hacer la pregunta %1 el %2</translation>
    </message>
    <message>
        <source>This one went unanswered a few times, so now it asks every other time. Answering it once brings it back to normal.</source>
        <translation>Esta pregunta se quedó sin respuesta unas cuantas veces, así que ahora sale una vez sí y otra no. Con responderla una vez, vuelve a lo normal.</translation>
    </message>
    <message>
        <source>This one went unanswered for a while, so now it asks only about one time in four. Answering it once brings it back to normal.</source>
        <translation>Esta pregunta lleva un tiempo sin respuesta, así que ahora sale solo una de cada cuatro veces, más o menos. Con responderla una vez, vuelve a lo normal.</translation>
    </message>
    <message>
        <source>How often this check-in asks</source>
        <translation>Cada cuánto sale esta pregunta</translation>
    </message>
</context>
<context>
    <name>QuietGroup</name>
    <message>
        <source>When check-ins wait</source>
        <translation>Cuándo esperan las preguntas</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Empiezan las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Terminan las horas de silencio</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>Problem with quiet hours</source>
        <translation>Algo no cuadra en las horas de silencio</translation>
    </message>
    <message>
        <source>About quiet hours</source>
        <translation>Sobre las horas de silencio</translation>
    </message>
    <message>
        <source>Shift mode: follow my wake time, not the clock</source>
        <translation>Modo turnos: seguir mi hora de despertar, no el reloj</translation>
    </message>
    <message>
        <source>For nights and on-call: check-in times and quiet hours move with your day</source>
        <translation>Para noches y guardias: las preguntas y las horas de silencio se mueven con tu día</translation>
    </message>
    <message>
        <source>Wake time in shift mode</source>
        <translation>Hora de despertar en modo turnos</translation>
    </message>
    <message>
        <source>I woke up at</source>
        <translation>Me he despertado a las</translation>
    </message>
    <message>
        <source>How shift mode moves the times</source>
        <translation>Cómo mueve las horas el modo turnos</translation>
    </message>
    <message>
        <source>Problem with the wake time</source>
        <translation>Algo no cuadra en la hora de despertar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes away before check-ins wait</source>
        <translation>Minutos fuera antes de que las preguntas esperen</translation>
    </message>
    <message>
        <source>Wait while I&apos;ve been away for</source>
        <translation>Esperar si llevo fuera</translation>
    </message>
    <message>
        <source>Problem with the away time</source>
        <translation>Algo no cuadra en el tiempo de ausencia</translation>
    </message>
    <message>
        <source>Times are clock times. In shift mode they follow your day instead: they move by as much as your wake time differs from 07:00.</source>
        <translation>Las horas son horas del reloj. En el modo turnos siguen tu día: se mueven tanto como tu hora de despertar se aleja de las 07:00.</translation>
    </message>
    <message>
        <source>Waking at %1 instead of 07:00 moves every time by the same amount: a %2 check-in comes at %3, and quiet hours run from %4 to %5.</source>
        <translation>Despertar a las %1 en lugar de a las 07:00 mueve todas las horas lo mismo: una pregunta de las %2 llega a las %3, y las horas de silencio van de %4 a %5.</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>I feel exhausted even after a decent night&apos;s sleep.</source>
        <translation>Me siento sin fuerzas incluso después de dormir bien.</translation>
    </message>
    <message>
        <source>Things I used to care about (patients, learning, my future) feel flat.</source>
        <translation>Lo que antes me importaba (los pacientes, aprender, mi futuro) ahora lo siento apagado.</translation>
    </message>
    <message>
        <source>I&apos;m more cynical than usual, or everything irritates me.</source>
        <translation>Noto más cinismo en mí que de costumbre, o todo me irrita.</translation>
    </message>
    <message>
        <source>I keep thinking “I just need to get through this” about everything.</source>
        <translation>Con todo pienso lo mismo: «solo tengo que sobrevivir a esto».</translation>
    </message>
    <message>
        <source>This is not a diagnosis and can&apos;t tell you what&apos;s going on. It&apos;s a nudge to talk to someone you trust, who can.</source>
        <translation>Esto no es un diagnóstico y no puede decirte qué te pasa. Es un empujoncito para hablar con alguien de confianza que sí pueda.</translation>
    </message>
    <message>
        <source>These signs have come up two weeks running. That&apos;s worth saying out loud to someone with power and perspective: an advisor, student affairs, a senior doctor you trust or a counsellor. Fewer extras, accommodations or time off are reasonable things to ask about.</source>
        <translation>Estas señales han aparecido dos semanas seguidas. Merece la pena decirlo en voz alta a alguien con margen para decidir y con perspectiva: tu tutor o tutora, la oficina de estudiantes, un adjunto de confianza o un servicio de apoyo psicológico. Pedir menos extras, adaptaciones o unos días libres es algo razonable.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“%1” is not a time of day; use HH:MM, like 07:30.</source>
        <translation>«%1» no es una hora; usa HH:MM, como 07:30.</translation>
    </message>
    <message>
        <source>Focus length is a whole number of minutes.</source>
        <translation>La duración del bloque es un número entero de minutos.</translation>
    </message>
    <message>
        <source>Focus length can be %1 to %2 minutes.</source>
        <translation>Un bloque puede durar de %1 a %2 minutos.</translation>
    </message>
    <message>
        <source>The away time is a whole number of minutes.</source>
        <translation>El tiempo de ausencia es un número entero de minutos.</translation>
    </message>
    <message>
        <source>The away time can be %1 to %2 minutes.</source>
        <translation>El tiempo de ausencia puede ser de %1 a %2 minutos.</translation>
    </message>
    <message>
        <source>“%1” is not on or off; use on or off.</source>
        <translation>«%1» no es on ni off; usa on u off.</translation>
    </message>
    <message>
        <source>The week starts on a day from Monday (0) to Sunday (6).</source>
        <translation>La semana empieza un día entre el lunes (0) y el domingo (6).</translation>
    </message>
    <message>
        <source>“%1” is not a language Behind speaks; use %2, or nothing for the system&apos;s.</source>
        <translation>«%1» no es un idioma que Behind hable; usa %2, o nada para el del sistema.</translation>
    </message>
    <message>
        <source>“%1” is not a list of days; use mon, tue … sun, weekdays or daily.</source>
        <translation>«%1» no es una lista de días; usa mon, tue … sun, weekdays o daily.</translation>
    </message>
    <message>
        <source>A check-in needs some words.</source>
        <translation>Una pregunta necesita unas palabras.</translation>
    </message>
    <message>
        <source>Keep each check-in under %1 characters.</source>
        <translation>Deja cada pregunta en menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>“%1” needs at least one time.</source>
        <translation>«%1» necesita al menos una hora.</translation>
    </message>
    <message>
        <source>“%1” needs at least one day of the week.</source>
        <translation>«%1» necesita al menos un día de la semana.</translation>
    </message>
    <message>
        <source>A check-in is incomplete.</source>
        <translation>A una pregunta le falta algo.</translation>
    </message>
    <message>
        <source>Two check-ins share the same name.</source>
        <translation>Dos preguntas tienen el mismo nombre.</translation>
    </message>
    <message>
        <source>Each contact needs a name in its first field: who they are.</source>
        <translation>Cada contacto necesita un nombre en el primer campo: quién es.</translation>
    </message>
    <message>
        <source>Keep a contact&apos;s name under %1 characters.</source>
        <translation>Deja el nombre del contacto en menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>Keep a contact&apos;s details under %1 characters.</source>
        <translation>Deja los datos del contacto en menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>A contact is incomplete.</source>
        <translation>A un contacto le falta algo.</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE, like focus_minutes=20.</source>
        <translation>«%1» no tiene la forma KEY=VALUE, como focus_minutes=20.</translation>
    </message>
    <message>
        <source>There is no setting called “%1”.</source>
        <translation>No hay ningún ajuste llamado «%1».</translation>
    </message>
    <message>
        <source>There is no check-in called “%1”.</source>
        <translation>No hay ninguna pregunta llamada «%1».</translation>
    </message>
    <message>
        <source>A check-in has text, times, days and enabled; “%1” is none of them.</source>
        <translation>Una pregunta tiene text, times, days y enabled; «%1» no es ninguno de ellos.</translation>
    </message>
    <message>
        <source>“%1” is a list; change it in the Settings window.</source>
        <translation>«%1» es una lista; cámbiala en la ventana de Ajustes.</translation>
    </message>
    <message>
        <source>Quiet hours start and end at the same time, so there are none: check-ins may come at any hour.</source>
        <translation>Las horas de silencio empiezan y terminan a la misma hora, así que no hay ninguna: las preguntas pueden llegar a cualquier hora.</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>BORRAR</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings status</source>
        <translation>Estado de los ajustes</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer los cambios</translation>
    </message>
    <message>
        <source>Puts back the settings last saved</source>
        <translation>Vuelve a los últimos ajustes guardados</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <source>Saves the settings above (Ctrl+S)</source>
        <translation>Guarda los ajustes de arriba (Ctrl+S)</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Cambios sin guardar todavía.</translation>
    </message>
    <message>
        <source>Nothing saved yet: a few things need a look (see above).</source>
        <translation>Todavía no se ha guardado nada: hay un par de cosas que revisar (mira arriba).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Quit Behind</source>
        <translation>Salir de Behind</translation>
    </message>
    <message>
        <source>Some changes in Settings can&apos;t be saved yet.</source>
        <translation>Algunos cambios de los ajustes aún no se pueden guardar.</translation>
    </message>
    <message>
        <source>The notes next to them say what they need. Quit and leave them out?</source>
        <translation>Las notas a su lado dicen qué les falta. ¿Salir y dejarlos fuera?</translation>
    </message>
    <message>
        <source>Back to Settings</source>
        <translation>Volver a los ajustes</translation>
    </message>
    <message>
        <source>Quit without them</source>
        <translation>Salir sin ellos</translation>
    </message>
    <message>
        <source>Use defaults</source>
        <translation>Usar los valores de serie</translation>
    </message>
    <message>
        <source>Puts Behind&apos;s own values in the fields above; nothing is saved until Save</source>
        <translation>Pone los valores propios de Behind en los campos de arriba; no se guarda nada hasta pulsar Guardar</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is a file, not a folder. Choose a folder with --data-dir.</source>
        <translation>%1 es un archivo, no una carpeta. Elige una carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>Can&apos;t use the data folder %1 (%2). Choose another with --data-dir.</source>
        <translation>No se puede usar la carpeta de datos %1 (%2). Elige otra con --data-dir.</translation>
    </message>
    <message>
        <source>Behind can&apos;t look at %1 (%2).</source>
        <translation>Behind no puede ver %1 (%2).</translation>
    </message>
    <message>
        <source>%1 points to %2, which doesn&apos;t exist; nothing was changed. Remove the link or use another folder with --data-dir.</source>
        <translation>%1 apunta a %2, que no existe; no se ha cambiado nada. Quita el enlace o usa otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so Behind won&apos;t touch it; nothing was changed. Move it away or use another folder with --data-dir.</source>
        <translation>%1 no es un archivo normal, así que Behind no lo toca; no se ha cambiado nada. Muévelo o usa otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so Behind won&apos;t touch %2; nothing was changed. Move it away or use another folder with --data-dir.</source>
        <translation>%1 no es un archivo normal, así que Behind no toca %2; no se ha cambiado nada. Muévelo o usa otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>Behind can&apos;t read %1 (%2); nothing was changed.</source>
        <translation>Behind no puede leer %1 (%2); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is not a Behind data file, so Behind left it exactly as it was. Move it away or use another folder with --data-dir.</source>
        <translation>%1 no es un archivo de datos de Behind, así que Behind lo ha dejado tal cual. Muévelo o usa otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Behind (data format %2; this version reads up to %3). Nothing was changed. Update Behind, or use another folder with --data-dir.</source>
        <translation>%1 lo escribió una versión más nueva de Behind (formato de datos %2; esta versión lee hasta el %3). No se ha cambiado nada. Actualiza Behind o usa otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>Behind can&apos;t open %1 (%2); nothing was changed.</source>
        <translation>Behind no puede abrir %1 (%2); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Can&apos;t create the data file %1 (%2); nothing was changed. Check that the folder is writable and the disk has room, or use another folder with --data-dir.</source>
        <translation>No se puede crear el archivo de datos %1 (%2); no se ha cambiado nada. Comprueba que se puede escribir en la carpeta y que hay espacio en el disco, o usa otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>Behind can&apos;t write to %1; nothing was changed. Check that the file and its folder are yours and writable, or use another folder with --data-dir.</source>
        <translation>Behind no puede escribir en %1; no se ha cambiado nada. Comprueba que el archivo y su carpeta son tuyos y se pueden escribir, o usa otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t set its damaged data file aside (%1); nothing was changed.</source>
        <translation>Behind no ha podido apartar su archivo de datos dañado (%1); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Could not open the data file %1: %2.</source>
        <translation>No se ha podido abrir el archivo de datos %1: %2.</translation>
    </message>
    <message>
        <source>Could not set up the data file %1: %2.</source>
        <translation>No se ha podido preparar el archivo de datos %1: %2.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t save that just now (%1). It is kept and saved as soon as Behind can.</source>
        <translation>Behind no ha podido guardarlo ahora mismo (%1). Queda en espera y se guarda en cuanto se pueda.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t save that (%1); nothing was changed. Try again in a moment.</source>
        <translation>Behind no ha podido guardarlo (%1); no se ha cambiado nada. Prueba otra vez en un momento.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t make a backup in %1 (%2).</source>
        <translation>Behind no ha podido hacer una copia de seguridad en %1 (%2).</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>No hay ninguna copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>%1 can&apos;t be read (%2); nothing was changed.</source>
        <translation>%1 no se puede leer (%2); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 holds no data; nothing was changed.</source>
        <translation>%1 no contiene datos; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Behind couldn&apos;t restore %1 (%2).</source>
        <translation>Behind no ha podido recuperar %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not an export from Behind; nothing was imported.</source>
        <translation>%1 no es una exportación de Behind; no se ha importado nada.</translation>
    </message>
    <message>
        <source>%1 comes from a newer version of Behind (%2); update Behind to import it. Nothing was imported.</source>
        <translation>%1 viene de una versión más nueva de Behind (%2); actualiza Behind para importarlo. No se ha importado nada.</translation>
    </message>
    <message>
        <source>%1 is damaged (its %2 can&apos;t be read); nothing was imported.</source>
        <translation>%1 está dañado (no se puede leer %2); no se ha importado nada.</translation>
    </message>
    <message>
        <source>%1 is damaged (a row can&apos;t be read); nothing was imported.</source>
        <translation>%1 está dañado (no se puede leer una fila); no se ha importado nada.</translation>
    </message>
    <message>
        <source>Your data file could not be read, so it was moved aside to %1 and a fresh one was started. Nothing in the old file was changed.</source>
        <translation>Tu archivo de datos no se podía leer, así que se ha apartado en %1 y se ha empezado uno nuevo. En el archivo antiguo no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Stray pieces of an earlier data file were moved aside to %1.</source>
        <translation>Se han apartado en %1 restos sueltos de un archivo de datos anterior.</translation>
    </message>
    <message>
        <source>Some of the most recent changes in your data file could not be read back. A copy of the file exactly as it was is at %1; Behind goes on with everything it could read.</source>
        <translation>Algunos de los cambios más recientes de tu archivo de datos no se han podido leer. Hay una copia del archivo tal como estaba en %1; Behind sigue con todo lo que ha podido leer.</translation>
    </message>
    <message>
        <source>Your data was upgraded; a copy of the old file is at %1.</source>
        <translation>Tus datos se han actualizado; hay una copia del archivo antiguo en %1.</translation>
    </message>
    <message>
        <source>Some settings could not be read and were reset; your data is safe.</source>
        <translation>Algunos ajustes no se podían leer y se han restablecido; tus datos están a salvo.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>another program is using Behind&apos;s data file</source>
        <translation>otro programa está usando el archivo de datos de Behind</translation>
    </message>
    <message>
        <source>the data file can&apos;t be written to</source>
        <translation>no se puede escribir en el archivo de datos</translation>
    </message>
    <message>
        <source>the data file said: %1</source>
        <translation>el archivo de datos dice: %1</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <source>Centro de Asistencia al Suicida (Argentina)</source>
        <translation>Centro de Asistencia al Suicida (Argentina)</translation>
    </message>
    <message>
        <source>135 (Buenos Aires), (011) 5275-1135, or 0800 999 0091 at any hour</source>
        <translation>135 (Buenos Aires), (011) 5275-1135 o, a cualquier hora, 0800 999 0091</translation>
    </message>
    <message>
        <source>TelefonSeelsorge (Austria)</source>
        <translation>TelefonSeelsorge (Austria)</translation>
    </message>
    <message>
        <source>Lifeline (Australia)</source>
        <translation>Lifeline (Australia)</translation>
    </message>
    <message>
        <source>Centre de Prévention du Suicide / Zelfmoordlijn (Belgium)</source>
        <translation>Centre de Prévention du Suicide / Zelfmoordlijn (Bélgica)</translation>
    </message>
    <message>
        <source>0800 32 123 (French) or 1813 (Dutch)</source>
        <translation>0800 32 123 (en francés) o 1813 (en neerlandés)</translation>
    </message>
    <message>
        <source>9-8-8 Suicide Crisis Helpline (Canada)</source>
        <translation>9-8-8 Suicide Crisis Helpline (Canadá)</translation>
    </message>
    <message>
        <source>Call or text 988</source>
        <translation>Llama o escribe un SMS al 988</translation>
    </message>
    <message>
        <source>Die Dargebotene Hand / La Main Tendue (Switzerland)</source>
        <translation>La Main Tendue / Die Dargebotene Hand (Suiza)</translation>
    </message>
    <message>
        <source>Línea de Prevención del Suicidio (Chile)</source>
        <translation>Línea de Prevención del Suicidio (Chile)</translation>
    </message>
    <message>
        <source>*4141 from a mobile phone</source>
        <translation>*4141 desde el celular</translation>
    </message>
    <message>
        <source>Línea 192 / Línea 106 (Colombia)</source>
        <translation>Línea 192 / Línea 106 (Colombia)</translation>
    </message>
    <message>
        <source>192, then option 4; in Bogotá 106</source>
        <translation>192, opción 4; en Bogotá, 106</translation>
    </message>
    <message>
        <source>TelefonSeelsorge (Germany)</source>
        <translation>TelefonSeelsorge (Alemania)</translation>
    </message>
    <message>
        <source>0800 111 0 111, 0800 111 0 222 or 116 123</source>
        <translation>0800 111 0 111, 0800 111 0 222 o 116 123</translation>
    </message>
    <message>
        <source>Línea 024 (Spain)</source>
        <translation>Línea 024 (España)</translation>
    </message>
    <message>
        <source>3114, suicide prevention line (France)</source>
        <translation>3114, línea de prevención del suicidio (Francia)</translation>
    </message>
    <message>
        <source>Samaritans (UK)</source>
        <translation>Samaritans (Reino Unido)</translation>
    </message>
    <message>
        <source>Samaritans (Ireland)</source>
        <translation>Samaritans (Irlanda)</translation>
    </message>
    <message>
        <source>Tele-MANAS (India)</source>
        <translation>Tele-MANAS (India)</translation>
    </message>
    <message>
        <source>Línea de la Vida (Mexico)</source>
        <translation>Línea de la Vida (México)</translation>
    </message>
    <message>
        <source>113 Zelfmoordpreventie (Netherlands)</source>
        <translation>113 Zelfmoordpreventie (Países Bajos)</translation>
    </message>
    <message>
        <source>113 or 0800 0113</source>
        <translation>113 o 0800 0113</translation>
    </message>
    <message>
        <source>Need to talk? (New Zealand)</source>
        <translation>Need to talk? (Nueva Zelanda)</translation>
    </message>
    <message>
        <source>Call or text 1737</source>
        <translation>Llama o escribe un SMS al 1737</translation>
    </message>
    <message>
        <source>Línea 113, salud mental (Peru)</source>
        <translation>Línea 113, salud mental (Perú)</translation>
    </message>
    <message>
        <source>113, then option 5</source>
        <translation>113, opción 5</translation>
    </message>
    <message>
        <source>155 Te escucha (Paraguay)</source>
        <translation>155 Te escucha (Paraguay)</translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline (US)</source>
        <translation>988 Suicide &amp; Crisis Lifeline (Estados Unidos)</translation>
    </message>
    <message>
        <source>Línea Vida (Uruguay)</source>
        <translation>Línea Vida (Uruguay)</translation>
    </message>
    <message>
        <source>0800 0767, or *0767 from a mobile phone</source>
        <translation>0800 0767, o *0767 desde el celular</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Perú</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>My advisor</source>
        <translation>Mi tutor o tutora</translation>
    </message>
    <message>
        <source>Student affairs / programme office</source>
        <translation>Oficina de estudiantes / del programa</translation>
    </message>
    <message>
        <source>Counselling service</source>
        <translation>Servicio de apoyo psicológico</translation>
    </message>
    <message>
        <source>Keep the details under %1 characters.</source>
        <translation>Deja los datos en menos de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>SupportContent</name>
    <message>
        <source>Worth talking to someone</source>
        <translation>Vale la pena hablarlo con alguien</translation>
    </message>
    <message>
        <source>Your support contacts</source>
        <translation>Tus personas de apoyo</translation>
    </message>
    <message>
        <source>Add my people</source>
        <translation>Añadir a mi gente</translation>
    </message>
    <message>
        <source>Opens Settings at the support contacts</source>
        <translation>Abre los ajustes en las personas de apoyo</translation>
    </message>
    <message>
        <source>Crisis lines by country</source>
        <translation>Líneas de crisis por país</translation>
    </message>
    <message>
        <source>Show crisis lines by country</source>
        <translation>Ver las líneas de crisis por país</translation>
    </message>
    <message>
        <source>Numbers change; check the one for where you are. If you might act on thoughts of harming yourself, call your local emergency number now.</source>
        <translation>Los números cambian; comprueba el de tu zona. Si crees que podrías hacerte daño, llama ahora al número de emergencias local (112 en Europa, 911 en gran parte de América).</translation>
    </message>
    <message>
        <source>Also pick one tiny step</source>
        <translation>Elegir también un paso pequeño</translation>
    </message>
    <message>
        <source>Close for now</source>
        <translation>Cerrar por ahora</translation>
    </message>
    <message>
        <source>When “behind” comes with signs like these, grinding harder rarely helps. The next step is a conversation: tell someone with power and perspective (an advisor, student affairs, a senior doctor you trust) how it really is, and ask about fewer extras or more help.</source>
        <translation>Cuando ese «no llego» viene con señales así, apretar más rara vez ayuda. El siguiente paso es una conversación: cuéntale a alguien con margen para decidir y con perspectiva (tu tutor o tutora, la oficina de estudiantes, un adjunto de confianza) cómo estás de verdad, y pregunta por tener menos extras o más ayuda.</translation>
    </message>
    <message>
        <source>You can add the people you&apos;d reach out to (advisor, programme office, counselling, a friend) in Settings, so they are here when you need them.</source>
        <translation>En Ajustes puedes añadir a las personas a las que acudirías (tutor o tutora, la oficina del programa, apoyo psicológico, alguien amigo), para tenerlas aquí cuando las necesites.</translation>
    </message>
    <message>
        <source>Your people:</source>
        <translation>Tu gente:</translation>
    </message>
</context>
<context>
    <name>System</name>
    <message>
        <source>it isn&apos;t there</source>
        <translation>no está ahí</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>sin permiso</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>una parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>el disco ha dado un error</translation>
    </message>
    <message>
        <source>it is already there</source>
        <translation>ya está ahí</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>está en uso</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>la cuota de disco está agotada</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>“%1” is not a time of day; use HH:MM, like 07:30.</source>
        <translation>«%1» no es una hora; usa HH:MM, como 07:30.</translation>
    </message>
    <message>
        <source>“%1” is not a week; use YYYY-Www, like 2026-W48.</source>
        <translation>«%1» no es una semana; usa YYYY-Www, como 2026-W48.</translation>
    </message>
    <message>
        <source>Behind keeps weeks from 1900 to 3000, not %1.</source>
        <translation>Behind guarda semanas de 1900 a 3000, no de %1.</translation>
    </message>
    <message>
        <source>%1 has no week %2.</source>
        <translation>%1 no tiene semana %2.</translation>
    </message>
</context>
<context>
    <name>TimerWindow</name>
    <message>
        <source>Behind · focus</source>
        <translation>Behind · concentración</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Block state</source>
        <translation>Estado del bloque</translation>
    </message>
    <message>
        <source>Progress through the block</source>
        <translation>Avance del bloque</translation>
    </message>
    <message>
        <source>Name the tiny step (optional)</source>
        <translation>Ponle nombre al paso pequeño (opcional)</translation>
    </message>
    <message>
        <source>The tiny step</source>
        <translation>El paso pequeño</translation>
    </message>
    <message>
        <source>What this block is for, for example: read 3 pages</source>
        <translation>Para qué es este bloque, por ejemplo: leer 3 páginas</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
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
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Start a focus block</source>
        <translation>Empezar un bloque de concentración</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausar o seguir</translation>
    </message>
    <message numerus="yes">
        <source>Add %n minutes</source>
        <translation>
            <numerusform>Añadir %n minuto</numerusform>
            <numerusform>Añadir %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the block</source>
        <translation>Terminar el bloque</translation>
    </message>
    <message>
        <source>A thought for this block</source>
        <translation>Una idea para este bloque</translation>
    </message>
    <message>
        <source>Focusing</source>
        <translation>Concentración en marcha</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Cuando quieras</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Seguir</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Queda %n minuto</numerusform>
            <numerusform>Quedan %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <source>That&apos;s as long as a title can be: %1 characters.</source>
        <translation>No cabe más: el máximo son %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Rough day</source>
        <translation>Día difícil</translation>
    </message>
    <message>
        <source>Shows only Layer 1, the basics of being a functioning human, for today</source>
        <translation>Hoy solo muestra la capa 1, lo básico para funcionar como persona</translation>
    </message>
    <message>
        <source>Just the basics today. The rest will keep.</source>
        <translation>Hoy, solo lo básico. Lo demás puede esperar.</translation>
    </message>
    <message>
        <source>Edit items</source>
        <translation>Editar elementos</translation>
    </message>
    <message>
        <source>Shows buttons to add, rename, move and put away items</source>
        <translation>Muestra botones para añadir, renombrar, mover y guardar elementos</translation>
    </message>
    <message>
        <source>A note about the basics</source>
        <translation>Una nota sobre lo básico</translation>
    </message>
    <message>
        <source>A rough day. Only the basics are showing; everything else will still be there tomorrow.</source>
        <translation>Un día difícil. Solo se ve lo básico; todo lo demás seguirá ahí mañana.</translation>
    </message>
    <message>
        <source>Rough day note</source>
        <translation>Nota del día difícil</translation>
    </message>
    <message>
        <source>Layer 1 checklist: a functioning human</source>
        <translation>Lista de la capa 1: una persona que funciona</translation>
    </message>
    <message>
        <source>Layer 2 checklist: trainee minimum</source>
        <translation>Lista de la capa 2: lo mínimo de la formación</translation>
    </message>
    <message>
        <source>Genuinely optional: nice when there&apos;s room, fine when there isn&apos;t.</source>
        <translation>Opcional de verdad: bien si hay hueco, y bien también si no lo hay.</translation>
    </message>
    <message>
        <source>Layer 3 checklist: optional extras</source>
        <translation>Lista de la capa 3: extras opcionales</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a bit long; a shorter title (under %n characters) fits.</source>
        <translation>
            <numerusform>Es un poco largo; cabe un título más corto (menos de %n carácter).</numerusform>
            <numerusform>Es un poco largo; cabe un título más corto (menos de %n caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few words first.</source>
        <translation>Escribe primero unas palabras.</translation>
    </message>
    <message>
        <source>The basics are covered now. That&apos;s the part that matters most.</source>
        <translation>Lo básico ya está cubierto. Es lo que más importa.</translation>
    </message>
    <message>
        <source>Done editing</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Start a focus block</source>
        <translation>&amp;Empezar un bloque de concentración</translation>
    </message>
    <message>
        <source>Show the &amp;timer</source>
        <translation>Ver el &amp;temporizador</translation>
    </message>
    <message>
        <source>&amp;Pause the block</source>
        <translation>&amp;Pausar el bloque</translation>
    </message>
    <message>
        <source>&amp;Resume the block</source>
        <translation>&amp;Seguir con el bloque</translation>
    </message>
    <message numerus="yes">
        <source>&amp;+%n minutes</source>
        <translation>
            <numerusform>&amp;+%n minuto</numerusform>
            <numerusform>&amp;+%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>&amp;Name the step…</source>
        <translation>&amp;Ponerle nombre al paso…</translation>
    </message>
    <message>
        <source>I&apos;m &amp;behind…</source>
        <translation>&amp;No llego a todo…</translation>
    </message>
    <message>
        <source>&amp;Check in now</source>
        <translation>&amp;Preguntarme ahora</translation>
    </message>
    <message>
        <source>Pa&amp;use check-ins</source>
        <translation>Pa&amp;usar las preguntas rápidas</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>For 3 hours (clinic)</source>
        <translation>Durante 3 horas (consulta)</translation>
    </message>
    <message>
        <source>For 8 hours (exam, shift)</source>
        <translation>Durante 8 horas (examen, guardia)</translation>
    </message>
    <message>
        <source>Resume check-ins</source>
        <translation>Retomar las preguntas rápidas</translation>
    </message>
    <message>
        <source>Today&apos;s check&amp;list</source>
        <translation>&amp;Lista de hoy</translation>
    </message>
    <message>
        <source>This week&apos;s &amp;wins</source>
        <translation>&amp;Logros de esta semana</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Quit Behind</source>
        <translation>&amp;Salir de Behind</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Start a %n-minute block</source>
        <translation>
            <numerusform>&amp;Empezar un bloque de %n minuto</numerusform>
            <numerusform>&amp;Empezar un bloque de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins pa&amp;used until %1</source>
        <translation>Preguntas rápidas pa&amp;usadas hasta las %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) on one tiny step — until %1</source>
        <translation>
            <numerusform>%n minuto para un paso pequeñito, hasta las %1</numerusform>
            <numerusform>%n minutos para un paso pequeñito, hasta las %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins until %1. “Resume check-ins” brings them back sooner.</source>
        <translation>No habrá preguntas rápidas hasta las %1. «Retomar las preguntas rápidas» las trae antes.</translation>
    </message>
    <message numerus="yes">
        <source>Behind · click to start a %n-minute block</source>
        <translation>
            <numerusform>Behind · haz clic para empezar un bloque de %n minuto</numerusform>
            <numerusform>Behind · haz clic para empezar un bloque de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left</source>
        <translation>
            <numerusform>Queda %n min</numerusform>
            <numerusform>Quedan %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused · %1 left</source>
        <translation>En pausa · quedan %1</translation>
    </message>
</context>
<context>
    <name>WeeksGroup</name>
    <message>
        <source>Language and weeks</source>
        <translation>Idioma y semanas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As my system does</source>
        <translation>Como en mi sistema</translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation>La semana empieza el</translation>
    </message>
    <message>
        <source>Problem with the language</source>
        <translation>Algo no cuadra en el idioma</translation>
    </message>
    <message>
        <source>Problem with the first day of the week</source>
        <translation>Algo no cuadra en el primer día de la semana</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Behind</source>
        <translation>Te damos la bienvenida a Behind</translation>
    </message>
    <message>
        <source>Hello. Feeling behind is normal here.</source>
        <translation>Hola. Aquí es normal sentir que no llegas a todo.</translation>
    </message>
    <message>
        <source>Behind is a small companion for trainees in medicine. It asks now and then whether the basics happened (food, sleep, a bit of movement), keeps a three-layer list of what “enough” looks like, and collects your small wins for the week. When everything feels like too much, one click starts a short focus block on one tiny step.</source>
        <translation>Behind es un pequeño acompañante para quienes se forman en medicina. De vez en cuando te pregunta si lo básico ha pasado (comer, dormir, moverte un poco), guarda una lista en tres capas de lo que es «suficiente» y recoge tus pequeños logros de la semana. Cuando todo parece demasiado, un clic empieza un bloque corto de concentración para un paso pequeño.</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Nothing is sent anywhere, and you can export or delete all of it from Settings whenever you like.</source>
        <translation>Todo se queda en este equipo. No se envía nada a ninguna parte, y puedes exportarlo o borrarlo todo desde Ajustes cuando quieras.</translation>
    </message>
    <message>
        <source>Where to find Behind</source>
        <translation>Dónde encontrar Behind</translation>
    </message>
    <message>
        <source>No need to set anything up now. The defaults are gentle, and you can change them later.</source>
        <translation>No hace falta configurar nada ahora. Los ajustes de serie son suaves, y puedes cambiarlos luego.</translation>
    </message>
    <message numerus="yes">
        <source>Start a %n-minute block now</source>
        <translation>
            <numerusform>Empezar ya un bloque de %n minuto</numerusform>
            <numerusform>Empezar ya un bloque de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Starts a focus block on one small thing; you can name the step later</source>
        <translation>Empieza un bloque de concentración para una cosa pequeña; el paso lo puedes nombrar luego</translation>
    </message>
    <message>
        <source>Maybe later</source>
        <translation>Quizá luego</translation>
    </message>
    <message>
        <source>Closes this welcome</source>
        <translation>Cierra esta bienvenida</translation>
    </message>
    <message>
        <source>Behind lives in the notification area at the bottom right, next to the clock. If you can&apos;t see it, it may be hidden behind the small ^ arrow. To keep it in view on Windows 11: Settings → Personalization → Taskbar → Other system tray icons, then switch Behind on.</source>
        <translation>Behind vive en el área de notificaciones, abajo a la derecha, junto al reloj. Si no lo ves, puede que esté escondido tras la flechita ^. Para tenerlo siempre a la vista en Windows 11: Configuración → Personalización → Barra de tareas → Otros iconos de la bandeja del sistema, y activa Behind.</translation>
    </message>
    <message>
        <source>Behind lives in the menu bar at the top right of the screen. Click its icon to start a block; the menu holds everything else.</source>
        <translation>Behind vive en la barra de menús, arriba a la derecha. Haz clic en su icono para empezar un bloque; en el menú está todo lo demás.</translation>
    </message>
    <message>
        <source>Behind lives in your panel&apos;s tray, usually at the top or bottom right. On GNOME the tray needs the AppIndicator extension; without a tray, the Behind window is where everything lives.</source>
        <translation>Behind vive en la bandeja de tu panel, normalmente arriba o abajo a la derecha. En GNOME la bandeja necesita la extensión AppIndicator; sin bandeja, todo está en la ventana de Behind.</translation>
    </message>
</context>
<context>
    <name>WinPrompt</name>
    <message>
        <source>Behind · small win</source>
        <translation>Behind · pequeño logro</translation>
    </message>
    <message>
        <source>Your last block ended when you picked a new step. Keep what you did in it as a small win?</source>
        <translation>Tu último bloque terminó al elegir un paso nuevo. ¿Guardas lo que hiciste en él como un pequeño logro?</translation>
    </message>
    <message>
        <source>You stopped after less than a minute. That&apos;s fine: starting counts. Keep it as a small win?</source>
        <translation>Has parado antes de un minuto. No pasa nada: empezar cuenta. ¿Lo guardas como un pequeño logro?</translation>
    </message>
    <message numerus="yes">
        <source>You stopped after %n minute(s). That&apos;s fine, and it still counts. Keep it as a small win?</source>
        <translation>
            <numerusform>Has parado tras %n minuto. No pasa nada, y cuenta igual. ¿Lo guardas como un pequeño logro?</numerusform>
            <numerusform>Has parado tras %n minutos. No pasa nada, y cuenta igual. ¿Lo guardas como un pequeño logro?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What did you get done in those %n minute(s)?</source>
        <translation>
            <numerusform>¿Qué hiciste en ese %n minuto?</numerusform>
            <numerusform>¿Qué hiciste en esos %n minutos?</numerusform>
        </translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Lo que has hecho</translation>
    </message>
    <message>
        <source>Problem with the text</source>
        <translation>Algo no cuadra en el texto</translation>
    </message>
    <message>
        <source>Keep as a win</source>
        <translation>Guardar como logro</translation>
    </message>
    <message>
        <source>Save as a win</source>
        <translation>Guardar como logro</translation>
    </message>
    <message>
        <source>Don&apos;t keep</source>
        <translation>No guardar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Closes this for now; click the tray icon to finish it, words and all</source>
        <translation>Lo cierra por ahora; haz clic en el icono de la bandeja para terminarlo, con lo que escribiste</translation>
    </message>
</context>
<context>
    <name>Windows</name>
    <message>
        <source>Behind · a check-in is waiting: click to open it</source>
        <translation>Behind · hay una pregunta esperando: haz clic para abrirla</translation>
    </message>
    <message>
        <source>Block done</source>
        <translation>Bloque hecho</translation>
    </message>
    <message>
        <source>Nice. Take a breath.</source>
        <translation>Muy bien. Respira un momento.</translation>
    </message>
    <message>
        <source>Nice. Take a breath. Click the icon when you&apos;d like to note what you did.</source>
        <translation>Muy bien. Respira un momento. Haz clic en el icono cuando quieras anotar lo que hiciste.</translation>
    </message>
    <message>
        <source>Behind · your small win is waiting: click to finish it</source>
        <translation>Behind · tu pequeño logro espera: haz clic para terminarlo</translation>
    </message>
    <message>
        <source>Behind · block done: click to keep it as a small win</source>
        <translation>Behind · bloque hecho: haz clic para guardarlo como pequeño logro</translation>
    </message>
</context>
<context>
    <name>WinsChart</name>
    <message>
        <source>Wins per day</source>
        <translation>Logros por día</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n win(s)</source>
        <translation>
            <numerusform>%1: %n logro</numerusform>
            <numerusform>%1: %n logros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WinsList</name>
    <message>
        <source>Small wins this week, by day</source>
        <translation>Pequeños logros de esta semana, por día</translation>
    </message>
    <message>
        <source>F2 edits the selected win, Delete removes it (you can undo)</source>
        <translation>F2 edita el logro elegido, Supr lo borra (se puede deshacer)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n win(s)</source>
        <translation>
            <numerusform>%1 · %n logro</numerusform>
            <numerusform>%1 · %n logros</numerusform>
        </translation>
    </message>
    <message>
        <source>focus block</source>
        <translation>bloque</translation>
    </message>
    <message>
        <source>basics</source>
        <translation>lo básico</translation>
    </message>
    <message>
        <source>written by you</source>
        <translation>anotado por ti</translation>
    </message>
</context>
<context>
    <name>WinsPage</name>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Goes back to the current week</source>
        <translation>Vuelve a la semana actual</translation>
    </message>
    <message>
        <source>A thought about this week</source>
        <translation>Una idea sobre esta semana</translation>
    </message>
    <message>
        <source>Add a small win (Ctrl+N)</source>
        <translation>Añadir un pequeño logro (Ctrl+N)</translation>
    </message>
    <message>
        <source>New small win</source>
        <translation>Nuevo pequeño logro</translation>
    </message>
    <message>
        <source>Type something you did today, even a tiny thing, and press Enter</source>
        <translation>Escribe algo que hayas hecho hoy, aunque sea mínimo, y pulsa Intro</translation>
    </message>
    <message>
        <source>Add win</source>
        <translation>Añadir logro</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer el borrado</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the selected win</source>
        <translation>Editar el logro elegido</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the selected win</source>
        <translation>Borrar el logro elegido</translation>
    </message>
    <message>
        <source>Export week…</source>
        <translation>Exportar la semana…</translation>
    </message>
    <message>
        <source>Saves this week&apos;s wins as CSV or Markdown</source>
        <translation>Guarda los logros de esta semana en CSV o Markdown</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Exportar todo…</translation>
    </message>
    <message>
        <source>Export all wins</source>
        <translation>Exportar todos los logros</translation>
    </message>
    <message>
        <source>Saves every win you have written down as CSV or Markdown</source>
        <translation>Guarda todos los logros que has apuntado en CSV o Markdown</translation>
    </message>
    <message>
        <source>Note about wins</source>
        <translation>Nota sobre los logros</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Week %1, %2 to %3</source>
        <translation>Semana %1, del %2 al %3</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Semana %1</translation>
    </message>
    <message numerus="yes">
        <source>%n small win(s) this week.</source>
        <translation>
            <numerusform>%n pequeño logro esta semana.</numerusform>
            <numerusform>%n pequeños logros esta semana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small win(s) that week.</source>
        <translation>
            <numerusform>%n pequeño logro esa semana.</numerusform>
            <numerusform>%n pequeños logros esa semana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing written down yet this week. Anything counts, even a short walk.</source>
        <translation>Esta semana todavía no hay nada apuntado. Todo cuenta, hasta un paseo corto.</translation>
    </message>
    <message>
        <source>Nothing was written down that week, and that&apos;s all right.</source>
        <translation>Esa semana no se apuntó nada, y no pasa nada.</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a bit long; a shorter line (under %n characters) fits.</source>
        <translation>
            <numerusform>Es un poco largo; cabe una línea más corta (menos de %n carácter).</numerusform>
            <numerusform>Es un poco largo; cabe una línea más corta (menos de %n caracteres).</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a few words first; small is fine.</source>
        <translation>Escribe primero unas palabras; algo pequeño está bien.</translation>
    </message>
    <message>
        <source>Added. Nice.</source>
        <translation>Añadido. Muy bien.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>This one comes from the Today checklist; untick it there to take it out.</source>
        <translation>Este viene de la lista de hoy; desmárcalo allí para quitarlo.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Borrado: «%1».</translation>
    </message>
    <message>
        <source>It&apos;s back.</source>
        <translation>Ha vuelto.</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Markdown (*.md)</source>
        <translation>CSV (*.csv);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export this week&apos;s wins</source>
        <translation>Exportar los logros de esta semana</translation>
    </message>
    <message>
        <source>That file couldn&apos;t be saved (%1). Another folder may work.</source>
        <translation>No se ha podido guardar el archivo (%1). Puede que funcione en otra carpeta.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
</TS>
