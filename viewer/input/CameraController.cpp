#include "viewer/input/CameraController.h"

#include "engine/math/Angles.h"

#include <algorithm>
#include <cmath>

namespace cloudtour::viewer {
namespace {

constexpr double kVelocityWindow = 0.1;            // seconds of drag history that set the release speed
constexpr double kStillBeforeRelease = 0.06;       // a pointer held still this long before release throws nothing
constexpr double kMaxThrowSpeed = 4.0 * math::kPi; // radians per second
constexpr double kRestSpeed = 1e-3;                // below this (radians or hfovs per second) motion stops

double smoothingFactor(double dt, double timeConstant) {
    return 1.0 - std::exp(-dt / timeConstant);
}

double keyAxis(bool negative, bool positive) {
    return (positive ? 1.0 : 0.0) - (negative ? 1.0 : 0.0);
}

} // namespace

CameraController::CameraController(math::View& view, const core::Clock& clock, CameraTuning tuning)
    : mView(view), mClock(clock), mTuning(tuning), mLastUpdate(clock.now()) {}

void CameraController::handle(const InputEvent& event) {
    mAnimation.reset(); // the visitor takes over
    if (!update()) {
        // At rest the loop sleeps; restart time here so the first step after a pause is not huge.
        mLastUpdate = mClock.now();
    }
    std::visit(
        [this](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, PointerPressed>) {
                onPress(e);
            } else if constexpr (std::is_same_v<T, PointerMoved>) {
                onMove(e);
            } else if constexpr (std::is_same_v<T, PointerReleased>) {
                onRelease(e);
            } else if constexpr (std::is_same_v<T, WheelScrolled>) {
                onWheel(e);
            } else if constexpr (std::is_same_v<T, CameraKeyChanged>) {
                mKeys[static_cast<std::size_t>(e.key)] = e.pressed;
                if (e.key == CameraKey::ZoomIn || e.key == CameraKey::ZoomOut) {
                    mTargetHfov.reset();
                }
            }
        },
        event);
}

void CameraController::onPress(const PointerPressed& press) {
    if (press.button != PointerButton::Left) {
        return;
    }
    mVelocity = glm::dvec2(0.0);
    if (press.clicks == 2) {
        // Double-click zooms in twice towards the point; at the closest zoom it zooms back out.
        const bool atClosest = mView.hfov() <= mView.limits().minHfov * 1.05;
        zoomTowards(atClosest ? mView.hfov() * 4.0 : mView.hfov() * 0.5, press.position);
        return;
    }
    mDrag = Drag{mView.screenToDirection(press.position)};
    mSamples.assign(1, Sample{mClock.now(), mView.yaw(), mView.pitch()});
}

void CameraController::onMove(const PointerMoved& move) {
    if (!mDrag) {
        return;
    }
    mView.turnToShow(mDrag->grabbed, move.position);
    const double now = mClock.now();
    mSamples.push_back(Sample{now, mView.yaw(), mView.pitch()});
    while (mSamples.size() > 2 && now - mSamples.front().time > kVelocityWindow) {
        mSamples.pop_front();
    }
}

void CameraController::onRelease(const PointerReleased& release) {
    if (release.button != PointerButton::Left || !mDrag) {
        return;
    }
    mDrag.reset();
    const double now = mClock.now();
    if (mSamples.size() < 2 || now - mSamples.back().time > kStillBeforeRelease) {
        mVelocity = glm::dvec2(0.0);
        return;
    }
    const Sample& first = mSamples.front();
    const Sample& last = mSamples.back();
    const double dt = std::max(last.time - first.time, 1e-3);
    glm::dvec2 velocity(math::angleDifference(first.yaw, last.yaw) / dt, (last.pitch - first.pitch) / dt);
    const double speed = glm::length(velocity);
    if (speed > kMaxThrowSpeed) {
        velocity *= kMaxThrowSpeed / speed;
    }
    mVelocity = velocity;
}

void CameraController::onWheel(const WheelScrolled& wheel) {
    const double current = mTargetHfov.value_or(mView.hfov());
    zoomTowards(current * std::exp(-mTuning.zoomStepPerWheelUnit * wheel.amount), wheel.position);
}

void CameraController::zoomTowards(double targetHfov, glm::dvec2 anchor) {
    const auto& limits = mView.limits();
    mTargetHfov = std::clamp(targetHfov, limits.minHfov, limits.maxHfov);
    mZoomAnchor = anchor;
    mZoomAnchorDirection = mView.screenToDirection(anchor);
}

