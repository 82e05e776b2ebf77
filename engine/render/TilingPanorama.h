#pragma once

#include "engine/core/Mailbox.h"
#include "engine/core/TaskPool.h"
#include "engine/image/PyramidCache.h"
#include "engine/render/GpuCaps.h"
#include "engine/render/PyramidConversion.h"
#include "engine/render/StreamedPanorama.h"
#include "engine/render/TileSettings.h"

#include <atomic>
#include <memory>
#include <optional>
#include <string>

namespace cloudtour::render {

/// A single equirectangular file that may be too large for one texture. Its 1/8 preview shows at
/// once (a StreamedPanorama held to its preview) while a worker reads the header: an image that
/// fits goes on to the preview's own full resolution; a full-sphere JPEG over the GPU's limit is
/// cut into a cube pyramid in the cache (or found there), then drawn by the tiled renderer, which
/// takes over only once the view's tiles are loaded, so the picture never jumps, softens or goes
/// black. If the pyramid cannot be made, the image is shown smaller as before, with a notice.
/// Destroying it cancels the conversion (its temporary folder is removed). Main thread.
class TilingPanorama final : public Renderer {
public:
    TilingPanorama(EquirectFile file, const GpuCaps& caps, core::TaskPool& pool, const StreamSettings& stream,
                   TileSettings tiles, image::PyramidCacheSettings cache);
    ~TilingPanorama() override;
    TilingPanorama(const TilingPanorama&) = delete;
    TilingPanorama& operator=(const TilingPanorama&) = delete;

    void draw(const math::View& view, const DrawOptions& options) const override;
    bool update(const math::View& view, UploadBudget& budget) override;
    [[nodiscard]] math::ViewLimits viewLimits(const math::ViewLimits& base) const override;
    [[nodiscard]] std::uint64_t gpuBytes() const override;
    [[nodiscard]] int pixelsAround() const override;
    [[nodiscard]] float loadProgress() const override;
    [[nodiscard]] float detailProgress() const override;
    [[nodiscard]] std::optional<core::Error> loadError() const override;
    [[nodiscard]] std::string loadNotice() const override;

    /// Goes on to the full resolution after a previewOnly start.
    void requestDetail();
    /// True once the full resolution is on screen (or it failed).
    [[nodiscard]] bool finished() const;
    /// True while or once the image is drawn from a pyramid; `reusedPyramid` when it was cached.
    [[nodiscard]] bool tiled() const { return mTiled != nullptr; }
    [[nodiscard]] bool reusedPyramid() const { return mReused; }

private:
    /// What the worker writes to: outlives this object while its task holds it.
    struct Channel {
        core::Mailbox<Conversion> result;
        std::atomic<bool> cancel{false};
        std::atomic<float> progress{0.0f};
    };

    void receive(Conversion conversion);
    void fallBack(std::string notice);
    [[nodiscard]] const Renderer& shown() const;

    EquirectFile mFile;
    GpuCaps mCaps;
    core::TaskPool& mPool;
    StreamSettings mStream;
    TileSettings mTiles;
    image::PyramidCacheSettings mCache;
    std::shared_ptr<Channel> mChannel;
    std::unique_ptr<StreamedPanorama> mPreview; ///< the preview, and the whole path when not tiled
    std::unique_ptr<Renderer> mTiled;
    bool mStarted = false;
    bool mSwitched = false; ///< the tiled renderer is what is drawn
    bool mDirect = false;   ///< the preview's own full resolution is what is drawn
    bool mReused = false;
    std::string mNotice;
};

} // namespace cloudtour::render
