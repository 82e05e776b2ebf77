#pragma once

#include "engine/core/CancelToken.h"
#include "engine/core/Mailbox.h"
#include "engine/core/TaskPool.h"
#include "engine/render/GpuCaps.h"
#include "engine/render/PanoramaDecode.h"
#include "engine/render/PanoramaSource.h"
#include "engine/render/Renderer.h"
#include "engine/render/TextureStream.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cloudtour::render {

struct StreamSettings {
    image::DecodeLimits limits;
    /// Stop after the preview: a scene prepared in the background (a linked neighbour) holds only
    /// its small stand-in until requestDetail().
    bool previewOnly = false;
    int priority = 0;
    /// Called on a worker thread after each result is posted, to wake a sleeping main loop.
    std::function<void()> wake;
};

/// A panorama (equirectangular or cube files) that loads itself without blocking the render loop:
/// files are read and decoded on the TaskPool; a JPEG is first decoded at 1/8 scale and shown at
/// once, then replaced by the full resolution (same geometry, so nothing jumps) once its texture
/// has been streamed to the GPU within each frame's upload budget. Destroying it cancels the work
/// still queued; results that arrive later are dropped. Main thread, except the decoding.
class StreamedPanorama final : public Renderer {
public:
    StreamedPanorama(PanoramaSource source, const GpuCaps& caps, core::TaskPool& pool, StreamSettings settings);
    ~StreamedPanorama() override;
    StreamedPanorama(const StreamedPanorama&) = delete;
    StreamedPanorama& operator=(const StreamedPanorama&) = delete;

    void draw(const math::View& view, const DrawOptions& options) const override;
    bool update(const math::View& view, UploadBudget& budget) override;
    [[nodiscard]] math::ViewLimits viewLimits(const math::ViewLimits& base) const override;
    [[nodiscard]] std::uint64_t gpuBytes() const override;
    [[nodiscard]] int pixelsAround() const override;
    [[nodiscard]] float loadProgress() const override { return mShown ? 1.0f : 0.0f; }
    [[nodiscard]] float detailProgress() const override;
    [[nodiscard]] std::optional<core::Error> loadError() const override { return mError; }
    [[nodiscard]] std::string loadNotice() const override { return mNotice; }

    /// Goes on to the full resolution after a previewOnly start.
    void requestDetail();
    /// True once the full resolution is on screen (or it failed).
    [[nodiscard]] bool finished() const { return mFinished; }

private:
    struct Posted {
        bool preview = false;
        core::Result<DecodedPiece> piece;
    };
    /// What workers write to: outlives this object while tasks still hold it.
    struct Channel {
        core::Mailbox<Posted> results;
        core::CancelToken cancel;
        std::function<void()> wake;
    };
    /// The pieces of one stage (preview or full) as they arrive.
    struct Assembly {
        std::vector<std::optional<DecodedPiece>> pieces;
        int missing = 0;
        bool refused = false; ///< no preview possible (PNG, small image)
    };

    void submit(bool preview);
    void receive(Posted posted);
    void showPreview();
    void startStream();
    void finishStream();
    void fail(core::Error error);

    PanoramaSource mSource;
    GpuCaps mCaps;
    core::TaskPool& mPool;
    StreamSettings mSettings;
    std::shared_ptr<Channel> mChannel;
    Assembly mPreview;
    Assembly mFull;
    bool mFullRequested = false;
    std::optional<TextureStream> mStream;
    int mStreamWidth = 0; ///< size of the streamed texture's level 0
    int mStreamHeight = 0;
    std::unique_ptr<Renderer> mInner; ///< what is drawn: the preview, then the full resolution
    bool mShown = false;
    bool mFinished = false;
    std::optional<core::Error> mError;
    std::string mNotice;
};

} // namespace cloudtour::render
