<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AttachmentChoice</name>
    <message>
        <source>“%1” cannot be read.</source>
        <translation>تعذّرت قراءة «%1».</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>الملف «%1» فارغ.</translation>
    </message>
    <message>
        <source>“%1” is %2; files can be up to %3.</source>
        <translation>حجم الملف «%1» هو %2، والحد الأقصى لحجم الملفات %3.</translation>
    </message>
    <message>
        <source>“%1” is not a photo or a PDF (JPEG, PNG, GIF, WebP or PDF).</source>
        <translation>الملف «%1» ليس صورة ولا ملف PDF (الأنواع المقبولة: JPEG أو PNG أو GIF أو WebP أو PDF).</translation>
    </message>
    <message numerus="yes">
        <source>A message carries at most %n file(s); “%1” was left out.</source>
        <translation>
            <numerusform>لا يمكن أن تحمل الرسالة أي ملف؛ لم يُرفَق «%1».</numerusform>
            <numerusform>تحمل الرسالة ملفًا واحدًا على الأكثر؛ لم يُرفَق «%1».</numerusform>
            <numerusform>تحمل الرسالة ملفين على الأكثر؛ لم يُرفَق «%1».</numerusform>
            <numerusform>تحمل الرسالة %n ملفات على الأكثر؛ لم يُرفَق «%1».</numerusform>
            <numerusform>تحمل الرسالة %n ملفًا على الأكثر؛ لم يُرفَق «%1».</numerusform>
            <numerusform>تحمل الرسالة %n ملف على الأكثر؛ لم يُرفَق «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxFiles</name>
    <message numerus="yes">
        <source>A message can carry at most %n file(s).</source>
        <translation>
            <numerusform>لا يمكن أن تحمل الرسالة أي ملف.</numerusform>
            <numerusform>يمكن أن تحمل الرسالة ملفًا واحدًا على الأكثر.</numerusform>
            <numerusform>يمكن أن تحمل الرسالة ملفين على الأكثر.</numerusform>
            <numerusform>يمكن أن تحمل الرسالة %n ملفات على الأكثر.</numerusform>
            <numerusform>يمكن أن تحمل الرسالة %n ملفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن تحمل الرسالة %n ملف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تعذّرت قراءة %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>الملف %1 فارغ.</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB.</source>
        <translation>حجم الملف %1 أكبر من 10 MB.</translation>
    </message>
    <message>
        <source>The files cannot be kept for sending: the folder %1 cannot be made.</source>
        <translation>لا يمكن الاحتفاظ بالملفات لإرسالها: تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>it is larger than 10 MB once its location data is removed</source>
        <translation>حجمه أكبر من 10 MB حتى بعد إزالة بيانات الموقع</translation>
    </message>
    <message>
        <source>%1 cannot be kept for sending (is the disk full?): %2</source>
        <translation>تعذّر الاحتفاظ بالملف %1 لإرساله (هل القرص ممتلئ؟): %2</translation>
    </message>
</context>
<context>
    <name>envisage::api::ApiError</name>
    <message>
        <source>The marketplace cannot be reached. Check your connection.</source>
        <translation>تعذّر الوصول إلى السوق. تحقّق من اتصالك.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s security certificate is not trusted, so the connection was refused.</source>
        <translation>شهادة الأمان الخاصة بالسوق غير موثوقة، لذا رُفض الاتصال.</translation>
    </message>
    <message>
        <source>The marketplace did not answer in time.</source>
        <translation>لم يستجب السوق في الوقت المحدد.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>ليس لديك إذن بتنفيذ هذا الإجراء.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>لم تعد هذه المحادثة موجودة.</translation>
    </message>
    <message>
        <source>The marketplace refused the input.</source>
        <translation>رفض السوق البيانات المُدخلة.</translation>
    </message>
    <message>
        <source>The marketplace had a problem. Trying again shortly.</source>
        <translation>حدثت مشكلة في السوق. ستُعاد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>The marketplace refused the request.</source>
        <translation>رفض السوق الطلب.</translation>
    </message>
    <message>
        <source>The marketplace sent an answer this app does not understand.</source>
        <translation>أرسل السوق ردًّا لا يفهمه هذا التطبيق.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>طلبات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>طلبات كثيرة جدًا. حاول مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>طلبات كثيرة جدًا. حاول مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>طلبات كثيرة جدًا. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>طلبات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>طلبات كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again shortly.</source>
        <translation>طلبات كثيرة جدًا. حاول مرة أخرى بعد قليل.</translation>
    </message>
</context>
<context>
    <name>envisage::app::DemoSandbox</name>
    <message>
        <source>The demo cannot start: %1 is missing. Reinstall Envisage Inbox to get it back.</source>
        <translation>تعذّر بدء العرض التوضيحي: الملف %1 مفقود. أعِد تثبيت Envisage Inbox لاستعادته.</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 did not run (%2).</source>
        <translation>تعذّر بدء العرض التوضيحي: تعذّر تشغيل %1 (%2).</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 stopped before it was ready (exit code %2).</source>
        <translation>تعذّر بدء العرض التوضيحي: توقّف %1 قبل أن يصبح جاهزًا (رمز الخروج %2).</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 did not answer as expected.</source>
        <translation>تعذّر بدء العرض التوضيحي: لم يستجب %1 كما هو متوقع.</translation>
    </message>
    <message>
        <source>The demo&apos;s marketplace has stopped. Quit Envisage Inbox and start the demo again to go on.</source>
        <translation>توقّف سوق العرض التوضيحي. أغلِق Envisage Inbox وابدأ العرض التوضيحي من جديد للمتابعة.</translation>
    </message>
    <message>
        <source>The demo cannot start: %1 did not report that it was ready in time (%2 s).</source>
        <translation>تعذّر بدء العرض التوضيحي: لم يُبلغ %1 في الوقت المحدد بأنه جاهز (%2 ث).</translation>
    </message>
