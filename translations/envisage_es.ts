<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AttachmentChoice</name>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>No se puede leer «%1».</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«%1» está vacío.</translation>
    </message>
    <message>
        <source>“%1” is %2; files can be up to %3.</source>
        <translation>«%1» ocupa %2; los archivos pueden ocupar hasta %3.</translation>
    </message>
    <message>
        <source>“%1” is not a photo or a PDF (JPEG, PNG, GIF, WebP or PDF).</source>
        <translation>«%1» no es una foto ni un PDF (JPEG, PNG, GIF, WebP o PDF).</translation>
    </message>
    <message numerus="yes">
        <source>A message carries at most %n file(s); “%1” was left out.</source>
        <translation>
            <numerusform>Un mensaje puede llevar como máximo %n archivo; no se ha añadido «%1».</numerusform>
            <numerusform>Un mensaje puede llevar como máximo %n archivos; no se ha añadido «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxFiles</name>
    <message numerus="yes">
        <source>A message can carry at most %n file(s).</source>
        <translation>
            <numerusform>Un mensaje puede llevar como máximo %n archivo.</numerusform>
            <numerusform>Un mensaje puede llevar como máximo %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 ocupa más de 10&#xa0;MB.</translation>
    </message>
    <message>
        <source>The files cannot be kept for sending: the folder %1 cannot be made.</source>
        <translation>No se pueden conservar los archivos para el envío: no se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>it is larger than 10 MB once its location data is removed</source>
        <translation>ocupa más de 10&#xa0;MB incluso sin sus datos de ubicación</translation>
    </message>
    <message>
        <source>%1 cannot be kept for sending (is the disk full?): %2</source>
        <translation>No se puede conservar %1 para el envío (¿está lleno el disco?): %2</translation>
    </message>
</context>
<context>
    <name>envisage::api::ApiError</name>
    <message>
        <source>The marketplace cannot be reached. Check your connection.</source>
        <translation>No se puede acceder al marketplace. Compruebe su conexión.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s security certificate is not trusted, so the connection was refused.</source>
        <translation>El certificado de seguridad del marketplace no es de confianza, por lo que se rechazó la conexión.</translation>
    </message>
    <message>
        <source>The marketplace did not answer in time.</source>
        <translation>El marketplace no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha finalizado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>No tiene permiso para realizar esta acción.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Esta conversación ya no existe.</translation>
    </message>
    <message>
        <source>The marketplace refused the input.</source>
        <translation>El marketplace rechazó los datos introducidos.</translation>
    </message>
    <message>
        <source>The marketplace had a problem. Trying again shortly.</source>
        <translation>El marketplace tuvo un problema. Se volverá a intentar en breve.</translation>
    </message>
    <message>
        <source>The marketplace refused the request.</source>
        <translation>El marketplace rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The marketplace sent an answer this app does not understand.</source>
        <translation>El marketplace envió una respuesta que esta aplicación no entiende.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiadas solicitudes. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiadas solicitudes. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again shortly.</source>
        <translation>Demasiadas solicitudes. Vuelva a intentarlo en breve.</translation>
    </message>
</context>
<context>
    <name>envisage::app::DemoSandbox</name>
    <message>
        <source>The demo cannot start: %1 is missing. Reinstall Envisage Inbox to get it back.</source>
        <translation>No se puede iniciar la demo: falta %1. Vuelva a instalar Envisage Inbox para recuperarlo.</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 did not run (%2).</source>
        <translation>No se puede iniciar la demo: %1 no se pudo ejecutar (%2).</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 stopped before it was ready (exit code %2).</source>
        <translation>No se puede iniciar la demo: %1 se detuvo antes de estar listo (código de salida %2).</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 did not answer as expected.</source>
        <translation>No se puede iniciar la demo: %1 no respondió como se esperaba.</translation>
    </message>
    <message>
        <source>The demo&apos;s marketplace has stopped. Quit Envisage Inbox and start the demo again to go on.</source>
        <translation>El marketplace de la demo se ha detenido. Salga de Envisage Inbox e inicie la demo de nuevo para continuar.</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 did not report that it was ready in time (%2 s).</source>
        <translation>No se puede iniciar la demo: %1 no indicó a tiempo que estaba listo (%2 s).</translation>
    </message>
