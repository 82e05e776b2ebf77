#include "engine/core/Mailbox.h"
#include "engine/core/TaskPool.h"
#include "engine/render/PanoramaDecode.h"

#include <catch2/catch.hpp>

#include <string>

using namespace cloudtour;

namespace {

const std::string kChamber = std::string(CLOUDTOUR_SOURCE_DIR) + "/assets/sample/chamber.jpg";

} // namespace

TEST_CASE("fittingScale picks the smallest JPEG scale that fits the GPU", "[render]") {
    CHECK(render::fittingScale(8192, 4096, 16384) == 1);
    CHECK(render::fittingScale(32768, 16384, 16384) == 2);
    CHECK(render::fittingScale(16385, 100, 16384) == 2);
    CHECK(render::fittingScale(8192, 4096, 1024) == 8);
    CHECK(render::fittingScale(100000, 100, 1024) == 8); // none fits: the caller refuses it
}

TEST_CASE("decodePiece gives a 1/8 preview and a full image with its mip chain", "[render]") {
    const core::CancelToken token;
    auto preview = render::decodePiece({kChamber, -1, 16384, true, 2048}, {}, token);
    REQUIRE(preview.ok());
    CHECK(preview->image.width == 512);
    CHECK(preview->mips.empty());
    auto full = render::decodePiece({kChamber, -1, 16384, false, 2048}, {}, token);
    REQUIRE(full.ok());
    CHECK(full->image.width == 4096);
    CHECK(full->mips.size() == 12);
    CHECK(full->notice.empty());
    auto small = render::decodePiece({kChamber, -1, 1024, false, 2048}, {}, token);
    REQUIRE(small.ok());
    CHECK(small->image.width == 1024);
    CHECK(small->notice.find("shown at 1/4 resolution (1024x512)") != std::string::npos);
}

TEST_CASE("decodePiece refuses what no scale brings under the GPU limit, before decoding", "[render]") {
    auto refused = render::decodePiece({kChamber, -1, 256, false, 2048}, {}, core::CancelToken{});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == kChamber +
                                         ": image is 4096x2048, larger than this GPU's texture limit of 256 pixels; "
                                         "convert it with `cloudtour tile`");
}

TEST_CASE("decodes on the pool: cancelled requests post nothing, the others all arrive", "[threads][render]") {
    core::TaskPool pool(2);
    core::Mailbox<int> arrived;
    std::vector<core::CancelToken> tokens(8);
    for (int i = 0; i < 8; ++i) {
        pool.submit([&arrived, token = tokens[static_cast<std::size_t>(i)], i] {
            if (token.cancelled()) {
                return;
            }
            auto piece = render::decodePiece({kChamber, i % 6, 16384, true, 2048}, {}, token);
            if (piece.ok() && !token.cancelled()) {
                arrived.post(i);
            }
        });
    }
    for (int i = 1; i < 8; i += 2) {
        tokens[static_cast<std::size_t>(i)].cancel();
    }
    pool.waitIdle();
    for (const int i : arrived.takeAll()) {
        CHECK(i % 2 == 0); // a cancelled one never arrives
    }
}