</context>
<context>
    <name>envisage::inbox</name>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>لا صور</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>‏%n صور</numerusform>
            <numerusform>‏%n صورة</numerusform>
            <numerusform>‏%n صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>‏%n ملفات</numerusform>
            <numerusform>‏%n ملفًا</numerusform>
            <numerusform>‏%n ملف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::inbox::AttachmentCache</name>
    <message>
        <source>There is no preview of this file.</source>
        <translation>لا تتوفر معاينة لهذا الملف.</translation>
    </message>
    <message>
        <source>The file cannot be saved on this computer: %1</source>
        <translation>لا يمكن حفظ الملف على هذا الكمبيوتر: %1</translation>
    </message>
    <message>
        <source>The file cannot be saved on this computer.</source>
        <translation>لا يمكن حفظ الملف على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>The file could not be read. It may be damaged.</source>
        <translation>تعذّرت قراءة الملف. ربما يكون تالفًا.</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::InboxSession</name>
    <message>
        <source>Please sign in.</source>
        <translation>يُرجى تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The offline cache cannot be used (%1); the inbox works online only.</source>
        <translation>لا يمكن استخدام ذاكرة التخزين المؤقت دون اتصال (%1)؛ لن يعمل صندوق الوارد إلا مع الاتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the server could not be reached to end the session there. It will be ended the next time you sign in here.</source>
        <translation>تم تسجيل الخروج على هذا الكمبيوتر، لكن تعذّر الوصول إلى الخادم لإنهاء الجلسة هناك. ستُنهى في المرة القادمة التي تسجّل فيها الدخول هنا.</translation>
    </message>
    <message>
        <source>The offline cache could not be opened (%1). It was kept at %2 and a new one was started.</source>
        <translation>تعذّر فتح ذاكرة التخزين المؤقت دون اتصال (%1). تم الاحتفاظ بها في %2 وإنشاء ذاكرة جديدة.</translation>
    </message>
    <message numerus="yes">
        <source>Recovered from it: %n unsent message(s)</source>
        <translation>
            <numerusform>استُعيد منها: لا رسائل غير مُرسلة</numerusform>
            <numerusform>استُعيد منها: رسالة واحدة غير مُرسلة</numerusform>
            <numerusform>استُعيد منها: رسالتان غير مُرسلتين</numerusform>
            <numerusform>استُعيد منها: %n رسائل غير مُرسلة</numerusform>
            <numerusform>استُعيد منها: %n رسالة غير مُرسلة</numerusform>
            <numerusform>استُعيد منها: %n رسالة غير مُرسلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s).</source>
        <translation>
            <numerusform>ولا مسودات.</numerusform>
            <numerusform>ومسودة واحدة.</numerusform>
            <numerusform>ومسودتان.</numerusform>
            <numerusform>و%n مسودات.</numerusform>
            <numerusform>و%n مسودة.</numerusform>
            <numerusform>و%n مسودة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be recovered from it (%1).</source>
        <translation>تعذّرت استعادة أي شيء منها (%1).</translation>
    </message>
    <message>
        <source>This offline cache belongs to another account; its unsent messages stay in it and are not sent.</source>
        <translation>ذاكرة التخزين المؤقت دون اتصال هذه تخص حسابًا آخر؛ تبقى رسائلها غير المُرسلة فيها ولا تُرسَل.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the two recovered counts</comment>
        <translation>‏، </translation>
    </message>
    <message>
        <source>That message could not be loaded; the conversation shows its newest messages.</source>
        <translation>تعذّر تحميل تلك الرسالة؛ تعرض المحادثة أحدث رسائلها.</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::Outbox</name>
    <message>
        <source>Not saved on this computer (is the disk full?). Retry saves and sends it.</source>
        <translation>لم تُحفظ على هذا الكمبيوتر (هل القرص ممتلئ؟). تؤدي إعادة المحاولة إلى حفظها وإرسالها.</translation>
    </message>
    <message>
        <source>A message could not be saved on this computer (is the disk full?). It is kept on screen; choose Retry to save and send it.</source>
        <translation>تعذّر حفظ رسالة على هذا الكمبيوتر (هل القرص ممتلئ؟). ستبقى معروضة على الشاشة؛ اختر إعادة المحاولة لحفظها وإرسالها.</translation>
    </message>
    <message>
        <source>The offline cache could not record a change to an unsent message (is the disk full?).</source>
        <translation>تعذّر على ذاكرة التخزين المؤقت دون اتصال تسجيل تغيير في رسالة غير مُرسلة (هل القرص ممتلئ؟).</translation>
    </message>
    <message>
        <source>%1 is larger than the marketplace accepts.</source>
        <translation>حجم الملف %1 أكبر مما يقبله السوق.</translation>
    </message>
    <message>
        <source>The copy of %1 kept for sending is gone.</source>
        <translation>لم تعد نسخة %1 المحفوظة للإرسال موجودة.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>‏%1: %2</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::SavedReplies</name>
    <message>
        <source>a saved reply</source>
        <translation>أحد الردود المحفوظة</translation>
    </message>
    <message>
        <source>The marketplace refused %1: %2</source>
        <translation>رفض السوق %1: %2</translation>
    </message>
    <message>
        <source>%1 was deleted on another device; your change to it was not saved.</source>
        <translation>حُذف %1 على جهاز آخر؛ لم يُحفظ تغييرك عليه.</translation>
    </message>
    <message>
        <source>%1 belongs to another account; your change was not saved.</source>
        <translation>يخص %1 حسابًا آخر؛ لم يُحفظ تغييرك.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>تعذّر حذف %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer (is the disk full?), so it was not made.</source>
        <translation>تعذّر حفظ التغيير على هذا الكمبيوتر (هل القرص ممتلئ؟)، لذا لم يُجرَ.</translation>
    </message>
    <message>
        <source>The offline cache could not record a change to your saved replies (is the disk full?).</source>
        <translation>تعذّر على ذاكرة التخزين المؤقت دون اتصال تسجيل تغيير في ردودك المحفوظة (هل القرص ممتلئ؟).</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::SavedReplyText</name>
    <message>
        <source>Give the reply a title.</source>
        <translation>أعطِ الرد عنوانًا.</translation>
    </message>
    <message>
        <source>The title can have at most %1 characters.</source>
        <translation>يجب ألا يزيد العنوان على %1 من الأحرف.</translation>
    </message>
    <message>
        <source>Give the reply a shortcut, such as &quot;available&quot;.</source>
        <translation>أعطِ الرد اختصارًا، مثل «available».</translation>
    </message>
    <message>
        <source>The shortcut can have at most %1 characters.</source>
        <translation>يجب ألا يزيد الاختصار على %1 من الأحرف.</translation>
    </message>
    <message>
        <source>The shortcut can only have lowercase letters, digits and dashes.</source>
        <translation>لا يمكن أن يحتوي الاختصار إلا على أحرف لاتينية صغيرة (a–z) وأرقام وشرطات.</translation>
    </message>
    <message>
        <source>The shortcut &quot;%1&quot; is already used by your saved reply &quot;%2&quot;.</source>
        <translation>الاختصار «%1» مستخدم بالفعل في ردك المحفوظ «%2».</translation>
    </message>
    <message>
        <source>Write the text of the reply.</source>
        <translation>اكتب نص الرد.</translation>
    </message>
    <message>
        <source>The text can have at most %1 characters.</source>
        <translation>يجب ألا يزيد النص على %1 من الأحرف.</translation>
    </message>
