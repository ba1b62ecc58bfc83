// libFuzzer target for the Pusher frame decoder: whatever bytes a server (or a
// man in the middle) sends, decoding and redaction return without crashing, hanging
// or reading out of bounds. Built by the `fuzz` preset only; run with scripts/fuzz.
#include "realtime/PusherFrame.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace envisage::realtime;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const FrameDecodeResult result = PusherFrames::decode(bytes, 1 << 20);
    // Where the fast envelope scan answers, the general decoder must say the same.
    if (const std::optional<PusherFrame> fast = PusherFrames::scanEnvelope(bytes)) {
        const FrameDecodeResult general = PusherFrames::decodeGeneral(bytes, 1 << 20);
        if (!general.frame || general.frame->event != fast->event || general.frame->channel != fast->channel
            || general.frame->data != fast->data || general.frame->userId != fast->userId)
            __builtin_trap();
    }
    if (result.frame) {
        // Encoding what was decoded must give a frame that decodes again.
        const QByteArray again = PusherFrames::encode(result.frame->event, result.frame->data,
                                                      result.frame->channel);
        if (!PusherFrames::decode(again, 0).frame)
            __builtin_trap();
    }
    (void)PusherFrames::redacted(bytes);
    return 0;
}