bool CameraController::update() {
    const double now = mClock.now();
    const double dt = std::clamp(now - mLastUpdate, 0.0, 0.1);
    mLastUpdate = now;
    updateInertia(dt);
    updateKeys(dt);
    updateZoom(dt);
    updateAnimation();
    const bool keysHeld = std::any_of(mKeys.begin(), mKeys.end(), [](bool held) { return held; });
    return keysHeld || glm::length(mVelocity) > 0.0 || glm::length(mKeyVelocity) > 0.0 || mKeyZoomVelocity != 0.0 ||
           mTargetHfov.has_value() || mAnimation.has_value();
}

void CameraController::stop() {
    mDrag.reset();
    mVelocity = glm::dvec2(0.0);
    mKeyVelocity = glm::dvec2(0.0);
    mKeyZoomVelocity = 0.0;
    mTargetHfov.reset();
    mKeys.fill(false);
    mAnimation.reset();
}

void CameraController::animateTo(double yaw, double pitch, double hfov, double duration) {
    stop();
    // Turn the short way round: the target yaw is expressed relative to the current one.
    const double targetYaw = mView.yaw() + math::angleDifference(mView.yaw(), yaw);
    mAnimation = Animation{mClock.now(), std::max(duration, 1e-6), glm::dvec3(mView.yaw(), mView.pitch(), mView.hfov()),
                           glm::dvec3(targetYaw, pitch, hfov)};
    mLastUpdate = mClock.now();
}

void CameraController::updateAnimation() {
    if (!mAnimation) {
        return;
    }
    const double t = std::clamp((mClock.now() - mAnimation->start) / mAnimation->duration, 0.0, 1.0);
    const double eased = t * t * (3.0 - 2.0 * t);
    const glm::dvec3 aim = mAnimation->from + (mAnimation->to - mAnimation->from) * eased;
    mView.set(aim.x, aim.y, aim.z);
    if (t >= 1.0) {
        mAnimation.reset();
    }
}

void CameraController::updateInertia(double dt) {
    if (mDrag || glm::length(mVelocity) == 0.0) {
        return;
    }
    const double pitchBefore = mView.pitch();
    mView.set(mView.yaw() + mVelocity.x * dt, pitchBefore + mVelocity.y * dt, mView.hfov());
    if (mView.pitch() == pitchBefore) {
        mVelocity.y = 0.0; // at a pitch limit: stop climbing instead of pushing against it
    }
    mVelocity *= std::exp(-dt / mTuning.inertiaTimeConstant);
    if (glm::length(mVelocity) < kRestSpeed) {
        mVelocity = glm::dvec2(0.0);
    }
}

void CameraController::updateKeys(double dt) {
    auto held = [this](CameraKey key) { return mKeys[static_cast<std::size_t>(key)]; };
    const glm::dvec2 wanted(keyAxis(held(CameraKey::Left), held(CameraKey::Right)),
                            keyAxis(held(CameraKey::Down), held(CameraKey::Up)));
    const double ramp = smoothingFactor(dt, 1.0 / mTuning.keyAcceleration);
    mKeyVelocity += (wanted - mKeyVelocity) * ramp;
    if (wanted == glm::dvec2(0.0) && glm::length(mKeyVelocity) < kRestSpeed) {
        mKeyVelocity = glm::dvec2(0.0);
    }
    const double wantedZoom = keyAxis(held(CameraKey::ZoomOut), held(CameraKey::ZoomIn));
    mKeyZoomVelocity += (wantedZoom - mKeyZoomVelocity) * ramp;
    if (wantedZoom == 0.0 && std::abs(mKeyZoomVelocity) < kRestSpeed) {
        mKeyZoomVelocity = 0.0;
    }
    if (mKeyVelocity == glm::dvec2(0.0) && mKeyZoomVelocity == 0.0) {
        return;
    }
    const double step = mTuning.keySpeedPerFov * mView.hfov() * dt;
    const double hfov = mView.hfov() * std::exp(-std::log(1.0 + mTuning.keyZoomRate) * mKeyZoomVelocity * dt);
    mView.set(mView.yaw() + mKeyVelocity.x * step, mView.pitch() + mKeyVelocity.y * step, hfov);
}

void CameraController::updateZoom(double dt) {
    if (!mTargetHfov) {
        return;
    }
    double hfov = mView.hfov() + (*mTargetHfov - mView.hfov()) * smoothingFactor(dt, mTuning.zoomSmoothing);
    if (std::abs(hfov - *mTargetHfov) < 1e-4) {
        hfov = *mTargetHfov;
        mTargetHfov.reset();
    }
    mView.setHfov(hfov);
    if (!mDrag) {
        // Keep the point under the pointer where it was, as image viewers do when zooming.
        mView.turnToShow(mZoomAnchorDirection, mZoomAnchor);
    }
}

} // namespace cloudtour::viewer