</context>
<context>
    <name>envisage::inbox</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::inbox::AttachmentCache</name>
    <message>
        <source>There is no preview of this file.</source>
        <translation>No hay vista previa de este archivo.</translation>
    </message>
    <message>
        <source>The file cannot be saved on this computer: %1</source>
        <translation>No se puede guardar el archivo en este equipo: %1</translation>
    </message>
    <message>
        <source>The file cannot be saved on this computer.</source>
        <translation>No se puede guardar el archivo en este equipo.</translation>
    </message>
    <message>
        <source>The file could not be read. It may be damaged.</source>
        <translation>No se pudo leer el archivo. Puede que esté dañado.</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::InboxSession</name>
    <message>
        <source>Please sign in.</source>
        <translation>Inicie sesión.</translation>
    </message>
    <message>
        <source>The offline cache cannot be used (%1); the inbox works online only.</source>
        <translation>No se puede usar la caché sin conexión (%1); la bandeja de entrada solo funciona en línea.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Su sesión ha finalizado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the server could not be reached to end the session there. It will be ended the next time you sign in here.</source>
        <translation>Se cerró la sesión en este equipo, pero no se pudo contactar con el servidor para cerrarla allí. Se cerrará la próxima vez que inicie sesión aquí.</translation>
    </message>
    <message>
        <source>The offline cache could not be opened (%1). It was kept at %2 and a new one was started.</source>
        <translation>No se pudo abrir la caché sin conexión (%1). Se conservó en %2 y se creó una nueva.</translation>
    </message>
    <message numerus="yes">
        <source>Recovered from it: %n unsent message(s)</source>
        <translation>
            <numerusform>Elementos recuperados: %n mensaje sin enviar</numerusform>
            <numerusform>Elementos recuperados: %n mensajes sin enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s).</source>
        <translation>
            <numerusform>%n borrador.</numerusform>
            <numerusform>%n borradores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be recovered from it (%1).</source>
        <translation>No se pudo recuperar nada de ella (%1).</translation>
    </message>
    <message>
        <source>This offline cache belongs to another account; its unsent messages stay in it and are not sent.</source>
        <translation>Esta caché sin conexión pertenece a otra cuenta; sus mensajes sin enviar permanecen en ella y no se envían.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the two recovered counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>That message could not be loaded; the conversation shows its newest messages.</source>
        <translation>No se pudo cargar ese mensaje; la conversación muestra sus mensajes más recientes.</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::Outbox</name>
    <message>
        <source>Not saved on this computer (is the disk full?). Retry saves and sends it.</source>
        <translation>No se guardó en este equipo (¿está lleno el disco?). Reintentar lo guarda y lo envía.</translation>
    </message>
    <message>
        <source>A message could not be saved on this computer (is the disk full?). It is kept on screen; choose Retry to save and send it.</source>
        <translation>No se pudo guardar un mensaje en este equipo (¿está lleno el disco?). Se mantiene en pantalla; elija Reintentar para guardarlo y enviarlo.</translation>
    </message>
    <message>
        <source>The offline cache could not record a change to an unsent message (is the disk full?).</source>
        <translation>La caché sin conexión no pudo registrar un cambio en un mensaje sin enviar (¿está lleno el disco?).</translation>
    </message>
    <message>
        <source>%1 is larger than the marketplace accepts.</source>
        <translation>%1 supera el tamaño que acepta el marketplace.</translation>
    </message>
    <message>
        <source>The copy of %1 kept for sending is gone.</source>
        <translation>La copia de %1 conservada para el envío ya no existe.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::SavedReplies</name>
    <message>
        <source>a saved reply</source>
        <translation>una respuesta guardada</translation>
    </message>
    <message>
        <source>The marketplace refused %1: %2</source>
        <translation>El marketplace rechazó %1: %2</translation>
    </message>
    <message>
        <source>%1 was deleted on another device; your change to it was not saved.</source>
        <translation>Su cambio no se guardó: %1 se eliminó en otro dispositivo.</translation>
    </message>
    <message>
        <source>%1 belongs to another account; your change was not saved.</source>
        <translation>Su cambio no se guardó: %1 pertenece a otra cuenta.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer (is the disk full?), so it was not made.</source>
        <translation>No se pudo guardar el cambio en este equipo (¿está lleno el disco?), así que no se realizó.</translation>
    </message>
    <message>
        <source>The offline cache could not record a change to your saved replies (is the disk full?).</source>
        <translation>La caché sin conexión no pudo registrar un cambio en sus respuestas guardadas (¿está lleno el disco?).</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::SavedReplyText</name>
    <message>
        <source>Give the reply a title.</source>
        <translation>Ponga un título a la respuesta.</translation>
    </message>
    <message>
        <source>The title can have at most %1 characters.</source>
        <translation>El título puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Give the reply a shortcut, such as &quot;available&quot;.</source>
        <translation>Ponga un atajo a la respuesta, por ejemplo, «disponible».</translation>
    </message>
    <message>
        <source>The shortcut can have at most %1 characters.</source>
        <translation>El atajo puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The shortcut can only have lowercase letters, digits and dashes.</source>
        <translation>El atajo solo puede contener letras minúsculas (a–z), números y guiones.</translation>
    </message>
    <message>
        <source>The shortcut &quot;%1&quot; is already used by your saved reply &quot;%2&quot;.</source>
        <translation>El atajo «%1» ya lo usa su respuesta guardada «%2».</translation>
    </message>
    <message>
        <source>Write the text of the reply.</source>
        <translation>Escriba el texto de la respuesta.</translation>
    </message>
    <message>
        <source>The text can have at most %1 characters.</source>
        <translation>El texto puede tener como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::Triage</name>
    <message>
        <source>This conversation was not archived: you are no longer part of it.</source>
        <translation>Esta conversación no se archivó: ya no participa en ella.</translation>
    </message>
    <message>
        <source>This conversation was not moved back to the inbox: you are no longer part of it.</source>
        <translation>Esta conversación no se devolvió a la bandeja de entrada: ya no participa en ella.</translation>
    </message>
    <message>
        <source>This conversation was not marked unread: you are no longer part of it.</source>
        <translation>Esta conversación no se marcó como no leída: ya no participa en ella.</translation>
    </message>
    <message>
        <source>This conversation was not archived. %1</source>
        <translation>Esta conversación no se archivó. %1</translation>
    </message>
    <message>
        <source>This conversation was not moved back to the inbox. %1</source>
        <translation>Esta conversación no se devolvió a la bandeja de entrada. %1</translation>
    </message>
    <message>
        <source>This conversation was not marked unread. %1</source>
        <translation>Esta conversación no se marcó como no leída. %1</translation>
    </message>
    <message>
        <source>This conversation was not marked read: you are no longer part of it.</source>
        <translation>Esta conversación no se marcó como leída: ya no participa en ella.</translation>
    </message>
    <message>
        <source>This conversation was not marked read. %1</source>
        <translation>Esta conversación no se marcó como leída. %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::AttachmentImages</name>
    <message>
        <source>Sign in to open attachments.</source>
        <translation>Inicie sesión para abrir los archivos adjuntos.</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>No se puede mostrar esta foto.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::AttachmentTray</name>
    <message>
        <source>Files not attached</source>
        <translation>Archivos no adjuntados</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Imagen pegada %1</translation>
    </message>
    <message>
        <source>The pasted image could not be saved: %1</source>
        <translation>No se pudo guardar la imagen pegada: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Photos are sent upright, without their location or camera details.</source>
        <translation>Las fotos se envían enderezadas, sin su ubicación ni los datos de la cámara.</translation>
    </message>
    <message>
        <source>Photos are sent as they are, with their location and camera details (Settings).</source>
        <translation>Las fotos se envían tal cual, con su ubicación y los datos de la cámara (Configuración).</translation>
    </message>
