#include "viewer/tour/TourController.h"

#include "engine/math/Angles.h"
#include "engine/render/RendererFactory.h"
#include "viewer/tour/TourBinder.h"

#include <functional>

namespace cloudtour::viewer {
namespace {

constexpr double kTurnSeconds = 0.45;
constexpr double kTurnZoom = 0.8; // the turn closes in a little, as if stepping towards the link

} // namespace

TourController::TourController(math::View& view, CameraController& camera, const core::Clock& clock,
                               const render::GpuCaps& caps)
    : mView(view), mCamera(camera), mClock(clock), mCaps(caps) {}

void TourController::open(tour::Tour tour) {
    mStage.clear();
    openInfo.reset();
    urlToConfirm.reset();
    mPendingLink.reset();
    mTour = std::make_unique<tour::Tour>(std::move(tour));
    mNavigator = std::make_unique<TourNavigator>(*mTour);
    if (mTour->scenes.empty()) {
        messages.push_back(mTour->file + ": the tour has no scene to show");
        return;
    }
    show(mNavigator->start(), 0.0);
}

const tour::Scene* TourController::currentScene() const {
    return hasTour() ? &mNavigator->current() : nullptr;
}

bool TourController::show(const Destination& destination, double transitionSeconds) {
    const tour::Scene& scene = mTour->scenes.at(static_cast<std::size_t>(destination.scene));
    auto source = panoramaSource(scene, mCaps);
    auto images =
        source ? render::loadPanoramaImages(*source, {}) : core::Result<render::PanoramaImages>(source.error());
    auto renderer = images ? render::createRenderer(*images, mCaps, render::describeSource(*source))
                           : core::Result<std::unique_ptr<render::Renderer>>(images.error());
    if (!renderer) {
        messages.push_back("scene '" + scene.id + "': " + renderer.error().message);
        return false;
    }
    mCamera.stop();
    const math::View leaving = mView;
    mView.setLimits(sceneLimits(scene, (*renderer)->viewLimits(math::ViewLimits{})));
    mView.set(destination.aim.yaw, destination.aim.pitch, destination.aim.hfov);
    mStage.present(std::move(*renderer), leaving, mClock.now(), transitionSeconds);
    openInfo.reset();
    return true;
}

void TourController::activate(std::size_t hotspotIndex) {
    const tour::Scene* scene = currentScene();
    if (!scene || hotspotIndex >= scene->hotspots.size()) {
        return;
    }
    const tour::Hotspot& hotspot = scene->hotspots[hotspotIndex];
    const bool links = !hotspot.targetScene.empty() &&
                       (hotspot.kind == tour::HotspotKind::SceneLink || hotspot.kind == tour::HotspotKind::Area);
    if (links) {
        if (mTour->transition.turnToHotspot) {
            mPendingLink = hotspotIndex;
            mCamera.animateTo(hotspot.yaw, hotspot.pitch, mView.hfov() * kTurnZoom, kTurnSeconds);
        } else {
            mPendingLink = hotspotIndex;
            update();
        }
        return;
    }
    if (hotspot.kind == tour::HotspotKind::Url) {
        if (allowUrls) {
            urlToConfirm = hotspot.url;
        }
        return;
    }
    openInfo = hotspotIndex;
}

bool TourController::update() {
    if (!mPendingLink || mCamera.animating()) {
        return mPendingLink.has_value() || mStage.transitioning(mClock.now());
    }
    const tour::Hotspot hotspot = currentScene()->hotspots[*mPendingLink];
    mPendingLink.reset();
    if (mTour->sceneIndex(hotspot.targetScene) < 0) {
        messages.push_back("hotspot '" + hotspot.id + "' links to a scene that does not exist: '" +
                           hotspot.targetScene + "'");
        return false;
    }
    move([&](TourNavigator& n) { return n.follow(hotspot, currentAim()); }, mTour->transition.duration);
    return true;
}

bool TourController::move(const std::function<std::optional<Destination>(TourNavigator&)>& step,
                          double transitionSeconds) {
    // The navigator moves first (it knows the destination); if the scene then fails to load, the
    // copy taken before puts the history back, so the title and panels match what is on screen.
    auto before = std::make_unique<TourNavigator>(*mNavigator);
    const auto destination = step(*mNavigator);
    if (!destination) {
        return false;
    }
    if (!show(*destination, transitionSeconds)) {
        mNavigator = std::move(before);
        return false;
    }
    return true;
}

void TourController::back() {
    if (hasTour()) {
        move([this](TourNavigator& n) { return n.back(currentAim()); }, mTour->transition.duration);
    }
}

void TourController::forward() {
    if (hasTour()) {
        move([this](TourNavigator& n) { return n.forward(currentAim()); }, mTour->transition.duration);
    }
}

void TourController::jumpTo(const std::string& sceneId) {
    if (hasTour() && sceneId != currentScene()->id) {
        move([&](TourNavigator& n) { return n.jumpTo(sceneId, currentAim()); }, mTour->transition.duration);
    }
}

bool TourController::showScene(const std::string& sceneId) {
    const int index = hasTour() ? mTour->sceneIndex(sceneId) : -1;
    if (index < 0) {
        return false;
    }
    if (index == mNavigator->currentIndex()) {
        return true;
    }
    return move([&](TourNavigator& n) { return n.jumpTo(sceneId, currentAim()); }, 0.0);
}

void TourController::resetView() {
    if (const tour::Scene* scene = currentScene()) {
        mCamera.stop();
        mView.set(scene->view.yaw, scene->view.pitch, scene->view.hfov);
    }
}

bool TourController::draw() {
    return mStage.draw(mView, mClock.now());
}

std::uint64_t TourController::gpuBytes() const {
    return mStage.current() ? mStage.current()->gpuBytes() : 0;
}

} // namespace cloudtour::viewer
