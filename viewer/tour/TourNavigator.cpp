#include "viewer/tour/TourNavigator.h"

#include "engine/math/Angles.h"

namespace cloudtour::viewer {

ViewAim initialAim(const tour::Scene& scene) {
    return {scene.view.yaw, scene.view.pitch, scene.view.hfov};
}

TourNavigator::TourNavigator(const tour::Tour& tour) : mTour(tour) {}

Destination TourNavigator::start() {
    mBack.clear();
    mForward.clear();
    mVisited.clear();
    const int first = mTour.firstScene.empty() ? 0 : std::max(0, mTour.sceneIndex(mTour.firstScene));
    mCurrent = first;
    mVisited.insert(first);
    return {first, mTour.scenes.empty() ? ViewAim{} : initialAim(mTour.scenes[static_cast<std::size_t>(first)])};
}

const tour::Scene& TourNavigator::current() const {
    return mTour.scenes.at(static_cast<std::size_t>(mCurrent));
}

ViewAim TourNavigator::arrivalAim(const tour::Hotspot& link, const tour::Scene& target, const ViewAim& aim) const {
    const tour::Arrival& arrival = link.arrival;
    ViewAim result = initialAim(target);
    switch (arrival.mode) {
    case tour::ArrivalMode::SceneDefault:
        break;
    case tour::ArrivalMode::Same:
        result = aim;
        break;
    case tour::ArrivalMode::SameAzimuth: {
        // northOffset is the bearing of yaw 0, so the bearing faced is yaw + northOffset in any scene.
        const double bearing = aim.yaw + current().northOffset;
        result.yaw = math::wrapAngle(bearing - target.northOffset);
        break;
    }
    case tour::ArrivalMode::Explicit:
        break;
    }
    // Explicit values win over the mode's choice, so {"yaw": 30} with "same" pitch is expressible.
    result.yaw = arrival.yaw.value_or(result.yaw);
    result.pitch = arrival.pitch.value_or(result.pitch);
    result.hfov = arrival.hfov.value_or(result.hfov);
    return result;
}

std::optional<Destination> TourNavigator::follow(const tour::Hotspot& link, const ViewAim& aim) {
    const int target = mTour.sceneIndex(link.targetScene);
    if (target < 0) {
        return std::nullopt;
    }
    return moveTo(target, arrivalAim(link, mTour.scenes[static_cast<std::size_t>(target)], aim), aim);
}

std::optional<Destination> TourNavigator::jumpTo(const std::string& sceneId, const ViewAim& aim) {
    const int target = mTour.sceneIndex(sceneId);
    if (target < 0) {
        return std::nullopt;
    }
    return moveTo(target, initialAim(mTour.scenes[static_cast<std::size_t>(target)]), aim);
}

Destination TourNavigator::moveTo(int scene, ViewAim arrival, const ViewAim& leaving) {
    mBack.push_back({mCurrent, leaving});
    mForward.clear();
    mCurrent = scene;
    mVisited.insert(scene);
    return {scene, arrival};
}

std::optional<Destination> TourNavigator::back(const ViewAim& aim) {
    if (mBack.empty()) {
        return std::nullopt;
    }
    const Destination destination = mBack.back();
    mBack.pop_back();
    mForward.push_back({mCurrent, aim});
    mCurrent = destination.scene;
    return destination;
}

std::optional<Destination> TourNavigator::forward(const ViewAim& aim) {
    if (mForward.empty()) {
        return std::nullopt;
    }
    const Destination destination = mForward.back();
    mForward.pop_back();
    mBack.push_back({mCurrent, aim});
    mCurrent = destination.scene;
    return destination;
}

} // namespace cloudtour::viewer
