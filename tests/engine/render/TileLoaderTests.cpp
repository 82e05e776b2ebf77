// The loader with a real TaskPool and a decoder the test controls: a gate holds the workers so
// that requests queue, and every decode is recorded. Run under ThreadSanitizer (preset tsan).

#include "engine/render/TileLoader.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace cloudtour;
using namespace cloudtour::render;

namespace {

/// Decodes "files" named by their paths into 4x4 tiles, after waiting for the gate to open.
/// Records which paths were decoded and whether the decoder saw their requests cancelled.
class GatedDecoder {
public:
    TileLoader::Decoder decoder() {
        return [this](const std::string& path, const core::CancelToken& cancel) -> core::Result<DecodedTile> {
            std::unique_lock lock(mMutex);
            ++mStarted;
            mChanged.notify_all();
            mChanged.wait(lock, [this] { return mOpen; });
            mDecoded.push_back(path);
            if (cancel.cancelled()) {
                ++mSawCancel;
                return core::Error{"cancelled"};
            }
            if (path.find("bad") != std::string::npos) {
                return core::Error{path + ": not a JPEG"};
            }
            DecodedTile tile;
            tile.image = image::ImageData::allocate(4, 4, 3);
            return tile;
        };
    }
    void open() {
        std::lock_guard lock(mMutex);
        mOpen = true;
        mChanged.notify_all();
    }
    /// Waits until `count` decodes have started (they then wait at the gate).
    void waitStarted(int count) {
        std::unique_lock lock(mMutex);
        REQUIRE(mChanged.wait_for(lock, std::chrono::seconds(10), [&] { return mStarted >= count; }));
    }
    std::vector<std::string> decoded() {
        std::lock_guard lock(mMutex);
        return mDecoded;
    }
    int sawCancel() {
        std::lock_guard lock(mMutex);
        return mSawCancel;
    }

private:
    std::mutex mMutex;
    std::condition_variable mChanged;
    bool mOpen = false;
    int mStarted = 0;
    int mSawCancel = 0;
    std::vector<std::string> mDecoded;
};

TileRequest requestFor(int column, double priority) {
    return {{1, 0, 0, column}, "tile" + std::to_string(column), priority};
}

/// Takes results until `count` arrived (pumping meanwhile) or 10 seconds passed.
std::vector<TileResult> collect(TileLoader& loader, std::size_t count) {
    std::vector<TileResult> all;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (all.size() < count && std::chrono::steady_clock::now() < deadline) {
        for (auto& result : loader.takeFinished()) {
            all.push_back(std::move(result));
        }
        loader.pump();
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return all;
}

} // namespace

TEST_CASE("the loader keeps a bounded number of requests in the pool", "[tiles][threads]") {
    core::TaskPool pool(2);
    GatedDecoder gate;
    TileLoader loader(pool, gate.decoder(), 3);
    for (int column = 0; column < 10; ++column) {
        loader.request(requestFor(column, column));
    }
    loader.pump();
    CHECK(loader.inFlight() == 3);
    CHECK(loader.waiting() == 7);
    gate.waitStarted(2);
    CHECK(pool.queued() == 1); // two decoding, one queued in the pool, seven waiting here
    gate.open();
    const auto results = collect(loader, 10);
    CHECK(results.size() == 10);
    CHECK(loader.inFlight() == 0);
    CHECK(loader.requests().empty());
    pool.waitIdle();
}

TEST_CASE("the loader reads the most urgent tiles first", "[tiles][threads]") {
    core::TaskPool pool(1);
    GatedDecoder gate;
    TileLoader loader(pool, gate.decoder(), 1);
    const std::vector<double> priorities = {5.0, 1.0, 4.0, 0.5, 3.0};
    for (std::size_t i = 0; i < priorities.size(); ++i) {
        loader.request(requestFor(static_cast<int>(i), priorities[i]));
    }
    loader.request(requestFor(2, 0.1)); // asked again, now most urgent: its priority changes
    loader.pump();
    gate.open();
    REQUIRE(collect(loader, 5).size() == 5);
    CHECK(gate.decoded() == std::vector<std::string>{"tile2", "tile3", "tile1", "tile4", "tile0"});
    pool.waitIdle();
}

TEST_CASE("cancelled requests are not read, or their results are dropped", "[tiles][threads]") {
    core::TaskPool pool(2);
    GatedDecoder gate;
    TileLoader loader(pool, gate.decoder(), 2);
    for (int column = 0; column < 6; ++column) {
        loader.request(requestFor(column, column));
    }
    loader.pump();
    gate.waitStarted(2);         // tiles 0 and 1 are decoding, held at the gate
    loader.cancel({1, 0, 0, 1}); // in flight: its token is set
    loader.cancel({1, 0, 0, 4}); // waiting: never sent to the pool
    CHECK_FALSE(loader.requested({1, 0, 0, 1}));
    gate.open();
    const auto results = collect(loader, 4);
    pool.waitIdle();
    for (auto& result : loader.takeFinished()) { // whatever came after: must not be tile 1 or 4
        REQUIRE(result.tile);
        CHECK(result.id.column != 1);
        CHECK(result.id.column != 4);
    }
    std::vector<int> delivered;
    for (const auto& result : results) {
        delivered.push_back(result.id.column);
    }
    std::sort(delivered.begin(), delivered.end());
    CHECK(delivered == std::vector<int>{0, 2, 3, 5});
    const auto decoded = gate.decoded();
    CHECK(std::count(decoded.begin(), decoded.end(), "tile4") == 0);
    CHECK(gate.sawCancel() == 1); // tile 1 saw its token
    CHECK(loader.dropped() == 1);
    CHECK(loader.inFlight() == 0);
}

TEST_CASE("a result for an earlier request of a tile asked again is stale", "[tiles][threads]") {
    core::TaskPool pool(1);
    GatedDecoder gate;
    TileLoader loader(pool, gate.decoder(), 2);
    loader.request(requestFor(7, 0.0));
    loader.pump();
    gate.waitStarted(1);
    loader.cancel({1, 0, 0, 7});
    loader.request(requestFor(7, 0.0)); // the view came back: a new request of the same tile
    loader.pump();
    CHECK(loader.inFlight() == 2);
    gate.open();
    const auto results = collect(loader, 1);
    pool.waitIdle();
    const auto late = loader.takeFinished();
    CHECK(results.size() + late.size() == 1); // delivered once, for the new request
    CHECK(loader.dropped() == 1);
    CHECK(loader.inFlight() == 0);
}

TEST_CASE("errors are delivered as results", "[tiles][threads]") {
    core::TaskPool pool(2);
    GatedDecoder gate;
    gate.open();
    TileLoader loader(pool, gate.decoder(), 4);
    loader.request({{0, 0, 0, 0}, "bad-tile", 0.0});
    loader.pump();
    const auto results = collect(loader, 1);
    REQUIRE(results.size() == 1);
    REQUIRE_FALSE(results[0].tile);
    CHECK(results[0].tile.error().message == "bad-tile: not a JPEG");
    pool.waitIdle();
}

TEST_CASE("a loader destroyed with decodes in flight leaves the pool safe", "[tiles][threads]") {
    core::TaskPool pool(2);
    GatedDecoder gate;
    {
        TileLoader loader(pool, gate.decoder(), 4);
        for (int column = 0; column < 8; ++column) {
            loader.request(requestFor(column, column));
        }
        loader.pump();
        gate.waitStarted(2);
    }
    gate.open(); // the tasks finish after the loader is gone, posting to its channel
    pool.waitIdle();
    CHECK(gate.sawCancel() >= 2);
}

TEST_CASE("the file decoder reads a tile and builds its mip chain", "[tiles]") {
    const auto decode = fileTileDecoder({});
    const core::CancelToken token;
    const auto tile =
        decode(std::string(CLOUDTOUR_SHARED_DATA) + "/pannellum.org/static/images/multires/gallery/5/f8_8.jpg", token);
    REQUIRE(tile);
    CHECK(tile->image.width == 288); // gallery's partial edge tile at level 5 (MANIFEST.md)
    CHECK(tile->image.height == 288);
    REQUIRE(tile->mips.size() == 8); // 144, 72, 36, 18, 9, 4, 2, 1
    CHECK(tile->mips.back().width == 1);
    const auto missing = decode("/nonexistent/tile.jpg", token);
    REQUIRE_FALSE(missing);
    CHECK_THAT(missing.error().message, Catch::Contains("/nonexistent/tile.jpg"));
    token.cancel();
    CHECK_FALSE(
        decode(std::string(CLOUDTOUR_SHARED_DATA) + "/pannellum.org/static/images/multires/gallery/1/f0_0.jpg", token));
}
