#include "engine/render/TiledRenderer.h"

#include "engine/math/Angles.h"
#include "engine/render/LevelSelection.h"
#include "engine/render/TileCover.h"
#include "engine/render/TileMesh.h"
#include "engine/render/TileVisibility.h"
#include "engine/render/ViewProjection.h"

#include <glm/geometric.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <unordered_set>

namespace cloudtour::render {
namespace {

GlTexture greyTexture() {
    GlTexture texture = createTexture();
    const std::array<std::uint8_t, 3> grey = {128, 128, 128};
    glBindTexture(GL_TEXTURE_2D, texture.name());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB8, 1, 1, 0, GL_RGB, GL_UNSIGNED_BYTE, grey.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 0);
    glBindTexture(GL_TEXTURE_2D, 0);
    return texture;
}

std::size_t inFlightLimit(const TileSettings& settings, const core::TaskPool& pool) {
    return settings.maxRequestsInFlight != 0 ? settings.maxRequestsInFlight : 2u * pool.threadCount();
}

// Tiles bigger than the pyramid says are refused before they are decoded.
image::DecodeLimits tileLimits(const TilePyramid& pyramid, image::DecodeLimits limits) {
    int largest = 1;
    for (const PyramidLevel& level : pyramid.levels) {
        largest = std::max(largest, level.tileSize);
    }
    limits.maxDimension = std::min(limits.maxDimension, largest);
    limits.maxPixels = std::min<std::uint64_t>(limits.maxPixels, static_cast<std::uint64_t>(largest) * largest);
    return limits;
}

// TileVertex: position at location 0, texture coordinates at location 1 (see tile.vert).
void describeVertices(const GlVertexArray& vertexArray, const GlBuffer& buffer) {
    glBindVertexArray(vertexArray.name());
    glBindBuffer(GL_ARRAY_BUFFER, buffer.name());
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(TileVertex), nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, sizeof(TileVertex),
                          reinterpret_cast<const void*>(offsetof(TileVertex, u))); // NOLINT: GL's offset API
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
}

} // namespace

TiledRenderer::TiledRenderer(TilePyramid pyramid, ShaderProgram program, const GpuCaps& caps, core::TaskPool& pool,
                             const TileSettings& settings, std::string notice)
    : mPyramid(std::move(pyramid)), mProgram(std::move(program)), mVertexArray(createVertexArray()),
      mVertexBuffer(createBuffer()), mPlaceholder(greyTexture()), mGpu(caps), mStore(mGpu, settings.gpuBudgetBytes),
      mLoader(pool, fileTileDecoder(tileLimits(mPyramid, settings.limits)), inFlightLimit(settings, pool),
              settings.taskPriority, settings.wake),
      mStreamer(mPyramid, mStore, mLoader), mPinned(levelTiles(mPyramid, 0)), mNotice(std::move(notice)) {
    describeVertices(mVertexArray, mVertexBuffer);
    // Nothing to show until the smallest level is in: ask for it now, before the first update.
    std::vector<WantedTile> pinned;
    for (const TileId& id : mPinned) {
        pinned.push_back({id, -1.0, true});
    }
    UploadBudget none(0);
    mStreamer.update(pinned, none);
}

TiledRenderer::~TiledRenderer() = default;

std::uint64_t TiledRenderer::pinnedBytes() const {
    std::uint64_t bytes = 0;
    for (const TileId& id : mPinned) {
        const TileSize size = tilePixelSize(mPyramid.levels[0], id.row, id.column);
        bytes += tileTextureBytes(size.width, size.height);
    }
    return bytes;
}

// At most `count` full tiles of `level` and the pinned level fit the budget.
bool TiledRenderer::fits(int level, std::size_t count) const {
    const int tileSize = mPyramid.levels[static_cast<std::size_t>(level)].tileSize;
    return pinnedBytes() + count * tileTextureBytes(tileSize, tileSize) <= mStore.budget();
}

TiledRenderer::Selection TiledRenderer::select(const math::View& view) const {
    Selection selection;
    selection.level = selectLevel(mPyramid.levels, centrePixelsPerRadian(view));
    // A view whose tiles would not fit the budget is drawn a level coarser: the store must hold a
    // whole view, or it would evict tiles it is about to draw and load them again every frame.
    for (;;) {
        selection.visible = visibleTiles(mPyramid, selection.level, view);
        if (selection.level == 0 || fits(selection.level, selection.visible.size())) {
            return selection;
        }
        --selection.level;
    }
}

