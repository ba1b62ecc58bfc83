#pragma once
// Pusher protocol frames: tolerant decoding (pusher-protocol.md §2.0) and encoding.
// `data` may arrive as a JSON string holding JSON (Pusher's double encoding), as an
// object, as a plain string, or not at all; all four decode here.
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace envisage::realtime {

struct PusherFrame
{
    QString event;
    QString channel;
    QJsonValue data{QJsonValue::Undefined}; // decoded: JSON in a string becomes its value
    QString userId;       // top-level user_id (client events on presence), as a string
};

struct FrameDecodeResult
{
    std::optional<PusherFrame> frame;
    QString error; // why decoding failed, when frame is empty
};

namespace PusherFrames {

FrameDecodeResult decode(const QByteArray &bytes, qint64 maxBytes);
// The general decoder (QJsonDocument for the whole frame). decode() tries a fast scan of
// the usual envelope first and falls back to this; the fuzzer checks they agree.
FrameDecodeResult decodeGeneral(const QByteArray &bytes, qint64 maxBytes);
// Only the usual shape: an object whose values are all strings. Nothing otherwise.
std::optional<PusherFrame> scanEnvelope(const QByteArray &bytes);
// Decodes JSON text given as UTF-8, as decodeDataString does for a QString.
QJsonValue decodeDataBytes(const QByteArray &utf8);
// Decodes a JSON text holding any JSON value (also scalars), or returns the text itself.
QJsonValue decodeDataString(const QString &text);
// {"event":…,"channel":…,"data":…} with data kept as given (pusher:* data must be objects).
QByteArray encode(const QString &event, const QJsonValue &data, const QString &channel = {});
// The frame with auth, channel_data, shared_secret and user_data replaced by "…" (for logs).
QString redacted(const QByteArray &frame);

} // namespace PusherFrames
} // namespace envisage::realtime