</context>
<context>
    <name>envisage::inbox::Triage</name>
    <message>
        <source>This conversation was not archived: you are no longer part of it.</source>
        <translation>لم تُؤرشَف هذه المحادثة: لم تعد مشاركًا فيها.</translation>
    </message>
    <message>
        <source>This conversation was not moved back to the inbox: you are no longer part of it.</source>
        <translation>لم تُنقَل هذه المحادثة إلى صندوق الوارد: لم تعد مشاركًا فيها.</translation>
    </message>
    <message>
        <source>This conversation was not marked unread: you are no longer part of it.</source>
        <translation>لم تُعلَّم هذه المحادثة كغير مقروءة: لم تعد مشاركًا فيها.</translation>
    </message>
    <message>
        <source>This conversation was not archived. %1</source>
        <translation>لم تُؤرشَف هذه المحادثة. %1</translation>
    </message>
    <message>
        <source>This conversation was not moved back to the inbox. %1</source>
        <translation>لم تُنقَل هذه المحادثة إلى صندوق الوارد. %1</translation>
    </message>
    <message>
        <source>This conversation was not marked unread. %1</source>
        <translation>لم تُعلَّم هذه المحادثة كغير مقروءة. %1</translation>
    </message>
    <message>
        <source>This conversation was not marked read: you are no longer part of it.</source>
        <translation>لم تُعلَّم هذه المحادثة كمقروءة: لم تعد مشاركًا فيها.</translation>
    </message>
    <message>
        <source>This conversation was not marked read. %1</source>
        <translation>لم تُعلَّم هذه المحادثة كمقروءة. %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::AttachmentImages</name>
    <message>
        <source>Sign in to open attachments.</source>
        <translation>سجّل الدخول لفتح المرفقات.</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>تعذّر عرض هذه الصورة.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::AttachmentTray</name>
    <message>
        <source>Files not attached</source>
        <translation>ملفات لم تُرفَق</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>صورة ملصقة %1</translation>
    </message>
    <message>
        <source>The pasted image could not be saved: %1</source>
        <translation>تعذّر حفظ الصورة الملصقة: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>إزالة %1</translation>
    </message>
    <message>
        <source>Photos are sent upright, without their location or camera details.</source>
        <translation>تُرسَل الصور بالاتجاه الصحيح، دون موقعها أو تفاصيل الكاميرا.</translation>
    </message>
    <message>
        <source>Photos are sent as they are, with their location and camera details (Settings).</source>
        <translation>تُرسَل الصور كما هي، مع موقعها وتفاصيل الكاميرا (الإعدادات).</translation>
    </message>