</context>
<context>
    <name>envisage::ui::Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Escriba un mensaje…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Caracteres usados</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Control+Intro)</translation>
    </message>
    <message>
        <source>Attach photos or PDFs (up to 3, 10 MB each)</source>
        <translation>Adjuntar fotos o PDF (hasta 3, de 10&#xa0;MB cada uno)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attach photos or PDFs</source>
        <translation>Adjuntar fotos o PDF</translation>
    </message>
    <message>
        <source>Photos and PDFs (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;All files (*)</source>
        <translation>Fotos y PDF (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Insertar emoji</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Signed out — sign in again to send and receive messages.</source>
        <translation>Sesión cerrada — vuelva a iniciar sesión para enviar y recibir mensajes.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — reconnecting in %n s</source>
        <translation>
            <numerusform>Sin conexión — reconexión en %n s</numerusform>
            <numerusform>Sin conexión — reconexión en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — reconnecting…</source>
        <translation>Sin conexión — reconectando…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Reintentar ahora</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>escribiendo…</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Borrador: %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Yo: %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationHeader</name>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Buyer&apos;s picture</source>
        <translation>Foto del comprador</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Listing picture</source>
        <translation>Foto del anuncio</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationListPanel</name>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>Buscar conversaciones (Control+K)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Conversation filter</source>
        <translation>Filtro de conversaciones</translation>
    </message>
    <message>
        <source>Move to &amp;Inbox</source>
        <translation>Mover a la &amp;bandeja de entrada</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>Marcar como &amp;no leída</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationView</name>
    <message>
        <source>Choose a conversation to read and answer it.</source>
        <translation>Elija una conversación para leerla y responderla.</translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation>Indicador de escritura</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>%1 are typing…</source>
        <translation>%1 están escribiendo…</translation>
    </message>
    <message>
        <source>Sign in to send messages. Your draft is kept.</source>
        <translation>Inicie sesión para enviar mensajes. Su borrador se conserva.</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Control+Intro envía, Intro inserta un salto de línea</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Intro envía, Mayúsculas+Intro inserta un salto de línea</translation>
    </message>
    <message>
        <source>This message has already gone to the buyer; it cannot be cancelled any more.</source>
        <translation>Este mensaje ya le ha llegado al comprador; ya no se puede cancelar.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>The file could not be opened: it could not be copied to %1.</source>
        <translation>No se pudo abrir el archivo: no se pudo copiar en %1.</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Ninguna aplicación pudo abrir %1.</translation>
    </message>
    <message>
        <source>Your reply from the notification was not sent. It is here to edit and send.</source>
        <translation>Tu respuesta desde la notificación no se envió. Está aquí para editarla y enviarla.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::EmojiPicker</name>
    <message>
        <source>Faces</source>
        <translation>Caras</translation>
    </message>
    <message>
        <source>Hands and hearts</source>
        <translation>Manos y corazones</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Símbolos</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
</context>
<context>
    <name>envisage::ui::Formatting</name>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Last seen just now</source>
        <translation>Visto hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>Last seen %n minute(s) ago</source>
        <translation>
            <numerusform>Visto hace %n minuto</numerusform>
            <numerusform>Visto hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last seen %n hour(s) ago</source>
        <translation>
            <numerusform>Visto hace %n hora</numerusform>
            <numerusform>Visto hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Última conexión: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>how long a buyer has waited</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>how long a buyer has waited</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>how long a buyer has waited</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::ui::ImageViewer</name>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Previous photo (Left)</source>
        <translation>Foto anterior (Izquierda)</translation>
    </message>
    <message>
        <source>Next photo (Right)</source>
        <translation>Foto siguiente (Derecha)</translation>
    </message>
    <message>
        <source>Save the photo (Ctrl+S)</source>
        <translation>Guardar la foto (Control+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 de %3</translation>
    </message>
    <message>
        <source>Save photo</source>
        <translation>Guardar foto</translation>
    </message>
    <message>
        <source>The photo could not be saved to %1.</source>
        <translation>No se pudo guardar la foto en %1.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MainWindow</name>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Bandeja de entrada</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;About Envisage Inbox</source>
        <translation>&amp;Acerca de Envisage Inbox</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Envisage Inbox (%1)</source>
        <translation>Envisage Inbox (%1)</translation>
    </message>
    <message>
        <source>Envisage Inbox</source>
        <translation>Envisage Inbox</translation>
    </message>
    <message>
        <source>About Envisage Inbox</source>
        <translation>Acerca de Envisage Inbox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Envisage Inbox %1&lt;/h3&gt;&lt;p&gt;Answer your Envisage Marketplace buyers in real time.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licensed under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Envisage Inbox %1&lt;/h3&gt;&lt;p&gt;Responda en tiempo real a sus compradores de Envisage Marketplace.&lt;/p&gt;&lt;p&gt;Creado con Qt %2 (se ejecuta con Qt %3).&lt;/p&gt;&lt;p&gt;Distribuido bajo la licencia MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>&amp;Respuestas</translation>
    </message>
    <message>
        <source>&amp;Insert saved reply…</source>
        <translation>&amp;Insertar respuesta guardada…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Manage saved replies…</source>
        <translation>&amp;Gestionar respuestas guardadas…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;No leídas</translation>
    </message>
    <message>
        <source>&amp;Awaiting reply</source>
        <translation>&amp;Por responder</translation>
    </message>
    <message>
        <source>A&amp;rchived</source>
        <translation>&amp;Archivadas</translation>
    </message>
    <message>
        <source>Awaiting Reply: &amp;Longest Wait First</source>
        <translation>Por responder: primero la espera más &amp;larga</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>&amp;Archive / Move to Inbox</source>
        <translation>&amp;Archivar / Mover a la bandeja de entrada</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>Marcar como &amp;no leída</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>&amp;Buscar conversaciones</translation>
    </message>
    <message>
        <source>&amp;Next Unread Conversation</source>
        <translation>&amp;Siguiente conversación no leída</translation>
    </message>
    <message>
        <source>Search &amp;Messages…</source>
        <translation>Buscar &amp;mensajes…</translation>
    </message>
    <message>
        <source>Starting at login could not be changed: %1</source>
        <translation>No se pudo cambiar el inicio automático al iniciar sesión: %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MessageDelegate</name>
    <message>
        <source>%1 · Sending…</source>
        <translation>%1 · Enviando…</translation>
    </message>
    <message>
        <source>%1 · Sent</source>
        <translation>%1 · Enviado</translation>
    </message>
    <message>
        <source>%1 · Read</source>
        <translation>%1 · Leído</translation>
    </message>
    <message>
        <source>Not sent — click for Retry or Discard</source>
        <translation>No enviado — haga clic para reintentar o descartar</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Cargando mensajes anteriores…</translation>
    </message>
    <message>
        <source>Loading newer messages…</source>
        <translation>Cargando mensajes más recientes…</translation>
    </message>
    <message>
        <source>This is the start of the conversation</source>
        <translation>Este es el inicio de la conversación</translation>
    </message>
    <message>
        <source>Sending %1%</source>
        <translation>Enviando %1&#xa0;%</translation>
    </message>
    <message>
        <source>Could not load the photo. Click to retry.</source>
        <translation>No se pudo cargar la foto. Haga clic para reintentar.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MessageListView</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>New messages ↓</source>
        <translation>Mensajes nuevos ↓</translation>
    </message>
    <message>
        <source>Jump to the newest messages</source>
        <translation>Ir a los mensajes más recientes</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancelar el envío</translation>
    </message>
    <message>
        <source>Newest messages ↓</source>
        <translation>Mensajes más recientes ↓</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MessageSearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+Shift+F)</source>
        <translation>Buscar en todos los mensajes (Control+Mayúsculas+F)</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Mensajes encontrados</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Escriba al menos dos letras.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on this computer; searching the marketplace…</source>
        <translation>
            <numerusform>%n mensaje en este equipo; buscando en el marketplace…</numerusform>
            <numerusform>%n mensajes en este equipo; buscando en el marketplace…</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>Ningún mensaje coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>Se encontró %n mensaje.</numerusform>
            <numerusform>Se encontraron %n mensajes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found on this computer; the marketplace could not be searched.</source>
        <translation>
            <numerusform>Se encontró %n mensaje en este equipo; no se pudo buscar en el marketplace.</numerusform>
            <numerusform>Se encontraron %n mensajes en este equipo; no se pudo buscar en el marketplace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyCompleter</name>
    <message>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyDelegate</name>
    <message>
        <source>%1 (not synced yet)</source>
        <translation>%1 (aún no sincronizada)</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyManager</name>
    <message>
        <source>You can keep at most %1 saved replies: delete one first.</source>
        <translation>Puede tener como máximo %1 respuestas guardadas: elimine una primero.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Still available</source>
        <translation>Todavía disponible</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Hi {buyer}, yes, the {listing} is still available.</source>
        <translation>Hola, {buyer}. Sí, {listing} sigue disponible.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Ex&amp;portar…</translation>
    </message>
    <message>
        <source>Type / and the shortcut in a message to insert the reply. {buyer}, {listing}, {price} and {seller} are filled in.</source>
        <translation>Escriba / y el atajo en un mensaje para insertar la respuesta. {buyer} (comprador), {listing} (anuncio), {price} (precio) y {seller} (vendedor) se rellenan automáticamente.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>S&amp;hortcut:</source>
        <translation>&amp;Atajo:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Sign in to change your saved replies.</source>
        <translation>Inicie sesión para cambiar sus respuestas guardadas.</translation>
    </message>
    <message>
        <source>Not saved: see the fields marked in red.</source>
        <translation>No se guardó: revise los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No hay cambios.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó «%1».</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>Saved on this computer; it reaches the marketplace when you are back online.</source>
        <translation>Guardada en este equipo; llegará al marketplace cuando vuelva a estar en línea.</translation>
    </message>
    <message>
        <source>Sign in to import saved replies.</source>
        <translation>Inicie sesión para importar respuestas guardadas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a saved replies file (a JSON list of title, shortcut and body).</source>
        <translation>%1 no es un archivo de respuestas guardadas (una lista JSON con title, shortcut y body).</translation>
    </message>
    <message>
        <source>Item %1: not a saved reply (it needs a title, a shortcut and a text).</source>
        <translation>Elemento %1: no es una respuesta guardada (necesita un título, un atajo y un texto).</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Item %1, %2: %3</source>
        <translation>Elemento %1, %2: %3</translation>
    </message>
    <message>
        <source>Item %1, %2: added as /%3.</source>
        <translation>Elemento %1, %2: añadido como /%3.</translation>
    </message>
    <message>
        <source>Import saved replies</source>
        <translation>Importar respuestas guardadas</translation>
    </message>
    <message>
        <source>Saved replies (*.json)</source>
        <translation>Respuestas guardadas (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved reply(s) added</source>
        <translation>
            <numerusform>%n respuesta guardada añadida</numerusform>
            <numerusform>%n respuestas guardadas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n rechazada.</numerusform>
            <numerusform>%n rechazadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export saved replies</source>
        <translation>Exportar respuestas guardadas</translation>
    </message>
    <message>
        <source>saved-replies.json</source>
        <translation>respuestas-guardadas.json</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n saved reply(s).</source>
        <translation>
            <numerusform>Se exportó %n respuesta guardada.</numerusform>
            <numerusform>Se exportaron %n respuestas guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyPicker</name>
    <message>
        <source>Insert a saved reply</source>
        <translation>Insertar una respuesta guardada</translation>
    </message>
    <message>
        <source>Search saved replies…</source>
        <translation>Buscar respuestas guardadas…</translation>
    </message>
    <message>
        <source>Search saved replies</source>
        <translation>Buscar respuestas guardadas</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <source>No saved reply matches. Manage… adds one.</source>
        <translation>Ninguna respuesta guardada coincide. Con Gestionar… puede añadir una.</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>&amp;Gestionar…</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SearchResultDelegate</name>
    <message>
        <source>Conversation %1</source>
        <translation>Conversación %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a search result: buyer · listing</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SettingsDialog</name>
    <message>
        <source>Show a notification for new messages</source>
        <translation>Mostrar una notificación al recibir mensajes nuevos</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Iniciar minimizado en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Send with Ctrl+Enter (Enter starts a new line)</source>
        <translation>Enviar con Control+Intro (Intro inserta un salto de línea)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Through the marketplace (recommended)</source>
        <translation>A través del marketplace (recomendado)</translation>
    </message>
    <message>
        <source>Directly between the apps (whisper)</source>
        <translation>Directamente entre las aplicaciones (whisper)</translation>
    </message>
    <message>
        <source>How typing is shown to buyers</source>
        <translation>Cómo ven los compradores que usted está escribiendo</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Typing indicator:</source>
        <translation>Indicador de escritura:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Send photos with their location and camera details</source>
        <translation>Enviar las fotos con su ubicación y los datos de la cámara</translation>
    </message>
    <message>
        <source>Off: photos are turned upright and their location (GPS) and camera details are removed before they are sent.</source>
        <translation>Desactivado: las fotos se enderezan y se eliminan su ubicación (GPS) y los datos de la cámara antes de enviarlas.</translation>
    </message>
    <message>
        <source>Show the longest wait first in Awaiting reply</source>
        <translation>En «Por responder», mostrar primero la espera más larga</translation>
    </message>
    <message>
        <source>Start Envisage Inbox when I log in</source>
        <translation>Abrir Envisage Inbox al iniciar sesión en el equipo</translation>
    </message>
    <message>
        <source>Started at login, the inbox waits in the tray.</source>
        <translation>Abierta al iniciar sesión, la bandeja de entrada espera en la bandeja del sistema.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Lista de conversaciones</translation>
    </message>
    <message>
        <source>Archive / Move to Inbox</source>
        <translation>Archivar / Mover a la bandeja de entrada</translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation>Del cuadro de búsqueda a los resultados</translation>
    </message>
    <message>
        <source>Message box</source>
        <translation>Cuadro de mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nueva línea</translation>
    </message>
    <message>
        <source>Saved reply (type at the start of a word)</source>
        <translation>Respuesta guardada (escriba al principio de una palabra)</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>Pegar una foto</translation>
    </message>
    <message>
        <source>Photo viewer</source>
        <translation>Visor de fotos</translation>
    </message>
    <message>
        <source>Previous / next photo</source>
        <translation>Foto anterior / siguiente</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Acercar / alejar</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 or %2 to close</source>
        <translation>%1 o %2 para cerrar</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SignInDialog</name>
    <message>
        <source>Use TLS (wss://)</source>
        <translation>Usar TLS (wss://)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to Envisage Inbox</source>
        <translation>Iniciar sesión en Envisage Inbox</translation>
    </message>
    <message>
        <source>Envisage Marketplace</source>
        <translation>Envisage Marketplace</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Entorno de pruebas local</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>WebSocket host</source>
        <translation>Host de WebSocket</translation>
    </message>
    <message>
        <source>WebSocket port</source>
        <translation>Puerto de WebSocket</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>Clave de la aplicación</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>Detalles del servidor</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Dirección de la API:</translation>
    </message>
    <message>
        <source>WebSocket host:</source>
        <translation>Host de WebSocket:</translation>
    </message>
    <message>
        <source>WebSocket port:</source>
        <translation>Puerto de WebSocket:</translation>
    </message>
    <message>
        <source>App key:</source>
        <translation>Clave de la aplicación:</translation>
    </message>
    <message>
        <source>Answer your buyers in real time.</source>
        <translation>Responda a sus compradores en tiempo real.</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>Iniciar la demo</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>The email or password is not right. Check them and try again.</source>
        <translation>El correo electrónico o la contraseña no son correctos. Revíselos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection and the server address.</source>
        <translation>No se puede acceder al servidor. Compruebe su conexión y la dirección del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation>El certificado del servidor no es de confianza, por lo que se rechazó la conexión.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos de inicio de sesión. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos de inicio de sesión. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again in a minute.</source>
        <translation>Demasiados intentos de inicio de sesión. Vuelva a intentarlo en un minuto.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::StartAtLogin</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>The Windows registry could not be changed.</source>
        <translation>No se pudo modificar el registro de Windows.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::TrayNotifier</name>
    <message>
        <source>Envisage Inbox</source>
        <translation>Envisage Inbox</translation>
    </message>
    <message>
        <source>Open Envisage Inbox</source>
        <translation>Abrir Envisage Inbox</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>Envisage Inbox — %n unread</source>
        <translation>
            <numerusform>Envisage Inbox — %n sin leer</numerusform>
            <numerusform>Envisage Inbox — %n sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n mensaje nuevo</numerusform>
            <numerusform>%n mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message numerus="yes">
        <source>In %n conversation(s)</source>
        <translation>
            <numerusform>En %n conversación</numerusform>
            <numerusform>En %n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n new message(s))</source>
        <comment>notification title: sender, count</comment>
        <translation>
            <numerusform>%1 (%n mensaje nuevo)</numerusform>
            <numerusform>%1 (%n mensajes nuevos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Responder a %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::TriageTabs</name>
    <message>
        <source>Inbox</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídas</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>Por responder</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivadas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>%1: %n conversación</numerusform>
            <numerusform>%1: %n conversaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Answer your Envisage Marketplace buyers in real time.</source>
        <translation>Responda en tiempo real a sus compradores de Envisage Marketplace.</translation>
    </message>
    <message>
        <source>Start a local marketplace with demo data and sign in as the demo seller.</source>
        <translation>Iniciar un marketplace local con datos de demostración e iniciar sesión como el vendedor de demostración.</translation>
    </message>
    <message>
        <source>Use the named server profile.</source>
        <translation>Usar el perfil de servidor indicado.</translation>
    </message>
    <message>
        <source>Marketplace API address, e.g. http://127.0.0.1:8000.</source>
        <translation>Dirección de la API del marketplace, p. ej., http://127.0.0.1:8000.</translation>
    </message>
    <message>
        <source>Start in the tray.</source>
        <translation>Iniciar en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>Log what happens to the terminal.</source>
        <translation>Registrar la actividad en la terminal.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>No keychain is available: you will need to sign in again the next time Envisage Inbox starts.</source>
        <translation>No hay ningún llavero disponible: tendrá que volver a iniciar sesión la próxima vez que se inicie Envisage Inbox.</translation>
    </message>
    <message>
        <source>Sign out first to sign in to another server.</source>
        <translation>Cierre sesión primero para iniciar sesión en otro servidor.</translation>
    </message>
</context>
</TS>
