#include "engine/render/StreamedPanorama.h"

#include "engine/image/MipChain.h"
#include "engine/render/RendererFactory.h"

#include <algorithm>

namespace cloudtour::render {
namespace {

// GL cube map targets for our faces in CubeFace order; the shader flips z (see TextureUpload.cpp).
constexpr std::array<GLenum, 6> kCubeTargets = {GL_TEXTURE_CUBE_MAP_POSITIVE_Z, GL_TEXTURE_CUBE_MAP_POSITIVE_X,
                                                GL_TEXTURE_CUBE_MAP_NEGATIVE_Z, GL_TEXTURE_CUBE_MAP_NEGATIVE_X,
                                                GL_TEXTURE_CUBE_MAP_POSITIVE_Y, GL_TEXTURE_CUBE_MAP_NEGATIVE_Y};

// The decode requests a source needs: one equirectangular image or six faces.
std::vector<DecodeRequest> requestsFor(const PanoramaSource& source, const GpuCaps& caps, bool preview) {
    std::vector<DecodeRequest> requests;
    if (const auto* file = std::get_if<EquirectFile>(&source)) {
        requests.push_back({file->path, -1, caps.maxTextureSize, preview, 2048});
    } else if (const auto* cube = std::get_if<CubeFiles>(&source)) {
        for (int face = 0; face < kCubeFaceCount; ++face) {
            // Faces are smaller than an equirect of the same detail: preview from 1024 up.
            requests.push_back({cube->paths[static_cast<std::size_t>(face)], face, caps.maxCubeMapSize, preview, 1024});
        }
    }
    return requests;
}

std::vector<TextureLevel> levelsOf(DecodedPiece& piece, GLenum target) {
    std::vector<TextureLevel> levels;
    levels.push_back({target, 0, std::move(piece.image)});
    for (std::size_t i = 0; i < piece.mips.size(); ++i) {
        levels.push_back({target, static_cast<int>(i + 1), std::move(piece.mips[i])});
    }
    return levels;
}

} // namespace

StreamedPanorama::StreamedPanorama(PanoramaSource source, const GpuCaps& caps, core::TaskPool& pool,
                                   StreamSettings settings)
    : mSource(std::move(source)), mCaps(caps), mPool(pool), mSettings(std::move(settings)),
      mChannel(std::make_shared<Channel>()) {
    mChannel->wake = mSettings.wake;
    submit(true);
    if (!mSettings.previewOnly) {
        requestDetail();
    }
}

StreamedPanorama::~StreamedPanorama() {
    mChannel->cancel.cancel();
}

void StreamedPanorama::requestDetail() {
    if (!mFullRequested) {
        mFullRequested = true;
        submit(false);
    }
}

void StreamedPanorama::submit(bool preview) {
    Assembly& assembly = preview ? mPreview : mFull;
    auto channel = mChannel;
    const int priority = mSettings.priority + (preview ? 1 : 0); // previews first: they show soonest
    const auto requests = requestsFor(mSource, mCaps, preview);
    assembly.pieces.resize(requests.size());
    assembly.missing = static_cast<int>(requests.size());
    for (const auto& request : requests) {
        mPool.submit(
            [channel, request, preview, limits = mSettings.limits] {
                if (channel->cancel.cancelled()) {
                    return; // nobody wants it any more: not even a message is posted
                }
                auto piece = decodePiece(request, limits, channel->cancel);
                if (!piece && piece.error().message.empty() && !preview) {
                    return; // cancelled half-way
                }
                if (piece && piece->face < 0) {
                    piece->face = request.face;
                }
                channel->results.post({preview, std::move(piece)});
                if (channel->wake) {
                    channel->wake();
                }
            },
            priority);
    }
}

bool StreamedPanorama::update(const math::View& /*view*/, UploadBudget& budget) {
    for (auto& posted : mChannel->results.takeAll()) {
        receive(std::move(posted));
    }
    if (mStream && mStream->upload(budget)) {
        finishStream();
    }
    // Only the upload needs frames; a decode in progress wakes the loop through settings.wake.
    return mStream.has_value();
}

void StreamedPanorama::receive(Posted posted) {
    Assembly& assembly = posted.preview ? mPreview : mFull;
    if (mFinished || (posted.preview && (mShown || assembly.refused))) {
        return; // stale: the full resolution is already there, or the preview was given up
    }
    if (!posted.piece) {
        if (!posted.preview) {
            fail(posted.piece.error());
        } else {
            // No preview for this image (a PNG, a small JPEG) or it failed: the full decode that
            // follows says why if something is wrong.
            assembly.refused = true;
            if (mSettings.previewOnly) {
                requestDetail();
            }
        }
        return;
    }
    DecodedPiece& piece = *posted.piece;
    const auto slot = static_cast<std::size_t>(std::max(piece.face, 0));
    if (slot >= assembly.pieces.size() || assembly.pieces[slot]) {
        return;
    }
    if (!piece.notice.empty()) {
        mNotice = piece.notice;
    }
    assembly.pieces[slot] = std::move(piece);
    if (--assembly.missing > 0) {
        return;
    }
    if (posted.preview) {
        showPreview();
    } else {
        startStream();
    }
}

void StreamedPanorama::showPreview() {
    core::Result<std::unique_ptr<Renderer>> renderer = core::Error{"no preview"};
    if (const auto* file = std::get_if<EquirectFile>(&mSource)) {
        renderer =
            createRenderer(EquirectImage{std::move(mPreview.pieces[0]->image), file->geometry}, mCaps, file->path);
    } else {
        CubeImages cube;
        for (std::size_t i = 0; i < cube.faces.size(); ++i) {
            cube.faces[i] = std::move(mPreview.pieces[i]->image);
        }
        renderer = createRenderer(cube, mCaps, describeSource(mSource));
    }
    mPreview.pieces.clear();
    if (renderer && !mStream) {
        mInner = std::move(*renderer);
        mShown = true;
    }
}

void StreamedPanorama::startStream() {
    mStreamWidth = mFull.pieces[0]->image.width;
    mStreamHeight = mFull.pieces[0]->image.height;
    std::vector<TextureLevel> levels;
    GLenum bindTarget = GL_TEXTURE_2D;
    GLenum wrapS = GL_CLAMP_TO_EDGE;
    if (const auto* file = std::get_if<EquirectFile>(&mSource)) {
        levels = levelsOf(*mFull.pieces[0], GL_TEXTURE_2D);
        wrapS = file->geometry.wrapsAround() ? GL_REPEAT : GL_CLAMP_TO_EDGE;
    } else {
        bindTarget = GL_TEXTURE_CUBE_MAP;
        const int size = mFull.pieces[0]->image.width;
        for (std::size_t face = 0; face < mFull.pieces.size(); ++face) {
            const auto& image = mFull.pieces[face]->image;
            if (image.width != size || image.height != size) {
                fail(core::fileError(describeSource(mSource),
                                     "cube faces must be square and all the same size (front is " +
                                         std::to_string(size) + "x" + std::to_string(size) + ", face " +
                                         std::to_string(face + 1) + " is " + std::to_string(image.width) + "x" +
                                         std::to_string(image.height) + ")"));
                return;
            }
            auto faceLevels = levelsOf(*mFull.pieces[face], kCubeTargets[face]);
            std::move(faceLevels.begin(), faceLevels.end(), std::back_inserter(levels));
        }
    }
    mFull.pieces.clear();
    auto stream = TextureStream::begin(bindTarget, std::move(levels), mCaps, wrapS);
    if (!stream) {
        fail(core::fileError(describeSource(mSource), stream.error().message));
        return;
    }
    mStream = std::move(*stream);
}

void StreamedPanorama::finishStream() {
    const auto* file = std::get_if<EquirectFile>(&mSource);
    const int width = mStreamWidth;
    const int height = mStreamHeight;
    GlTexture texture = mStream->finish();
    mStream.reset();
    auto renderer = file ? createEquirectRenderer(std::move(texture), width, height, file->geometry)
                         : createCubeRenderer(std::move(texture), width);
    if (!renderer) {
        fail(renderer.error());
        return;
    }
    mInner = std::move(*renderer);
    mShown = true;
    mFinished = true;
}

void StreamedPanorama::fail(core::Error error) {
    mError = std::move(error);
    mFinished = true;
    mStream.reset();
    mChannel->cancel.cancel();
}

void StreamedPanorama::draw(const math::View& view, const DrawOptions& options) const {
    if (mInner) {
        mInner->draw(view, options);
    }
}

math::ViewLimits StreamedPanorama::viewLimits(const math::ViewLimits& base) const {
    if (const auto* file = std::get_if<EquirectFile>(&mSource)) {
        return file->geometry.viewLimits(base);
    }
    return base;
}

std::uint64_t StreamedPanorama::gpuBytes() const {
    return (mInner ? mInner->gpuBytes() : 0) + (mStream ? mStream->gpuBytes() : 0);
}

int StreamedPanorama::pixelsAround() const {
    return mInner ? mInner->pixelsAround() : 0;
}

float StreamedPanorama::detailProgress() const {
    if (mFinished) {
        return 1.0f;
    }
    if (mStream) {
        return 0.6f + 0.4f * mStream->progress();
    }
    if (mFull.pieces.empty()) {
        return mShown ? 0.1f : 0.0f;
    }
    const auto total = static_cast<float>(mFull.pieces.size());
    return 0.1f + 0.5f * (total - static_cast<float>(mFull.missing)) / total;
}

} // namespace cloudtour::render
