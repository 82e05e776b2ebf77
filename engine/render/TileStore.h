#pragma once

#include "engine/render/TileGpu.h"
#include "engine/render/TileId.h"

#include <cstdint>
#include <list>
#include <unordered_map>

namespace cloudtour::render {

/// A tile on the GPU.
struct ResidentTile {
    TileTexture texture = 0;
    int width = 0;
    int height = 0;
    std::uint64_t bytes = 0;
    bool pinned = false;
};

/// The tiles on the GPU: a least-recently-used set under a byte budget, plus pinned tiles (the
/// pyramid's smallest level) that are never evicted, so every direction always has something to
/// show. Tiles used by the frame being prepared are never evicted either: while a view needs more
/// than the budget, the store holds more (the renderer picks a coarser level to avoid that).
/// Main thread only.
class TileStore {
public:
    TileStore(TileGpu& gpu, std::uint64_t budgetBytes);
    ~TileStore();
    TileStore(const TileStore&) = delete;
    TileStore& operator=(const TileStore&) = delete;

    /// Uploads a decoded tile (replacing the same tile if there). False when the GPU refused it.
    bool insert(const TileId& id, const DecodedTile& tile, bool pinned);
    [[nodiscard]] const ResidentTile* find(const TileId& id) const;
    [[nodiscard]] bool contains(const TileId& id) const { return find(id) != nullptr; }

    /// Starts a frame: tiles touched from now on are the ones in use.
    void beginFrame() { ++mFrame; }
    /// Marks a tile as used by the current frame (most recently used).
    void touch(const TileId& id);
    /// Evicts least recently used tiles, never pinned ones or ones used this frame, until the
    /// unpinned and pinned tiles together fit the budget. Returns how many went.
    std::size_t evictToBudget();
    /// Releases every tile, pinned ones too.
    void clear();

    void setBudget(std::uint64_t bytes) { mBudget = bytes; }
    [[nodiscard]] std::uint64_t budget() const { return mBudget; }
    [[nodiscard]] std::uint64_t bytes() const { return mBytes; }
    [[nodiscard]] std::size_t size() const { return mTiles.size(); }
    [[nodiscard]] std::size_t pinnedCount() const { return mTiles.size() - mOrder.size(); }

private:
    struct Entry {
        ResidentTile tile;
        std::uint64_t lastFrame = 0;
        std::list<std::uint64_t>::iterator order; ///< place in mOrder (unpinned tiles only)
    };
    void erase(std::unordered_map<std::uint64_t, Entry>::iterator at);

    TileGpu& mGpu;
    std::uint64_t mBudget;
    std::uint64_t mBytes = 0;
    std::uint64_t mFrame = 1;
    std::unordered_map<std::uint64_t, Entry> mTiles;
    std::list<std::uint64_t> mOrder; ///< unpinned tiles, most recently used first
};

} // namespace cloudtour::render
