#include "engine/image/JpegStrips.h"

#include "engine/image/ParallelFor.h"

#include <turbojpeg.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <numeric>

namespace cloudtour::image {
namespace {

// The same flags as the whole-image decode, so a strip refuses exactly what it would refuse.
constexpr int kFlags = TJFLAG_LIMITSCANS | TJFLAG_STOPONWARNING;

struct HandleDeleter {
    void operator()(void* handle) const { tjDestroy(handle); }
};
using TjHandle = std::unique_ptr<void, HandleDeleter>;

/// Strip edges must fall where a restart interval starts at the beginning of an MCU row.
int rowStep(const JpegLayout& layout) {
    return layout.restartInterval / std::gcd(layout.restartInterval, layout.mcusPerRow());
}

std::size_t intervalAt(const JpegLayout& layout, int row) {
    if (row >= layout.mcuRows()) {
        return layout.segments.size();
    }
    return static_cast<std::size_t>(static_cast<std::uint64_t>(row) * static_cast<std::uint64_t>(layout.mcusPerRow()) /
                                    static_cast<std::uint64_t>(layout.restartInterval));
}

int stripPixelHeight(const JpegLayout& layout, const JpegStrip& strip) {
    return std::min(strip.endRow * layout.mcuHeight, layout.height) - strip.firstRow * layout.mcuHeight;
}

/// Decodes a standalone strip JPEG into `height` rows at `rows`, `pitch` bytes apart.
bool decodeInto(const std::vector<std::uint8_t>& jpeg, std::uint8_t* rows, int width, int height, std::size_t pitch) {
    TjHandle handle(tjInitDecompress());
    return handle && tjDecompress2(handle.get(), jpeg.data(), static_cast<unsigned long>(jpeg.size()), rows, width,
                                   static_cast<int>(pitch), height, TJPF_RGB, kFlags) == 0;
}

/// Everything one strip decode needs, shared read-only by the worker threads.
struct StripJob {
    std::span<const std::uint8_t> bytes;
    const JpegLayout& layout;
    tjscalingfactor factor;
    ImageData& image;
};

bool decodeStrip(const StripJob& job, const JpegStrip& strip) {
    const int top = strip.firstRow * job.layout.mcuHeight / job.factor.denom; // exact: MCU heights are 8 or 16
    const int height = TJSCALED(stripPixelHeight(job.layout, strip), job.factor);
    return decodeInto(buildStripJpeg(job.bytes, job.layout, strip), job.image.row(top), job.image.width, height,
                      job.image.rowBytes());
}

/// Redoes the rows around the edge at MCU row `edge` from a JPEG spanning it, where the chroma
/// upsampler sees the rows on both sides as the whole-image decode does. `seam` keeps the result
/// until every strip has been written.
bool decodeSeam(const StripJob& job, int edge, ImageData& seam) {
    const int step = rowStep(job.layout);
    const JpegStrip span{edge - step, std::min(edge + step, job.layout.mcuRows())};
    seam = ImageData::allocate(job.image.width, TJSCALED(stripPixelHeight(job.layout, span), job.factor), 3);
    return decodeInto(buildStripJpeg(job.bytes, job.layout, span), seam.pixels.data(), seam.width, seam.height,
                      seam.rowBytes());
}

/// Copies the rows near the edge, up to half an MCU row on each side, which the seam JPEG decoded
/// with the same neighbours as the whole image (its own top and bottom rows it did not).
void copySeam(const StripJob& job, int edge, const ImageData& seam) {
    const int upper = rowStep(job.layout) * job.layout.mcuHeight / job.factor.denom;
    const int reach = std::max(1, upper / 2);
    const int first = upper - reach;
    const int end = std::min(upper + reach, seam.height);
    const int outTop = edge * job.layout.mcuHeight / job.factor.denom - upper;
    for (int y = first; y < end; ++y) {
        std::memcpy(job.image.row(outTop + y), seam.row(y), seam.rowBytes());
    }
}

bool qualifies(const JpegLayout& layout, const tjscalingfactor& factor, unsigned threads, std::uint64_t minPixels) {
    const auto pixels = static_cast<std::uint64_t>(TJSCALED(layout.width, factor)) *
                        static_cast<std::uint64_t>(TJSCALED(layout.height, factor));
    // At least 8 pixels wide: the width alone then makes tjDecompress2 pick the same scaling
    // factor for a short strip as for the whole image.
    // Only TurboJPEG's power-of-two scales keep strip rows on whole output rows.
    const bool exactScale = factor.denom == 1 || factor.denom == 2 || factor.denom == 4 || factor.denom == 8;
    return exactScale && threads > 1 && layout.width >= 8 && pixels >= minPixels;
}

} // namespace

std::vector<JpegStrip> planJpegStrips(const JpegLayout& layout, int count) {
    const std::int64_t rows = layout.mcuRows();
    const std::int64_t step = rowStep(layout);
    std::vector<JpegStrip> strips;
    std::int64_t first = 0;
    for (int i = 1; i <= count && first < rows; ++i) {
        // The nearest restart-aligned row to an even share; the last strip takes the rest.
        const std::int64_t even = rows * i / count;
        const std::int64_t end = i == count ? rows : std::min(rows, (even + step / 2) / step * step);
        if (end > first) {
            strips.push_back({static_cast<int>(first), static_cast<int>(end)});
            first = end;
        }
    }
    return strips;
}

std::vector<std::uint8_t> buildStripJpeg(std::span<const std::uint8_t> bytes, const JpegLayout& layout,
                                         const JpegStrip& strip) {
    const std::size_t first = intervalAt(layout, strip.firstRow);
    const std::size_t end = intervalAt(layout, strip.endRow);
    std::size_t size = layout.scanStart + 2 * (end - first) + 2;
    for (std::size_t i = first; i < end; ++i) {
        size += layout.segments[i].end - layout.segments[i].begin;
    }
    std::vector<std::uint8_t> jpeg;
    jpeg.reserve(size);
    jpeg.insert(jpeg.end(), bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(layout.scanStart));
    const int height = stripPixelHeight(layout, strip);
    jpeg[layout.heightOffset] = static_cast<std::uint8_t>(height >> 8);
    jpeg[layout.heightOffset + 1] = static_cast<std::uint8_t>(height & 0xFF);
    for (std::size_t i = first; i < end; ++i) {
        if (i > first) {
            jpeg.push_back(0xFF);
            jpeg.push_back(static_cast<std::uint8_t>(0xD0 + ((i - first - 1) & 7))); // RSTn follows interval n
        }
        const auto& segment = layout.segments[i];
        jpeg.insert(jpeg.end(), bytes.begin() + static_cast<std::ptrdiff_t>(segment.begin),
                    bytes.begin() + static_cast<std::ptrdiff_t>(segment.end));
    }
    jpeg.push_back(0xFF);
    jpeg.push_back(0xD9);
    return jpeg;
}

std::optional<ImageData> decodeJpegStrips(std::span<const std::uint8_t> bytes, int scaleDenominator, unsigned threads,
                                          std::uint64_t minPixels) {
    const tjscalingfactor factor{1, scaleDenominator};
    auto layout = readJpegLayout(bytes);
    if (!layout || !qualifies(*layout, factor, threads, minPixels)) {
        return std::nullopt;
    }
    const auto strips = planJpegStrips(*layout, static_cast<int>(threads));
    if (strips.size() < 2) {
        return std::nullopt;
    }
    auto image = ImageData::allocate(TJSCALED(layout->width, factor), TJSCALED(layout->height, factor), 3);
    const StripJob job{bytes, *layout, factor, image};
    const int seamCount = layout->verticalSubsampling ? static_cast<int>(strips.size()) - 1 : 0;
    std::vector<ImageData> seams(static_cast<std::size_t>(seamCount));
    const int stripCount = static_cast<int>(strips.size());
    const bool decoded = parallelFor(stripCount + seamCount, threads, [&](int i) {
        return i < stripCount ? decodeStrip(job, strips[static_cast<std::size_t>(i)])
                              : decodeSeam(job, strips[static_cast<std::size_t>(i - stripCount)].endRow,
                                           seams[static_cast<std::size_t>(i - stripCount)]);
    });
    if (!decoded) {
        return std::nullopt;
    }
    for (int i = 0; i < seamCount; ++i) {
        copySeam(job, strips[static_cast<std::size_t>(i)].endRow, seams[static_cast<std::size_t>(i)]);
    }
    return image;
}

} // namespace cloudtour::image
