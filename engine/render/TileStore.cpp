#include "engine/render/TileStore.h"

namespace cloudtour::render {

TileStore::TileStore(TileGpu& gpu, std::uint64_t budgetBytes) : mGpu(gpu), mBudget(budgetBytes) {}

TileStore::~TileStore() {
    clear();
}

bool TileStore::insert(const TileId& id, const DecodedTile& tile, bool pinned) {
    const std::uint64_t key = tileKey(id);
    if (auto existing = mTiles.find(key); existing != mTiles.end()) {
        erase(existing);
    }
    const TileTexture texture = mGpu.upload(tile);
    if (texture == 0) {
        return false;
    }
    Entry entry;
    entry.tile = {texture, tile.image.width, tile.image.height, tileTextureBytes(tile.image.width, tile.image.height),
                  pinned};
    entry.lastFrame = mFrame;
    if (!pinned) {
        mOrder.push_front(key);
        entry.order = mOrder.begin();
    }
    mBytes += entry.tile.bytes;
    mTiles.emplace(key, entry);
    return true;
}

const ResidentTile* TileStore::find(const TileId& id) const {
    const auto at = mTiles.find(tileKey(id));
    return at == mTiles.end() ? nullptr : &at->second.tile;
}

void TileStore::touch(const TileId& id) {
    const auto at = mTiles.find(tileKey(id));
    if (at == mTiles.end()) {
        return;
    }
    at->second.lastFrame = mFrame;
    if (!at->second.tile.pinned) {
        mOrder.splice(mOrder.begin(), mOrder, at->second.order);
    }
}

std::size_t TileStore::evictToBudget() {
    std::size_t evicted = 0;
    // The list is in order of use, so once its tail is in use by this frame, everything is.
    while (mBytes > mBudget && !mOrder.empty()) {
        const auto at = mTiles.find(mOrder.back());
        if (at->second.lastFrame == mFrame) {
            break;
        }
        erase(at);
        ++evicted;
    }
    return evicted;
}

void TileStore::clear() {
    while (!mTiles.empty()) {
        erase(mTiles.begin());
    }
}

void TileStore::erase(std::unordered_map<std::uint64_t, Entry>::iterator at) {
    mGpu.release(at->second.tile.texture);
    mBytes -= at->second.tile.bytes;
    if (!at->second.tile.pinned) {
        mOrder.erase(at->second.order);
    }
    mTiles.erase(at);
}

} // namespace cloudtour::render
