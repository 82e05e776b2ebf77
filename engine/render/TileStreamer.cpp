#include "engine/render/TileStreamer.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace cloudtour::render {
namespace {

std::uint64_t uploadBytes(const DecodedTile& tile) {
    std::uint64_t bytes = tile.image.byteSize();
    for (const auto& mip : tile.mips) {
        bytes += mip.byteSize();
    }
    return bytes;
}

} // namespace

TileStreamer::TileStreamer(const TilePyramid& pyramid, TileStore& store, TileLoader& loader)
    : mPyramid(pyramid), mStore(store), mLoader(loader) {}

bool TileStreamer::update(std::span<const WantedTile> wanted, UploadBudget& budget) {
    receive();
    std::unordered_map<std::uint64_t, const WantedTile*> byKey;
    byKey.reserve(wanted.size());
    for (const WantedTile& tile : wanted) {
        byKey.emplace(tileKey(tile.id), &tile);
    }
    for (const TileId& id : mLoader.requests()) {
        if (byKey.count(tileKey(id)) == 0) {
            mLoader.cancel(id);
        }
    }
    // A decode the view has left is dropped rather than uploaded: uploads are the scarce part.
    std::erase_if(mReady, [&](const auto& item) { return byKey.count(item.first) == 0; });
    uploadReady(byKey, budget);
    bool waiting = false;
    for (const WantedTile& tile : wanted) {
        const std::uint64_t key = tileKey(tile.id);
        if (mStore.contains(tile.id)) {
            mStore.touch(tile.id);
        } else if (mFailed.count(key) == 0) {
            waiting = true;
            if (mReady.count(key) == 0) {
                mLoader.request({tile.id, tilePath(mPyramid, tile.id), tile.priority});
            }
        }
    }
    mLoader.pump();
    mStore.evictToBudget();
    return waiting;
}

void TileStreamer::receive() {
    for (TileResult& result : mLoader.takeFinished()) {
        std::string problem = result.tile ? sizeProblem(result.id, result.tile->image) : result.tile.error().message;
        if (problem.empty()) {
            mReady.insert_or_assign(tileKey(result.id), std::move(*result.tile));
            continue;
        }
        if (mFirstFailure.empty()) {
            mFirstFailure = problem;
        }
        mFailed.emplace(tileKey(result.id), std::move(problem));
    }
}

std::string TileStreamer::sizeProblem(const TileId& id, const image::ImageData& image) const {
    // A tile of another size would be stretched over its place: the pyramid and its files disagree.
    // A pixel less is fine: Pannellum's generate.py halves sizes rounding down where its viewer's
    // formula rounds up (pannellum.org's library has 263-pixel faces at level 1 for 264).
    const TileSize expected = tilePixelSize(mPyramid.levels.at(static_cast<std::size_t>(id.level)), id.row, id.column);
    if (std::abs(image.width - expected.width) <= 1 && std::abs(image.height - expected.height) <= 1) {
        return {};
    }
    return tilePath(mPyramid, id) + ": the tile is " + std::to_string(image.width) + "x" +
           std::to_string(image.height) + ", its place in the pyramid " + std::to_string(expected.width) + "x" +
           std::to_string(expected.height);
}

void TileStreamer::uploadReady(const std::unordered_map<std::uint64_t, const WantedTile*>& wanted,
                               UploadBudget& budget) {
    std::vector<const WantedTile*> order;
    for (const auto& item : mReady) {
        order.push_back(wanted.at(item.first));
    }
    std::sort(order.begin(), order.end(), [](const WantedTile* a, const WantedTile* b) {
        return a->pinned != b->pinned ? a->pinned : a->priority < b->priority;
    });
    for (const WantedTile* tile : order) {
        if (budget.exhausted()) {
            return;
        }
        const std::uint64_t key = tileKey(tile->id);
        DecodedTile& decoded = mReady.at(key);
        budget.spend(uploadBytes(decoded));
        if (!mStore.insert(tile->id, decoded, tile->pinned)) {
            const std::string message = tilePath(mPyramid, tile->id) + ": the GPU refused the tile";
            mFirstFailure = mFirstFailure.empty() ? message : mFirstFailure;
            mFailed.emplace(key, message);
        }
        mReady.erase(key);
    }
}

void TileStreamer::reset() {
    mLoader.cancelAll();
    mStore.clear();
    mReady.clear();
    mFailed.clear();
    mFirstFailure.clear();
}

} // namespace cloudtour::render
