// What creating renderers costs and refuses: textures over the GPU's size limit are turned down
// with a message a person can act on, and every GL object a renderer makes is deleted with it.

#include "engine/render/GlObjects.h"
#include "engine/render/OffscreenTarget.h"
#include "engine/render/PanoramaImages.h"
#include "engine/render/RendererFactory.h"
#include "tests/support/GlTestContext.h"
#include "tests/support/TestImages.h"
#include "tests/support/TestViews.h"

#include <catch2/catch.hpp>

#include <array>
#include <string>

namespace cloudtour::test {
namespace {

constexpr int kKindCount = static_cast<int>(render::GlObjectKind::Count);

std::array<int, kKindCount> liveCounts() {
    std::array<int, kKindCount> counts{};
    for (int kind = 0; kind < kKindCount; ++kind) {
        counts[static_cast<std::size_t>(kind)] = render::liveGlObjects(static_cast<render::GlObjectKind>(kind));
    }
    return counts;
}

int live(render::GlObjectKind kind) {
    return render::liveGlObjects(kind);
}

int at(const std::array<int, kKindCount>& counts, render::GlObjectKind kind) {
    return counts[static_cast<std::size_t>(kind)];
}

// For messages, in GlObjectKind order.
static_assert(kKindCount == 6, "name the new kind of GL object here");
constexpr std::array<const char*, kKindCount> kKindNames = {"textures",     "programs",      "vertex arrays",
                                                            "framebuffers", "renderbuffers", "buffers"};

} // namespace

TEST_CASE("renderer: an equirect wider than the GPU's texture limit is refused with both sizes", "[gl]") {
    const int limit = gpuCaps().maxTextureSize;
    REQUIRE(limit > 0);
    // One row, so the refused image costs a few kilobytes rather than gigabytes.
    const image::ImageData tooWide = image::ImageData::allocate(limit + 1, 1, 3);
    const int texturesBefore = live(render::GlObjectKind::Texture);
    auto renderer = render::createRenderer(render::EquirectImage{tooWide, {}}, gpuCaps(), "wide.jpg");
    REQUIRE_FALSE(renderer.ok());
    const std::string& message = renderer.error().message;
    INFO(message);
    CHECK(message.find("wide.jpg") != std::string::npos);
    CHECK(message.find(std::to_string(limit + 1) + "x1") != std::string::npos);
    CHECK(message.find(std::to_string(limit)) != std::string::npos);
    CHECK(live(render::GlObjectKind::Texture) == texturesBefore);

    // At the limit itself it is accepted: the check is not off by one.
    const image::ImageData atLimit = image::ImageData::allocate(limit, 1, 3);
    CHECK(render::createRenderer(render::EquirectImage{atLimit, {}}, gpuCaps(), "limit.jpg").ok());
}

TEST_CASE("renderer: creating and destroying renderers leaves no GL object behind", "[gl]") {
    const render::EquirectImage equirect{sampleEquirect(smoothField, 64, 32), {}};
    const render::CubeImages cube = sampleCube(smoothField, 16);
    render::CubeImages mismatched = cube;
    mismatched.faces[3] = image::ImageData::allocate(8, 8, 3);
    const math::View view = makeView(ViewSpec{10.0, 5.0, 0.0, 90.0, 32, 24});
    gpuCaps(); // the context first, so its own objects (if any) are in the baseline
    const auto baseline = liveCounts();

    for (int round = 0; round < 50; ++round) {
        {
            const auto first = createRendererOrThrow(equirect, "leak.equirect");
            const auto second = createRendererOrThrow(cube, "leak.cube");
            // Alive: one texture, one program and one vertex array each, and a framebuffer with its
            // renderbuffer while a render is in flight; counted, or the check below proves nothing.
            CHECK(live(render::GlObjectKind::Texture) == at(baseline, render::GlObjectKind::Texture) + 2);
            CHECK(live(render::GlObjectKind::Program) == at(baseline, render::GlObjectKind::Program) + 2);
            CHECK(live(render::GlObjectKind::VertexArray) == at(baseline, render::GlObjectKind::VertexArray) + 2);
            renderView(*first, view);
            renderView(*second, view);
            // A refused cube must not leave a half-made texture behind.
            CHECK_FALSE(render::createRenderer(mismatched, gpuCaps(), "mismatched.cube").ok());
        }
        if (liveCounts() != baseline) {
            break; // reported below, once
        }
    }
    const auto after = liveCounts();
    for (int kind = 0; kind < kKindCount; ++kind) {
        INFO("live " << kKindNames[static_cast<std::size_t>(kind)]);
        CHECK(after[static_cast<std::size_t>(kind)] == baseline[static_cast<std::size_t>(kind)]);
    }
}

} // namespace cloudtour::test
