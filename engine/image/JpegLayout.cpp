#include "engine/image/JpegLayout.h"

#include <algorithm>
#include <cstring>

namespace cloudtour::image {
namespace {

constexpr int kSof0 = 0xC0;
constexpr int kSof1 = 0xC1;
constexpr int kDht = 0xC4;
constexpr int kRst0 = 0xD0;
constexpr int kSoi = 0xD8;
constexpr int kEoi = 0xD9;
constexpr int kSos = 0xDA;
constexpr int kDqt = 0xDB;
constexpr int kDri = 0xDD;
constexpr int kApp0 = 0xE0;
constexpr int kApp15 = 0xEF;
constexpr int kCom = 0xFE;

using Bytes = std::span<const std::uint8_t>;

int readU16(Bytes bytes, std::size_t at) {
    return bytes[at] << 8 | bytes[at + 1];
}

/// The marker code at `pos` (0xFF, any fill 0xFF bytes, the code), moving `pos` past it; -1 when
/// the bytes there are not a marker.
int readMarker(Bytes bytes, std::size_t& pos) {
    if (pos >= bytes.size() || bytes[pos] != 0xFF) {
        return -1;
    }
    while (pos < bytes.size() && bytes[pos] == 0xFF) {
        ++pos;
    }
    return pos < bytes.size() && bytes[pos] != 0 ? bytes[pos++] : -1;
}

/// SOF0/SOF1 payload (after the length): precision, height, width, components with their sampling.
bool readFrame(Bytes payload, std::size_t payloadOffset, JpegLayout& layout) {
    if (payload.size() < 6 || payload[0] != 8) {
        return false; // 12-bit samples: TurboJPEG 2.1 cannot decode them anyway
    }
    const int components = payload[5];
    if ((components != 1 && components != 3) || payload.size() != 6 + 3 * static_cast<std::size_t>(components)) {
        return false; // CMYK and other component counts go the whole-image way
    }
    layout.height = readU16(payload, 1);
    layout.width = readU16(payload, 3);
    layout.heightOffset = payloadOffset + 1;
    int maxH = 1, maxV = 1, minV = 4;
    for (int c = 0; c < components; ++c) {
        const int h = payload[7 + 3 * c] >> 4;
        const int v = payload[7 + 3 * c] & 15;
        if (h < 1 || h > 4 || v < 1 || v > 4) {
            return false;
        }
        maxH = std::max(maxH, h);
        maxV = std::max(maxV, v);
        minV = std::min(minV, v);
    }
    // A single-component scan is not interleaved: its MCU is one 8x8 block whatever the factors.
    layout.mcuWidth = components == 1 ? 8 : 8 * maxH;
    layout.mcuHeight = components == 1 ? 8 : 8 * maxV;
    layout.verticalSubsampling = components > 1 && minV < maxV;
    return layout.width > 0 && layout.height > 0; // height 0 means a DNL marker sets it later
}

/// SOS payload: one sequential scan with every component of the frame.
bool readScan(Bytes payload, int frameComponents) {
    const std::size_t count = payload.empty() ? 0 : payload[0];
    if (static_cast<int>(count) != frameComponents || payload.size() != 1 + 2 * count + 3) {
        return false;
    }
    const std::size_t tail = 1 + 2 * count;
    return payload[tail] == 0 && payload[tail + 1] == 63 && payload[tail + 2] == 0;
}

/// Splits the entropy-coded data at RSTn markers up to EOI. Restart markers must come in
/// sequence and there must be exactly one interval per `restartInterval` MCUs.
bool readSegments(Bytes bytes, JpegLayout& layout) {
    const auto mcus = static_cast<std::uint64_t>(layout.mcusPerRow()) * static_cast<std::uint64_t>(layout.mcuRows());
    const std::uint64_t intervals = (mcus + layout.restartInterval - 1) / layout.restartInterval;
    std::size_t begin = layout.scanStart;
    std::size_t pos = begin;
    while (true) {
        const auto* found = static_cast<const std::uint8_t*>(
            std::memchr(bytes.data() + pos, 0xFF, bytes.size() - pos)); // memchr: the scan is most of the file
        if (found == nullptr) {
            return false; // no EOI: truncated
        }
        const auto markerAt = static_cast<std::size_t>(found - bytes.data());
        pos = markerAt;
        const int code = readMarker(bytes, pos);
        if (code == -1) {
            continue; // 0xFF 0x00: a stuffed data byte (or 0xFF at the very end, caught by memchr next)
        }
        if (layout.segments.size() >= intervals) {
            return false;
        }
        layout.segments.push_back({begin, markerAt});
        begin = pos;
        if (code == kEoi) {
            return layout.segments.size() == intervals;
        }
        if (code != kRst0 + static_cast<int>((layout.segments.size() - 1) & 7)) {
            return false; // out of sequence, or another marker: DNL, a further scan
        }
    }
}

} // namespace

std::optional<JpegLayout> readJpegLayout(Bytes bytes) {
    std::size_t pos = 0;
    if (readMarker(bytes, pos) != kSoi) {
        return std::nullopt;
    }
    JpegLayout layout;
    int frameComponents = 0;
    while (true) {
        const int marker = readMarker(bytes, pos);
        if (marker == -1 || (marker >= kRst0 && marker <= kEoi) || marker == 0x01 || bytes.size() - pos < 2) {
            return std::nullopt; // standalone markers have no business among the headers
        }
        const std::size_t length = static_cast<std::size_t>(readU16(bytes, pos));
        if (length < 2 || length > bytes.size() - pos) {
            return std::nullopt;
        }
        const std::size_t payloadOffset = pos + 2;
        const Bytes payload = bytes.subspan(payloadOffset, length - 2);
        pos += length;
        if (marker == kSof0 || marker == kSof1) {
            if (frameComponents != 0 || !readFrame(payload, payloadOffset, layout)) {
                return std::nullopt;
            }
            frameComponents = payload[5];
        } else if (marker == kDri) {
            if (payload.size() != 2) {
                return std::nullopt;
            }
            layout.restartInterval = readU16(payload, 0);
        } else if (marker == kSos) {
            if (frameComponents == 0 || layout.restartInterval == 0 || !readScan(payload, frameComponents)) {
                return std::nullopt;
            }
            layout.scanStart = pos;
            return readSegments(bytes, layout) ? std::optional(std::move(layout)) : std::nullopt;
        } else if (marker != kDht && marker != kDqt && marker != kCom && (marker < kApp0 || marker > kApp15)) {
            return std::nullopt; // progressive, lossless, arithmetic (SOFn, DAC), DNL, EOI, unknown
        }
    }
}

} // namespace cloudtour::image
