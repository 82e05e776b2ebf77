#include "engine/image/StbDecoder.h"

#include "engine/image/PngChunks.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>

// stb_image is compiled here rather than taken from Debian's libstb, so that only its PNG decoder
// exists (the GIF, BMP, TGA, PSD and PIC decoders carry most of its CVEs), it reads from memory
// only, its asserts cannot abort a release build on a hostile file, and every allocation it makes
// goes through a budget (a zlib bomb inflates until stb's own 2 GiB ceiling otherwise). Its
// functions are static to this file, so they cannot clash with libstb's (linked for
// stb_image_write).
namespace cloudtour::image::stb {
void* budgetMalloc(std::size_t size);
void* budgetRealloc(void* pointer, std::size_t size);
} // namespace cloudtour::image::stb

#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STBI_MAX_DIMENSIONS 65536 // the image-dimension limit's ceiling
#ifdef NDEBUG
#define STBI_ASSERT(x) static_cast<void>(0)
#endif
#define STBI_MALLOC(size) ::cloudtour::image::stb::budgetMalloc(size)
#define STBI_REALLOC(pointer, size) ::cloudtour::image::stb::budgetRealloc(pointer, size)
#define STBI_FREE(pointer) std::free(pointer)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast" // stb's casts around our allocator macros
#include <stb_image.h>
#pragma GCC diagnostic pop

namespace cloudtour::image {
namespace stb {
namespace {

// The largest single block stb may ask for while decoding on this thread; 0 when not decoding.
struct Budget {
    std::size_t maxBlock = 0;
    std::size_t refused = 0; ///< the first request over maxBlock
};
thread_local Budget gBudget;

bool allow(std::size_t size) {
    if (gBudget.maxBlock != 0 && size > gBudget.maxBlock) {
        if (gBudget.refused == 0) {
            gBudget.refused = size;
        }
        return false;
    }
    return true;
}

} // namespace

void* budgetMalloc(std::size_t size) {
    return allow(size) ? std::malloc(size) : nullptr;
}

void* budgetRealloc(void* pointer, std::size_t size) {
    return allow(size) ? std::realloc(pointer, size) : nullptr;
}

} // namespace stb

namespace {

// What the IHDR chunk says; the budget and the limits need it before stb allocates anything.
struct PngHeader {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    int bitDepth = 0;
    int colorType = 0;
    bool interlaced = false;
};

std::uint32_t bigEndian32(const std::uint8_t* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

core::Result<PngHeader> readHeader(std::span<const std::uint8_t> bytes, const std::string& name) {
    // 8 signature, 4 length, 4 "IHDR", 13 data.
    if (bytes.size() < 8 + 8 + 13 || bigEndian32(bytes.data() + 8) != 13 ||
        std::memcmp(bytes.data() + 12, "IHDR", 4) != 0) {
        return core::fileError(name, "not a readable PNG header: it does not start with an IHDR chunk");
    }
    const std::uint8_t* ihdr = bytes.data() + 16;
    PngHeader header{bigEndian32(ihdr), bigEndian32(ihdr + 4), ihdr[8], ihdr[9], ihdr[12] == 1};
    if (header.width > INT_MAX || header.height > INT_MAX) {
        return core::fileError(name, "not a readable PNG header: its size " + std::to_string(header.width) + "x" +
                                         std::to_string(header.height) + " is out of the PNG range");
    }
    return header;
}

std::size_t channelsOf(int colorType) {
    switch (colorType) {
    case 0:
        return 1; // grey
    case 4:
        return 2; // grey and alpha
    case 6:
        return 4; // RGBA
    default:
        return 3; // RGB, and palette indices expanded to RGB(A) (counted below)
    }
}

// The largest block a genuine file of this header needs: the inflated rows (twice, as stb's zlib
// output grows by doubling), the decoded pixels at up to 4 channels of 16 bits, or the compressed
// data gathered from the IDAT chunks (twice, same reason). Anything beyond that is a bomb.
std::size_t blockBudget(const PngHeader& h, std::size_t fileBytes) {
    const std::size_t w = h.width, rows = h.height;
    const std::size_t bits = w * channelsOf(h.colorType) * static_cast<std::size_t>(h.bitDepth);
    const std::size_t inflated = rows * (1 + (bits + 7) / 8) + 16 * (rows + 8); // + Adam7 passes' rows
    const std::size_t decoded = w * rows * 4 * (h.bitDepth == 16 ? 2 : 1);
    return std::max({2 * inflated, decoded, 2 * fileBytes}) + (64u << 10);
}

// stb's reasons are short codes; the common ones read better as words.
std::string describeFailure(const std::string& reason) {
    if (reason == "outofdata" || reason == "not enough pixels") {
        return "the file ends before its image data does (truncated?)";
    }
    if (reason == "no IDAT") {
        return "the file holds no image data (IDAT chunk)";
    }
    return reason;
}

std::string stbReason() {
    const char* reason = stbi_failure_reason();
    return reason ? reason : "unknown reason";
}

} // namespace

core::Result<ImageInfo> readPngInfo(std::span<const std::uint8_t> bytes, const std::string& name) {
    auto header = readHeader(bytes, name);
    if (!header) {
        return header.error();
    }
    return ImageInfo{static_cast<int>(header->width), static_cast<int>(header->height), ImageFormat::Png};
}

core::Result<ImageData> decodePng(std::span<const std::uint8_t> bytes, const std::string& name) {
    if (bytes.size() > INT_MAX) {
        return core::fileError(name, "PNG file too large for the decoder");
    }
    auto header = readHeader(bytes, name);
    if (!header) {
        return header.error();
    }
    const auto withoutEmpty = withoutEmptyDataChunks(bytes);
    const std::span<const std::uint8_t> data = withoutEmpty ? std::span<const std::uint8_t>(*withoutEmpty) : bytes;
    const std::size_t budget = blockBudget(*header, bytes.size());
    stb::gBudget = {budget, 0};
    int width = 0, height = 0, components = 0;
    std::unique_ptr<stbi_uc, decltype(&stbi_image_free)> pixels(
        stbi_load_from_memory(data.data(), static_cast<int>(data.size()), &width, &height, &components, 3),
        &stbi_image_free);
    const std::size_t refused = stb::gBudget.refused;
    stb::gBudget = {};
    if (!pixels && refused != 0) {
        return core::fileError(name, "PNG decoding stopped: its compressed data asks for " + std::to_string(refused) +
                                         " bytes, more than a " + std::to_string(header->width) + "x" +
                                         std::to_string(header->height) + " image needs (" + std::to_string(budget) +
                                         " bytes at most): a decompression bomb?");
    }
    if (!pixels) {
        return core::fileError(name, "PNG decoding failed: " + describeFailure(stbReason()));
    }
    auto image = ImageData::allocate(width, height, 3);
    std::memcpy(image.pixels.data(), pixels.get(), image.byteSize());
    return image;
}

} // namespace cloudtour::image