</context>
<context>
    <name>envisage::ui::Composer</name>
    <message>
        <source>Write a message…</source>
        <translation>اكتب رسالة…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>إرسال (Enter)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>الأحرف المستخدمة</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>‏%1 / %2</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>إرسال (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Attach photos or PDFs (up to 3, 10 MB each)</source>
        <translation>إرفاق صور أو ملفات PDF (حتى 3، بحجم 10 MB لكل منها)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>Attach photos or PDFs</source>
        <translation>إرفاق صور أو ملفات PDF</translation>
    </message>
    <message>
        <source>Photos and PDFs (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;All files (*)</source>
        <translation>الصور وملفات PDF (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>الرموز التعبيرية</translation>
    </message>
    <message>
        <source>Insert emoji</source>
        <translation>إدراج رمز تعبيري</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>حالة الاتصال</translation>
    </message>
    <message>
        <source>Signed out — sign in again to send and receive messages.</source>
        <translation>تم تسجيل الخروج — سجّل الدخول مرة أخرى لإرسال الرسائل واستلامها.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — reconnecting in %n s</source>
        <translation>
            <numerusform>غير متصل — إعادة الاتصال خلال %n ثانية</numerusform>
            <numerusform>غير متصل — إعادة الاتصال خلال ثانية واحدة</numerusform>
            <numerusform>غير متصل — إعادة الاتصال خلال ثانيتين</numerusform>
            <numerusform>غير متصل — إعادة الاتصال خلال %n ثوانٍ</numerusform>
            <numerusform>غير متصل — إعادة الاتصال خلال %n ثانية</numerusform>
            <numerusform>غير متصل — إعادة الاتصال خلال %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — reconnecting…</source>
        <translation>غير متصل — جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>حاول الآن</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>‏%1 · %2</translation>
    </message>
    <message>
        <source>typing…</source>
        <translation>يكتب…</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>مسودة: %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>أنت: %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationHeader</name>
    <message>
        <source>Buyer</source>
        <translation>المشتري</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>حالة التواجد</translation>
    </message>
    <message>
        <source>Buyer&apos;s picture</source>
        <translation>صورة المشتري</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>الإعلان</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Listing picture</source>
        <translation>صورة الإعلان</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationListPanel</name>
    <message>
        <source>Search conversations (Ctrl+K)</source>
        <translation>البحث في المحادثات (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Conversation filter</source>
        <translation>تصفية المحادثات</translation>
    </message>
    <message>
        <source>Move to &amp;Inbox</source>
        <translation>&amp;نقل إلى صندوق الوارد</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;أرشفة</translation>
    </message>
    <message>
        <source>Mark &amp;unread</source>
        <translation>&amp;تعليم كغير مقروءة</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ConversationView</name>
    <message>
        <source>Choose a conversation to read and answer it.</source>
        <translation>اختر محادثة لقراءتها والرد عليها.</translation>
    </message>
    <message>
        <source>Typing indicator</source>
        <translation>مؤشر الكتابة</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>‏%1 يكتب…</translation>
    </message>
    <message>
        <source>%1 are typing…</source>
        <translation>‏%1 يكتبون…</translation>
    </message>
    <message>
        <source>Sign in to send messages. Your draft is kept.</source>
        <translation>سجّل الدخول لإرسال الرسائل. ستبقى مسودتك محفوظة.</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends, Enter starts a new line</source>
        <translation>‏Ctrl+Enter للإرسال، وEnter لبدء سطر جديد</translation>
    </message>
    <message>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>‏Enter للإرسال، وShift+Enter لبدء سطر جديد</translation>
    </message>
    <message>
        <source>This message has already gone to the buyer; it cannot be cancelled any more.</source>
        <translation>وصلت هذه الرسالة إلى المشتري بالفعل؛ لم يعد من الممكن إلغاء إرسالها.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>مستند</translation>
    </message>
    <message>
        <source>The file could not be opened: it could not be copied to %1.</source>
        <translation>تعذّر فتح الملف: تعذّر نسخه إلى %1.</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>تعذّر على أي تطبيق فتح %1.</translation>
    </message>
    <message>
        <source>Your reply from the notification was not sent. It is here to edit and send.</source>
        <translation>لم يُرسَل ردك من الإشعار. إنه هنا لتعدّله وترسله.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::EmojiPicker</name>
    <message>
        <source>Faces</source>
        <translation>الوجوه</translation>
    </message>
    <message>
        <source>Hands and hearts</source>
        <translation>الأيدي والقلوب</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>البيع</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>الرموز التعبيرية</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>المستخدمة مؤخرًا</translation>
    </message>
</context>
<context>
    <name>envisage::ui::Formatting</name>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل الآن</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Last seen just now</source>
        <translation>آخر ظهور قبل لحظات</translation>
    </message>
    <message numerus="yes">
        <source>Last seen %n minute(s) ago</source>
        <translation>
            <numerusform>آخر ظهور منذ %n دقيقة</numerusform>
            <numerusform>آخر ظهور منذ دقيقة واحدة</numerusform>
            <numerusform>آخر ظهور منذ دقيقتين</numerusform>
            <numerusform>آخر ظهور منذ %n دقائق</numerusform>
            <numerusform>آخر ظهور منذ %n دقيقة</numerusform>
            <numerusform>آخر ظهور منذ %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last seen %n hour(s) ago</source>
        <translation>
            <numerusform>آخر ظهور منذ %n ساعة</numerusform>
            <numerusform>آخر ظهور منذ ساعة واحدة</numerusform>
            <numerusform>آخر ظهور منذ ساعتين</numerusform>
            <numerusform>آخر ظهور منذ %n ساعات</numerusform>
            <numerusform>آخر ظهور منذ %n ساعة</numerusform>
            <numerusform>آخر ظهور منذ %n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>آخر ظهور: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>how long a buyer has waited</comment>
        <translation>
            <numerusform>‏%n د</numerusform>
            <numerusform>‏%n د</numerusform>
            <numerusform>‏%n د</numerusform>
            <numerusform>‏%n د</numerusform>
            <numerusform>‏%n د</numerusform>
            <numerusform>‏%n د</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>how long a buyer has waited</comment>
        <translation>
            <numerusform>‏%n س</numerusform>
            <numerusform>‏%n س</numerusform>
            <numerusform>‏%n س</numerusform>
            <numerusform>‏%n س</numerusform>
            <numerusform>‏%n س</numerusform>
            <numerusform>‏%n س</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>how long a buyer has waited</comment>
        <translation>
            <numerusform>‏%n ي</numerusform>
            <numerusform>‏%n ي</numerusform>
            <numerusform>‏%n ي</numerusform>
            <numerusform>‏%n ي</numerusform>
            <numerusform>‏%n ي</numerusform>
            <numerusform>‏%n ي</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::ui::ImageViewer</name>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Previous photo (Left)</source>
        <translation>الصورة السابقة (اليمين)</translation>
    </message>
    <message>
        <source>Next photo (Right)</source>
        <translation>الصورة التالية (اليسار)</translation>
    </message>
    <message>
        <source>Save the photo (Ctrl+S)</source>
        <translation>حفظ الصورة (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>‏%1 — %2 من %3</translation>
    </message>
    <message>
        <source>Save photo</source>
        <translation>حفظ الصورة</translation>
    </message>
    <message>
        <source>The photo could not be saved to %1.</source>
        <translation>تعذّر حفظ الصورة في %1.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MainWindow</name>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;صندوق الوارد</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;تسجيل الخروج</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Envisage Inbox</source>
        <translation>&amp;حول Envisage Inbox</translation>
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
        <translation>حول Envisage Inbox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Envisage Inbox %1&lt;/h3&gt;&lt;p&gt;Answer your Envisage Marketplace buyers in real time.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licensed under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Envisage Inbox %1&lt;/h3&gt;&lt;p&gt;أجب عن رسائل المشترين على Envisage Marketplace في الوقت الفعلي.&lt;/p&gt;&lt;p&gt;مبني باستخدام Qt %2 (يعمل على Qt %3).&lt;/p&gt;&lt;p&gt;مرخّص بموجب رخصة MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>&amp;ردود</translation>
    </message>
    <message>
        <source>&amp;Insert saved reply…</source>
        <translation>إدراج &amp;رد محفوظ…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Manage saved replies…</source>
        <translation>&amp;إدارة الردود المحفوظة…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;غير مقروءة</translation>
    </message>
    <message>
        <source>&amp;Awaiting reply</source>
        <translation>&amp;بانتظار الرد</translation>
    </message>
    <message>
        <source>A&amp;rchived</source>
        <translation>&amp;المؤرشفة</translation>
    </message>
    <message>
        <source>Awaiting Reply: &amp;Longest Wait First</source>
        <translation>بانتظار الرد: الأطول انتظارًا &amp;أولًا</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;المحادثة</translation>
    </message>
    <message>
        <source>&amp;Archive / Move to Inbox</source>
        <translation>&amp;أرشفة / نقل إلى صندوق الوارد</translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>&amp;تعليم كغير مقروءة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Search Conversations</source>
        <translation>&amp;البحث في المحادثات</translation>
    </message>
    <message>
        <source>&amp;Next Unread Conversation</source>
        <translation>المحادثة غير المقروءة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Search &amp;Messages…</source>
        <translation>البحث في ال&amp;رسائل…</translation>
    </message>
    <message>
        <source>Starting at login could not be changed: %1</source>
        <translation>تعذّر تغيير التشغيل عند تسجيل الدخول إلى الجهاز: %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MessageDelegate</name>
    <message>
        <source>%1 · Sending…</source>
        <translation>‏%1 · جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>%1 · Sent</source>
        <translation>‏%1 · أُرسلت</translation>
    </message>
    <message>
        <source>%1 · Read</source>
        <translation>‏%1 · قُرئت</translation>
    </message>
    <message>
        <source>Not sent — click for Retry or Discard</source>
        <translation>لم تُرسَل — انقر لإعادة المحاولة أو التجاهل</translation>
    </message>
    <message>
        <source>Loading earlier messages…</source>
        <translation>جارٍ تحميل الرسائل السابقة…</translation>
    </message>
    <message>
        <source>Loading newer messages…</source>
        <translation>جارٍ تحميل الرسائل الأحدث…</translation>
    </message>
    <message>
        <source>This is the start of the conversation</source>
        <translation>هذه بداية المحادثة</translation>
    </message>
    <message>
        <source>Sending %1%</source>
        <translation>جارٍ الإرسال %1٪</translation>
    </message>
    <message>
        <source>Could not load the photo. Click to retry.</source>
        <translation>تعذّر تحميل الصورة. انقر لإعادة المحاولة.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MessageListView</name>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>New messages ↓</source>
        <translation>رسائل جديدة ↓</translation>
    </message>
    <message>
        <source>Jump to the newest messages</source>
        <translation>الانتقال إلى أحدث الرسائل</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>إلغاء الإرسال</translation>
    </message>
    <message>
        <source>Newest messages ↓</source>
        <translation>أحدث الرسائل ↓</translation>
    </message>
</context>
<context>
    <name>envisage::ui::MessageSearchDialog</name>
    <message>
        <source>Search messages</source>
        <translation>البحث في الرسائل</translation>
    </message>
    <message>
        <source>Search all messages (Ctrl+Shift+F)</source>
        <translation>البحث في كل الرسائل (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>الرسائل التي عُثر عليها</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>اكتب حرفين على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) on this computer; searching the marketplace…</source>
        <translation>
            <numerusform>لا رسائل على هذا الكمبيوتر؛ جارٍ البحث في السوق…</numerusform>
            <numerusform>رسالة واحدة على هذا الكمبيوتر؛ جارٍ البحث في السوق…</numerusform>
            <numerusform>رسالتان على هذا الكمبيوتر؛ جارٍ البحث في السوق…</numerusform>
            <numerusform>‏%n رسائل على هذا الكمبيوتر؛ جارٍ البحث في السوق…</numerusform>
            <numerusform>‏%n رسالة على هذا الكمبيوتر؛ جارٍ البحث في السوق…</numerusform>
            <numerusform>‏%n رسالة على هذا الكمبيوتر؛ جارٍ البحث في السوق…</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>No messages match.</source>
        <translation>لا توجد رسائل مطابقة.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation>
            <numerusform>لم يُعثر على أي رسالة.</numerusform>
            <numerusform>عُثر على رسالة واحدة.</numerusform>
            <numerusform>عُثر على رسالتين.</numerusform>
            <numerusform>عُثر على %n رسائل.</numerusform>
            <numerusform>عُثر على %n رسالة.</numerusform>
            <numerusform>عُثر على %n رسالة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found on this computer; the marketplace could not be searched.</source>
        <translation>
            <numerusform>لم يُعثر على أي رسالة على هذا الكمبيوتر؛ تعذّر البحث في السوق.</numerusform>
            <numerusform>عُثر على رسالة واحدة على هذا الكمبيوتر؛ تعذّر البحث في السوق.</numerusform>
            <numerusform>عُثر على رسالتين على هذا الكمبيوتر؛ تعذّر البحث في السوق.</numerusform>
            <numerusform>عُثر على %n رسائل على هذا الكمبيوتر؛ تعذّر البحث في السوق.</numerusform>
            <numerusform>عُثر على %n رسالة على هذا الكمبيوتر؛ تعذّر البحث في السوق.</numerusform>
            <numerusform>عُثر على %n رسالة على هذا الكمبيوتر؛ تعذّر البحث في السوق.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyCompleter</name>
    <message>
        <source>Saved replies</source>
        <translation>الردود المحفوظة</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyDelegate</name>
    <message>
        <source>%1 (not synced yet)</source>
        <translation>‏%1 (لم يُزامَن بعد)</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyManager</name>
    <message>
        <source>You can keep at most %1 saved replies: delete one first.</source>
        <translation>يمكنك الاحتفاظ بـ%1 من الردود المحفوظة على الأكثر: احذف أحدها أولًا.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>الردود المحفوظة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Still available</source>
        <translation>ما زال متوفرًا</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>available</source>
        <translation>available</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Hi {buyer}, yes, the {listing} is still available.</source>
        <translation>مرحبًا {buyer}، نعم، ما زال {listing} متوفرًا.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Type / and the shortcut in a message to insert the reply. {buyer}, {listing}, {price} and {seller} are filled in.</source>
        <translation>اكتب / ثم الاختصار في رسالة لإدراج الرد. تُملأ {buyer} (المشتري) و{listing} (الإعلان) و{price} (السعر) و{seller} (البائع) تلقائيًا.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>S&amp;hortcut:</source>
        <translation>&amp;الاختصار:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;النص:</translation>
    </message>
    <message>
        <source>Sign in to change your saved replies.</source>
        <translation>سجّل الدخول لتغيير ردودك المحفوظة.</translation>
    </message>
    <message>
        <source>Not saved: see the fields marked in red.</source>
        <translation>لم يُحفظ: راجع الحقول المميّزة باللون الأحمر.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>حُذف «%1».</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>حُفظ «%1».</translation>
    </message>
    <message>
        <source>Saved on this computer; it reaches the marketplace when you are back online.</source>
        <translation>حُفظ على هذا الكمبيوتر؛ وسيصل إلى السوق عند عودتك إلى الاتصال.</translation>
    </message>
    <message>
        <source>Sign in to import saved replies.</source>
        <translation>سجّل الدخول لاستيراد الردود المحفوظة.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a saved replies file (a JSON list of title, shortcut and body).</source>
        <translation>الملف %1 ليس ملف ردود محفوظة (قائمة JSON فيها title وshortcut وbody).</translation>
    </message>
    <message>
        <source>Item %1: not a saved reply (it needs a title, a shortcut and a text).</source>
        <translation>العنصر %1: ليس ردًّا محفوظًا (يلزمه عنوان واختصار ونص).</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Item %1, %2: %3</source>
        <translation>العنصر %1، %2: %3</translation>
    </message>
    <message>
        <source>Item %1, %2: added as /%3.</source>
        <translation>العنصر %1، %2: أُضيف باسم ‎/%3.</translation>
    </message>
    <message>
        <source>Import saved replies</source>
        <translation>استيراد الردود المحفوظة</translation>
    </message>
    <message>
        <source>Saved replies (*.json)</source>
        <translation>الردود المحفوظة (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved reply(s) added</source>
        <translation>
            <numerusform>لم يُضَف أي ردّ محفوظ</numerusform>
            <numerusform>أُضيف ردّ محفوظ واحد</numerusform>
            <numerusform>أُضيف ردّان محفوظان</numerusform>
            <numerusform>أُضيفت %n ردود محفوظة</numerusform>
            <numerusform>أُضيف %n ردًّا محفوظًا</numerusform>
            <numerusform>أُضيف %n ردّ محفوظ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused.</source>
        <translation>
            <numerusform>ولم يُرفَض أي ردّ.</numerusform>
            <numerusform>ورُفض ردّ واحد.</numerusform>
            <numerusform>ورُفض ردّان.</numerusform>
            <numerusform>ورُفضت %n ردود.</numerusform>
            <numerusform>ورُفض %n ردًّا.</numerusform>
            <numerusform>ورُفض %n ردّ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export saved replies</source>
        <translation>تصدير الردود المحفوظة</translation>
    </message>
    <message>
        <source>saved-replies.json</source>
        <translation>الردود-المحفوظة.json</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n saved reply(s).</source>
        <translation>
            <numerusform>لم يُصدَّر أي ردّ محفوظ.</numerusform>
            <numerusform>صُدِّر ردّ محفوظ واحد.</numerusform>
            <numerusform>صُدِّر ردّان محفوظان.</numerusform>
            <numerusform>صُدِّرت %n ردود محفوظة.</numerusform>
            <numerusform>صُدِّر %n ردًّا محفوظًا.</numerusform>
            <numerusform>صُدِّر %n ردّ محفوظ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>تعذّر التصدير: %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SavedReplyPicker</name>
    <message>
        <source>Insert a saved reply</source>
        <translation>إدراج ردّ محفوظ</translation>
    </message>
    <message>
        <source>Search saved replies…</source>
        <translation>البحث في الردود المحفوظة…</translation>
    </message>
    <message>
        <source>Search saved replies</source>
        <translation>البحث في الردود المحفوظة</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>الردود المحفوظة</translation>
    </message>
    <message>
        <source>No saved reply matches. Manage… adds one.</source>
        <translation>لا يوجد ردّ محفوظ مطابق. أضف ردًّا من «إدارة…».</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;إدراج</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>&amp;إدارة…</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SearchResultDelegate</name>
    <message>
        <source>Conversation %1</source>
        <translation>المحادثة رقم %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a search result: buyer · listing</comment>
        <translation>‏%1 · %2</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SettingsDialog</name>
    <message>
        <source>Show a notification for new messages</source>
        <translation>إظهار إشعار عند وصول رسائل جديدة</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>مواصلة العمل في علبة النظام عند إغلاق النافذة</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>البدء مصغّرًا في علبة النظام</translation>
    </message>
    <message>
        <source>Send with Ctrl+Enter (Enter starts a new line)</source>
        <translation>الإرسال بـ Ctrl+Enter (ويبدأ Enter سطرًا جديدًا)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Through the marketplace (recommended)</source>
        <translation>عبر السوق (موصى به)</translation>
    </message>
    <message>
        <source>Directly between the apps (whisper)</source>
        <translation>مباشرةً بين التطبيقات (whisper)</translation>
    </message>
    <message>
        <source>How typing is shown to buyers</source>
        <translation>كيف يرى المشترون أنك تكتب</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Typing indicator:</source>
        <translation>مؤشر الكتابة:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل التطبيق في المرة القادمة.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Send photos with their location and camera details</source>
        <translation>إرسال الصور مع موقعها وتفاصيل الكاميرا</translation>
    </message>
    <message>
        <source>Off: photos are turned upright and their location (GPS) and camera details are removed before they are sent.</source>
        <translation>عند الإيقاف: تُعدَّل الصور إلى الاتجاه الصحيح، وتُزال بيانات موقعها (GPS) وتفاصيل الكاميرا قبل إرسالها.</translation>
    </message>
    <message>
        <source>Show the longest wait first in Awaiting reply</source>
        <translation>إظهار الأطول انتظارًا أولًا في «بانتظار الرد»</translation>
    </message>
    <message>
        <source>Start Envisage Inbox when I log in</source>
        <translation>تشغيل Envisage Inbox عند تسجيل الدخول إلى الجهاز</translation>
    </message>
    <message>
        <source>Started at login, the inbox waits in the tray.</source>
        <translation>عند التشغيل مع تسجيل الدخول، ينتظر صندوق الوارد في علبة النظام.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Conversation list</source>
        <translation>قائمة المحادثات</translation>
    </message>
    <message>
        <source>Archive / Move to Inbox</source>
        <translation>أرشفة / نقل إلى صندوق الوارد</translation>
    </message>
    <message>
        <source>From the search box to the results</source>
        <translation>من مربع البحث إلى النتائج</translation>
    </message>
    <message>
        <source>Message box</source>
        <translation>مربع الرسالة</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>سطر جديد</translation>
    </message>
    <message>
        <source>Saved reply (type at the start of a word)</source>
        <translation>رد محفوظ (اكتبه في بداية كلمة)</translation>
    </message>
    <message>
        <source>Paste a photo</source>
        <translation>لصق صورة</translation>
    </message>
    <message>
        <source>Photo viewer</source>
        <translation>عارض الصور</translation>
    </message>
    <message>
        <source>Previous / next photo</source>
        <translation>الصورة السابقة / التالية</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>تكبير / تصغير</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>ملاءمة النافذة</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>%1 or %2 to close</source>
        <translation>اضغط %1 أو %2 للإغلاق</translation>
    </message>
</context>
<context>
    <name>envisage::ui::SignInDialog</name>
    <message>
        <source>Use TLS (wss://)</source>
        <translation>استخدام TLS (wss://)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign in to Envisage Inbox</source>
        <translation>تسجيل الدخول إلى Envisage Inbox</translation>
    </message>
    <message>
        <source>Envisage Marketplace</source>
        <translation>Envisage Marketplace</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>بيئة اختبار محلية</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>تجربة العرض التوضيحي</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>خادم مخصّص</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>عنوان API</translation>
    </message>
    <message>
        <source>WebSocket host</source>
        <translation>مضيف WebSocket</translation>
    </message>
    <message>
        <source>WebSocket port</source>
        <translation>منفذ WebSocket</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>مفتاح التطبيق</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>تفاصيل الخادم</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>عنوان API:</translation>
    </message>
    <message>
        <source>WebSocket host:</source>
        <translation>مضيف WebSocket:</translation>
    </message>
    <message>
        <source>WebSocket port:</source>
        <translation>منفذ WebSocket:</translation>
    </message>
    <message>
        <source>App key:</source>
        <translation>مفتاح التطبيق:</translation>
    </message>
    <message>
        <source>Answer your buyers in real time.</source>
        <translation>أجب عن رسائل المشترين في الوقت الفعلي.</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>بدء العرض التوضيحي</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>The email or password is not right. Check them and try again.</source>
        <translation>البريد الإلكتروني أو كلمة المرور غير صحيحة. تحقّق منهما وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection and the server address.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من اتصالك ومن عنوان الخادم.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation>شهادة الخادم غير موثوقة، لذا رُفض الاتصال.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>محاولات تسجيل دخول كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات تسجيل دخول كثيرة جدًا. حاول مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>محاولات تسجيل دخول كثيرة جدًا. حاول مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>محاولات تسجيل دخول كثيرة جدًا. حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>محاولات تسجيل دخول كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>محاولات تسجيل دخول كثيرة جدًا. حاول مرة أخرى بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Try again in a minute.</source>
        <translation>محاولات تسجيل دخول كثيرة جدًا. حاول مرة أخرى بعد دقيقة.</translation>
    </message>
</context>
<context>
    <name>envisage::ui::StartAtLogin</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>تعذّرت إزالة %1.</translation>
    </message>
    <message>
        <source>The Windows registry could not be changed.</source>
        <translation>تعذّر تغيير سجل Windows.</translation>
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
        <translation>فتح Envisage Inbox</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message numerus="yes">
        <source>Envisage Inbox — %n unread</source>
        <translation>
            <numerusform>‏Envisage Inbox — لا رسائل غير مقروءة</numerusform>
            <numerusform>‏Envisage Inbox — رسالة واحدة غير مقروءة</numerusform>
            <numerusform>‏Envisage Inbox — رسالتان غير مقروءتين</numerusform>
            <numerusform>‏Envisage Inbox — %n رسائل غير مقروءة</numerusform>
            <numerusform>‏Envisage Inbox — %n رسالة غير مقروءة</numerusform>
            <numerusform>‏Envisage Inbox — %n رسالة غير مقروءة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s)</source>
        <translation>
            <numerusform>لا رسائل جديدة</numerusform>
            <numerusform>رسالة جديدة واحدة</numerusform>
            <numerusform>رسالتان جديدتان</numerusform>
            <numerusform>‏%n رسائل جديدة</numerusform>
            <numerusform>‏%n رسالة جديدة</numerusform>
            <numerusform>‏%n رسالة جديدة</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>من %1</translation>
    </message>
    <message numerus="yes">
        <source>In %n conversation(s)</source>
        <translation>
            <numerusform>في %n محادثة</numerusform>
            <numerusform>في محادثة واحدة</numerusform>
            <numerusform>في محادثتين</numerusform>
            <numerusform>في %n محادثات</numerusform>
            <numerusform>في %n محادثة</numerusform>
            <numerusform>في %n محادثة</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n new message(s))</source>
        <comment>notification title: sender, count</comment>
        <translation>
            <numerusform>‏%1 (لا رسائل جديدة)</numerusform>
            <numerusform>‏%1 (رسالة جديدة واحدة)</numerusform>
            <numerusform>‏%1 (رسالتان جديدتان)</numerusform>
            <numerusform>‏%1 (%n رسائل جديدة)</numerusform>
            <numerusform>‏%1 (%n رسالة جديدة)</numerusform>
            <numerusform>‏%1 (%n رسالة جديدة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>تعليم كمقروءة</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>الرد على %1</translation>
    </message>
</context>
<context>
    <name>envisage::ui::TriageTabs</name>
    <message>
        <source>Inbox</source>
        <translation>صندوق الوارد</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>المؤرشفة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>‏%1: لا محادثات</numerusform>
            <numerusform>‏%1: محادثة واحدة</numerusform>
            <numerusform>‏%1: محادثتان</numerusform>
            <numerusform>‏%1: %n محادثات</numerusform>
            <numerusform>‏%1: %n محادثة</numerusform>
            <numerusform>‏%1: %n محادثة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Answer your Envisage Marketplace buyers in real time.</source>
        <translation>أجب عن رسائل المشترين على Envisage Marketplace في الوقت الفعلي.</translation>
    </message>
    <message>
        <source>Start a local marketplace with demo data and sign in as the demo seller.</source>
        <translation>تشغيل سوق محلي ببيانات تجريبية وتسجيل الدخول بصفة البائع التجريبي.</translation>
    </message>
    <message>
        <source>Use the named server profile.</source>
        <translation>استخدام ملف تعريف الخادم المحدد.</translation>
    </message>
    <message>
        <source>Marketplace API address, e.g. http://127.0.0.1:8000.</source>
        <translation>عنوان API الخاص بالسوق، مثل http://127.0.0.1:8000.</translation>
    </message>
    <message>
        <source>Start in the tray.</source>
        <translation>البدء في علبة النظام.</translation>
    </message>
    <message>
        <source>Log what happens to the terminal.</source>
        <translation>تسجيل ما يحدث في الطرفية.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>عرض توضيحي</translation>
    </message>
    <message>
        <source>No keychain is available: you will need to sign in again the next time Envisage Inbox starts.</source>
        <translation>لا تتوفر سلسلة مفاتيح: سيتعيّن عليك تسجيل الدخول مرة أخرى عند تشغيل Envisage Inbox في المرة القادمة.</translation>
    </message>
    <message>
        <source>Sign out first to sign in to another server.</source>
        <translation>سجّل الخروج أولًا لتسجيل الدخول إلى خادم آخر.</translation>
    </message>
</context>
</TS>
