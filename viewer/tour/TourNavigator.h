#pragma once

#include "engine/tour/TourDocument.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cloudtour::viewer {

/// Yaw, pitch and horizontal fov in radians: a view's aim without its viewport.
struct ViewAim {
    double yaw = 0.0;
    double pitch = 0.0;
    double hfov = 0.0;
};

/// A scene to show and the aim to show it with.
struct Destination {
    int scene = 0;
    ViewAim aim;
};

/// The runtime state of a tour (the TourDocument itself never changes): the current scene, the
/// scenes visited, and a browser-like history. Going back returns to the exact aim the visitor
/// left a scene with, which no peer viewer does.
class TourNavigator {
public:
    explicit TourNavigator(const tour::Tour& tour);

    /// Starts at the tour's first scene with its initial view.
    Destination start();

    /// Follows a scene link of the current scene; `aim` is where the visitor looks now. Nothing
    /// when the target does not exist.
    std::optional<Destination> follow(const tour::Hotspot& link, const ViewAim& aim);
    /// Jumps to a scene (scene list, map) with its initial view; nothing when the id is unknown.
    std::optional<Destination> jumpTo(const std::string& sceneId, const ViewAim& aim);

    [[nodiscard]] bool canGoBack() const { return !mBack.empty(); }
    [[nodiscard]] bool canGoForward() const { return !mForward.empty(); }
    std::optional<Destination> back(const ViewAim& aim);
    std::optional<Destination> forward(const ViewAim& aim);

    [[nodiscard]] int currentIndex() const { return mCurrent; }
    [[nodiscard]] const tour::Scene& current() const;
    [[nodiscard]] bool visited(int scene) const { return mVisited.count(scene) != 0; }
    [[nodiscard]] std::size_t visitedCount() const { return mVisited.size(); }

    /// The aim on arriving at `target` through `link` from the current scene (Pannellum's
    /// targetYaw/targetPitch/targetHfov, with "same" and "sameAzimuth").
    [[nodiscard]] ViewAim arrivalAim(const tour::Hotspot& link, const tour::Scene& target, const ViewAim& aim) const;

private:
    Destination moveTo(int scene, ViewAim arrival, const ViewAim& leaving);

    const tour::Tour& mTour;
    int mCurrent = 0;
    std::vector<Destination> mBack;
    std::vector<Destination> mForward;
    std::set<int> mVisited;
};

/// A scene's initial aim from its file.
ViewAim initialAim(const tour::Scene& scene);

} // namespace cloudtour::viewer
