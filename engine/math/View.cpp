#include "engine/math/View.h"

#include "engine/math/Fov.h"

#include <algorithm>
#include <cmath>

namespace cloudtour::math {
namespace {

// Rotation matrices in GLM's column-major layout, each named for the angle it applies.
glm::dmat3 yawMatrix(double yaw) {
    // A rotation about +y by -yaw turns the forward axis (0, 0, -1) to the right for positive yaw.
    const double c = std::cos(-yaw);
    const double s = std::sin(-yaw);
    return {glm::dvec3(c, 0.0, -s), glm::dvec3(0.0, 1.0, 0.0), glm::dvec3(s, 0.0, c)};
}

glm::dmat3 pitchMatrix(double pitch) {
    const double c = std::cos(pitch);
    const double s = std::sin(pitch);
    return {glm::dvec3(1.0, 0.0, 0.0), glm::dvec3(0.0, c, s), glm::dvec3(0.0, -s, c)};
}

glm::dmat3 rollMatrix(double roll) {
    // Positive roll turns the camera clockwise: its right side goes down.
    const double c = std::cos(roll);
    const double s = std::sin(roll);
    return {glm::dvec3(c, -s, 0.0), glm::dvec3(s, c, 0.0), glm::dvec3(0.0, 0.0, 1.0)};
}

// Clamps one side of the pitch: a limit at a pole bounds the view's centre (looking straight up is
// fine), any other limit bounds the view's edge so no background shows.
double clampPitch(double pitch, double halfVfov, const ViewLimits& limits) {
    const double lo = limits.minPitch <= -kHalfPi + 1e-9 ? -kHalfPi : limits.minPitch + halfVfov;
    const double hi = limits.maxPitch >= kHalfPi - 1e-9 ? kHalfPi : limits.maxPitch - halfVfov;
    if (lo > hi) {
        return 0.5 * (limits.minPitch + limits.maxPitch);
    }
    return std::clamp(pitch, lo, hi);
}

double clampYaw(double yaw, double halfHfov, const ViewLimits& limits) {
    if (limits.yawIsFull()) {
        return wrapAngle(yaw);
    }
    const double centre = 0.5 * (limits.minYaw + limits.maxYaw);
    const double reach = std::max(0.0, 0.5 * (limits.maxYaw - limits.minYaw) - halfHfov);
    const double offset = std::clamp(angleDifference(centre, yaw), -reach, reach);
    return wrapAngle(centre + offset);
}

} // namespace

View::View() = default;

void View::setViewport(int width, int height) {
    mWidth = std::max(1, width);
    mHeight = std::max(1, height);
    applyLimits();
}

void View::setLimits(const ViewLimits& limits) {
    mLimits = limits;
    applyLimits();
}

void View::setYaw(double yaw) {
    if (std::isfinite(yaw)) {
        mYaw = yaw;
    }
    applyLimits();
}

void View::setPitch(double pitch) {
    if (std::isfinite(pitch)) {
        mPitch = pitch;
    }
    applyLimits();
}

void View::setRoll(double roll) {
    if (std::isfinite(roll)) {
        mRoll = wrapAngle(roll);
    }
}

void View::setHfov(double hfov) {
    if (std::isfinite(hfov)) {
        mHfov = hfov;
    }
    applyLimits();
}

void View::set(double yaw, double pitch, double hfov) {
    if (std::isfinite(yaw) && std::isfinite(pitch) && std::isfinite(hfov)) {
        mYaw = yaw;
        mPitch = pitch;
        mHfov = hfov;
    }
    applyLimits();
}

double View::vfov() const {
    return verticalFov(mHfov, aspect());
}

double View::maxHfovForLimits() const {
    double maxHfov = mLimits.maxHfov;
    if (!mLimits.pitchIsFull()) {
        const double pitchRange = mLimits.maxPitch - mLimits.minPitch;
        maxHfov = std::min(maxHfov, horizontalFov(std::min(pitchRange, kPi - 1e-6), aspect()));
    }
    if (!mLimits.yawIsFull()) {
        maxHfov = std::min(maxHfov, mLimits.maxYaw - mLimits.minYaw);
    }
    return maxHfov;
}

void View::applyLimits() {
    const double maxHfov = maxHfovForLimits();
    mHfov = std::clamp(mHfov, std::min(mLimits.minHfov, maxHfov), maxHfov);
    mPitch = clampPitch(mPitch, 0.5 * vfov(), mLimits);
    mYaw = clampYaw(mYaw, 0.5 * mHfov, mLimits);
}

glm::dmat3 View::rotation() const {
    return yawMatrix(mYaw) * pitchMatrix(mPitch) * rollMatrix(mRoll);
}

glm::dvec3 View::screenToDirection(glm::dvec2 screen) const {
    const double ndcX = 2.0 * screen.x / mWidth - 1.0;
    const double ndcY = 1.0 - 2.0 * screen.y / mHeight;
    const glm::dvec3 local(ndcX * std::tan(0.5 * mHfov), ndcY * std::tan(0.5 * vfov()), -1.0);
    return glm::normalize(rotation() * local);
}

std::optional<glm::dvec2> View::directionToScreen(const glm::dvec3& direction) const {
    // The transpose of a rotation is its inverse.
    const glm::dvec3 local = glm::transpose(rotation()) * direction;
    if (!(local.z < 0.0)) {
        return std::nullopt;
    }
    const double ndcX = (local.x / -local.z) / std::tan(0.5 * mHfov);
    const double ndcY = (local.y / -local.z) / std::tan(0.5 * vfov());
    return glm::dvec2((ndcX + 1.0) * 0.5 * mWidth, (1.0 - ndcY) * 0.5 * mHeight);
}

bool View::turnToShow(const glm::dvec3& direction, glm::dvec2 screen) {
    const glm::dvec3 target = glm::normalize(direction);
    const double ndcX = 2.0 * screen.x / mWidth - 1.0;
    const double ndcY = 1.0 - 2.0 * screen.y / mHeight;
    // The screen ray after roll, before pitch and yaw: pitch must lift its height to the target's.
    const glm::dvec3 ray =
        rollMatrix(mRoll) * glm::dvec3(ndcX * std::tan(0.5 * mHfov), ndcY * std::tan(0.5 * vfov()), -1.0);
    const glm::dvec3 r = glm::normalize(ray);
    // After pitch p the ray's height is r.y cos p - r.z sin p = A cos(p + phi).
    const double amplitude = std::hypot(r.y, r.z);
    const double phi = std::atan2(r.z, r.y);
    const double ratio = target.y / amplitude;
    const bool exact = std::abs(ratio) <= 1.0;
    const double spread = std::acos(std::clamp(ratio, -1.0, 1.0));
    const double candidateA = wrapAngle(-phi + spread);
    const double candidateB = wrapAngle(-phi - spread);
    const double pitch = std::abs(candidateA - mPitch) <= std::abs(candidateB - mPitch) ? candidateA : candidateB;
    const glm::dvec3 pitched = pitchMatrix(pitch) * r;
    const double yaw = yawPitchFromDirection(target).yaw - yawPitchFromDirection(pitched).yaw;
    set(yaw, pitch, mHfov);
    return exact;
}

} // namespace cloudtour::math
