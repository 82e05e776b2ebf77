#pragma once

#include "engine/image/DecodeLimits.h"

#include <cstdint>
#include <functional>

namespace cloudtour::render {

/// How a tiled renderer loads and keeps its tiles; the viewer passes these to
/// createTiledRenderer.
struct TileSettings {
    /// GPU bytes the tiles may take (mip chains included): least recently used tiles go beyond it.
    /// The smallest level is kept whatever the budget. 256 MiB holds a 1920x1080 view about four
    /// times over, with 512-pixel tiles.
    static constexpr std::uint64_t kDefaultGpuBudget = 256ull << 20;
    std::uint64_t gpuBudgetBytes = kDefaultGpuBudget;
    /// Tile requests handed to the pool at a time; 0 means twice its threads (both cores busy,
    /// and the rest still reorderable and cancellable as the view moves).
    unsigned maxRequestsInFlight = 0;
    /// Priority of the tile tasks in the shared TaskPool (higher runs first).
    int taskPriority = 0;
    /// Limits for each tile file; the renderer narrows the size to the pyramid's tile size.
    image::DecodeLimits limits;
    /// Called on a worker thread after each tile is decoded, to wake a sleeping main loop.
    std::function<void()> wake;
};

} // namespace cloudtour::render
