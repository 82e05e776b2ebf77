// libFuzzer target: cloudtour::image::decodeImage, the one door from untrusted bytes to pixels.
// The first two bytes choose the scale and the limits, so small inputs reach every limit check;
// the rest is the file (JPEG goes to TurboJPEG, PNG to stb_image, the rest is named and refused).
#include "engine/image/ImageLoader.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdio>
#include <cstdlib>

namespace {

using cloudtour::image::DecodeLimits;

struct Settings {
    DecodeLimits limits;
    int scale = 1;
};

// Pixel budgets stay at 4 Mpx and under, so the fuzzer looks for logic errors, not out-of-memory.
Settings settingsFrom(std::uint8_t first, std::uint8_t second) {
    static constexpr int kScales[] = {1, 2, 4, 8, 1, 2, 4, 3}; // 3: a scale TurboJPEG cannot do
    static constexpr int kDimensions[] = {64, 1024, 4096, 65536};
    static constexpr std::uint64_t kPixels[] = {1u << 12, 1u << 16, 1u << 20, 4u << 20};
    Settings settings;
    settings.scale = kScales[first & 7];
    settings.limits.maxDimension = kDimensions[second & 3];
    settings.limits.maxPixels = kPixels[(second >> 2) & 3];
    return settings;
}

void check(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "cloudtour fuzz: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider provider(data, size);
    const std::vector<std::uint8_t> head = provider.ConsumeBytes<std::uint8_t>(2);
    if (head.size() < 2) {
        return -1; // not added to the corpus
    }
    const Settings settings = settingsFrom(head[0], head[1]);
    const std::vector<std::uint8_t> file = provider.ConsumeRemainingBytes<std::uint8_t>();
    const auto probe = cloudtour::image::probeImage(file, "fuzz.img");
    const auto image = cloudtour::image::decodeImage(file, "fuzz.img", settings.limits, settings.scale);
    if (!image) {
        check(image.error().message.starts_with("fuzz.img: "), "an image error that does not name the file");
        return 0;
    }
    check(probe.ok(), "an image decoded whose header could not be read");
    check(static_cast<std::uint64_t>(probe->width) * static_cast<std::uint64_t>(probe->height) <=
              settings.limits.maxPixels,
          "an image over the pixel limit was decoded");
    check(probe->width <= settings.limits.maxDimension && probe->height <= settings.limits.maxDimension,
          "an image over the side limit was decoded");
    check(image->width > 0 && image->height > 0 && image->width <= probe->width && image->height <= probe->height,
          "decoded size disagrees with the header");
    check(settings.scale != 1 || (image->width == probe->width && image->height == probe->height),
          "an unscaled decode changed the size");
    check(image->pixels.size() == image->byteSize(), "pixel buffer size disagrees with the image size");
    return 0;
}
