// A partial equirect (120 x 60 degrees, centred 10 degrees up): inside it the image, outside it the
// renderer's background colour, and the boundary between them where the geometry puts it. Unlike
// a full panorama its texture must not wrap: sampled with GL_REPEAT, the first and last columns
// blend into each other within half a texel of the left and right edges.

#include "engine/math/Angles.h"
#include "engine/render/EquirectRenderer.h"
#include "engine/render/PanoramaImages.h"
#include "tests/gl/Tolerances.h"
#include "tests/support/GlTestContext.h"
#include "tests/support/ImageExpectations.h"
#include "tests/support/ReferenceRenderer.h"
#include "tests/support/TestImages.h"
#include "tests/support/TestViews.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <string>

namespace cloudtour::test {
namespace {

// 256x128 over 120 x 60 degrees: a texel spans 0.47 degrees, more than a pixel of these views
// (0.36 at most), so the GPU magnifies level 0 as the reference does.
render::EquirectImage partialPanorama() {
    const render::EquirectGeometry geometry{math::degToRad(120.0), math::degToRad(60.0), math::degToRad(10.0)};
    return {sampleEquirect(detailedField, 256, 128, geometry), geometry};
}

// These views see the image and the background: the right and top edges, the left and bottom ones.
const std::array<ViewSpec, 2> kEdgeViews = {ViewSpec{50.0, 25.0, 0.0, 90.0, 320, 240},
                                            ViewSpec{-40.0, -15.0, 10.0, 90.0, 320, 240}};

render::EquirectRenderer& asEquirect(render::Renderer& renderer) {
    auto* equirect = dynamic_cast<render::EquirectRenderer*>(&renderer);
    REQUIRE(equirect != nullptr);
    return *equirect;
}

enum class Side { Inside, Outside, Boundary };

// Which side of the panorama's edge a whole pixel lies on, from the reference rays through its
// four corners: a pixel the edge crosses may show either.
Side sideOf(const ViewSpec& view, const render::EquirectGeometry& geometry, int x, int y) {
    int inside = 0;
    for (const auto [dx, dy] : {std::array{0, 0}, std::array{1, 0}, std::array{0, 1}, std::array{1, 1}}) {
        inside += insideEquirect(referenceRay(view, x + dx, y + dy), geometry) ? 1 : 0;
    }
    return inside == 4 ? Side::Inside : inside == 0 ? Side::Outside : Side::Boundary;
}

struct SideCounts {
    int inside = 0;
    int outside = 0;
    int wrong = 0; // background inside, or anything but the background outside
};

// The detailed field keeps every channel within 38-217, so a pixel with a channel at 0 or 255 can
// only be background; the background colours below have every channel at 0 or 255.
SideCounts checkBackground(const image::ImageData& actual, const ViewSpec& view,
                           const render::EquirectGeometry& geometry, const std::array<int, 3>& background) {
    SideCounts counts;
    for (int y = 0; y < view.height; ++y) {
        for (int x = 0; x < view.width; ++x) {
            const std::uint8_t* pixel = actual.row(y) + 3 * x;
            const bool isBackground =
                pixel[0] == background[0] && pixel[1] == background[1] && pixel[2] == background[2];
            const Side side = sideOf(view, geometry, x, y);
            counts.inside += side == Side::Inside ? 1 : 0;
            counts.outside += side == Side::Outside ? 1 : 0;
            counts.wrong += (side == Side::Inside && isBackground) || (side == Side::Outside && !isBackground) ? 1 : 0;
        }
    }
    return counts;
}

// The reference with the GPU's own pixel wherever the edge passes within 0.01 pixel of a pixel's
// centre: there float rounding on the GPU (its atan is good to about 3e-6 rad, a thousandth of a
// pixel here) may fairly put the centre on either side. Returns how many pixels were excused.
int excuseEdgePixels(image::ImageData& expected, const image::ImageData& actual, const ViewSpec& view,
                     const render::EquirectGeometry& geometry) {
    constexpr double kMargin = 0.01;
    int excused = 0;
    for (int y = 0; y < view.height; ++y) {
        for (int x = 0; x < view.width; ++x) {
            const bool centre = insideEquirect(referenceRay(view, x + 0.5, y + 0.5), geometry);
            bool ambiguous = false;
            for (const auto [dx, dy] : {std::array{-1, 0}, std::array{1, 0}, std::array{0, -1}, std::array{0, 1}}) {
                const glm::dvec3 ray = referenceRay(view, x + 0.5 + dx * kMargin, y + 0.5 + dy * kMargin);
                ambiguous = ambiguous || insideEquirect(ray, geometry) != centre;
            }
            if (ambiguous) {
                std::copy_n(actual.row(y) + 3 * x, 3, expected.row(y) + 3 * x);
                ++excused;
            }
        }
    }
    return excused;
}

} // namespace

TEST_CASE("partial equirect: the image, its edges and the background match the CPU reference", "[gl]") {
    const render::EquirectImage panorama = partialPanorama();
    const auto renderer = createRendererOrThrow(panorama, "partial.equirect");
    const glm::dvec3 background(0.2, 0.6, 0.9);
    asEquirect(*renderer).setBackground(glm::vec3(background));
    for (const ViewSpec& view : kEdgeViews) {
        const image::ImageData actual = renderView(*renderer, makeView(view));
        image::ImageData expected = referenceEquirect(panorama, view, background);
        const int excused = excuseEdgePixels(expected, actual, view, panorama.geometry);
        CHECK(excused < 20);
        expectImagesMatch(actual, expected, kSameTexture,
                          describe(view) + " (" + std::to_string(excused) + " excused)");
    }
}

TEST_CASE("partial equirect: the background colour shows outside the image and only there", "[gl]") {
    const render::EquirectImage panorama = partialPanorama();
    const auto renderer = createRendererOrThrow(panorama, "partial.equirect");
    // Black until set; then whatever was set last.
    const std::array<std::array<int, 3>, 3> backgrounds = {{{0, 0, 0}, {0, 255, 0}, {255, 255, 0}}};
    for (std::size_t i = 0; i < backgrounds.size(); ++i) {
        const auto& colour = backgrounds[i];
        if (i > 0) {
            asEquirect(*renderer).setBackground(glm::vec3(colour[0], colour[1], colour[2]) / 255.0f);
        }
        for (const ViewSpec& view : kEdgeViews) {
            const SideCounts counts =
                checkBackground(renderView(*renderer, makeView(view)), view, panorama.geometry, colour);
            INFO(describe(view) << ", background " << colour[0] << "," << colour[1] << "," << colour[2] << ": "
                                << counts.inside << " pixels inside, " << counts.outside << " outside");
            CHECK(counts.inside > 10000);
            CHECK(counts.outside > 10000);
            CHECK(counts.wrong == 0);
        }
    }
}

} // namespace cloudtour::test
