// The worker side of load-time tiling, without a GPU: which images are tiled, the pyramid it
// describes, progress, reuse of the cache and cancellation.

#include "engine/image/JpegEncoder.h"
#include "engine/render/PyramidConversion.h"
#include "tests/support/ScratchFolder.h"
#include "tests/support/TestImages.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <vector>

using namespace cloudtour;
using render::Conversion;

namespace {

namespace fs = std::filesystem;

fs::path freshFolder(const std::string& name) {
    return test::freshScratchFolder("pyramid-conversion", name);
}

// A 512x256 JPEG on a "GPU" of 256: faces of 160 in tiles of 64 (levels of 40, 80 and 160).
render::ConversionRequest smallRequest(const fs::path& folder) {
    const std::string path = (folder / "pano.jpg").string();
    REQUIRE(image::writeJpeg(path, test::sampleEquirect(test::smoothField, 512, 256), 90));
    render::ConversionRequest request;
    request.path = path;
    request.maxTextureSize = 256;
    request.cache.folder = (folder / "cache").string();
    request.cache.options.tileSize = 64;
    request.cache.options.fallbackSize = 0;
    request.cache.options.threads = 2;
    return request;
}

std::size_t entryCount(const fs::path& folder) {
    std::error_code ec;
    std::size_t count = 0;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        ++count;
    }
    return count;
}

} // namespace

TEST_CASE("pyramid conversion: only full-sphere JPEGs over the limit are tiled", "[pyramid-cache]") {
    using image::ImageFormat;
    CHECK(render::reasonNotToTile({4096, 2048, ImageFormat::Jpeg}, true, 4096).empty()); // fits: nothing to say
    CHECK(render::reasonNotToTile({8192, 4096, ImageFormat::Jpeg}, true, 4096).empty()); // tiled
    CHECK(render::reasonNotToTile({8192, 4096, ImageFormat::Png}, true, 4096) ==
          "only JPEG panoramas are tiled at load time");
    CHECK(render::reasonNotToTile({8192, 1024, ImageFormat::Jpeg}, true, 4096) ==
          "not tiled at load time: a partial panorama (8192x1024, not 2:1) cannot become cube tiles");
    CHECK(render::reasonNotToTile({8192, 4096, ImageFormat::Jpeg}, false, 4096) ==
          "not tiled at load time: a partial panorama (8192x4096, less than 360x180 degrees) cannot become cube "
          "tiles");
}

TEST_CASE("pyramid conversion: an oversized JPEG is tiled once and then found in the cache", "[pyramid-cache]") {
    const fs::path folder = freshFolder("tiled");
    const render::ConversionRequest request = smallRequest(folder);
    std::vector<double> progress;
    render::ConversionCallbacks callbacks;
    callbacks.progress = [&](double fraction) { progress.push_back(fraction); };

    const Conversion first = render::convertOversized(request, callbacks);
    INFO(first.message);
    REQUIRE(first.outcome == Conversion::Outcome::Tiled);
    CHECK_FALSE(first.reused);
    REQUIRE(first.pyramid.levels.size() == 3);
    CHECK(first.pyramid.levels.back().faceSize == 160);
    CHECK(first.pyramid.levels.front().faceSize == 40);
    CHECK(fs::exists(render::tilePath(first.pyramid, {2, 0, 2, 2}))); // the last tile of the finest level
    CHECK(fs::path(first.pyramid.folder).parent_path() == fs::path(request.cache.folder));
    REQUIRE_FALSE(progress.empty());
    CHECK(std::is_sorted(progress.begin(), progress.end()));
    CHECK(progress.back() == Approx(1.0));

    progress.clear();
    const Conversion second = render::convertOversized(request, callbacks);
    REQUIRE(second.outcome == Conversion::Outcome::Tiled);
    CHECK(second.reused);
    CHECK(second.pyramid.folder == first.pyramid.folder);
    CHECK(progress.empty()); // nothing decoded or written
    CHECK(entryCount(request.cache.folder) == 1);
}

TEST_CASE("pyramid conversion: an image that fits is left alone and the cache is not touched", "[pyramid-cache]") {
    const fs::path folder = freshFolder("fits");
    render::ConversionRequest request = smallRequest(folder);
    request.maxTextureSize = 512;
    const Conversion conversion = render::convertOversized(request, {});
    CHECK(conversion.outcome == Conversion::Outcome::Direct);
    CHECK(conversion.message.empty());
    CHECK_FALSE(fs::exists(request.cache.folder));
}

TEST_CASE("pyramid conversion: cancelled, it leaves nothing in the cache", "[pyramid-cache]") {
    const fs::path folder = freshFolder("cancelled");
    const render::ConversionRequest request = smallRequest(folder);
    std::atomic<bool> cancel{false};
    render::ConversionCallbacks callbacks;
    callbacks.cancel = &cancel;
    callbacks.progress = [&](double fraction) {
        if (fraction > 0.5) {
            cancel = true; // half-way through the tiles
        }
    };
    const Conversion conversion = render::convertOversized(request, callbacks);
    CHECK(conversion.outcome == Conversion::Outcome::Failed);
    CHECK(conversion.message.find(request.path + ": could not be tiled into the pyramid cache " +
                                  request.cache.folder) == 0);
    CHECK(entryCount(request.cache.folder) == 0);
}
