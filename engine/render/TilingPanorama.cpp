#include "engine/render/TilingPanorama.h"

#include "engine/math/Angles.h"
#include "engine/render/TiledRendererFactory.h"

namespace cloudtour::render {
namespace {

StreamSettings previewOnly(StreamSettings settings) {
    settings.previewOnly = true; // the full decode waits for the worker's verdict
    return settings;
}

std::string joined(const std::string& first, const std::string& second) {
    return first.empty() ? second : second.empty() ? first : first + "; " + second;
}

} // namespace

TilingPanorama::TilingPanorama(EquirectFile file, const GpuCaps& caps, core::TaskPool& pool,
                               const StreamSettings& stream, TileSettings tiles, image::PyramidCacheSettings cache)
    : mFile(std::move(file)), mCaps(caps), mPool(pool), mStream(stream), mTiles(std::move(tiles)),
      mCache(std::move(cache)), mChannel(std::make_shared<Channel>()),
      mPreview(std::make_unique<StreamedPanorama>(mFile, caps, pool, previewOnly(stream))) {
    if (!stream.previewOnly) {
        requestDetail();
    }
}

TilingPanorama::~TilingPanorama() {
    mChannel->cancel = true;
}

void TilingPanorama::requestDetail() {
    if (mStarted) {
        return;
    }
    mStarted = true;
    ConversionRequest request{mFile.path, mFile.geometry.wrapsAround() && mFile.geometry.vaov >= math::kPi - 1e-9,
                              mCaps.maxTextureSize, mStream.limits, mCache};
    // Below the preview (priority + 1): the preview is what the visitor sees in the meantime.
    mPool.submit(
        [channel = mChannel, request = std::move(request), wake = mStream.wake] {
            if (channel->cancel) {
                return;
            }
            ConversionCallbacks callbacks;
            callbacks.cancel = &channel->cancel;
            callbacks.progress = [&channel](double fraction) { channel->progress = static_cast<float>(fraction); };
            Conversion conversion = convertOversized(request, callbacks);
            if (channel->cancel) {
                return; // nobody reads it; the cache removed what a cancelled build had written
            }
            channel->result.post(std::move(conversion));
            if (wake) {
                wake();
            }
        },
        mStream.priority);
}

void TilingPanorama::receive(Conversion conversion) {
    if (conversion.outcome == Conversion::Outcome::Failed) {
        fallBack(conversion.message);
        return;
    }
    if (conversion.outcome == Conversion::Outcome::Direct) {
        fallBack(conversion.message.empty() ? std::string() : mFile.path + ": " + conversion.message);
        return;
    }
    TileSettings tiles = mTiles;
    tiles.taskPriority = mStream.priority;
    tiles.wake = mStream.wake;
    tiles.limits = mStream.limits;
    auto renderer = createTiledRenderer(conversion.pyramid, mCaps, mPool, tiles);
    if (!renderer) {
        fallBack(mFile.path + ": could not open its pyramid in the cache " + mCache.folder + " (" +
                 renderer.error().message + ")");
        return;
    }
    mTiled = std::move(*renderer);
    mReused = conversion.reused;
}

void TilingPanorama::fallBack(std::string notice) {
    mNotice = std::move(notice);
    mTiled.reset();
    mDirect = true;
    mPreview->requestDetail();
}

bool TilingPanorama::update(const math::View& view, UploadBudget& budget) {
    for (auto& conversion : mChannel->result.takeAll()) {
        receive(std::move(conversion));
    }
    bool more = mPreview && mPreview->update(view, budget);
    if (!mTiled) {
        return more;
    }
    more = mTiled->update(view, budget) || more;
    if (!mSwitched && mTiled->loadError()) {
        fallBack(mTiled->loadError()->message);
        return true;
    }
    // Switch only once the tiles this view needs are on the GPU (the level the screen asks for is
    // finer than the preview): the first tiled frame is at least as sharp as the preview's.
    const bool previewShown = mPreview && mPreview->loadProgress() >= 1.0f;
    if (!mSwitched && mTiled->loadProgress() >= 1.0f && (mTiled->detailProgress() >= 1.0f || !previewShown)) {
        mSwitched = true;
        mPreview.reset();
    }
    return more;
}

const Renderer& TilingPanorama::shown() const {
    return mSwitched ? *mTiled : static_cast<const Renderer&>(*mPreview);
}

void TilingPanorama::draw(const math::View& view, const DrawOptions& options) const {
    shown().draw(view, options);
}

math::ViewLimits TilingPanorama::viewLimits(const math::ViewLimits& base) const {
    return mFile.geometry.viewLimits(base);
}

std::uint64_t TilingPanorama::gpuBytes() const {
    return (mPreview ? mPreview->gpuBytes() : 0) + (mTiled ? mTiled->gpuBytes() : 0);
}

int TilingPanorama::pixelsAround() const {
    return shown().pixelsAround();
}

float TilingPanorama::loadProgress() const {
    return shown().loadProgress();
}

float TilingPanorama::detailProgress() const {
    if (mSwitched || mDirect) {
        return shown().detailProgress();
    }
    if (mTiled) {
        return 0.6f + 0.4f * mTiled->detailProgress();
    }
    // Converting: the bar moves with the pyramid being written, after the preview's tenth.
    return mPreview->loadProgress() >= 1.0f ? 0.1f + 0.5f * mChannel->progress.load() : 0.0f;
}

std::optional<core::Error> TilingPanorama::loadError() const {
    return shown().loadError();
}

std::string TilingPanorama::loadNotice() const {
    return joined(shown().loadNotice(), mNotice);
}

bool TilingPanorama::finished() const {
    if (mSwitched) {
        return mTiled->detailProgress() >= 1.0f || mTiled->loadError().has_value();
    }
    return mDirect && mPreview->finished();
}

} // namespace cloudtour::render
