#include "engine/image/PngChunks.h"

#include <cstring>

namespace cloudtour::image {
namespace {

constexpr std::size_t kSignatureBytes = 8;
constexpr std::size_t kFramingBytes = 12; // length, type, CRC

std::uint32_t bigEndian32(const std::uint8_t* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

// Offsets of the empty IDAT chunks, in file order, up to IEND or the first chunk that does not fit.
std::vector<std::size_t> emptyDataChunks(std::span<const std::uint8_t> png) {
    std::vector<std::size_t> found;
    std::size_t at = kSignatureBytes;
    while (png.size() >= kFramingBytes && at <= png.size() - kFramingBytes) {
        const std::uint32_t length = bigEndian32(png.data() + at);
        if (length > png.size() - at - kFramingBytes) {
            break;
        }
        const std::uint8_t* type = png.data() + at + 4;
        if (length == 0 && std::memcmp(type, "IDAT", 4) == 0) {
            found.push_back(at);
        } else if (std::memcmp(type, "IEND", 4) == 0) {
            break;
        }
        at += kFramingBytes + length;
    }
    return found;
}

} // namespace

std::optional<std::vector<std::uint8_t>> withoutEmptyDataChunks(std::span<const std::uint8_t> png) {
    const std::vector<std::size_t> empty = emptyDataChunks(png);
    if (empty.empty()) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> copy;
    copy.reserve(png.size() - empty.size() * kFramingBytes);
    std::size_t from = 0;
    for (const std::size_t at : empty) {
        copy.insert(copy.end(), png.begin() + static_cast<std::ptrdiff_t>(from),
                    png.begin() + static_cast<std::ptrdiff_t>(at));
        from = at + kFramingBytes;
    }
    copy.insert(copy.end(), png.begin() + static_cast<std::ptrdiff_t>(from), png.end());
    return copy;
}

} // namespace cloudtour::image
