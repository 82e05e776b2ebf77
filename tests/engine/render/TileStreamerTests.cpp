// The streamer between a real loader (TaskPool, a decoder the test controls) and a store over the
// counting GPU backend: what is requested, uploaded, cancelled, dropped. Run under ThreadSanitizer.

#include "engine/render/TileStreamer.h"
#include "tests/engine/render/CountingTileGpu.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

using namespace cloudtour;
using namespace cloudtour::render;
using cloudtour::render::test::CountingTileGpu;

namespace {

// Faces of 100 and 200 pixels in 100-pixel tiles; tile files are named by the template.
TilePyramid pyramid() {
    TilePyramid p;
    p.levels = {{100, 100}, {200, 100}};
    p.folder = "mem:";
    p.pathTemplate = "%l/%s%y_%x";
    return p;
}

/// Makes tiles of the size the pyramid expects, unless the path says "wrong" (a 3x3 tile) or the
/// tile is listed as missing; can hold every decode until released.
class FakeTiles {
public:
    TileLoader::Decoder decoder() {
        return [this](const std::string& path, const core::CancelToken&) -> core::Result<DecodedTile> {
            {
                std::unique_lock lock(mMutex);
                mOpened.wait(lock, [this] { return !mHeld; });
                mDecoded.insert(path);
            }
            if (mMissing.count(path) != 0) {
                return core::Error{path + ": file not found"};
            }
            DecodedTile tile;
            tile.image = image::ImageData::allocate(mWrongSize.count(path) != 0 ? 3 : 100, 100, 3);
            return tile;
        };
    }
    void hold() {
        std::lock_guard lock(mMutex);
        mHeld = true;
    }
    void release() {
        std::lock_guard lock(mMutex);
        mHeld = false;
        mOpened.notify_all();
    }
    bool decoded(const std::string& path) {
        std::lock_guard lock(mMutex);
        return mDecoded.count(path) != 0;
    }
    std::set<std::string> mMissing;   // set before decoding starts
    std::set<std::string> mWrongSize; // likewise

private:
    std::mutex mMutex;
    std::condition_variable mOpened;
    bool mHeld = false;
    std::set<std::string> mDecoded;
};

struct Rig {
    TilePyramid tiles = pyramid();
    FakeTiles files;
    CountingTileGpu gpu;
    TileStore store{gpu, 1ull << 30};
    core::TaskPool pool{2};
    TileLoader loader{pool, files.decoder(), 4};
    TileStreamer streamer{tiles, store, loader};

