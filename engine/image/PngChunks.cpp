#include "engine/image/PngChunks.h"

#include <algorithm>
#include <cstring>

namespace cloudtour::image {
namespace {

constexpr std::size_t kSignatureBytes = 8;
constexpr std::size_t kHeaderBytes = 8; // length, type
constexpr std::size_t kCrcBytes = 4;

std::uint32_t bigEndian32(const std::uint8_t* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

struct Range {
    std::size_t begin;
    std::size_t end;
};

// The empty IDAT chunks, in file order, up to IEND or the first chunk whose data does not fit. A
// chunk's CRC may be cut off by the end of the file (stb reads the header, and copies, before it):
// the range then ends with the file.
std::vector<Range> emptyDataChunks(std::span<const std::uint8_t> png) {
    std::vector<Range> found;
    std::size_t at = kSignatureBytes;
    while (png.size() >= kHeaderBytes && at <= png.size() - kHeaderBytes) {
        const std::uint32_t length = bigEndian32(png.data() + at);
        if (length > png.size() - at - kHeaderBytes) {
            break;
        }
        const std::uint8_t* type = png.data() + at + 4;
        const std::size_t next = at + kHeaderBytes + length + kCrcBytes;
        if (length == 0 && std::memcmp(type, "IDAT", 4) == 0) {
            found.push_back({at, std::min(next, png.size())});
        } else if (std::memcmp(type, "IEND", 4) == 0) {
            break;
        }
        at = next;
    }
    return found;
}

} // namespace

std::optional<std::vector<std::uint8_t>> withoutEmptyDataChunks(std::span<const std::uint8_t> png) {
    const std::vector<Range> empty = emptyDataChunks(png);
    if (empty.empty()) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> copy;
    copy.reserve(png.size());
    std::size_t from = 0;
    for (const Range& chunk : empty) {
        copy.insert(copy.end(), png.begin() + static_cast<std::ptrdiff_t>(from),
                    png.begin() + static_cast<std::ptrdiff_t>(chunk.begin));
        from = chunk.end;
    }
    copy.insert(copy.end(), png.begin() + static_cast<std::ptrdiff_t>(from), png.end());
    return copy;
}

} // namespace cloudtour::image
