<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AttachmentChoice</name>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>“%1” is %2; files can be up to %3.</source>
        <translation>„%1“ ist %2 groß; Dateien dürfen höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>“%1” is not a photo or a PDF (JPEG, PNG, GIF, WebP or PDF).</source>
        <translation>„%1“ ist weder ein Foto noch ein PDF (JPEG, PNG, GIF, WebP oder PDF).</translation>
    </message>
    <message numerus="yes">
        <source>A message carries at most %n file(s); “%1” was left out.</source>
        <translation>
            <numerusform>Eine Nachricht kann höchstens %n Datei enthalten; „%1“ wurde weggelassen.</numerusform>
            <numerusform>Eine Nachricht kann höchstens %n Dateien enthalten; „%1“ wurde weggelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxFiles</name>
    <message numerus="yes">
        <source>A message can carry at most %n file(s).</source>
        <translation>
            <numerusform>Eine Nachricht kann höchstens %n Datei enthalten.</numerusform>
            <numerusform>Eine Nachricht kann höchstens %n Dateien enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 ist größer als 10&#xa0;MB.</translation>
    </message>
    <message>
        <source>The files cannot be kept for sending: the folder %1 cannot be made.</source>
        <translation>Die Dateien können nicht zum Senden aufbewahrt werden: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>it is larger than 10 MB once its location data is removed</source>
        <translation>die Datei ist auch ohne Standortdaten größer als 10&#xa0;MB</translation>
    </message>
    <message>
        <source>%1 cannot be kept for sending (is the disk full?): %2</source>
        <translation>%1 kann nicht zum Senden aufbewahrt werden (ist der Datenträger voll?): %2</translation>
    </message>