    ~Rig() {
        files.release();
        loader.cancelAll();
        pool.waitIdle();
    }
    /// Updates (with a generous budget) until `done` or 10 seconds; returns the last update's value.
    template <typename Done>
    bool updateUntil(const std::vector<WantedTile>& wanted, Done done) {
        bool waiting = true;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        do {
            store.beginFrame();
            UploadBudget budget(UploadBudget::kDefaultBytes);
            waiting = streamer.update(wanted, budget);
            if (done()) {
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        } while (std::chrono::steady_clock::now() < deadline);
        return waiting;
    }
};

std::vector<WantedTile> pinnedLevel() {
    std::vector<WantedTile> wanted;
    for (int face = 0; face < 6; ++face) {
        wanted.push_back({{0, face, 0, 0}, -1.0, true});
    }
    return wanted;
}

} // namespace

TEST_CASE("the streamer loads what is wanted, pinned tiles pinned", "[tiles][threads]") {
    Rig rig;
    auto wanted = pinnedLevel();
    wanted.push_back({{1, 0, 1, 1}, 0.5, false});
    const bool waiting = rig.updateUntil(wanted, [&] { return rig.store.size() == 7; });
    CHECK_FALSE(waiting);
    CHECK(rig.store.size() == 7);
    CHECK(rig.store.pinnedCount() == 6);
    CHECK(rig.store.contains({1, 0, 1, 1}));
    CHECK(rig.loader.requests().empty());
}

TEST_CASE("requests the view no longer wants are cancelled and never uploaded", "[tiles][threads]") {
    Rig rig;
    rig.files.hold();
    const WantedTile left{{1, 1, 0, 0}, 0.1, false};
    const WantedTile right{{1, 1, 0, 1}, 0.2, false};
    rig.store.beginFrame();
    UploadBudget budget(UploadBudget::kDefaultBytes);
    CHECK(rig.streamer.update(std::vector{left, right}, budget));
    CHECK(rig.loader.requested(left.id));
    // The view turned: only `right` is wanted now.
    const std::vector<WantedTile> now = {right};
    rig.store.beginFrame();
    CHECK(rig.streamer.update(now, budget));
    CHECK_FALSE(rig.loader.requested(left.id));
    CHECK(rig.loader.requested(right.id));
    rig.files.release();
    rig.updateUntil(now, [&] { return rig.store.contains(right.id) && rig.loader.inFlight() == 0; });
    CHECK(rig.store.contains(right.id));
    CHECK_FALSE(rig.store.contains(left.id));
    CHECK(rig.gpu.uploads == 1);
}

TEST_CASE("results arriving after a reset are dropped", "[tiles][threads]") {
    Rig rig;
    rig.files.hold();
    const auto wanted = pinnedLevel();
    rig.store.beginFrame();
    UploadBudget budget(UploadBudget::kDefaultBytes);
    rig.streamer.update(wanted, budget);
    REQUIRE(rig.loader.inFlight() > 0);
    rig.streamer.reset(); // e.g. the scene was closed while its tiles were decoding
    rig.files.release();
    rig.pool.waitIdle();
    rig.store.beginFrame();
    UploadBudget next(UploadBudget::kDefaultBytes);
    CHECK(rig.streamer.update({}, next) == false);
    CHECK(rig.store.size() == 0);
    CHECK(rig.gpu.uploads == 0);
    CHECK(rig.loader.dropped() > 0);
    CHECK(rig.loader.inFlight() == 0);
}

TEST_CASE("uploads stay within the frame's budget, pinned tiles first", "[tiles][threads]") {
    Rig rig;
    auto wanted = pinnedLevel();
    for (int column = 0; column < 2; ++column) {
        wanted.push_back({{1, 0, 0, column}, 0.1 * column, false});
    }
    // Decode everything first, with no budget to upload it.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (rig.streamer.readyCount() < wanted.size() && std::chrono::steady_clock::now() < deadline) {
        rig.store.beginFrame();
        UploadBudget none(0);
        rig.streamer.update(wanted, none);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    REQUIRE(rig.streamer.readyCount() == wanted.size());
    CHECK(rig.store.size() == 0);
    // A budget of two tiles' bytes: two uploads, then the budget is spent.
    const std::uint64_t tileBytes = 100 * 100 * 3;
    rig.store.beginFrame();
    UploadBudget two(2 * tileBytes);
    rig.streamer.update(wanted, two);
    CHECK(rig.store.size() == 2);
    CHECK(rig.store.pinnedCount() == 2);
    CHECK(two.exhausted());
    // A tiny budget still lets one tile through a frame.
    rig.store.beginFrame();
    UploadBudget tiny(1);
    rig.streamer.update(wanted, tiny);
    CHECK(rig.store.size() == 3);
    rig.updateUntil(wanted, [&] { return rig.store.size() == wanted.size(); });
    CHECK(rig.store.size() == wanted.size());
}

TEST_CASE("a tile that cannot be read is not asked for again, and is named", "[tiles][threads]") {
    Rig rig;
    rig.files.mMissing.insert("mem:2/f0_1");
    rig.files.mWrongSize.insert("mem:2/f1_0");
    auto wanted = pinnedLevel();
    wanted.push_back({{1, 0, 0, 1}, 0.1, false});
    wanted.push_back({{1, 0, 1, 0}, 0.2, false});
    const bool waiting =
        rig.updateUntil(wanted, [&] { return rig.streamer.failureCount() == 2 && rig.store.size() == 7; });
    CHECK_FALSE(waiting);
    CHECK(rig.streamer.failed({1, 0, 0, 1}));
    CHECK(rig.streamer.failed({1, 0, 1, 0}));
    CHECK_FALSE(rig.loader.requested({1, 0, 0, 1}));
    const std::string& first = rig.streamer.firstFailure();
    const bool named = first == "mem:2/f0_1: file not found" ||
                       first == "mem:2/f1_0: the tile is 3x100, its place in the pyramid 100x100";
    CHECK(named);
}

TEST_CASE("tiles the view left are evicted once over budget, the view's own are kept", "[tiles][threads]") {
    Rig rig;
    const std::uint64_t tileBytes = tileTextureBytes(100, 100);
    rig.store.setBudget(6 * tileBytes + 2 * tileBytes); // pinned level and two more tiles
    auto first = pinnedLevel();
    first.push_back({{1, 2, 0, 0}, 0.1, false});
    first.push_back({{1, 2, 0, 1}, 0.2, false});
    rig.updateUntil(first, [&] { return rig.store.size() == 8; });
    REQUIRE(rig.store.size() == 8);
    auto second = pinnedLevel();
    second.push_back({{1, 3, 1, 0}, 0.1, false});
    second.push_back({{1, 3, 1, 1}, 0.2, false});
    rig.updateUntil(second, [&] { return rig.store.contains({1, 3, 1, 0}) && rig.store.contains({1, 3, 1, 1}); });
    CHECK(rig.store.contains({1, 3, 1, 0}));
    CHECK(rig.store.contains({1, 3, 1, 1}));
    CHECK_FALSE(rig.store.contains({1, 2, 0, 0}));
    CHECK_FALSE(rig.store.contains({1, 2, 0, 1}));
    CHECK(rig.store.pinnedCount() == 6);
    CHECK(rig.store.bytes() <= rig.store.budget());
}
