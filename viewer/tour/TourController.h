#pragma once

#include "engine/core/Clock.h"
#include "engine/math/View.h"
#include "engine/render/GpuCaps.h"
#include "engine/render/Stage.h"
#include "engine/tour/TourDocument.h"
#include "viewer/input/CameraController.h"
#include "viewer/tour/TourNavigator.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cloudtour::viewer {

/// Runs an open tour: shows scenes on the stage with crossfades, follows hotspots (turning towards
/// a link first when the tour asks for it), walks the history, and keeps what went wrong as
/// messages for the overlay. A scene that fails to load leaves the viewer on the scene it was on.
class TourController {
public:
    TourController(math::View& view, CameraController& camera, const core::Clock& clock, const render::GpuCaps& caps);

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
    /// Shows a scene at its initial view at once, without transition or history.
    bool showScene(const std::string& sceneId);
    /// Back to the current scene's initial view.
    void resetView();

    /// Advances a pending turn-then-go. Returns true while something is in progress.
    bool update();
    /// Draws the stage. Returns true while a transition runs.
    bool draw();
    /// Opacity of the current scene (hotspots fade with it).
    [[nodiscard]] double sceneOpacity() const { return mStage.opacity(mClock.now()); }
    [[nodiscard]] std::uint64_t gpuBytes() const;

    std::vector<std::string> messages;       ///< problems to show
    std::optional<std::size_t> openInfo;     ///< hotspot whose info panel is open
    std::optional<std::string> urlToConfirm; ///< web address waiting for confirmation
    bool allowUrls = true;                   ///< kiosk mode turns this off

private:
    bool show(const Destination& destination, double transitionSeconds);
    /// Moves the navigator with `step` and shows where it leads; on failure nothing changes.
    bool move(const std::function<std::optional<Destination>(TourNavigator&)>& step, double transitionSeconds);
    [[nodiscard]] ViewAim currentAim() const { return {mView.yaw(), mView.pitch(), mView.hfov()}; }

    math::View& mView;
    CameraController& mCamera;
    const core::Clock& mClock;
    render::GpuCaps mCaps;
    std::unique_ptr<tour::Tour> mTour;
    std::unique_ptr<TourNavigator> mNavigator;
    render::Stage mStage;
    std::optional<std::size_t> mPendingLink; ///< a link waiting for the turn towards it to end
};

} // namespace cloudtour::viewer