</context>
<context>
    <name>envisage::api::ApiError</name>
    <message>
        <source>The marketplace cannot be reached. Check your connection.</source>
        <translation>Der Marktplatz ist nicht erreichbar. Prüfen Sie Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s security certificate is not trusted, so the connection was refused.</source>
        <translation>Das Sicherheitszertifikat des Marktplatzes ist nicht vertrauenswürdig. Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The marketplace did not answer in time.</source>
        <translation>Der Marktplatz hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Dazu sind Sie nicht berechtigt.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Diese Unterhaltung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The marketplace refused the input.</source>
        <translation>Der Marktplatz hat die Eingabe abgelehnt.</translation>
    </message>
    <message>
        <source>The marketplace had a problem. Trying again shortly.</source>
        <translation>Beim Marktplatz ist ein Problem aufgetreten. Gleich folgt ein neuer Versuch.</translation>
    </message>
    <message>
        <source>The marketplace refused the request.</source>
        <translation>Der Marktplatz hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The marketplace sent an answer this app does not understand.</source>
        <translation>Der Marktplatz hat eine Antwort gesendet, die diese App nicht versteht.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Anfragen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again shortly.</source>
        <translation>Zu viele Anfragen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>envisage::app::DemoSandbox</name>
    <message>
        <source>The demo cannot start: %1 is missing. Reinstall Envisage Inbox to get it back.</source>
        <translation>Die Demo kann nicht starten: %1 fehlt. Installieren Sie Envisage Inbox neu, um die Datei wiederherzustellen.</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 did not run (%2).</source>
        <translation>Die Demo kann nicht starten: %1 ließ sich nicht ausführen (%2).</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 stopped before it was ready (exit code %2).</source>
        <translation>Die Demo kann nicht starten: %1 wurde beendet, bevor es bereit war (Exit-Code %2).</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 did not answer as expected.</source>
        <translation>Die Demo kann nicht starten: %1 hat nicht wie erwartet geantwortet.</translation>
    </message>
    <message>
        <source>The demo&apos;s marketplace has stopped. Quit Envisage Inbox and start the demo again to go on.</source>
        <translation>Der Marktplatz der Demo wurde beendet. Beenden Sie Envisage Inbox und starten Sie die Demo erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 did not report that it was ready in time (%2 s).</source>
        <translation>Die Demo kann nicht starten: %1 hat nicht rechtzeitig gemeldet, dass es bereit ist (%2 s).</translation>
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
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::inbox::AttachmentCache</name>
    <message>
        <source>There is no preview of this file.</source>
        <translation>Für diese Datei gibt es keine Vorschau.</translation>
    </message>
    <message>
        <source>The file cannot be saved on this computer: %1</source>
        <translation>Die Datei kann nicht auf diesem Computer gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The file cannot be saved on this computer.</source>
        <translation>Die Datei kann nicht auf diesem Computer gespeichert werden.</translation>
    </message>
    <message>
        <source>The file could not be read. It may be damaged.</source>
        <translation>Die Datei konnte nicht gelesen werden. Sie ist möglicherweise beschädigt.</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::InboxSession</name>
    <message>
        <source>Please sign in.</source>
        <translation>Bitte melden Sie sich an.</translation>
    </message>
    <message>
        <source>The offline cache cannot be used (%1); the inbox works online only.</source>
        <translation>Der Offline-Speicher kann nicht verwendet werden (%1); der Posteingang funktioniert nur online.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the server could not be reached to end the session there. It will be ended the next time you sign in here.</source>
        <translation>Auf diesem Computer abgemeldet, aber der Server war nicht erreichbar, um die Sitzung dort zu beenden. Sie wird beendet, wenn Sie sich hier das nächste Mal anmelden.</translation>
    </message>
    <message>
        <source>The offline cache could not be opened (%1). It was kept at %2 and a new one was started.</source>
        <translation>Der Offline-Speicher konnte nicht geöffnet werden (%1). Er wurde unter %2 aufbewahrt, und ein neuer wurde angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Recovered from it: %n unsent message(s)</source>
        <translation>
            <numerusform>Daraus wiederhergestellt: %n nicht gesendete Nachricht</numerusform>
            <numerusform>Daraus wiederhergestellt: %n nicht gesendete Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s).</source>
        <translation>
            <numerusform>%n Entwurf.</numerusform>
            <numerusform>%n Entwürfe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be recovered from it (%1).</source>
        <translation>Daraus konnte nichts wiederhergestellt werden (%1).</translation>
    </message>
    <message>
        <source>This offline cache belongs to another account; its unsent messages stay in it and are not sent.</source>
        <translation>Dieser Offline-Speicher gehört zu einem anderen Konto; seine nicht gesendeten Nachrichten bleiben darin und werden nicht gesendet.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the two recovered counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>That message could not be loaded; the conversation shows its newest messages.</source>
        <translation>Diese Nachricht konnte nicht geladen werden; die Unterhaltung zeigt ihre neuesten Nachrichten.</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::Outbox</name>
    <message>
        <source>Not saved on this computer (is the disk full?). Retry saves and sends it.</source>
        <translation>Nicht auf diesem Computer gespeichert (ist der Datenträger voll?). „Wiederholen“ speichert und sendet die Nachricht.</translation>
    </message>
    <message>
        <source>A message could not be saved on this computer (is the disk full?). It is kept on screen; choose Retry to save and send it.</source>
        <translation>Eine Nachricht konnte auf diesem Computer nicht gespeichert werden (ist der Datenträger voll?). Sie bleibt auf dem Bildschirm; wählen Sie „Wiederholen“, um sie zu speichern und zu senden.</translation>
    </message>
    <message>
        <source>The offline cache could not record a change to an unsent message (is the disk full?).</source>
        <translation>Der Offline-Speicher konnte eine Änderung an einer nicht gesendeten Nachricht nicht speichern (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>%1 is larger than the marketplace accepts.</source>
        <translation>%1 ist größer, als der Marktplatz annimmt.</translation>
    </message>
    <message>
        <source>The copy of %1 kept for sending is gone.</source>
        <translation>Die zum Senden aufbewahrte Kopie von %1 ist nicht mehr vorhanden.</translation>
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
        <translation>eine gespeicherte Antwort</translation>
    </message>
    <message>
        <source>The marketplace refused %1: %2</source>
        <translation>Der Marktplatz hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 was deleted on another device; your change to it was not saved.</source>
        <translation>Auf einem anderen Gerät wurde %1 gelöscht; Ihre Änderung daran wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 belongs to another account; your change was not saved.</source>
        <translation>Ihre Änderung wurde nicht gespeichert, da %1 zu einem anderen Konto gehört.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>Es war nicht möglich, %1 zu löschen: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Es war nicht möglich, %1 zu speichern: %2</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer (is the disk full?), so it was not made.</source>
        <translation>Die Änderung konnte nicht auf diesem Computer gespeichert werden (ist der Datenträger voll?) und wurde daher nicht vorgenommen.</translation>
    </message>
    <message>
        <source>The offline cache could not record a change to your saved replies (is the disk full?).</source>
        <translation>Der Offline-Speicher konnte eine Änderung an Ihren gespeicherten Antworten nicht speichern (ist der Datenträger voll?).</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::SavedReplyText</name>
    <message>
        <source>Give the reply a title.</source>
        <translation>Geben Sie der Antwort einen Titel.</translation>
    </message>
    <message>
        <source>The title can have at most %1 characters.</source>
        <translation>Der Titel darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Give the reply a shortcut, such as &quot;available&quot;.</source>
        <translation>Geben Sie der Antwort ein Kürzel, etwa „verfuegbar“.</translation>
    </message>
    <message>
        <source>The shortcut can have at most %1 characters.</source>
        <translation>Das Kürzel darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The shortcut can only have lowercase letters, digits and dashes.</source>
        <translation>Das Kürzel darf nur Kleinbuchstaben (a–z), Ziffern und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>The shortcut &quot;%1&quot; is already used by your saved reply &quot;%2&quot;.</source>
        <translation>Das Kürzel „%1“ wird bereits von Ihrer gespeicherten Antwort „%2“ verwendet.</translation>
    </message>
    <message>
        <source>Write the text of the reply.</source>
        <translation>Schreiben Sie den Text der Antwort.</translation>
    </message>
    <message>
        <source>The text can have at most %1 characters.</source>
        <translation>Der Text darf höchstens %1 Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::Triage</name>
    <message>
        <source>This conversation was not archived: you are no longer part of it.</source>
        <translation>Diese Unterhaltung wurde nicht archiviert: Sie sind nicht mehr daran beteiligt.</translation>
    </message>
    <message>
        <source>This conversation was not moved back to the inbox: you are no longer part of it.</source>
        <translation>Diese Unterhaltung wurde nicht in den Posteingang zurückverschoben: Sie sind nicht mehr daran beteiligt.</translation>
    </message>
    <message>
        <source>This conversation was not marked unread: you are no longer part of it.</source>
        <translation>Diese Unterhaltung wurde nicht als ungelesen markiert: Sie sind nicht mehr daran beteiligt.</translation>
    </message>
    <message>
        <source>This conversation was not archived. %1</source>
        <translation>Diese Unterhaltung wurde nicht archiviert. %1</translation>
    </message>
    <message>
        <source>This conversation was not moved back to the inbox. %1</source>
        <translation>Diese Unterhaltung wurde nicht in den Posteingang zurückverschoben. %1</translation>
    </message>
    <message>
        <source>This conversation was not marked unread. %1</source>
        <translation>Diese Unterhaltung wurde nicht als ungelesen markiert. %1</translation>
    </message>
    <message>
        <source>This conversation was not marked read: you are no longer part of it.</source>
        <translation>Diese Unterhaltung wurde nicht als gelesen markiert: Sie sind nicht mehr daran beteiligt.</translation>
    </message>
    <message>
        <source>This conversation was not marked read. %1</source>
        <translation>Diese Unterhaltung wurde nicht als gelesen markiert. %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::AttachmentImages</name>
    <message>
        <source>Sign in to open attachments.</source>
        <translation>Melden Sie sich an, um Anhänge zu öffnen.</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>Dieses Foto kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::AttachmentTray</name>
    <message>
        <source>Files not attached</source>
        <translation>Nicht angehängte Dateien</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Eingefügtes Bild %1</translation>
    </message>
    <message>
        <source>The pasted image could not be saved: %1</source>
        <translation>Das eingefügte Bild konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Photos are sent upright, without their location or camera details.</source>
        <translation>Fotos werden aufrecht gedreht und ohne Standort- und Kameradaten gesendet.</translation>
    </message>
    <message>
        <source>Photos are sent as they are, with their location and camera details (Settings).</source>
        <translation>Fotos werden unverändert gesendet, mit Standort- und Kameradaten (Einstellungen).</translation>
    </message>
</context>
<context>
    <name>envisage::ui::Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Enter)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Verwendete Zeichen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>Attach photos or PDFs (up to 3, 10 MB each)</source>
        <translation>Fotos oder PDFs anhängen (bis zu 3, je 10&#xa0;MB)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach photos or PDFs</source>
        <translation>Fotos oder PDFs anhängen</translation>
    </message>
    <message>
        <source>Photos and PDFs (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;All files (*)</source>
        <translation>Fotos und PDFs (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Emoji einfügen</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Signed out — sign in again to send and receive messages.</source>
        <translation>Abgemeldet — zum Senden und Empfangen bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — reconnecting in %n s</source>
        <translation>
            <numerusform>Offline — neuer Versuch in %n s</numerusform>
            <numerusform>Offline — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — reconnecting…</source>
        <translation>Offline — Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Jetzt versuchen</translation>
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
        <translation>schreibt…</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationHeader</name>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Online-Status</translation>
    </message>
    <message>
        <source>Buyer&apos;s picture</source>
        <translation>Bild des Käufers</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Listing picture</source>
        <translation>Bild des Angebots</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationListPanel</name>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>Unterhaltungen durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversation filter</source>
        <translation>Unterhaltungsfilter</translation>
    </message>
    <message>
        <source>Move to &amp;Inbox</source>
        <translation>In den &amp;Posteingang verschieben</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationView</name>
    <message>
        <source>Choose a conversation to read and answer it.</source>
        <translation>Wählen Sie eine Unterhaltung aus, um sie zu lesen und zu beantworten.</translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation>Tippanzeige</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <source>%1 are typing…</source>
        <translation>%1 schreiben…</translation>
    </message>
    <message>
        <source>Sign in to send messages. Your draft is kept.</source>
        <translation>Melden Sie sich an, um Nachrichten zu senden. Ihr Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Strg+Enter sendet, Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter sendet, Umschalt+Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>This message has already gone to the buyer; it cannot be cancelled any more.</source>
        <translation>Diese Nachricht ist bereits beim Käufer angekommen; das Senden kann nicht mehr abgebrochen werden.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>The file could not be opened: it could not be copied to %1.</source>
        <translation>Die Datei konnte nicht geöffnet werden: Sie ließ sich nicht nach %1 kopieren.</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Keine Anwendung konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Your reply from the notification was not sent. It is here to edit and send.</source>
        <translation>Ihre Antwort aus der Benachrichtigung wurde nicht gesendet. Sie steht hier zum Bearbeiten und Senden bereit.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::EmojiPicker</name>
    <message>
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <source>Hands and hearts</source>
        <translation>Hände und Herzen</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
</context>
<context>
    <name>envisage::ui::Formatting</name>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Last seen just now</source>
        <translation>Zuletzt online: gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>Last seen %n minute(s) ago</source>
        <translation>
            <numerusform>Zuletzt online vor %n Minute</numerusform>
            <numerusform>Zuletzt online vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last seen %n hour(s) ago</source>
        <translation>
            <numerusform>Zuletzt online vor %n Stunde</numerusform>
            <numerusform>Zuletzt online vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Zuletzt online: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>how long a buyer has waited</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>how long a buyer has waited</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>how long a buyer has waited</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::ui::ImageViewer</name>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Previous photo (Left)</source>
        <translation>Vorheriges Foto (Links)</translation>
    </message>
    <message>
        <source>Next photo (Right)</source>
        <translation>Nächstes Foto (Rechts)</translation>
    </message>
    <message>
        <source>Save the photo (Ctrl+S)</source>
        <translation>Foto speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 von %3</translation>
    </message>
    <message>
        <source>Save photo</source>
        <translation>Foto speichern</translation>
    </message>
    <message>
        <source>The photo could not be saved to %1.</source>
        <translation>Das Foto konnte nicht unter %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MainWindow</name>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Envisage Inbox</source>
        <translation>Ü&amp;ber Envisage Inbox</translation>
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
        <translation>Über Envisage Inbox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Envisage Inbox %1&lt;/h3&gt;&lt;p&gt;Answer your Envisage Marketplace buyers in real time.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licensed under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Envisage Inbox %1&lt;/h3&gt;&lt;p&gt;Antworten Sie Ihren Käufern auf Envisage Marketplace in Echtzeit.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (läuft mit Qt %3).&lt;/p&gt;&lt;p&gt;Lizenziert unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>Ant&amp;worten</translation>
    </message>
    <message>
        <source>&amp;Insert saved reply…</source>
        <translation>Gespeicherte Antwort &amp;einfügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Manage saved replies…</source>
        <translation>Gespeicherte Antworten &amp;verwalten…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;Ungelesen</translation>
    </message>
    <message>
        <source>&amp;Awaiting reply</source>
        <translation>Un&amp;beantwortet</translation>
    </message>
    <message>
        <source>A&amp;rchived</source>
        <translation>&amp;Archiviert</translation>
    </message>
    <message>
        <source>Awaiting Reply: &amp;Longest Wait First</source>
        <translation>Unbeantwortet: &amp;Längste Wartezeit zuerst</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Archive / Move to Inbox</source>
        <translation>&amp;Archivieren / In den Posteingang verschieben</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>&amp;Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Next Unread Conversation</source>
        <translation>&amp;Nächste ungelesene Unterhaltung</translation>
    </message>
    <message>
        <source>Search &amp;Messages…</source>
        <translation>Nachrichten &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Starting at login could not be changed: %1</source>
        <translation>Der Start beim Anmelden am Computer konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MessageDelegate</name>
    <message>
        <source>%1 · Sending…</source>
        <translation>%1 · Wird gesendet…</translation>
    </message>
    <message>
        <source>%1 · Sent</source>
        <translation>%1 · Gesendet</translation>
    </message>
    <message>
        <source>%1 · Read</source>
        <translation>%1 · Gelesen</translation>
    </message>
    <message>
        <source>Not sent — click for Retry or Discard</source>
        <translation>Nicht gesendet — klicken: Wiederholen oder Verwerfen</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Ältere Nachrichten werden geladen…</translation>
    </message>
    <message>
        <source>Loading newer messages…</source>
        <translation>Neuere Nachrichten werden geladen…</translation>
    </message>
    <message>
        <source>This is the start of the conversation</source>
        <translation>Hier beginnt die Unterhaltung</translation>
    </message>
    <message>
        <source>Sending %1%</source>
        <translation>Wird gesendet: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Could not load the photo. Click to retry.</source>
        <translation>Foto konnte nicht geladen werden. Zum Wiederholen klicken.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MessageListView</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>New messages ↓</source>
        <translation>Neue Nachrichten ↓</translation>
    </message>
    <message>
        <source>Jump to the newest messages</source>
        <translation>Zu den neuesten Nachrichten springen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <source>Newest messages ↓</source>
        <translation>Neueste Nachrichten ↓</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MessageSearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+Shift+F)</source>
        <translation>Alle Nachrichten durchsuchen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Gefundene Nachrichten</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Geben Sie mindestens zwei Buchstaben ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on this computer; searching the marketplace…</source>
        <translation>
            <numerusform>%n Nachricht auf diesem Computer; der Marktplatz wird durchsucht…</numerusform>
            <numerusform>%n Nachrichten auf diesem Computer; der Marktplatz wird durchsucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>Keine Nachricht passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n Nachricht gefunden.</numerusform>
            <numerusform>%n Nachrichten gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found on this computer; the marketplace could not be searched.</source>
        <translation>
            <numerusform>%n Nachricht auf diesem Computer gefunden; der Marktplatz konnte nicht durchsucht werden.</numerusform>
            <numerusform>%n Nachrichten auf diesem Computer gefunden; der Marktplatz konnte nicht durchsucht werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyCompleter</name>
    <message>
        <source>Saved replies</source>
        <translation>Gespeicherte Antworten</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyDelegate</name>
    <message>
        <source>%1 (not synced yet)</source>
        <translation>%1 (noch nicht synchronisiert)</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyManager</name>
    <message>
        <source>You can keep at most %1 saved replies: delete one first.</source>
        <translation>Sie können höchstens %1 gespeicherte Antworten haben: Löschen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Gespeicherte Antworten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Still available</source>
        <translation>Noch verfügbar</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfuegbar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hi {buyer}, yes, the {listing} is still available.</source>
        <translation>Hallo {buyer}, ja, {listing} ist noch verfügbar.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Type / and the shortcut in a message to insert the reply. {buyer}, {listing}, {price} and {seller} are filled in.</source>
        <translation>Geben Sie in einer Nachricht / und das Kürzel ein, um die Antwort einzufügen. {buyer} (Käufer), {listing} (Angebot), {price} (Preis) und {seller} (Verkäufer) werden automatisch ausgefüllt.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>S&amp;hortcut:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Sign in to change your saved replies.</source>
        <translation>Melden Sie sich an, um Ihre gespeicherten Antworten zu ändern.</translation>
    </message>
    <message>
        <source>Not saved: see the fields marked in red.</source>
        <translation>Nicht gespeichert: Prüfen Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved on this computer; it reaches the marketplace when you are back online.</source>
        <translation>Auf diesem Computer gespeichert; die Antwort geht an den Marktplatz, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <source>Sign in to import saved replies.</source>
        <translation>Melden Sie sich an, um gespeicherte Antworten zu importieren.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a saved replies file (a JSON list of title, shortcut and body).</source>
        <translation>%1 ist keine Datei mit gespeicherten Antworten (eine JSON-Liste mit title, shortcut und body).</translation>
    </message>
    <message>
        <source>Item %1: not a saved reply (it needs a title, a shortcut and a text).</source>
        <translation>Eintrag %1: keine gespeicherte Antwort (dazu gehören Titel, Kürzel und Text).</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Item %1, %2: %3</source>
        <translation>Eintrag %1, %2: %3</translation>
    </message>
    <message>
        <source>Item %1, %2: added as /%3.</source>
        <translation>Eintrag %1, %2: als /%3 hinzugefügt.</translation>
    </message>
    <message>
        <source>Import saved replies</source>
        <translation>Gespeicherte Antworten importieren</translation>
    </message>
    <message>
        <source>Saved replies (*.json)</source>
        <translation>Gespeicherte Antworten (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved reply(s) added</source>
        <translation>
            <numerusform>%n gespeicherte Antwort hinzugefügt</numerusform>
            <numerusform>%n gespeicherte Antworten hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n abgelehnt.</numerusform>
            <numerusform>%n abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export saved replies</source>
        <translation>Gespeicherte Antworten exportieren</translation>
    </message>
    <message>
        <source>saved-replies.json</source>
        <translation>gespeicherte-antworten.json</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n saved reply(s).</source>
        <translation>
            <numerusform>%n gespeicherte Antwort exportiert.</numerusform>
            <numerusform>%n gespeicherte Antworten exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyPicker</name>
    <message>
        <source>Insert a saved reply</source>
        <translation>Gespeicherte Antwort einfügen</translation>
    </message>
    <message>
        <source>Search saved replies…</source>
        <translation>Gespeicherte Antworten durchsuchen…</translation>
    </message>
    <message>
        <source>Search saved replies</source>
        <translation>Gespeicherte Antworten durchsuchen</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Gespeicherte Antworten</translation>
    </message>
    <message>
        <source>No saved reply matches. Manage… adds one.</source>
        <translation>Keine gespeicherte Antwort passt. Mit „Verwalten…“ fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>&amp;Verwalten…</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SearchResultDelegate</name>
    <message>
        <source>Conversation %1</source>
        <translation>Unterhaltung %1</translation>
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
        <translation>Bei neuen Nachrichten benachrichtigen</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Nach dem Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Send with Ctrl+Enter (Enter starts a new line)</source>
        <translation>Mit Strg+Enter senden (Enter beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Through the marketplace (recommended)</source>
        <translation>Über den Marktplatz (empfohlen)</translation>
    </message>
    <message>
        <source>Directly between the apps (whisper)</source>
        <translation>Direkt zwischen den Apps (Whisper)</translation>
    </message>
    <message>
        <source>How typing is shown to buyers</source>
        <translation>Wie Käufer sehen, dass Sie schreiben</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Typing indicator:</source>
        <translation>Tippanzeige:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Send photos with their location and camera details</source>
        <translation>Fotos mit Standort- und Kameradaten senden</translation>
    </message>
    <message>
        <source>Off: photos are turned upright and their location (GPS) and camera details are removed before they are sent.</source>
        <translation>Aus: Fotos werden vor dem Senden aufrecht gedreht, und ihr Standort (GPS) sowie ihre Kameradaten werden entfernt.</translation>
    </message>
    <message>
        <source>Show the longest wait first in Awaiting reply</source>
        <translation>In „Unbeantwortet“ die längste Wartezeit zuerst anzeigen</translation>
    </message>
    <message>
        <source>Start Envisage Inbox when I log in</source>
        <translation>Envisage Inbox beim Anmelden am Computer starten</translation>
    </message>
    <message>
        <source>Started at login, the inbox waits in the tray.</source>
        <translation>Beim Anmelden gestartet, wartet der Posteingang im Infobereich.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Unterhaltungsliste</translation>
    </message>
    <message>
        <source>Archive / Move to Inbox</source>
        <translation>Archivieren / In den Posteingang verschieben</translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation>Vom Suchfeld zu den Ergebnissen</translation>
    </message>
    <message>
        <source>Message box</source>
        <translation>Nachrichtenfeld</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Neue Zeile</translation>
    </message>
    <message>
        <source>Saved reply (type at the start of a word)</source>
        <translation>Gespeicherte Antwort (am Wortanfang eingeben)</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>Foto einfügen</translation>
    </message>
    <message>
        <source>Photo viewer</source>
        <translation>Fotoansicht</translation>
    </message>
    <message>
        <source>Previous / next photo</source>
        <translation>Vorheriges / nächstes Foto</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Vergrößern / Verkleinern</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>An das Fenster anpassen</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 or %2 to close</source>
        <translation>%1 oder %2 zum Schließen</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SignInDialog</name>
    <message>
        <source>Use TLS (wss://)</source>
        <translation>TLS verwenden (wss://)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to Envisage Inbox</source>
        <translation>Bei Envisage Inbox anmelden</translation>
    </message>
    <message>
        <source>Envisage Marketplace</source>
        <translation>Envisage Marketplace</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>WebSocket host</source>
        <translation>WebSocket-Host</translation>
    </message>
    <message>
        <source>WebSocket port</source>
        <translation>WebSocket-Port</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>App-Schlüssel</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>Serverdetails</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <source>WebSocket host:</source>
        <translation>WebSocket-Host:</translation>
    </message>
    <message>
        <source>WebSocket port:</source>
        <translation>WebSocket-Port:</translation>
    </message>
    <message>
        <source>App key:</source>
        <translation>App-Schlüssel:</translation>
    </message>
    <message>
        <source>Answer your buyers in real time.</source>
        <translation>Antworten Sie Ihren Käufern in Echtzeit.</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>Demo starten</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>The email or password is not right. Check them and try again.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch. Bitte prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection and the server address.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und die Serveradresse.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig. Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anmeldeversuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Anmeldeversuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again in a minute.</source>
        <translation>Zu viele Anmeldeversuche. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::StartAtLogin</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The Windows registry could not be changed.</source>
        <translation>Die Windows-Registrierung konnte nicht geändert werden.</translation>
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
        <translation>Envisage Inbox öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>Envisage Inbox — %n unread</source>
        <translation>
            <numerusform>Envisage Inbox — %n ungelesen</numerusform>
            <numerusform>Envisage Inbox — %n ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message numerus="yes">
        <source>In %n conversation(s)</source>
        <translation>
            <numerusform>In %n Unterhaltung</numerusform>
            <numerusform>In %n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n new message(s))</source>
        <comment>notification title: sender, count</comment>
        <translation>
            <numerusform>%1 (%n neue Nachricht)</numerusform>
            <numerusform>%1 (%n neue Nachrichten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>%1 antworten</translation>
    </message>
</context>
<context>
    <name>envisage::ui::TriageTabs</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>%1: %n Unterhaltung</numerusform>
            <numerusform>%1: %n Unterhaltungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Answer your Envisage Marketplace buyers in real time.</source>
        <translation>Antworten Sie Ihren Käufern auf Envisage Marketplace in Echtzeit.</translation>
    </message>
    <message>
        <source>Start a local marketplace with demo data and sign in as the demo seller.</source>
        <translation>Einen lokalen Marktplatz mit Demodaten starten und als Demo-Verkäufer anmelden.</translation>
    </message>
    <message>
        <source>Use the named server profile.</source>
        <translation>Das angegebene Serverprofil verwenden.</translation>
    </message>
    <message>
        <source>Marketplace API address, e.g. http://127.0.0.1:8000.</source>
        <translation>API-Adresse des Marktplatzes, z. B. http://127.0.0.1:8000.</translation>
    </message>
    <message>
        <source>Start in the tray.</source>
        <translation>Im Infobereich starten.</translation>
    </message>
    <message>
        <source>Log what happens to the terminal.</source>
        <translation>Protokoll im Terminal ausgeben.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>No keychain is available: you will need to sign in again the next time Envisage Inbox starts.</source>
        <translation>Kein Schlüsselbund verfügbar: Beim nächsten Start von Envisage Inbox müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Sign out first to sign in to another server.</source>
        <translation>Melden Sie sich zuerst ab, um sich bei einem anderen Server anzumelden.</translation>
    </message>
</context>
</TS>
