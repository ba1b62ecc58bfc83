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
