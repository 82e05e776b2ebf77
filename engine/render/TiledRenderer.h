#pragma once

#include "engine/core/TaskPool.h"
#include "engine/render/GlObjects.h"
#include "engine/render/GlTileGpu.h"
#include "engine/render/Renderer.h"
#include "engine/render/ShaderProgram.h"
#include "engine/render/TileLoader.h"
#include "engine/render/TilePyramid.h"
#include "engine/render/TileSettings.h"
#include "engine/render/TileStore.h"
#include "engine/render/TileStreamer.h"

#include <string>
#include <vector>

namespace cloudtour::render {

/// What a tiled renderer holds and does, for the stats panel and the benchmarks.
struct TileStats {
    int level = 0;              ///< level drawn at the last update (index, 0 the smallest)
    std::size_t visible = 0;    ///< tiles of that level in view
    std::size_t resident = 0;   ///< tiles on the GPU, pinned ones included
    std::size_t pinned = 0;     ///< of which pinned
    std::size_t inFlight = 0;   ///< decodes running or queued in the pool
    std::size_t waiting = 0;    ///< requests not yet handed to the pool
    std::uint64_t gpuBytes = 0; ///< bytes of the tiles on the GPU
};

/// A multi-resolution cube pyramid drawn tile by tile: each frame the level whose texels are at
/// least as dense as the screen's pixels at the view's centre (coarser if the view's tiles would
/// not fit the GPU budget), its visible tiles as quads on the cube, and where one is not loaded yet
/// the matching part of its nearest loaded ancestor. The smallest level stays on the GPU, so no
/// direction is ever a hole. Tiles a quarter of the view's width around it are fetched too. Tiles are decoded on the
/// TaskPool (which must outlive the renderer) and uploaded within each frame's budget by update(). Main thread, except
/// the decoding.
class TiledRenderer final : public Renderer {
public:
    /// `pyramid` must be valid (validatePyramid). Starts loading the smallest level at once.
    TiledRenderer(TilePyramid pyramid, ShaderProgram program, const GpuCaps& caps, core::TaskPool& pool,
                  const TileSettings& settings, std::string notice = {});
    ~TiledRenderer() override;
    TiledRenderer(const TiledRenderer&) = delete;
    TiledRenderer& operator=(const TiledRenderer&) = delete;

    void draw(const math::View& view, const DrawOptions& options) const override;
    bool update(const math::View& view, UploadBudget& budget) override;
    [[nodiscard]] std::uint64_t gpuBytes() const override { return mStore.bytes(); }
    [[nodiscard]] int pixelsAround() const override { return 4 * mPyramid.levels.back().faceSize; }
    /// Share of the smallest level on the GPU (tiles that failed count as done: their part shows
    /// grey rather than holding the scene back).
    [[nodiscard]] float loadProgress() const override;
    /// Share of the tiles the last updated view wants (at its level) that are on the GPU.
    [[nodiscard]] float detailProgress() const override { return mDetailProgress; }
    /// Set when no tile of the smallest level could be read: there is nothing to show.
    [[nodiscard]] std::optional<core::Error> loadError() const override;
    /// Tiles that could not be read, levels left out; empty when all is well.
    [[nodiscard]] std::string loadNotice() const override;

    [[nodiscard]] TileStats stats() const;
    void setGpuBudget(std::uint64_t bytes) { mStore.setBudget(bytes); }

private:
    /// The level to draw a view at, and that level's tiles in view.
    struct Selection {
        int level = 0;
        std::vector<TileId> visible;
    };
    [[nodiscard]] Selection select(const math::View& view) const;
    [[nodiscard]] std::uint64_t pinnedBytes() const;
    [[nodiscard]] bool fits(int level, std::size_t count) const;

    TilePyramid mPyramid;
    ShaderProgram mProgram;
    GlVertexArray mVertexArray;
    GlBuffer mVertexBuffer; ///< the visible tiles' quads, rewritten every draw
    GlTexture mPlaceholder; ///< mid grey, for a region whose smallest tile failed
    GlTileGpu mGpu;
    TileStore mStore;
    TileLoader mLoader;
    TileStreamer mStreamer;
    std::vector<TileId> mPinned;
    std::string mNotice;
    int mLevel = 0;
    std::size_t mVisible = 0;
    float mDetailProgress = 0.0f;
};

} // namespace cloudtour::render
