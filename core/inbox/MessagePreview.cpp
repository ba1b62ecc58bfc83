#include "MessagePreview.h"

#include "common/PlainText.h"

namespace envisage::inbox {

QString MessagePreview::of(const api::Message &message)
{
    if (!message.body.trimmed().isEmpty() || message.attachments.isEmpty())
        return message.body;
    const auto &files = message.attachments;
    const int photos = int(std::count_if(files.cbegin(), files.cend(),
                                         [](const api::Attachment &a) { return a.isImage(); }));
    if (photos == files.size())
        return tr("%n photo(s)", nullptr, photos);
    if (files.size() == 1)
        return plainFileName(files.constFirst().name);
    return tr("%n file(s)", nullptr, int(files.size()));
}

} // namespace envisage::inbox
