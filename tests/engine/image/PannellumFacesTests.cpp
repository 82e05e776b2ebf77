// Face orientation checked against Pannellum's own files: its Jordan Pond example ships the
// equirect and the six cube faces made from the same capture (examplepano.jpg and
// examplepanocube0-5.jpg, in Pannellum's cubeMap order, which is also the multires face order
// f r b l u d). Faces resampled from the equirect must look like Pannellum's, and clearly unlike
// the same face mirrored or turned.

#include "engine/image/AreaResize.h"
#include "engine/image/CubeFaceSampler.h"
#include "engine/image/ImageLoader.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

using namespace cloudtour::image;

namespace {

const std::string kFolder = CLOUDTOUR_SHARED_DATA "/pannellum/examples/";

ImageData loadOrFail(const std::string& path) {
    auto loaded = loadImageFile(path);
    INFO(path);
    REQUIRE(loaded);
    return std::move(*loaded);
}

double meanDifference(const ImageData& a, const ImageData& b) {
    REQUIRE(a.pixels.size() == b.pixels.size());
    double total = 0.0;
    for (std::size_t i = 0; i < a.pixels.size(); ++i) {
        total += std::abs(int(a.pixels[i]) - int(b.pixels[i]));
    }
    return total / static_cast<double>(a.pixels.size());
}

ImageData mirrored(const ImageData& image) {
    ImageData out = ImageData::allocate(image.width, image.height, 3);
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            std::copy_n(image.row(y) + (image.width - 1 - x) * 3, 3, out.row(y) + x * 3);
        }
    }
    return out;
}

ImageData turned(const ImageData& image) { // a quarter turn clockwise
    ImageData out = ImageData::allocate(image.height, image.width, 3);
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            std::copy_n(image.row(y) + x * 3, 3, out.row(x) + (image.height - 1 - y) * 3);
        }
    }
    return out;
}

} // namespace

TEST_CASE("faces resampled from Pannellum's example equirect match Pannellum's own cube faces", "[image][pyramid]") {
    if (!std::filesystem::exists(kFolder + "examplepano.jpg")) {
        FAIL("test photographs missing (see ../shared/data/MANIFEST.md): " << kFolder);
    }
    const ImageData equirect = loadOrFail(kFolder + "examplepano.jpg");
    // Compared at 1/8 of Pannellum's 1584-pixel faces: the two resamplings and JPEGs differ in fine
    // grain, not in where things are. Measured: means 0.45 (the sky) to 1.03 (the ground) levels;
    // the same face mirrored or turned a quarter measures 26 to 79.
    constexpr int kSize = 198;
    constexpr double kBound = 3.0;
    for (int face = 0; face < 6; ++face) {
        const ImageData theirs =
            resizeArea(loadOrFail(kFolder + "examplepanocube" + std::to_string(face) + ".jpg"), kSize, kSize, 2);
        const ImageData ours = resizeArea(sampleCubeFace(equirect, face, 1584, 2), kSize, kSize, 2);
        const double same = meanDifference(ours, theirs);
        const double flipped = meanDifference(mirrored(ours), theirs);
        const double rotated = meanDifference(turned(ours), theirs);
        INFO("face " << face << ": " << same << ", mirrored " << flipped << ", turned " << rotated);
        CHECK(same < kBound);
        CHECK(flipped > kBound);
        CHECK(rotated > kBound);
    }
}
