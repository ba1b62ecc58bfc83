<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttachmentChoice</name>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>«&#xa0;%1&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>“%1” is %2; files can be up to %3.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;; les fichiers peuvent faire jusqu’à %3.</translation>
    </message>
    <message>
        <source>“%1” is not a photo or a PDF (JPEG, PNG, GIF, WebP or PDF).</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni une photo ni un PDF (JPEG, PNG, GIF, WebP ou PDF).</translation>
    </message>
    <message numerus="yes">
        <source>A message carries at most %n file(s); “%1” was left out.</source>
        <translation>
            <numerusform>Un message contient au maximum %n fichier&#xa0;; «&#xa0;%1&#xa0;» n’a pas été ajouté.</numerusform>
            <numerusform>Un message contient au maximum %n fichiers&#xa0;; «&#xa0;%1&#xa0;» n’a pas été ajouté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxFiles</name>
    <message numerus="yes">
        <source>A message can carry at most %n file(s).</source>
        <translation>
            <numerusform>Un message peut contenir au maximum %n fichier.</numerusform>
            <numerusform>Un message peut contenir au maximum %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 dépasse 10&#xa0;MB.</translation>
    </message>
    <message>
        <source>The files cannot be kept for sending: the folder %1 cannot be made.</source>
        <translation>Les fichiers ne peuvent pas être conservés pour l’envoi&#xa0;: impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>it is larger than 10 MB once its location data is removed</source>
        <translation>il dépasse 10&#xa0;MB même sans ses données de localisation</translation>
    </message>
    <message>
        <source>%1 cannot be kept for sending (is the disk full?): %2</source>
        <translation>%1 ne peut pas être conservé pour l’envoi (le disque est-il plein&#xa0;?)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>envisage::api::ApiError</name>
    <message>
        <source>The marketplace cannot be reached. Check your connection.</source>
        <translation>Impossible de joindre la place de marché. Vérifiez votre connexion.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s security certificate is not trusted, so the connection was refused.</source>
        <translation>Le certificat de sécurité de la place de marché n’est pas approuvé&#xa0;: la connexion a été refusée.</translation>
    </message>
    <message>
        <source>The marketplace did not answer in time.</source>
        <translation>La place de marché n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n’êtes pas autorisé à effectuer cette action.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Cette conversation n’existe plus.</translation>
    </message>
    <message>
        <source>The marketplace refused the input.</source>
        <translation>La place de marché a refusé les données saisies.</translation>
    </message>
    <message>
        <source>The marketplace had a problem. Trying again shortly.</source>
        <translation>La place de marché a rencontré un problème. Nouvel essai dans un instant.</translation>
    </message>
    <message>
        <source>The marketplace refused the request.</source>
        <translation>La place de marché a refusé la requête.</translation>
    </message>
    <message>
        <source>The marketplace sent an answer this app does not understand.</source>
        <translation>La place de marché a envoyé une réponse que cette application ne comprend pas.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de requêtes. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de requêtes. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again shortly.</source>
        <translation>Trop de requêtes. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>envisage::app::DemoSandbox</name>
    <message>
        <source>The demo cannot start: %1 is missing. Reinstall Envisage Inbox to get it back.</source>
        <translation>Impossible de lancer la démo&#xa0;: %1 est introuvable. Réinstallez Envisage Inbox pour le récupérer.</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 did not run (%2).</source>
        <translation>Impossible de lancer la démo&#xa0;: %1 n’a pas pu être exécuté (%2).</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 stopped before it was ready (exit code %2).</source>
        <translation>Impossible de lancer la démo&#xa0;: %1 s’est arrêté avant d’être prêt (code de sortie %2).</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 did not answer as expected.</source>
        <translation>Impossible de lancer la démo&#xa0;: %1 n’a pas répondu comme prévu.</translation>
    </message>
    <message>
        <source>The demo&apos;s marketplace has stopped. Quit Envisage Inbox and start the demo again to go on.</source>
        <translation>La place de marché de la démo s’est arrêtée. Quittez Envisage Inbox et relancez la démo pour continuer.</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 did not report that it was ready in time (%2 s).</source>
        <translation>Impossible de lancer la démo&#xa0;: %1 n’a pas signalé à temps qu’il était prêt (%2&#xa0;s).</translation>
    </message>
</context>
<context>
    <name>envisage::inbox</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::inbox::AttachmentCache</name>
    <message>
        <source>There is no preview of this file.</source>
        <translation>Aucun aperçu n’est disponible pour ce fichier.</translation>
    </message>
    <message>
        <source>The file cannot be saved on this computer: %1</source>
        <translation>Impossible d’enregistrer le fichier sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file cannot be saved on this computer.</source>
        <translation>Impossible d’enregistrer le fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The file could not be read. It may be damaged.</source>
        <translation>Le fichier n’a pas pu être lu. Il est peut-être endommagé.</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::InboxSession</name>
    <message>
        <source>Please sign in.</source>
        <translation>Veuillez vous connecter.</translation>
    </message>
    <message>
        <source>The offline cache cannot be used (%1); the inbox works online only.</source>
        <translation>Le cache hors ligne est inutilisable (%1)&#xa0;; la boîte de réception ne fonctionne qu’en ligne.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the server could not be reached to end the session there. It will be ended the next time you sign in here.</source>
        <translation>Déconnecté sur cet ordinateur, mais le serveur n’a pas pu être joint pour y fermer la session. Elle sera fermée la prochaine fois que vous vous connecterez ici.</translation>
    </message>
    <message>
        <source>The offline cache could not be opened (%1). It was kept at %2 and a new one was started.</source>
        <translation>Le cache hors ligne n’a pas pu être ouvert (%1). Il a été conservé dans %2 et un nouveau cache a été créé.</translation>
    </message>
    <message numerus="yes">
        <source>Recovered from it: %n unsent message(s)</source>
        <translation>
            <numerusform>Éléments récupérés&#xa0;: %n message non envoyé</numerusform>
            <numerusform>Éléments récupérés&#xa0;: %n messages non envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s).</source>
        <translation>
            <numerusform>%n brouillon.</numerusform>
            <numerusform>%n brouillons.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be recovered from it (%1).</source>
        <translation>Rien n’a pu en être récupéré (%1).</translation>
    </message>
    <message>
        <source>This offline cache belongs to another account; its unsent messages stay in it and are not sent.</source>
        <translation>Ce cache hors ligne appartient à un autre compte&#xa0;; ses messages non envoyés y restent et ne sont pas envoyés.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the two recovered counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>That message could not be loaded; the conversation shows its newest messages.</source>
        <translation>Ce message n’a pas pu être chargé&#xa0;; la conversation affiche ses messages les plus récents.</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::Outbox</name>
    <message>
        <source>Not saved on this computer (is the disk full?). Retry saves and sends it.</source>
        <translation>Non enregistré sur cet ordinateur (le disque est-il plein&#xa0;?). Réessayer l’enregistre et l’envoie.</translation>
    </message>
    <message>
        <source>A message could not be saved on this computer (is the disk full?). It is kept on screen; choose Retry to save and send it.</source>
        <translation>Un message n’a pas pu être enregistré sur cet ordinateur (le disque est-il plein&#xa0;?). Il reste affiché&#xa0;; choisissez Réessayer pour l’enregistrer et l’envoyer.</translation>
    </message>
    <message>
        <source>The offline cache could not record a change to an unsent message (is the disk full?).</source>
        <translation>Le cache hors ligne n’a pas pu enregistrer une modification d’un message non envoyé (le disque est-il plein&#xa0;?).</translation>
    </message>
    <message>
        <source>%1 is larger than the marketplace accepts.</source>
        <translation>%1 dépasse la taille acceptée par la place de marché.</translation>
    </message>
    <message>
        <source>The copy of %1 kept for sending is gone.</source>
        <translation>La copie de %1 conservée pour l’envoi a disparu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::SavedReplies</name>
    <message>
        <source>a saved reply</source>
        <translation>une réponse enregistrée</translation>
    </message>
    <message>
        <source>The marketplace refused %1: %2</source>
        <translation>La place de marché a refusé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was deleted on another device; your change to it was not saved.</source>
        <translation>Votre modification n’a pas été enregistrée&#xa0;: %1 a été supprimée sur un autre appareil.</translation>
    </message>
    <message>
        <source>%1 belongs to another account; your change was not saved.</source>
        <translation>Votre modification n’a pas été enregistrée&#xa0;: %1 appartient à un autre compte.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer (is the disk full?), so it was not made.</source>
        <translation>La modification n’a pas pu être enregistrée sur cet ordinateur (le disque est-il plein&#xa0;?)&#xa0;; elle n’a donc pas été appliquée.</translation>
    </message>
    <message>
        <source>The offline cache could not record a change to your saved replies (is the disk full?).</source>
        <translation>Le cache hors ligne n’a pas pu consigner une modification de vos réponses enregistrées (le disque est-il plein&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::SavedReplyText</name>
    <message>
        <source>Give the reply a title.</source>
        <translation>Donnez un titre à la réponse.</translation>
    </message>
    <message>
        <source>The title can have at most %1 characters.</source>
        <translation>Le titre peut contenir au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>Give the reply a shortcut, such as &quot;available&quot;.</source>
        <translation>Donnez un raccourci à la réponse, par exemple «&#xa0;disponible&#xa0;».</translation>
    </message>
    <message>
        <source>The shortcut can have at most %1 characters.</source>
        <translation>Le raccourci peut contenir au maximum %1 caractères.</translation>
    </message>
    <message>
        <source>The shortcut can only have lowercase letters, digits and dashes.</source>
        <translation>Le raccourci ne peut contenir que des lettres minuscules (a–z), des chiffres et des tirets.</translation>
    </message>
    <message>
        <source>The shortcut &quot;%1&quot; is already used by your saved reply &quot;%2&quot;.</source>
        <translation>Le raccourci «&#xa0;%1&#xa0;» est déjà utilisé par votre réponse enregistrée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Write the text of the reply.</source>
        <translation>Rédigez le texte de la réponse.</translation>
    </message>
    <message>
        <source>The text can have at most %1 characters.</source>
        <translation>Le texte peut contenir au maximum %1 caractères.</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::Triage</name>
    <message>
        <source>This conversation was not archived: you are no longer part of it.</source>
        <translation>Cette conversation n’a pas été archivée&#xa0;: vous n’y participez plus.</translation>
    </message>
    <message>
        <source>This conversation was not moved back to the inbox: you are no longer part of it.</source>
        <translation>Cette conversation n’a pas été remise dans la boîte de réception&#xa0;: vous n’y participez plus.</translation>
    </message>
    <message>
        <source>This conversation was not marked unread: you are no longer part of it.</source>
        <translation>Cette conversation n’a pas été marquée comme non lue&#xa0;: vous n’y participez plus.</translation>
    </message>
    <message>
        <source>This conversation was not archived. %1</source>
        <translation>Cette conversation n’a pas été archivée. %1</translation>
    </message>
    <message>
        <source>This conversation was not moved back to the inbox. %1</source>
        <translation>Cette conversation n’a pas été remise dans la boîte de réception. %1</translation>
    </message>
    <message>
        <source>This conversation was not marked unread. %1</source>
        <translation>Cette conversation n’a pas été marquée comme non lue. %1</translation>
    </message>
    <message>
        <source>This conversation was not marked read: you are no longer part of it.</source>
        <translation>Cette conversation n’a pas été marquée comme lue&#xa0;: vous n’y participez plus.</translation>
    </message>
    <message>
        <source>This conversation was not marked read. %1</source>
        <translation>Cette conversation n’a pas été marquée comme lue. %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::AttachmentImages</name>
    <message>
        <source>Sign in to open attachments.</source>
        <translation>Connectez-vous pour ouvrir les pièces jointes.</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>Impossible d’afficher cette photo.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::AttachmentTray</name>
    <message>
        <source>Files not attached</source>
        <translation>Fichiers non joints</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Image collée %1</translation>
    </message>
    <message>
        <source>The pasted image could not be saved: %1</source>
        <translation>L’image collée n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Photos are sent upright, without their location or camera details.</source>
        <translation>Les photos sont envoyées redressées, sans leur localisation ni les détails de l’appareil photo.</translation>
    </message>
    <message>
        <source>Photos are sent as they are, with their location and camera details (Settings).</source>
        <translation>Les photos sont envoyées telles quelles, avec leur localisation et les détails de l’appareil photo (Paramètres).</translation>
    </message>
</context>
<context>
    <name>envisage::ui::Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Écrivez un message…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Caractères utilisés</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Attach photos or PDFs (up to 3, 10 MB each)</source>
        <translation>Joindre des photos ou des PDF (3 au maximum, 10&#xa0;MB chacun)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attach photos or PDFs</source>
        <translation>Joindre des photos ou des PDF</translation>
    </message>
    <message>
        <source>Photos and PDFs (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;All files (*)</source>
        <translation>Photos et PDF (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Émoji</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Insérer un émoji</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Signed out — sign in again to send and receive messages.</source>
        <translation>Déconnecté — reconnectez-vous pour envoyer et recevoir des messages.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — reconnecting in %n s</source>
        <translation>
            <numerusform>Hors ligne — reconnexion dans %n s</numerusform>
            <numerusform>Hors ligne — reconnexion dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — reconnecting…</source>
        <translation>Hors ligne — reconnexion…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Réessayer</translation>
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
        <translation>écrit…</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Brouillon&#xa0;: %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationHeader</name>
    <message>
        <source>Buyer</source>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Buyer&apos;s picture</source>
        <translation>Photo de l’acheteur</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Listing picture</source>
        <translation>Photo de l’annonce</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationListPanel</name>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>Rechercher des conversations (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Rechercher des conversations</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Conversation filter</source>
        <translation>Filtre des conversations</translation>
    </message>
    <message>
        <source>Move to &amp;Inbox</source>
        <translation>Remettre dans la &amp;boîte de réception</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>Marquer comme &amp;non lue</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationView</name>
    <message>
        <source>Choose a conversation to read and answer it.</source>
        <translation>Choisissez une conversation pour la lire et y répondre.</translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation>Indicateur de saisie</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 écrit…</translation>
    </message>
    <message>
        <source>%1 are typing…</source>
        <translation>%1 écrivent…</translation>
    </message>
    <message>
        <source>Sign in to send messages. Your draft is kept.</source>
        <translation>Connectez-vous pour envoyer des messages. Votre brouillon est conservé.</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Entrée pour envoyer, Entrée pour aller à la ligne</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Entrée pour envoyer, Maj+Entrée pour aller à la ligne</translation>
    </message>
    <message>
        <source>This message has already gone to the buyer; it cannot be cancelled any more.</source>
        <translation>Ce message est déjà parvenu à l’acheteur&#xa0;; son envoi ne peut plus être annulé.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>The file could not be opened: it could not be copied to %1.</source>
        <translation>Impossible d’ouvrir le fichier&#xa0;: il n’a pas pu être copié dans %1.</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Aucune application n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Your reply from the notification was not sent. It is here to edit and send.</source>
        <translation>Votre réponse depuis la notification n’a pas été envoyée. Elle est ici, à modifier et à envoyer.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::EmojiPicker</name>
    <message>
        <source>Faces</source>
        <translation>Visages</translation>
    </message>
    <message>
        <source>Hands and hearts</source>
        <translation>Mains et cœurs</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Émoji</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
</context>
<context>
    <name>envisage::ui::Formatting</name>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Last seen just now</source>
        <translation>Vu à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Last seen %n minute(s) ago</source>
        <translation>
            <numerusform>Vu il y a %n minute</numerusform>
            <numerusform>Vu il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last seen %n hour(s) ago</source>
        <translation>
            <numerusform>Vu il y a %n heure</numerusform>
            <numerusform>Vu il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Dernière connexion&#xa0;: %1</translation>
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
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::ui::ImageViewer</name>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Previous photo (Left)</source>
        <translation>Photo précédente (Gauche)</translation>
    </message>
    <message>
        <source>Next photo (Right)</source>
        <translation>Photo suivante (Droite)</translation>
    </message>
    <message>
        <source>Save the photo (Ctrl+S)</source>
        <translation>Enregistrer la photo (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 sur %3</translation>
    </message>
    <message>
        <source>Save photo</source>
        <translation>Enregistrer la photo</translation>
    </message>
    <message>
        <source>The photo could not be saved to %1.</source>
        <translation>La photo n’a pas pu être enregistrée dans %1.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MainWindow</name>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Boîte de réception</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Envisage Inbox</source>
        <translation>À &amp;propos d’Envisage Inbox</translation>
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
        <translation>À propos d’Envisage Inbox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Envisage Inbox %1&lt;/h3&gt;&lt;p&gt;Answer your Envisage Marketplace buyers in real time.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licensed under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Envisage Inbox %1&lt;/h3&gt;&lt;p&gt;Répondez en temps réel à vos acheteurs sur Envisage Marketplace.&lt;/p&gt;&lt;p&gt;Développé avec Qt %2 (exécuté avec Qt %3).&lt;/p&gt;&lt;p&gt;Distribué sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>&amp;Réponses</translation>
    </message>
    <message>
        <source>&amp;Insert saved reply…</source>
        <translation>&amp;Insérer une réponse enregistrée…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Manage saved replies…</source>
        <translation>&amp;Gérer les réponses enregistrées…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;Non lues</translation>
    </message>
    <message>
        <source>&amp;Awaiting reply</source>
        <translation>À &amp;répondre</translation>
    </message>
    <message>
        <source>A&amp;rchived</source>
        <translation>&amp;Archivées</translation>
    </message>
    <message>
        <source>Awaiting Reply: &amp;Longest Wait First</source>
        <translation>À répondre&#xa0;: attente la plus &amp;longue d’abord</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;Archive / Move to Inbox</source>
        <translation>&amp;Archiver / Remettre dans la boîte de réception</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>Marquer comme &amp;non lue</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>&amp;Rechercher des conversations</translation>
    </message>
    <message>
        <source>&amp;Next Unread Conversation</source>
        <translation>Conversation non lue &amp;suivante</translation>
    </message>
    <message>
        <source>Search &amp;Messages…</source>
        <translation>Rechercher des &amp;messages…</translation>
    </message>
    <message>
        <source>Starting at login could not be changed: %1</source>
        <translation>Impossible de modifier le démarrage à l’ouverture de session&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MessageDelegate</name>
    <message>
        <source>%1 · Sending…</source>
        <translation>%1 · Envoi…</translation>
    </message>
    <message>
        <source>%1 · Sent</source>
        <translation>%1 · Envoyé</translation>
    </message>
    <message>
        <source>%1 · Read</source>
        <translation>%1 · Lu</translation>
    </message>
    <message>
        <source>Not sent — click for Retry or Discard</source>
        <translation>Non envoyé — cliquez pour réessayer ou supprimer</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Chargement des messages précédents…</translation>
    </message>
    <message>
        <source>Loading newer messages…</source>
        <translation>Chargement des messages plus récents…</translation>
    </message>
    <message>
        <source>This is the start of the conversation</source>
        <translation>Début de la conversation</translation>
    </message>
    <message>
        <source>Sending %1%</source>
        <translation>Envoi&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Could not load the photo. Click to retry.</source>
        <translation>Impossible de charger la photo. Cliquez pour réessayer.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MessageListView</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>New messages ↓</source>
        <translation>Nouveaux messages ↓</translation>
    </message>
    <message>
        <source>Jump to the newest messages</source>
        <translation>Aller aux messages les plus récents</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <source>Newest messages ↓</source>
        <translation>Messages les plus récents ↓</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MessageSearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+Shift+F)</source>
        <translation>Rechercher dans tous les messages (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Messages trouvés</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Saisissez au moins deux lettres.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on this computer; searching the marketplace…</source>
        <translation>
            <numerusform>%n message sur cet ordinateur&#xa0;; recherche sur la place de marché…</numerusform>
            <numerusform>%n messages sur cet ordinateur&#xa0;; recherche sur la place de marché…</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>Aucun message ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n message trouvé.</numerusform>
            <numerusform>%n messages trouvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found on this computer; the marketplace could not be searched.</source>
        <translation>
            <numerusform>%n message trouvé sur cet ordinateur&#xa0;; la place de marché n’a pas pu être interrogée.</numerusform>
            <numerusform>%n messages trouvés sur cet ordinateur&#xa0;; la place de marché n’a pas pu être interrogée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyCompleter</name>
    <message>
        <source>Saved replies</source>
        <translation>Réponses enregistrées</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyDelegate</name>
    <message>
        <source>%1 (not synced yet)</source>
        <translation>%1 (pas encore synchronisée)</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyManager</name>
    <message>
        <source>You can keep at most %1 saved replies: delete one first.</source>
        <translation>Vous pouvez conserver au maximum %1 réponses enregistrées&#xa0;: supprimez-en d’abord une.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Réponses enregistrées</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Still available</source>
        <translation>Toujours disponible</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Hi {buyer}, yes, the {listing} is still available.</source>
        <translation>Bonjour {buyer}, oui, {listing} est toujours disponible.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Ex&amp;porter…</translation>
    </message>
    <message>
        <source>Type / and the shortcut in a message to insert the reply. {buyer}, {listing}, {price} and {seller} are filled in.</source>
        <translation>Tapez / suivi du raccourci dans un message pour insérer la réponse. {buyer} (acheteur), {listing} (annonce), {price} (prix) et {seller} (vendeur) sont remplacés automatiquement.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;hortcut:</source>
        <translation>&amp;Raccourci&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in to change your saved replies.</source>
        <translation>Connectez-vous pour modifier vos réponses enregistrées.</translation>
    </message>
    <message>
        <source>Not saved: see the fields marked in red.</source>
        <translation>Non enregistrée&#xa0;: vérifiez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistrée.</translation>
    </message>
    <message>
        <source>Saved on this computer; it reaches the marketplace when you are back online.</source>
        <translation>Enregistrée sur cet ordinateur&#xa0;; elle sera transmise à la place de marché dès que vous serez de nouveau en ligne.</translation>
    </message>
    <message>
        <source>Sign in to import saved replies.</source>
        <translation>Connectez-vous pour importer des réponses enregistrées.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a saved replies file (a JSON list of title, shortcut and body).</source>
        <translation>%1 n’est pas un fichier de réponses enregistrées (une liste JSON de title, shortcut et body).</translation>
    </message>
    <message>
        <source>Item %1: not a saved reply (it needs a title, a shortcut and a text).</source>
        <translation>Élément %1&#xa0;: pas une réponse enregistrée (il faut un titre, un raccourci et un texte).</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Item %1, %2: %3</source>
        <translation>Élément %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Item %1, %2: added as /%3.</source>
        <translation>Élément %1, %2&#xa0;: ajouté sous /%3.</translation>
    </message>
    <message>
        <source>Import saved replies</source>
        <translation>Importer des réponses enregistrées</translation>
    </message>
    <message>
        <source>Saved replies (*.json)</source>
        <translation>Réponses enregistrées (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved reply(s) added</source>
        <translation>
            <numerusform>%n réponse enregistrée ajoutée</numerusform>
            <numerusform>%n réponses enregistrées ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n refusée.</numerusform>
            <numerusform>%n refusées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export saved replies</source>
        <translation>Exporter les réponses enregistrées</translation>
    </message>
    <message>
        <source>saved-replies.json</source>
        <translation>réponses-enregistrées.json</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n saved reply(s).</source>
        <translation>
            <numerusform>%n réponse enregistrée exportée.</numerusform>
            <numerusform>%n réponses enregistrées exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Échec de l’exportation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyPicker</name>
    <message>
        <source>Insert a saved reply</source>
        <translation>Insérer une réponse enregistrée</translation>
    </message>
    <message>
        <source>Search saved replies…</source>
        <translation>Rechercher dans les réponses enregistrées…</translation>
    </message>
    <message>
        <source>Search saved replies</source>
        <translation>Rechercher dans les réponses enregistrées</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Réponses enregistrées</translation>
    </message>
    <message>
        <source>No saved reply matches. Manage… adds one.</source>
        <translation>Aucune réponse enregistrée ne correspond. Gérer… permet d’en ajouter une.</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>&amp;Gérer…</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SearchResultDelegate</name>
    <message>
        <source>Conversation %1</source>
        <translation>Conversation %1</translation>
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
        <translation>Afficher une notification pour les nouveaux messages</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Rester dans la zone de notification à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Send with Ctrl+Enter (Enter starts a new line)</source>
        <translation>Envoyer avec Ctrl+Entrée (Entrée pour aller à la ligne)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Through the marketplace (recommended)</source>
        <translation>Via la place de marché (recommandé)</translation>
    </message>
    <message>
        <source>Directly between the apps (whisper)</source>
        <translation>Directement entre les applications (whisper)</translation>
    </message>
    <message>
        <source>How typing is shown to buyers</source>
        <translation>Comment les acheteurs voient que vous écrivez</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Typing indicator:</source>
        <translation>Indicateur de saisie&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Send photos with their location and camera details</source>
        <translation>Envoyer les photos avec leur localisation et les détails de l’appareil photo</translation>
    </message>
    <message>
        <source>Off: photos are turned upright and their location (GPS) and camera details are removed before they are sent.</source>
        <translation>Désactivé&#xa0;: les photos sont redressées, et leur localisation (GPS) et les détails de l’appareil photo sont supprimés avant l’envoi.</translation>
    </message>
    <message>
        <source>Show the longest wait first in Awaiting reply</source>
        <translation>Dans «&#xa0;À répondre&#xa0;», afficher d’abord l’attente la plus longue</translation>
    </message>
    <message>
        <source>Start Envisage Inbox when I log in</source>
        <translation>Démarrer Envisage Inbox à l’ouverture de session</translation>
    </message>
    <message>
        <source>Started at login, the inbox waits in the tray.</source>
        <translation>Démarrée à l’ouverture de session, la boîte de réception attend dans la zone de notification.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Liste des conversations</translation>
    </message>
    <message>
        <source>Archive / Move to Inbox</source>
        <translation>Archiver / Remettre dans la boîte de réception</translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation>Du champ de recherche aux résultats</translation>
    </message>
    <message>
        <source>Message box</source>
        <translation>Zone de message</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>Saved reply (type at the start of a word)</source>
        <translation>Réponse enregistrée (à taper en début de mot)</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>Coller une photo</translation>
    </message>
    <message>
        <source>Photo viewer</source>
        <translation>Visionneuse de photos</translation>
    </message>
    <message>
        <source>Previous / next photo</source>
        <translation>Photo précédente / suivante</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Zoom avant / arrière</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 or %2 to close</source>
        <translation>%1 ou %2 pour fermer</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SignInDialog</name>
    <message>
        <source>Use TLS (wss://)</source>
        <translation>Utiliser TLS (wss://)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to Envisage Inbox</source>
        <translation>Connexion à Envisage Inbox</translation>
    </message>
    <message>
        <source>Envisage Marketplace</source>
        <translation>Envisage Marketplace</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Serveur personnalisé</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <source>WebSocket host</source>
        <translation>Hôte WebSocket</translation>
    </message>
    <message>
        <source>WebSocket port</source>
        <translation>Port WebSocket</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>Clé d’application</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>Détails du serveur</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Adresse de l’API&#xa0;:</translation>
    </message>
    <message>
        <source>WebSocket host:</source>
        <translation>Hôte WebSocket&#xa0;:</translation>
    </message>
    <message>
        <source>WebSocket port:</source>
        <translation>Port WebSocket&#xa0;:</translation>
    </message>
    <message>
        <source>App key:</source>
        <translation>Clé d’application&#xa0;:</translation>
    </message>
    <message>
        <source>Answer your buyers in real time.</source>
        <translation>Répondez à vos acheteurs en temps réel.</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>Lancer la démo</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>The email or password is not right. Check them and try again.</source>
        <translation>L’adresse e-mail ou le mot de passe est incorrect. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection and the server address.</source>
        <translation>Impossible de joindre le serveur. Vérifiez votre connexion et l’adresse du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation>Le certificat du serveur n’est pas approuvé&#xa0;: la connexion a été refusée.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives de connexion. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives de connexion. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again in a minute.</source>
        <translation>Trop de tentatives de connexion. Réessayez dans une minute.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::StartAtLogin</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>The Windows registry could not be changed.</source>
        <translation>Le registre Windows n’a pas pu être modifié.</translation>
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
        <translation>Ouvrir Envisage Inbox</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>Envisage Inbox — %n unread</source>
        <translation>
            <numerusform>Envisage Inbox — %n non lu</numerusform>
            <numerusform>Envisage Inbox — %n non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message numerus="yes">
        <source>In %n conversation(s)</source>
        <translation>
            <numerusform>Dans %n conversation</numerusform>
            <numerusform>Dans %n conversations</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n new message(s))</source>
        <comment>notification title: sender, count</comment>
        <translation>
            <numerusform>%1 (%n nouveau message)</numerusform>
            <numerusform>%1 (%n nouveaux messages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marquer comme lue</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Répondre à %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::TriageTabs</name>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lues</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n conversation</numerusform>
            <numerusform>%1&#xa0;: %n conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Answer your Envisage Marketplace buyers in real time.</source>
        <translation>Répondez en temps réel à vos acheteurs sur Envisage Marketplace.</translation>
    </message>
    <message>
        <source>Start a local marketplace with demo data and sign in as the demo seller.</source>
        <translation>Démarrer une place de marché locale avec des données de démonstration et se connecter comme vendeur de démonstration.</translation>
    </message>
    <message>
        <source>Use the named server profile.</source>
        <translation>Utiliser le profil de serveur indiqué.</translation>
    </message>
    <message>
        <source>Marketplace API address, e.g. http://127.0.0.1:8000.</source>
        <translation>Adresse de l’API de la place de marché, p. ex. http://127.0.0.1:8000.</translation>
    </message>
    <message>
        <source>Start in the tray.</source>
        <translation>Démarrer dans la zone de notification.</translation>
    </message>
    <message>
        <source>Log what happens to the terminal.</source>
        <translation>Journaliser l’activité dans le terminal.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>No keychain is available: you will need to sign in again the next time Envisage Inbox starts.</source>
        <translation>Aucun trousseau de clés n’est disponible&#xa0;: vous devrez vous reconnecter au prochain démarrage d’Envisage Inbox.</translation>
    </message>
    <message>
        <source>Sign out first to sign in to another server.</source>
        <translation>Déconnectez-vous d’abord pour vous connecter à un autre serveur.</translation>
    </message>
</context>
</TS>
