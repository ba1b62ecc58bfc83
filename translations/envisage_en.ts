<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttachmentChoice</name>
    <message numerus="yes">
        <source>A message carries at most %n file(s); “%1” was left out.</source>
        <translation>
            <numerusform>A message carries at most %n file; “%1” was left out.</numerusform>
            <numerusform>A message carries at most %n files; “%1” was left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxFiles</name>
    <message numerus="yes">
        <source>A message can carry at most %n file(s).</source>
        <translation>
            <numerusform>A message can carry at most %n file.</numerusform>
            <numerusform>A message can carry at most %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::api::ApiError</name>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests. Try again in %n second.</numerusform>
            <numerusform>Too many requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::inbox</name>
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
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::inbox::InboxSession</name>
    <message numerus="yes">
        <source>Recovered from it: %n unsent message(s)</source>
        <translation>
            <numerusform>Recovered from it: %n unsent message</numerusform>
            <numerusform>Recovered from it: %n unsent messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s).</source>
        <translation>
            <numerusform>%n draft.</numerusform>
            <numerusform>%n drafts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConnectionBanner</name>
    <message numerus="yes">
        <source>Offline — reconnecting in %n s</source>
        <translation>
            <numerusform>Offline — reconnecting in %n s</numerusform>
            <numerusform>Offline — reconnecting in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::ui::Formatting</name>
    <message numerus="yes">
        <source>Last seen %n minute(s) ago</source>
        <translation>
            <numerusform>Last seen %n minute ago</numerusform>
            <numerusform>Last seen %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last seen %n hour(s) ago</source>
        <translation>
            <numerusform>Last seen %n hour ago</numerusform>
            <numerusform>Last seen %n hours ago</numerusform>
        </translation>
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
    <name>envisage::ui::MessageSearchDialog</name>
    <message numerus="yes">
        <source>%n message(s) on this computer; searching the marketplace…</source>
        <translation>
            <numerusform>%n message on this computer; searching the marketplace…</numerusform>
            <numerusform>%n messages on this computer; searching the marketplace…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>%n message found.</numerusform>
            <numerusform>%n messages found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found on this computer; the marketplace could not be searched.</source>
        <translation>
            <numerusform>%n message found on this computer; the marketplace could not be searched.</numerusform>
            <numerusform>%n messages found on this computer; the marketplace could not be searched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyManager</name>
    <message numerus="yes">
        <source>%n saved reply(s) added</source>
        <translation>
            <numerusform>%n saved reply added</numerusform>
            <numerusform>%n saved replies added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>%n refused.</numerusform>
            <numerusform>%n refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n saved reply(s).</source>
        <translation>
            <numerusform>Exported %n saved reply.</numerusform>
            <numerusform>Exported %n saved replies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::ui::SignInDialog</name>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many sign-in attempts. Try again in %n second.</numerusform>
            <numerusform>Too many sign-in attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>Envisage Inbox — %n unread</source>
        <translation>
            <numerusform>Envisage Inbox — %n unread</numerusform>
            <numerusform>Envisage Inbox — %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n conversation(s)</source>
        <translation>
            <numerusform>In %n conversation</numerusform>
            <numerusform>In %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n new message(s))</source>
        <comment>notification title: sender, count</comment>
        <translation>
            <numerusform>%1 (%n new message)</numerusform>
            <numerusform>%1 (%n new messages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::ui::TriageTabs</name>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>%1: %n conversation</numerusform>
            <numerusform>%1: %n conversations</numerusform>
        </translation>
    </message>
</context>
</TS>
