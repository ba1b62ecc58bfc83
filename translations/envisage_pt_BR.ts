<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AttachmentChoice</name>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>Não é possível ler “%1”.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” está vazio.</translation>
    </message>
    <message>
        <source>“%1” is %2; files can be up to %3.</source>
        <translation>“%1” tem %2; os arquivos podem ter até %3.</translation>
    </message>
    <message>
        <source>“%1” is not a photo or a PDF (JPEG, PNG, GIF, WebP or PDF).</source>
        <translation>“%1” não é uma foto nem um PDF (JPEG, PNG, GIF, WebP ou PDF).</translation>
    </message>
    <message numerus="yes">
        <source>A message carries at most %n file(s); “%1” was left out.</source>
        <translation>
            <numerusform>Uma mensagem pode levar no máximo %n arquivo; “%1” ficou de fora.</numerusform>
            <numerusform>Uma mensagem pode levar no máximo %n arquivos; “%1” ficou de fora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxFiles</name>
    <message numerus="yes">
        <source>A message can carry at most %n file(s).</source>
        <translation>
            <numerusform>Uma mensagem pode levar no máximo %n arquivo.</numerusform>
            <numerusform>Uma mensagem pode levar no máximo %n arquivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vazio.</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 tem mais de 10&#xa0;MB.</translation>
    </message>
    <message>
        <source>The files cannot be kept for sending: the folder %1 cannot be made.</source>
        <translation>Não é possível guardar os arquivos para envio: não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>it is larger than 10 MB once its location data is removed</source>
        <translation>ele tem mais de 10&#xa0;MB mesmo sem os dados de localização</translation>
    </message>
    <message>
        <source>%1 cannot be kept for sending (is the disk full?): %2</source>
        <translation>Não é possível guardar %1 para envio (o disco está cheio?): %2</translation>
    </message>
</context>
<context>
    <name>envisage::api::ApiError</name>
    <message>
        <source>The marketplace cannot be reached. Check your connection.</source>
        <translation>Não foi possível acessar o marketplace. Verifique sua conexão.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s security certificate is not trusted, so the connection was refused.</source>
        <translation>O certificado de segurança do marketplace não é confiável, por isso a conexão foi recusada.</translation>
    </message>
    <message>
        <source>The marketplace did not answer in time.</source>
        <translation>O marketplace não respondeu a tempo.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Sua sessão foi encerrada. Entre novamente.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Você não tem permissão para fazer isso.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Esta conversa não existe mais.</translation>
    </message>
    <message>
        <source>The marketplace refused the input.</source>
        <translation>O marketplace recusou os dados informados.</translation>
    </message>
    <message>
        <source>The marketplace had a problem. Trying again shortly.</source>
        <translation>O marketplace teve um problema. Tentando novamente em instantes.</translation>
    </message>
    <message>
        <source>The marketplace refused the request.</source>
        <translation>O marketplace recusou a solicitação.</translation>
    </message>
    <message>
        <source>The marketplace sent an answer this app does not understand.</source>
        <translation>O marketplace enviou uma resposta que este aplicativo não entende.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Muitas solicitações. Tente novamente em %n segundo.</numerusform>
            <numerusform>Muitas solicitações. Tente novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again shortly.</source>
        <translation>Muitas solicitações. Tente novamente em instantes.</translation>
    </message>
