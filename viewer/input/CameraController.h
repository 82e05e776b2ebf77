#pragma once

#include "engine/core/Clock.h"
#include "engine/math/View.h"
#include "viewer/input/InputEvent.h"

#include <array>
#include <deque>
#include <optional>

namespace cloudtour::viewer {

/// Tuning of the camera's feel. Speeds scale with the field of view, so panning feels the same
/// zoomed in and out.
struct CameraTuning {
    double inertiaTimeConstant = 0.35;  ///< seconds for a released drag's speed to fall by 1/e
    double keySpeedPerFov = 0.9;        ///< full key speed in hfovs per second
    double keyAcceleration = 4.0;       ///< 1/seconds: how fast key speed ramps up and down
    double zoomStepPerWheelUnit = 0.12; ///< fraction of hfov per wheel notch
    double zoomSmoothing = 0.08;        ///< seconds, time constant of the zoom animation
    double keyZoomRate = 1.2;           ///< hfov factor per second while a zoom key is held (log scale)
};

/// Turns input events into camera motion: drag where the point under the pointer stays under it,
/// inertia after release, wheel and double-click zoom towards the pointer, held keys with smooth
/// acceleration. Time comes from the injected clock only, so tests drive it exactly.
class CameraController {
public:
    CameraController(math::View& view, const core::Clock& clock, CameraTuning tuning = {});

    void handle(const InputEvent& event);
    /// Advances inertia, key motion and zoom animation to the clock's time. Returns true while
    /// anything still moves (the caller keeps drawing), false when the camera is at rest.
    bool update();
    /// Stops every motion (a scene change, a new target view).
    void stop();
    /// Turns and zooms smoothly to an aim (radians) over `duration` seconds, eased at both ends;
    /// user input cancels it. Used to turn towards a hotspot before leaving a scene.
    void animateTo(double yaw, double pitch, double hfov, double duration);
    [[nodiscard]] bool animating() const { return mAnimation.has_value(); }

    [[nodiscard]] bool dragging() const { return mDrag.has_value(); }

private:
    struct Drag {
        glm::dvec3 grabbed;
    };
    struct Sample {
        double time;
        double yaw;
        double pitch;
    };

    void onPress(const PointerPressed& press);
    void onMove(const PointerMoved& move);
    void onRelease(const PointerReleased& release);
    void onWheel(const WheelScrolled& wheel);
    void zoomTowards(double targetHfov, glm::dvec2 anchor);
    void updateInertia(double dt);
    void updateKeys(double dt);
    void updateZoom(double dt);
    void updateAnimation();

    struct Animation {
        double start;
        double duration;
        glm::dvec3 from; ///< yaw, pitch, hfov
        glm::dvec3 to;
    };

    math::View& mView;
    const core::Clock& mClock;
    CameraTuning mTuning;
    double mLastUpdate;
    std::optional<Drag> mDrag;
    std::deque<Sample> mSamples;
    glm::dvec2 mVelocity{0.0}; ///< yaw, pitch in radians per second
    std::array<bool, static_cast<std::size_t>(CameraKey::Count)> mKeys{};
    glm::dvec2 mKeyVelocity{0.0}; ///< in hfovs per second
    double mKeyZoomVelocity = 0.0;
    std::optional<double> mTargetHfov;
    glm::dvec2 mZoomAnchor{0.0};
    glm::dvec3 mZoomAnchorDirection{0.0, 0.0, -1.0};
    std::optional<Animation> mAnimation;
};

} // namespace cloudtour::viewer
