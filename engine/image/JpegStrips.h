#pragma once

#include "engine/image/ImageData.h"
#include "engine/image/JpegLayout.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace cloudtour::image {

/// A band of whole MCU rows, [firstRow, endRow), that starts and ends on a restart marker.
struct JpegStrip {
    int firstRow = 0;
    int endRow = 0;
};

/// Up to `count` strips of about equal height whose edges fall on restart intervals; fewer than
/// two means the image cannot be split.
std::vector<JpegStrip> planJpegStrips(const JpegLayout& layout, int count);

/// A standalone JPEG of the strip's rows: the same headers with the frame height cut down, the
/// strip's restart intervals with their markers renumbered from RST0 (decoders check the
/// sequence), then EOI.
std::vector<std::uint8_t> buildStripJpeg(std::span<const std::uint8_t> bytes, const JpegLayout& layout,
                                         const JpegStrip& strip);

/// Decodes a baseline JPEG with restart markers as strips on `threads` threads, straight into
/// the rows of one RGB8 image, at 1/scaleDenominator (1, 2, 4 or 8). The result equals the
/// whole-image decode exactly: where chroma is vertically subsampled, the two rows at each strip
/// edge are redone from a small JPEG spanning the edge. nullopt when the image does not qualify
/// (see readJpegLayout), is too small to gain, or a strip fails to decode (corrupt data): the
/// caller then decodes it whole, which also words any error.
/// Below kMinStripPixels output pixels starting threads costs about what it saves (multires tiles).
inline constexpr std::uint64_t kMinStripPixels = 1u << 16;
std::optional<ImageData> decodeJpegStrips(std::span<const std::uint8_t> bytes, int scaleDenominator, unsigned threads,
                                          std::uint64_t minPixels = kMinStripPixels);

} // namespace cloudtour::image