</context>
<context>
    <name>envisage::app::DemoSandbox</name>
    <message>
        <source>The demo cannot start: %1 is missing. Reinstall Envisage Inbox to get it back.</source>
        <translation>Não é possível iniciar a demonstração: %1 não foi encontrado. Reinstale o Envisage Inbox para recuperá-lo.</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 did not run (%2).</source>
        <translation>Não é possível iniciar a demonstração: não foi possível executar %1 (%2).</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 stopped before it was ready (exit code %2).</source>
        <translation>Não é possível iniciar a demonstração: %1 parou antes de ficar pronto (código de saída %2).</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 did not answer as expected.</source>
        <translation>Não é possível iniciar a demonstração: %1 não respondeu como esperado.</translation>
    </message>
    <message>
        <source>The demo&apos;s marketplace has stopped. Quit Envisage Inbox and start the demo again to go on.</source>
        <translation>O marketplace da demonstração parou. Saia do Envisage Inbox e inicie a demonstração novamente para continuar.</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 did not report that it was ready in time (%2 s).</source>
        <translation>Não é possível iniciar a demonstração: %1 não informou a tempo que estava pronto (%2 s).</translation>
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
            <numerusform>%n arquivo</numerusform>
            <numerusform>%n arquivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::inbox::AttachmentCache</name>
    <message>
        <source>There is no preview of this file.</source>
        <translation>Não há pré-visualização deste arquivo.</translation>
    </message>
    <message>
        <source>The file cannot be saved on this computer: %1</source>
        <translation>Não é possível salvar o arquivo neste computador: %1</translation>
    </message>
    <message>
        <source>The file cannot be saved on this computer.</source>
        <translation>Não é possível salvar o arquivo neste computador.</translation>
    </message>
    <message>
        <source>The file could not be read. It may be damaged.</source>
        <translation>Não foi possível ler o arquivo. Ele pode estar danificado.</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::InboxSession</name>
    <message>
        <source>Please sign in.</source>
        <translation>Entre na sua conta.</translation>
    </message>
    <message>
        <source>The offline cache cannot be used (%1); the inbox works online only.</source>
        <translation>Não é possível usar o cache offline (%1); a caixa de entrada funciona apenas online.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Sua sessão foi encerrada. Entre novamente.</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the server could not be reached to end the session there. It will be ended the next time you sign in here.</source>
        <translation>Você saiu da conta neste computador, mas não foi possível contatar o servidor para encerrar a sessão nele. Ela será encerrada na próxima vez que você entrar aqui.</translation>
    </message>
    <message>
        <source>The offline cache could not be opened (%1). It was kept at %2 and a new one was started.</source>
        <translation>Não foi possível abrir o cache offline (%1). Ele foi mantido em %2 e um novo foi criado.</translation>
    </message>
    <message numerus="yes">
        <source>Recovered from it: %n unsent message(s)</source>
        <translation>
            <numerusform>Itens recuperados: %n mensagem não enviada</numerusform>
            <numerusform>Itens recuperados: %n mensagens não enviadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s).</source>
        <translation>
            <numerusform>%n rascunho.</numerusform>
            <numerusform>%n rascunhos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be recovered from it (%1).</source>
        <translation>Não foi possível recuperar nada dele (%1).</translation>
    </message>
    <message>
        <source>This offline cache belongs to another account; its unsent messages stay in it and are not sent.</source>
        <translation>Este cache offline pertence a outra conta; as mensagens não enviadas nele permanecem ali e não são enviadas.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the two recovered counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>That message could not be loaded; the conversation shows its newest messages.</source>
        <translation>Não foi possível carregar essa mensagem; a conversa mostra as mensagens mais recentes.</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::Outbox</name>
    <message>
        <source>Not saved on this computer (is the disk full?). Retry saves and sends it.</source>
        <translation>Não salva neste computador (o disco está cheio?). Tentar de novo salva e envia a mensagem.</translation>
    </message>
    <message>
        <source>A message could not be saved on this computer (is the disk full?). It is kept on screen; choose Retry to save and send it.</source>
        <translation>Não foi possível salvar uma mensagem neste computador (o disco está cheio?). Ela continua na tela; escolha Tentar de novo para salvá-la e enviá-la.</translation>
    </message>
    <message>
        <source>The offline cache could not record a change to an unsent message (is the disk full?).</source>
        <translation>O cache offline não conseguiu registrar uma alteração em uma mensagem não enviada (o disco está cheio?).</translation>
    </message>
    <message>
        <source>%1 is larger than the marketplace accepts.</source>
        <translation>%1 é maior do que o marketplace aceita.</translation>
    </message>
    <message>
        <source>The copy of %1 kept for sending is gone.</source>
        <translation>A cópia de %1 guardada para envio não existe mais.</translation>
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
        <translation>uma resposta salva</translation>
    </message>
    <message>
        <source>The marketplace refused %1: %2</source>
        <translation>O marketplace recusou %1: %2</translation>
    </message>
    <message>
        <source>%1 was deleted on another device; your change to it was not saved.</source>
        <translation>Sua alteração não foi salva: %1 foi excluída em outro dispositivo.</translation>
    </message>
    <message>
        <source>%1 belongs to another account; your change was not saved.</source>
        <translation>Sua alteração não foi salva: %1 pertence a outra conta.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>Não foi possível excluir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer (is the disk full?), so it was not made.</source>
        <translation>Não foi possível salvar a alteração neste computador (o disco está cheio?), então ela não foi feita.</translation>
    </message>
    <message>
        <source>The offline cache could not record a change to your saved replies (is the disk full?).</source>
        <translation>O cache offline não conseguiu registrar uma alteração nas suas respostas salvas (o disco está cheio?).</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::SavedReplyText</name>
    <message>
        <source>Give the reply a title.</source>
        <translation>Dê um título à resposta.</translation>
    </message>
    <message>
        <source>The title can have at most %1 characters.</source>
        <translation>O título pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Give the reply a shortcut, such as &quot;available&quot;.</source>
        <translation>Dê um atalho à resposta, por exemplo, “disponivel”.</translation>
    </message>
    <message>
        <source>The shortcut can have at most %1 characters.</source>
        <translation>O atalho pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The shortcut can only have lowercase letters, digits and dashes.</source>
        <translation>O atalho só pode ter letras minúsculas (a–z), números e hifens.</translation>
    </message>
    <message>
        <source>The shortcut &quot;%1&quot; is already used by your saved reply &quot;%2&quot;.</source>
        <translation>O atalho “%1” já é usado pela sua resposta salva “%2”.</translation>
    </message>
    <message>
        <source>Write the text of the reply.</source>
        <translation>Escreva o texto da resposta.</translation>
    </message>
    <message>
        <source>The text can have at most %1 characters.</source>
        <translation>O texto pode ter no máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::Triage</name>
    <message>
        <source>This conversation was not archived: you are no longer part of it.</source>
        <translation>Esta conversa não foi arquivada: você não participa mais dela.</translation>
    </message>
    <message>
        <source>This conversation was not moved back to the inbox: you are no longer part of it.</source>
        <translation>Esta conversa não voltou para a caixa de entrada: você não participa mais dela.</translation>
    </message>
    <message>
        <source>This conversation was not marked unread: you are no longer part of it.</source>
        <translation>Esta conversa não foi marcada como não lida: você não participa mais dela.</translation>
    </message>
    <message>
        <source>This conversation was not archived. %1</source>
        <translation>Esta conversa não foi arquivada. %1</translation>
    </message>
    <message>
        <source>This conversation was not moved back to the inbox. %1</source>
        <translation>Esta conversa não voltou para a caixa de entrada. %1</translation>
    </message>
    <message>
        <source>This conversation was not marked unread. %1</source>
        <translation>Esta conversa não foi marcada como não lida. %1</translation>
    </message>
    <message>
        <source>This conversation was not marked read: you are no longer part of it.</source>
        <translation>Esta conversa não foi marcada como lida: você não participa mais dela.</translation>
    </message>
    <message>
        <source>This conversation was not marked read. %1</source>
        <translation>Esta conversa não foi marcada como lida. %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::AttachmentImages</name>
    <message>
        <source>Sign in to open attachments.</source>
        <translation>Entre na sua conta para abrir os anexos.</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>Não é possível exibir esta foto.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::AttachmentTray</name>
    <message>
        <source>Files not attached</source>
        <translation>Arquivos não anexados</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Imagem colada %1</translation>
    </message>
    <message>
        <source>The pasted image could not be saved: %1</source>
        <translation>Não foi possível salvar a imagem colada: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>Photos are sent upright, without their location or camera details.</source>
        <translation>As fotos são enviadas na orientação correta, sem a localização nem os detalhes da câmera.</translation>
    </message>
    <message>
        <source>Photos are sent as they are, with their location and camera details (Settings).</source>
        <translation>As fotos são enviadas como estão, com a localização e os detalhes da câmera (Configurações).</translation>
    </message>
