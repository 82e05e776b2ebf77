#pragma once

#include "engine/core/Clock.h"
#include "engine/core/TaskPool.h"
#include "engine/image/DecodeLimits.h"
#include "engine/image/PyramidCache.h"
#include "engine/math/View.h"
#include "engine/render/GpuCaps.h"
#include "engine/render/Stage.h"
#include "engine/render/TileSettings.h"
#include "engine/tour/TourDocument.h"
#include "viewer/input/CameraController.h"
#include "viewer/tour/TourNavigator.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cloudtour::viewer {

/// How scenes load: decode limits, the per-frame upload budget, how much the scenes linked from
/// the current one may hold while prepared in the background, and how a worker wakes the loop.
struct SceneLoading {
    image::DecodeLimits limits;
    std::uint64_t uploadBytesPerFrame = render::UploadBudget::kDefaultBytes;
    std::uint64_t prepareBudgetBytes = 64ull << 20;
    render::TileSettings tiles; ///< GPU budget and requests in flight of multires scenes
    /// Where oversized panoramas are tiled at load time (folder empty: shown smaller instead).
    image::PyramidCacheSettings pyramids;
    std::function<void()> wake;
};

/// Runs an open tour: shows scenes on the stage with crossfades, follows hotspots (turning towards
/// a link first when the tour asks for it), walks the history, and keeps what went wrong as
/// messages for the overlay. Scenes load on the worker pool while the current one stays on screen
/// and interactive; the scenes it links to are prepared (their previews) in the background, so
/// following a link starts the crossfade at once. A scene that fails to load leaves the viewer on
/// the scene it was on.
class TourController {
public:
    TourController(math::View& view, CameraController& camera, const core::Clock& clock, const render::GpuCaps& caps,
                   core::TaskPool& pool, SceneLoading loading = {});

    /// The limits every scene's image files are checked against (from `--limit`).
    void setDecodeLimits(const image::DecodeLimits& limits) { mLoading.limits = limits; }
    /// The pyramid cache folder (from `--cache-dir` or the user's cache); empty turns tiling off.
    void setPyramidCacheFolder(std::string folder) { mLoading.pyramids.folder = std::move(folder); }
    /// Takes a tour and shows its first scene.
    void open(tour::Tour tour);
    [[nodiscard]] bool hasTour() const { return mTour != nullptr && !mTour->scenes.empty(); }
    [[nodiscard]] const tour::Tour& tour() const { return *mTour; }
    [[nodiscard]] const tour::Scene* currentScene() const;
    [[nodiscard]] const TourNavigator& navigator() const { return *mNavigator; }

    /// Acts on a hotspot of the current scene: a link goes to its scene, info opens the panel, a
    /// web address waits for the visitor's confirmation.
    void activate(std::size_t hotspotIndex);
    void back();
    void forward();
    void jumpTo(const std::string& sceneId);
    /// Shows a scene at its initial view without transition or history, waiting (up to
    /// `timeoutSeconds`) until it is on screen at full resolution: for `render --scene` and tests.
    bool showScene(const std::string& sceneId, double timeoutSeconds = 60.0);
    /// Blocks until the scene being loaded is shown and at full resolution (or failed, or timed out).
    bool finishLoading(double timeoutSeconds = 60.0);
    /// Back to the current scene's initial view.
    void resetView();

    /// Advances a pending turn-then-go and the loading. Returns true while something is in progress.
    bool update();
    /// Something moves or loads, so the loop should keep drawing rather than sleep.
    [[nodiscard]] bool busy() const;
    /// A crossfade is on screen or owes its last frame: the loop must draw until it is over.
    [[nodiscard]] bool crossfading() const { return mStage.holdsPrevious(); }
    /// A panorama is on the stage (the first scene of a tour may still be on its way).
    [[nodiscard]] bool sceneShown() const { return mStage.current() != nullptr; }
    /// Makes a scene still loading arrive at this aim instead of the one it was asked with.
    void aimIncoming(const ViewAim& aim);
    /// The scene on its way to the stage, if any.
    [[nodiscard]] const tour::Scene* incomingScene() const;
    /// A scene is on its way to the stage or the shown one is still getting its full resolution.
    [[nodiscard]] bool loading() const { return mIncoming.has_value() || refining(); }
    /// A scene the visitor asked for is loading (not yet shown): its fraction done, for the progress bar.
    [[nodiscard]] std::optional<float> loadingProgress() const;
    /// The scene shown is still getting its full resolution.
    [[nodiscard]] bool refining() const;
    /// Scenes prepared in the background and the GPU bytes they hold (stats panel, tests).
    [[nodiscard]] std::size_t preparedCount() const { return mPrepared.size(); }
    [[nodiscard]] std::uint64_t preparedBytes() const;
    /// A prepared scene is still on its way to being ready to show (tests wait for it to settle).
    [[nodiscard]] bool preparing() const;
    /// Draws the stage. Returns true while a transition runs.
    bool draw();
    /// Opacity of the current scene (hotspots fade with it).
    [[nodiscard]] double sceneOpacity() const;
    [[nodiscard]] std::uint64_t gpuBytes() const;
    /// Texels around the horizon of the panorama shown (0 before one is): how sharp it is.
    [[nodiscard]] int pixelsAround() const { return mStage.current() ? mStage.current()->pixelsAround() : 0; }

    std::vector<std::string> messages;       ///< problems to show
    std::optional<std::size_t> openInfo;     ///< hotspot whose info panel is open
    std::optional<std::string> urlToConfirm; ///< web address waiting for confirmation
    bool allowUrls = true;                   ///< kiosk mode turns this off

private:
    /// A scene on its way to the stage: what will be current once it is drawable.
    struct Incoming {
        std::unique_ptr<render::Renderer> renderer;
        std::unique_ptr<TourNavigator> navigator; ///< the history once it is shown
        Destination destination;
        double transitionSeconds = 0.0;
    };

    void load(std::unique_ptr<TourNavigator> navigator, const Destination& destination, double transitionSeconds);
    bool advanceIncoming();
    bool followPendingLink();
    [[nodiscard]] std::uint64_t frameBudget() const;
    void reportCurrentProblems();
    void present(Incoming incoming);
    void prepareNeighbours();
    core::Result<std::unique_ptr<render::Renderer>> makeRenderer(const tour::Scene& scene, bool previewOnly);
    /// Moves the navigator with `step` and shows where it leads; on failure nothing changes.
    bool move(const std::function<std::optional<Destination>(TourNavigator&)>& step, double transitionSeconds);
    [[nodiscard]] ViewAim currentAim() const { return {mView.yaw(), mView.pitch(), mView.hfov()}; }

    math::View& mView;
    CameraController& mCamera;
    const core::Clock& mClock;
    render::GpuCaps mCaps;
    core::TaskPool& mPool;
    SceneLoading mLoading;
    std::unique_ptr<tour::Tour> mTour;
    std::unique_ptr<TourNavigator> mNavigator;
    render::Stage mStage;
    std::optional<std::size_t> mPendingLink; ///< a link waiting for the turn towards it to end
    std::optional<Incoming> mIncoming;
    bool mNeedsFrames = false;                                  ///< a texture is being streamed: each frame moves it on
    std::map<int, std::unique_ptr<render::Renderer>> mPrepared; ///< by scene index
    std::string mShownNotice;                                   ///< the current scene's notice, said once
};

} // namespace cloudtour::viewer