bool TiledRenderer::update(const math::View& view, UploadBudget& budget) {
    const Selection selection = select(view);
    mStore.beginFrame();
    // The ancestors standing in for tiles still loading are in use too: keep them.
    for (const TileDraw& draw : coverTiles(mPyramid, mStore, selection.visible)) {
        mStore.touch(draw.source);
    }
    std::vector<WantedTile> wanted;
    for (const TileId& id : mPinned) {
        wanted.push_back({id, -1.0, true});
    }
    // The view's tiles nearest its centre first, then those a quarter of its width around it, so
    // that turning finds them loaded (if the budget holds them too).
    std::vector<TileId> around = visibleTiles(mPyramid, selection.level, view, 0.25 * view.width());
    if (!fits(selection.level, around.size())) {
        around = selection.visible;
    }
    std::unordered_set<std::uint64_t> inView;
    for (const TileId& id : selection.visible) {
        inView.insert(tileKey(id));
    }
    const glm::dvec3 forward = view.rotation() * glm::dvec3(0.0, 0.0, -1.0);
    for (const TileId& id : around) {
        if (id.level == 0) {
            continue; // pinned already
        }
        const double angle = std::acos(std::clamp(glm::dot(forward, tileCentreDirection(mPyramid, id)), -1.0, 1.0));
        wanted.push_back({id, inView.count(tileKey(id)) != 0 ? angle : math::kPi + angle, false});
    }
    const bool waiting = mStreamer.update(wanted, budget);
    mLevel = selection.level;
    mVisible = selection.visible.size();
    const auto loaded = std::count_if(selection.visible.begin(), selection.visible.end(),
                                      [&](const TileId& id) { return mStore.contains(id) || mStreamer.failed(id); });
    mDetailProgress = mVisible == 0 ? 1.0f : static_cast<float>(loaded) / static_cast<float>(mVisible);
    return waiting;
}

void TiledRenderer::draw(const math::View& view, const DrawOptions& options) const {
    const Selection selection = select(view);
    const std::vector<TileDraw> draws = coverTiles(mPyramid, mStore, selection.visible);
    const TileMesh mesh = buildTileMesh(draws, mPyramid.levels[static_cast<std::size_t>(selection.level)]);
    mProgram.use();
    setViewUniforms(mProgram, view, options);
    mProgram.set("uViewProjection", viewProjection(view));
    mProgram.set("uTile", 0);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(mVertexArray.name());
    glBindBuffer(GL_ARRAY_BUFFER, mVertexBuffer.name());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(mesh.vertices.size() * sizeof(TileVertex)),
                 mesh.vertices.data(), GL_STREAM_DRAW);
    for (const TileBatch& batch : mesh.batches) {
        glBindTexture(GL_TEXTURE_2D, batch.texture != 0 ? batch.texture : mPlaceholder.name());
        glDrawArrays(GL_TRIANGLES, batch.first, batch.count);
    }
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    glBindVertexArray(0);
    glBindTexture(GL_TEXTURE_2D, 0);
}

float TiledRenderer::loadProgress() const {
    const auto done = std::count_if(mPinned.begin(), mPinned.end(),
                                    [&](const TileId& id) { return mStore.contains(id) || mStreamer.failed(id); });
    return mPinned.empty() ? 1.0f : static_cast<float>(done) / static_cast<float>(mPinned.size());
}

std::optional<core::Error> TiledRenderer::loadError() const {
    const bool allFailed =
        std::all_of(mPinned.begin(), mPinned.end(), [&](const TileId& id) { return mStreamer.failed(id); });
    if (!mPinned.empty() && allFailed) {
        return core::Error{mStreamer.firstFailure()};
    }
    return std::nullopt;
}

std::string TiledRenderer::loadNotice() const {
    std::string notice = mNotice;
    if (mStreamer.failureCount() > 0) {
        const std::size_t count = mStreamer.failureCount();
        notice += (notice.empty() ? "" : "; ") + std::to_string(count) + (count == 1 ? " tile" : " tiles") +
                  " could not be read, the first: " + mStreamer.firstFailure();
    }
    return notice;
}

TileStats TiledRenderer::stats() const {
    return {mLevel,        mVisible, mStore.size(), mStore.pinnedCount(), mLoader.inFlight(), mLoader.waiting(),
            mStore.bytes()};
}

} // namespace cloudtour::render
