#pragma once

#include "engine/core/Error.h"
#include "engine/render/GlObjects.h"
#include "engine/render/GpuCaps.h"
#include "engine/render/OffscreenTarget.h"
#include "engine/tour/TourDocument.h"
#include "viewer/ui/ThumbnailSource.h"
#include "viewer/ui/UiImage.h"

#include <optional>
#include <string>
#include <vector>

namespace cloudtour::viewer {

enum class ThumbnailStatus {
    Missing, ///< not made yet
    Ready,
    Failed ///< the panorama cannot be read: the gallery shows a placeholder, and it is not tried again
};

/// A small picture of each scene's initial view for the gallery and the map, rendered by the
/// engine's own renderer from a reduced decode of the panorama. Made lazily, one per update at
/// most, for the scenes the panels show: a 72-scene tour costs nothing until its gallery opens, and
/// then one decode per frame rather than a stall. Owns GL textures: main thread, with the context
/// current, and destroyed before the context.
class ThumbnailCache {
public:
    explicit ThumbnailCache(const render::GpuCaps& caps, int width = 256, int height = 144);

    /// Follows the tour on screen (a different tour drops every thumbnail), then makes the first
    /// scene of `wanted` (indices into tour.scenes, most wanted first) that has none yet. Call it
    /// once a frame before the panels draw. Returns true when it made or gave up on one.
    bool update(const tour::Tour& tour, const std::vector<std::size_t>& wanted);

    [[nodiscard]] ThumbnailStatus status(std::size_t scene) const;
    /// The thumbnail when ready, else nothing.
    [[nodiscard]] const UiImage* image(std::size_t scene) const;
    /// Why a failed thumbnail could not be made (empty otherwise).
    [[nodiscard]] std::string failure(std::size_t scene) const;

    [[nodiscard]] int width() const { return mWidth; }
    [[nodiscard]] int height() const { return mHeight; }

private:
    struct Entry {
        std::string sceneId;
        ThumbnailStatus status = ThumbnailStatus::Missing;
        render::GlTexture texture;
        UiImage image;
        std::string failure;
    };

    void follow(const tour::Tour& tour);
    void make(const tour::Scene& scene, Entry& entry);
    core::Result<render::GlTexture> upload(const ThumbnailPicture& picture, const tour::Scene& scene);
    core::Result<render::GlTexture> renderView(const render::PanoramaImages& images, const tour::Scene& scene,
                                               const std::string& name);

    render::GpuCaps mCaps;
    int mWidth;
    int mHeight;
    std::string mTourFile;
    std::vector<Entry> mEntries;                    ///< one per scene of the tour followed
    std::optional<render::OffscreenTarget> mTarget; ///< made on first use, kept for the next ones
};

} // namespace cloudtour::viewer
