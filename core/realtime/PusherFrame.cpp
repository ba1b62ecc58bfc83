#include "PusherFrame.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace envisage::realtime::PusherFrames {

using namespace Qt::StringLiterals;

QJsonValue decodeDataString(const QString &text)
{
    // QJsonDocument parses objects and arrays only; wrapping takes scalars too ("42", "true").
    QJsonParseError error;
    const QJsonDocument wrapped = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && wrapped.array().size() == 1)
        return wrapped.array().first();
    return text;
}

FrameDecodeResult decode(const QByteArray &bytes, qint64 maxBytes)
{
    if (maxBytes > 0 && bytes.size() > maxBytes)
        return decodeGeneral(bytes, maxBytes);
    if (std::optional<PusherFrame> frame = scanEnvelope(bytes))
        return {std::move(frame), {}};
    return decodeGeneral(bytes, maxBytes);
}

QJsonValue decodeDataBytes(const QByteArray &utf8)
{
    // Objects and arrays (nearly every event) parse directly; scalars need the wrapper.
    const char first = utf8.isEmpty() ? '\0' : utf8.front();
    if (first == '{' || first == '[') {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
        if (error.error == QJsonParseError::NoError)
            return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    return decodeDataString(QString::fromUtf8(utf8));
}

FrameDecodeResult decodeGeneral(const QByteArray &bytes, qint64 maxBytes)
{
    if (maxBytes > 0 && bytes.size() > maxBytes)
        return {std::nullopt, u"frame of %1 bytes exceeds the limit of %2"_s.arg(bytes.size()).arg(maxBytes)};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, u"frame is not JSON: %1"_s.arg(parseError.errorString())};
    if (!document.isObject())
        return {std::nullopt, u"frame is not a JSON object"_s};
    const QJsonObject object = document.object();
    const QJsonValue event = object.value(u"event"_s);
    if (!event.isString() || event.toString().isEmpty())
        return {std::nullopt, u"frame has no event name"_s};
    const QJsonValue channel = object.value(u"channel"_s);
    if (!channel.isUndefined() && !channel.isNull() && !channel.isString())
        return {std::nullopt, u"frame's channel is not a string"_s};

    PusherFrame frame;
    frame.event = event.toString();
    frame.channel = channel.toString();
    const QJsonValue data = object.value(u"data"_s);
    if (data.isString()) {
        frame.data = decodeDataString(data.toString());
    } else if (!data.isUndefined()) {
        frame.data = data;
    }
    const QJsonValue userId = object.value(u"user_id"_s);
    if (userId.isString())
        frame.userId = userId.toString();
    else if (userId.isDouble())
        frame.userId = QString::number(qint64(userId.toDouble()));
    return {frame, {}};
}

QByteArray encode(const QString &event, const QJsonValue &data, const QString &channel)
{
    QJsonObject object{{u"event"_s, event}, {u"data"_s, data}};
    if (!channel.isEmpty())
        object.insert(u"channel"_s, channel);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString redacted(const QByteArray &frame)
{
    static const QStringList secretKeys = {u"auth"_s, u"channel_data"_s, u"shared_secret"_s,
                                           u"user_data"_s};
    const auto scrub = [](QJsonObject object) {
        for (const QString &key : secretKeys) {
            if (object.contains(key))
                object.insert(key, u"…"_s);
        }
        return object;
    };
    QJsonObject object = QJsonDocument::fromJson(frame).object();
    if (object.isEmpty())
        return QString::fromUtf8(frame.left(200));
    const QJsonValue data = object.value(u"data"_s);
    if (data.isObject()) {
        object.insert(u"data"_s, scrub(data.toObject()));
    } else if (data.isString()) {
        const QJsonObject inner = QJsonDocument::fromJson(data.toString().toUtf8()).object();
        if (!inner.isEmpty())
            object.insert(u"data"_s, QString::fromUtf8(QJsonDocument(scrub(inner)).toJson(QJsonDocument::Compact)));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace envisage::realtime::PusherFrames
