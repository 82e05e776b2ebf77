#include "viewer/ui/ThumbnailCache.h"

#include "engine/math/View.h"
#include "engine/render/RendererFactory.h"
#include "engine/render/TextureUpload.h"
#include "viewer/tour/TourBinder.h"

#include <glad/gl.h>

#include <algorithm>
#include <array>

namespace cloudtour::viewer {
namespace {

// The app draws to the window's framebuffer right after an update: what a thumbnail changes is put
// back, so the order of calls in a frame does not matter.
class SavedFramebuffer {
public:
    SavedFramebuffer() {
        glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &mFramebuffer);
        glGetIntegerv(GL_VIEWPORT, mViewport.data());
        glGetFloatv(GL_COLOR_CLEAR_VALUE, mClear.data());
    }
    ~SavedFramebuffer() {
        glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(mFramebuffer));
        glViewport(mViewport[0], mViewport[1], mViewport[2], mViewport[3]);
        glClearColor(mClear[0], mClear[1], mClear[2], mClear[3]);
    }
    SavedFramebuffer(const SavedFramebuffer&) = delete;
    SavedFramebuffer& operator=(const SavedFramebuffer&) = delete;

private:
    GLint mFramebuffer = 0;
    std::array<GLint, 4> mViewport{};
    std::array<GLfloat, 4> mClear{};
};

} // namespace

ThumbnailCache::ThumbnailCache(const render::GpuCaps& caps, int width, int height)
    : mCaps(caps), mWidth(width), mHeight(height) {}

bool ThumbnailCache::update(const tour::Tour& tour, const std::vector<std::size_t>& wanted) {
    follow(tour);
    for (const std::size_t index : wanted) {
        if (index < mEntries.size() && mEntries[index].status == ThumbnailStatus::Missing) {
            make(tour.scenes[index], mEntries[index]);
            return true;
        }
    }
    return false;
}

ThumbnailStatus ThumbnailCache::status(std::size_t scene) const {
    return scene < mEntries.size() ? mEntries[scene].status : ThumbnailStatus::Missing;
}

const UiImage* ThumbnailCache::image(std::size_t scene) const {
    return status(scene) == ThumbnailStatus::Ready ? &mEntries[scene].image : nullptr;
}

std::string ThumbnailCache::failure(std::size_t scene) const {
    return scene < mEntries.size() ? mEntries[scene].failure : std::string();
}

void ThumbnailCache::follow(const tour::Tour& tour) {
    const bool same =
        tour.file == mTourFile && tour.scenes.size() == mEntries.size() &&
        std::equal(tour.scenes.begin(), tour.scenes.end(), mEntries.begin(),
                   [](const tour::Scene& scene, const Entry& entry) { return scene.id == entry.sceneId; });
    if (same) {
        return;
    }
    mTourFile = tour.file;
    mEntries.clear();
    for (const auto& scene : tour.scenes) {
        mEntries.push_back(Entry{scene.id, ThumbnailStatus::Missing, {}, {}, {}});
    }
}

void ThumbnailCache::make(const tour::Scene& scene, Entry& entry) {
    auto picture = loadThumbnailPicture(scene, mWidth, mHeight);
    auto texture = picture ? upload(*picture, scene) : core::Result<render::GlTexture>(picture.error());
    if (!texture) {
        entry.status = ThumbnailStatus::Failed;
        entry.failure = texture.error().message;
        return;
    }
    entry.texture = std::move(*texture);
    entry.image = UiImage{entry.texture.name(), mWidth, mHeight};
    entry.status = ThumbnailStatus::Ready;
}

core::Result<render::GlTexture> ThumbnailCache::upload(const ThumbnailPicture& picture, const tour::Scene& scene) {
    if (const auto* flat = std::get_if<image::ImageData>(&picture.pixels)) {
        return render::uploadTexture2D(*flat, mCaps, picture.name, false);
    }
    return renderView(std::get<render::PanoramaImages>(picture.pixels), scene, picture.name);
}

core::Result<render::GlTexture> ThumbnailCache::renderView(const render::PanoramaImages& images,
                                                           const tour::Scene& scene, const std::string& name) {
    auto renderer = render::createRenderer(images, mCaps, name);
    if (!renderer) {
        return renderer.error();
    }
    if (!mTarget) {
        auto target = render::OffscreenTarget::create(mWidth, mHeight);
        if (!target) {
            return target.error();
        }
        mTarget.emplace(std::move(*target));
    }
    math::View view;
    view.setViewport(mWidth, mHeight);
    view.setLimits(sceneLimits(scene, (*renderer)->viewLimits(math::ViewLimits{})));
    view.set(scene.view.yaw, scene.view.pitch, scene.view.hfov);
    const SavedFramebuffer saved;
    mTarget->bind();
    glClearColor(0.06f, 0.06f, 0.07f, 1.0f); // the viewer's background, outside a partial panorama
    glClear(GL_COLOR_BUFFER_BIT);
    (*renderer)->draw(view, render::DrawOptions{});
    return render::uploadTexture2D(mTarget->readPixels(), mCaps, name, false);
}

} // namespace cloudtour::viewer
