#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace cloudtour::image {

/// Where the parts of a baseline sequential JPEG with restart markers lie: what the strip decoder
/// needs to cut the entropy-coded data between restart intervals and rebuild smaller JPEGs.
struct JpegLayout {
    /// [begin, end) byte offsets of one restart interval's entropy-coded data, without its marker.
    struct Segment {
        std::size_t begin = 0;
        std::size_t end = 0;
    };

    int width = 0;
    int height = 0;
    int mcuWidth = 8; // pixels
    int mcuHeight = 8;
    /// Chroma has fewer rows than luma (4:2:0, 4:4:0): the upsampler blends chroma rows of
    /// neighbouring MCU rows, so a strip's edge rows differ from the whole-image decode.
    bool verticalSubsampling = false;
    int restartInterval = 0;      // MCUs
    std::size_t heightOffset = 0; // of the frame header's 2-byte image height
    std::size_t scanStart = 0;    // first byte of entropy-coded data; everything before is headers
    std::vector<Segment> segments;

    [[nodiscard]] int mcusPerRow() const { return (width + mcuWidth - 1) / mcuWidth; }
    [[nodiscard]] int mcuRows() const { return (height + mcuHeight - 1) / mcuHeight; }
};

/// Reads the marker segments of untrusted bytes. Returns a layout only for what the strip decoder
/// can cut: 8-bit baseline or extended Huffman (SOF0/SOF1), grey or 3 components, one scan holding
/// every component, a restart interval, restart markers in sequence and exactly as many intervals
/// as the image has MCUs for, then EOI. Anything else (progressive, arithmetic, 12-bit, CMYK, no
/// DRI, several scans, truncated or malformed data) gives nullopt: decode the whole image instead.
std::optional<JpegLayout> readJpegLayout(std::span<const std::uint8_t> bytes);

} // namespace cloudtour::image
