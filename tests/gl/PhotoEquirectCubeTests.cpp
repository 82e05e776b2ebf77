// A real photograph as an equirect and as six cube faces (Pannellum's Jordan Pond example, made
// from the same capture): both renderers must show the same scene at the same view. Two
// resamplings of a photo never agree pixel for pixel, so this checks agreement over areas.

#include "engine/image/ImageLoader.h"
#include "engine/render/PanoramaImages.h"
#include "tests/support/GlTestContext.h"
#include "tests/support/ImageCompare.h"
#include "tests/support/TestViews.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace cloudtour::test {
namespace {

const std::string kFolder = CLOUDTOUR_SHARED_DATA "/pannellum/examples/";

std::vector<std::string> photoPaths() {
    std::vector<std::string> paths = {kFolder + "examplepano.jpg"};
    for (int face = 0; face < render::kCubeFaceCount; ++face) {
        paths.push_back(kFolder + "examplepanocube" + std::to_string(face) + ".jpg");
    }
    return paths;
}

image::ImageData loadOrFail(const std::string& path) {
    auto loaded = image::loadImageFile(path);
    if (!loaded) {
        FAIL("cannot load " << path << ": " << loaded.error().message);
    }
    return std::move(*loaded);
}

// What differs between two renders: the worst channel's mean absolute difference over all pixels,
// and the largest difference between 9x9-pixel local means (resampling noise and the cube's
// sharper or softer filtering average out over a window; a misplaced object does not).
struct PhotoDifference {
    double mean = 0.0;
    int localMax = 0;
};

PhotoDifference photoDifference(const image::ImageData& a, const image::ImageData& b) {
    return {difference(a, b).worstMean(), difference(boxBlur(a, 4), boxBlur(b, 4)).worstMax()};
}

// Measured on llvmpipe: means 0.6 (sky) to 5.7 (rock at the nadir, all fine texture), local
// maxima 3 to 6. The bounds leave a little under half again. A view turned by half a degree already
// gives local maxima of 37 or more (except straight up into an empty sky), one turned 20 degrees
// 44 or more everywhere.
constexpr double kMeanBound = 8.0;
constexpr int kLocalBound = 12;

bool withinBounds(const PhotoDifference& d) {
    return d.mean <= kMeanBound && d.localMax <= kLocalBound;
}

} // namespace

TEST_CASE("photo: the equirect and cube renders of one scene agree", "[gl]") {
    std::string missing;
    for (const std::string& path : photoPaths()) {
        if (!std::filesystem::exists(path)) {
            missing += "\n  " + path;
        }
    }
    if (!missing.empty()) {
        FAIL("test photographs missing (see ../shared/data/MANIFEST.md):" << missing);
    }
    const std::vector<std::string> paths = photoPaths();
    const auto equirect = createRendererOrThrow(render::EquirectImage{loadOrFail(paths[0]), {}}, paths[0]);
    render::CubeImages faces;
    for (int face = 0; face < render::kCubeFaceCount; ++face) {
        faces.faces[static_cast<std::size_t>(face)] = loadOrFail(paths[static_cast<std::size_t>(face) + 1]);
    }
    const auto cube = createRendererOrThrow(faces, paths[1]);

    const std::vector<ViewSpec> views = {
        {0.0, 0.0, 0.0, 90.0, 480, 360},   {100.0, 15.0, 0.0, 90.0, 480, 360},  {180.0, -10.0, 0.0, 90.0, 480, 360},
        {30.0, 90.0, 0.0, 90.0, 480, 360}, {-60.0, -90.0, 0.0, 90.0, 480, 360},
    };
    for (const ViewSpec& view : views) {
        const image::ImageData fromCube = renderView(*cube, makeView(view));
        const PhotoDifference same = photoDifference(renderView(*equirect, makeView(view)), fromCube);
        ViewSpec turned = view;
        turned.yaw += 20.0;
        const PhotoDifference wrong = photoDifference(renderView(*equirect, makeView(turned)), fromCube);
        INFO(describe(view) << ": mean " << same.mean << ", local max " << same.localMax << "; turned 20 degrees: mean "
                            << wrong.mean << ", local max " << wrong.localMax);
        CHECK(withinBounds(same));
        // The bounds mean something only if a wrong view falls outside them.
        CHECK_FALSE(withinBounds(wrong));
    }
}

} // namespace cloudtour::test