</context>
<context>
    <name>envisage::ui::Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>Escreva uma mensagem…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Enter)</translation>
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
        <translation>Enviar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Attach photos or PDFs (up to 3, 10 MB each)</source>
        <translation>Anexar fotos ou PDFs (até 3, com até 10&#xa0;MB cada)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Attach photos or PDFs</source>
        <translation>Anexar fotos ou PDFs</translation>
    </message>
    <message>
        <source>Photos and PDFs (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;All files (*)</source>
        <translation>Fotos e PDFs (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>Inserir emoji</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Status da conexão</translation>
    </message>
    <message>
        <source>Signed out — sign in again to send and receive messages.</source>
        <translation>Desconectado — entre novamente para enviar e receber mensagens.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — reconnecting in %n s</source>
        <translation>
            <numerusform>Offline — reconectando em %n s</numerusform>
            <numerusform>Offline — reconectando em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — reconnecting…</source>
        <translation>Offline — reconectando…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Tentar agora</translation>
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
        <translation>digitando…</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Rascunho: %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Você: %1</translation>
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
        <translation>Presença</translation>
    </message>
    <message>
        <source>Buyer&apos;s picture</source>
        <translation>Foto do comprador</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Anúncio</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Listing picture</source>
        <translation>Foto do anúncio</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationListPanel</name>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>Pesquisar conversas (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Pesquisar conversas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Conversation filter</source>
        <translation>Filtro de conversas</translation>
    </message>
    <message>
        <source>Move to &amp;Inbox</source>
        <translation>Mover para a &amp;caixa de entrada</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arquivar</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>Marcar como &amp;não lida</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationView</name>
    <message>
        <source>Choose a conversation to read and answer it.</source>
        <translation>Escolha uma conversa para ler e responder.</translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation>Indicador de digitação</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 está digitando…</translation>
    </message>
    <message>
        <source>%1 are typing…</source>
        <translation>%1 estão digitando…</translation>
    </message>
    <message>
        <source>Sign in to send messages. Your draft is kept.</source>
        <translation>Entre na sua conta para enviar mensagens. Seu rascunho será mantido.</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>Ctrl+Enter envia, Enter começa uma nova linha</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter envia, Shift+Enter começa uma nova linha</translation>
    </message>
    <message>
        <source>This message has already gone to the buyer; it cannot be cancelled any more.</source>
        <translation>Esta mensagem já chegou ao comprador; não é mais possível cancelar o envio.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>The file could not be opened: it could not be copied to %1.</source>
        <translation>Não foi possível abrir o arquivo: não foi possível copiá-lo para %1.</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Nenhum aplicativo conseguiu abrir %1.</translation>
    </message>
    <message>
        <source>Your reply from the notification was not sent. It is here to edit and send.</source>
        <translation>Sua resposta pela notificação não foi enviada. Ela está aqui para editar e enviar.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::EmojiPicker</name>
    <message>
        <source>Faces</source>
        <translation>Rostos</translation>
    </message>
    <message>
        <source>Hands and hearts</source>
        <translation>Mãos e corações</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>Vendas</translation>
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
        <translation>Recentes</translation>
    </message>
</context>
<context>
    <name>envisage::ui::Formatting</name>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
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
        <translation>Visto por último agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>Last seen %n minute(s) ago</source>
        <translation>
            <numerusform>Visto por último há %n minuto</numerusform>
            <numerusform>Visto por último há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last seen %n hour(s) ago</source>
        <translation>
            <numerusform>Visto por último há %n hora</numerusform>
            <numerusform>Visto por último há %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Visto por último: %1</translation>
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
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Previous photo (Left)</source>
        <translation>Foto anterior (Esquerda)</translation>
    </message>
    <message>
        <source>Next photo (Right)</source>
        <translation>Próxima foto (Direita)</translation>
    </message>
    <message>
        <source>Save the photo (Ctrl+S)</source>
        <translation>Salvar a foto (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 de %3</translation>
    </message>
    <message>
        <source>Save photo</source>
        <translation>Salvar foto</translation>
    </message>
    <message>
        <source>The photo could not be saved to %1.</source>
        <translation>Não foi possível salvar a foto em %1.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MainWindow</name>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Caixa de entrada</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sair da c&amp;onta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <source>&amp;About Envisage Inbox</source>
        <translation>&amp;Sobre o Envisage Inbox</translation>
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
        <translation>Sobre o Envisage Inbox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Envisage Inbox %1&lt;/h3&gt;&lt;p&gt;Answer your Envisage Marketplace buyers in real time.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licensed under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Envisage Inbox %1&lt;/h3&gt;&lt;p&gt;Responda em tempo real aos seus compradores do Envisage Marketplace.&lt;/p&gt;&lt;p&gt;Desenvolvido com Qt %2 (em execução no Qt %3).&lt;/p&gt;&lt;p&gt;Licenciado sob a Licença MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>&amp;Respostas</translation>
    </message>
    <message>
        <source>&amp;Insert saved reply…</source>
        <translation>&amp;Inserir resposta salva…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Manage saved replies…</source>
        <translation>&amp;Gerenciar respostas salvas…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;Não lidas</translation>
    </message>
    <message>
        <source>&amp;Awaiting reply</source>
        <translation>&amp;Sem resposta</translation>
    </message>
    <message>
        <source>A&amp;rchived</source>
        <translation>&amp;Arquivadas</translation>
    </message>
    <message>
        <source>Awaiting Reply: &amp;Longest Wait First</source>
        <translation>Sem resposta: &amp;maior espera primeiro</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>C&amp;onversa</translation>
    </message>
    <message>
        <source>&amp;Archive / Move to Inbox</source>
        <translation>&amp;Arquivar / Mover para a caixa de entrada</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>Marcar como &amp;não lida</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>Pesquisar &amp;conversas</translation>
    </message>
    <message>
        <source>&amp;Next Unread Conversation</source>
        <translation>&amp;Próxima conversa não lida</translation>
    </message>
    <message>
        <source>Search &amp;Messages…</source>
        <translation>Pesquisar &amp;mensagens…</translation>
    </message>
    <message>
        <source>Starting at login could not be changed: %1</source>
        <translation>Não foi possível alterar a abertura automática ao iniciar a sessão: %1</translation>
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
        <translation>%1 · Enviada</translation>
    </message>
    <message>
        <source>%1 · Read</source>
        <translation>%1 · Lida</translation>
    </message>
    <message>
        <source>Not sent — click for Retry or Discard</source>
        <translation>Não enviada — clique para tentar de novo ou descartar</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>Carregando mensagens anteriores…</translation>
    </message>
    <message>
        <source>Loading newer messages…</source>
        <translation>Carregando mensagens mais recentes…</translation>
    </message>
    <message>
        <source>This is the start of the conversation</source>
        <translation>Este é o início da conversa</translation>
    </message>
    <message>
        <source>Sending %1%</source>
        <translation>Enviando %1%</translation>
    </message>
    <message>
        <source>Could not load the photo. Click to retry.</source>
        <translation>Não foi possível carregar a foto. Clique para tentar de novo.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MessageListView</name>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>New messages ↓</source>
        <translation>Novas mensagens ↓</translation>
    </message>
    <message>
        <source>Jump to the newest messages</source>
        <translation>Ir para as mensagens mais recentes</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancelar envio</translation>
    </message>
    <message>
        <source>Newest messages ↓</source>
        <translation>Mensagens mais recentes ↓</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MessageSearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>Pesquisar mensagens</translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+Shift+F)</source>
        <translation>Pesquisar todas as mensagens (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Mensagens encontradas</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Digite pelo menos duas letras.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on this computer; searching the marketplace…</source>
        <translation>
            <numerusform>%n mensagem neste computador; pesquisando no marketplace…</numerusform>
            <numerusform>%n mensagens neste computador; pesquisando no marketplace…</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>Nenhuma mensagem corresponde.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n mensagem encontrada.</numerusform>
            <numerusform>%n mensagens encontradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found on this computer; the marketplace could not be searched.</source>
        <translation>
            <numerusform>%n mensagem encontrada neste computador; não foi possível pesquisar no marketplace.</numerusform>
            <numerusform>%n mensagens encontradas neste computador; não foi possível pesquisar no marketplace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyCompleter</name>
    <message>
        <source>Saved replies</source>
        <translation>Respostas salvas</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyDelegate</name>
    <message>
        <source>%1 (not synced yet)</source>
        <translation>%1 (ainda não sincronizada)</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyManager</name>
    <message>
        <source>You can keep at most %1 saved replies: delete one first.</source>
        <translation>Você pode ter no máximo %1 respostas salvas: exclua uma primeiro.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Respostas salvas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Still available</source>
        <translation>Ainda disponível</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponivel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Hi {buyer}, yes, the {listing} is still available.</source>
        <translation>Olá, {buyer}! Sim, {listing} ainda está disponível.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nova</translation>
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
        <translation>Digite / e o atalho em uma mensagem para inserir a resposta. {buyer} (comprador), {listing} (anúncio), {price} (preço) e {seller} (vendedor) são preenchidos automaticamente.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>S&amp;hortcut:</source>
        <translation>&amp;Atalho:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Sign in to change your saved replies.</source>
        <translation>Entre na sua conta para alterar suas respostas salvas.</translation>
    </message>
    <message>
        <source>Not saved: see the fields marked in red.</source>
        <translation>Não foi salva: verifique os campos marcados em vermelho.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” foi excluída.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” foi salva.</translation>
    </message>
    <message>
        <source>Saved on this computer; it reaches the marketplace when you are back online.</source>
        <translation>Salva neste computador; ela chegará ao marketplace quando você estiver online de novo.</translation>
    </message>
    <message>
        <source>Sign in to import saved replies.</source>
        <translation>Entre na sua conta para importar respostas salvas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a saved replies file (a JSON list of title, shortcut and body).</source>
        <translation>%1 não é um arquivo de respostas salvas (uma lista JSON com title, shortcut e body).</translation>
    </message>
    <message>
        <source>Item %1: not a saved reply (it needs a title, a shortcut and a text).</source>
        <translation>Item %1: não é uma resposta salva (precisa de título, atalho e texto).</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>Item %1, %2: %3</source>
        <translation>Item %1, %2: %3</translation>
    </message>
    <message>
        <source>Item %1, %2: added as /%3.</source>
        <translation>Item %1, %2: adicionado como /%3.</translation>
    </message>
    <message>
        <source>Import saved replies</source>
        <translation>Importar respostas salvas</translation>
    </message>
    <message>
        <source>Saved replies (*.json)</source>
        <translation>Respostas salvas (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved reply(s) added</source>
        <translation>
            <numerusform>%n resposta salva adicionada</numerusform>
            <numerusform>%n respostas salvas adicionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n recusada.</numerusform>
            <numerusform>%n recusadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export saved replies</source>
        <translation>Exportar respostas salvas</translation>
    </message>
    <message>
        <source>saved-replies.json</source>
        <translation>respostas-salvas.json</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n saved reply(s).</source>
        <translation>
            <numerusform>%n resposta salva exportada.</numerusform>
            <numerusform>%n respostas salvas exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Não foi possível exportar: %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyPicker</name>
    <message>
        <source>Insert a saved reply</source>
        <translation>Inserir uma resposta salva</translation>
    </message>
    <message>
        <source>Search saved replies…</source>
        <translation>Pesquisar respostas salvas…</translation>
    </message>
    <message>
        <source>Search saved replies</source>
        <translation>Pesquisar respostas salvas</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Respostas salvas</translation>
    </message>
    <message>
        <source>No saved reply matches. Manage… adds one.</source>
        <translation>Nenhuma resposta salva corresponde. Use Gerenciar… para adicionar uma.</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Inserir</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>&amp;Gerenciar…</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SearchResultDelegate</name>
    <message>
        <source>Conversation %1</source>
        <translation>Conversa %1</translation>
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
        <translation>Mostrar uma notificação para novas mensagens</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuar em execução na bandeja ao fechar a janela</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Iniciar minimizado na bandeja</translation>
    </message>
    <message>
        <source>Send with Ctrl+Enter (Enter starts a new line)</source>
        <translation>Enviar com Ctrl+Enter (Enter começa uma nova linha)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Through the marketplace (recommended)</source>
        <translation>Pelo marketplace (recomendado)</translation>
    </message>
    <message>
        <source>Directly between the apps (whisper)</source>
        <translation>Diretamente entre os aplicativos (whisper)</translation>
    </message>
    <message>
        <source>How typing is shown to buyers</source>
        <translation>Como os compradores veem que você está digitando</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Typing indicator:</source>
        <translation>Indicador de digitação:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>O novo idioma será aplicado na próxima vez que o aplicativo for iniciado.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair da conta</translation>
    </message>
    <message>
        <source>Send photos with their location and camera details</source>
        <translation>Enviar fotos com a localização e os detalhes da câmera</translation>
    </message>
    <message>
        <source>Off: photos are turned upright and their location (GPS) and camera details are removed before they are sent.</source>
        <translation>Desativado: as fotos são colocadas na orientação correta, e a localização (GPS) e os detalhes da câmera são removidos antes do envio.</translation>
    </message>
    <message>
        <source>Show the longest wait first in Awaiting reply</source>
        <translation>Em “Sem resposta”, mostrar primeiro a maior espera</translation>
    </message>
    <message>
        <source>Start Envisage Inbox when I log in</source>
        <translation>Abrir o Envisage Inbox ao iniciar a sessão no computador</translation>
    </message>
    <message>
        <source>Started at login, the inbox waits in the tray.</source>
        <translation>Aberta ao iniciar a sessão, a caixa de entrada fica aguardando na bandeja.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>Lista de conversas</translation>
    </message>
    <message>
        <source>Archive / Move to Inbox</source>
        <translation>Arquivar / Mover para a caixa de entrada</translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation>Da caixa de pesquisa para os resultados</translation>
    </message>
    <message>
        <source>Message box</source>
        <translation>Caixa de mensagem</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nova linha</translation>
    </message>
    <message>
        <source>Saved reply (type at the start of a word)</source>
        <translation>Resposta salva (digite no início de uma palavra)</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>Colar uma foto</translation>
    </message>
    <message>
        <source>Photo viewer</source>
        <translation>Visualizador de fotos</translation>
    </message>
    <message>
        <source>Previous / next photo</source>
        <translation>Foto anterior / próxima</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Ampliar / reduzir</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>Ajustar à janela</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>%1 or %2 to close</source>
        <translation>%1 ou %2 para fechar</translation>
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
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Sign in to Envisage Inbox</source>
        <translation>Entrar no Envisage Inbox</translation>
    </message>
    <message>
        <source>Envisage Marketplace</source>
        <translation>Envisage Marketplace</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox local</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Testar a demonstração</translation>
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
        <translation>voce@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Endereço da API</translation>
    </message>
    <message>
        <source>WebSocket host</source>
        <translation>Host do WebSocket</translation>
    </message>
    <message>
        <source>WebSocket port</source>
        <translation>Porta do WebSocket</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>Chave do aplicativo</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>Detalhes do servidor</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Endereço da API:</translation>
    </message>
    <message>
        <source>WebSocket host:</source>
        <translation>Host do WebSocket:</translation>
    </message>
    <message>
        <source>WebSocket port:</source>
        <translation>Porta do WebSocket:</translation>
    </message>
    <message>
        <source>App key:</source>
        <translation>Chave do aplicativo:</translation>
    </message>
    <message>
        <source>Answer your buyers in real time.</source>
        <translation>Responda aos seus compradores em tempo real.</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>Iniciar a demonstração</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>The email or password is not right. Check them and try again.</source>
        <translation>E-mail ou senha incorretos. Verifique os dados e tente novamente.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection and the server address.</source>
        <translation>Não foi possível acessar o servidor. Verifique sua conexão e o endereço do servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation>O certificado do servidor não é confiável, por isso a conexão foi recusada.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Muitas tentativas de login. Tente novamente em %n segundo.</numerusform>
            <numerusform>Muitas tentativas de login. Tente novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again in a minute.</source>
        <translation>Muitas tentativas de login. Tente novamente em um minuto.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::StartAtLogin</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>Não foi possível remover %1.</translation>
    </message>
    <message>
        <source>The Windows registry could not be changed.</source>
        <translation>Não foi possível alterar o registro do Windows.</translation>
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
        <translation>Abrir o Envisage Inbox</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message numerus="yes">
        <source>Envisage Inbox — %n unread</source>
        <translation>
            <numerusform>Envisage Inbox — %n não lida</numerusform>
            <numerusform>Envisage Inbox — %n não lidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nova mensagem</numerusform>
            <numerusform>%n novas mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message numerus="yes">
        <source>In %n conversation(s)</source>
        <translation>
            <numerusform>Em %n conversa</numerusform>
            <numerusform>Em %n conversas</numerusform>
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
            <numerusform>%1 (%n nova mensagem)</numerusform>
            <numerusform>%1 (%n novas mensagens)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como lida</translation>
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
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Não lidas</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arquivadas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>%1: %n conversa</numerusform>
            <numerusform>%1: %n conversas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Answer your Envisage Marketplace buyers in real time.</source>
        <translation>Responda em tempo real aos seus compradores do Envisage Marketplace.</translation>
    </message>
    <message>
        <source>Start a local marketplace with demo data and sign in as the demo seller.</source>
        <translation>Iniciar um marketplace local com dados de demonstração e entrar como o vendedor de demonstração.</translation>
    </message>
    <message>
        <source>Use the named server profile.</source>
        <translation>Usar o perfil de servidor indicado.</translation>
    </message>
    <message>
        <source>Marketplace API address, e.g. http://127.0.0.1:8000.</source>
        <translation>Endereço da API do marketplace, por exemplo, http://127.0.0.1:8000.</translation>
    </message>
    <message>
        <source>Start in the tray.</source>
        <translation>Iniciar na bandeja.</translation>
    </message>
    <message>
        <source>Log what happens to the terminal.</source>
        <translation>Registrar no terminal o que acontece.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demonstração</translation>
    </message>
    <message>
        <source>No keychain is available: you will need to sign in again the next time Envisage Inbox starts.</source>
        <translation>Nenhum chaveiro disponível: você precisará entrar novamente na próxima vez que o Envisage Inbox for iniciado.</translation>
    </message>
    <message>
        <source>Sign out first to sign in to another server.</source>
        <translation>Saia da conta primeiro para entrar em outro servidor.</translation>
    </message>
</context>
</TS>
