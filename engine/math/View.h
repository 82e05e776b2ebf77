#pragma once

#include "engine/math/SphereCoords.h"
#include "engine/math/ViewLimits.h"

#include <glm/mat3x3.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include <optional>

namespace cloudtour::math {

/// A rectilinear (pinhole) camera at the centre of the sphere: yaw, pitch, roll and horizontal fov
/// in radians, and a viewport in pixels. The vertical fov follows from the aspect ratio. Every setter
/// applies the limits, so a View is always valid to draw.
///
/// Screen coordinates are pixels with the origin at the top-left corner of the viewport and y down;
/// the centre of pixel (i, j) is (i + 0.5, j + 0.5).
class View {
public:
    View();

    void setViewport(int width, int height);
    void setLimits(const ViewLimits& limits);
    void setYaw(double yaw);
    void setPitch(double pitch);
    void setRoll(double roll);
    void setHfov(double hfov);
    /// Sets yaw, pitch and hfov together, then applies the limits once (the pitch limit depends on
    /// the fov, so setting them one by one could clamp against a stale fov).
    void set(double yaw, double pitch, double hfov);

    [[nodiscard]] double yaw() const { return mYaw; }
    [[nodiscard]] double pitch() const { return mPitch; }
    [[nodiscard]] double roll() const { return mRoll; }
    [[nodiscard]] double hfov() const { return mHfov; }
    [[nodiscard]] double vfov() const;
    [[nodiscard]] int width() const { return mWidth; }
    [[nodiscard]] int height() const { return mHeight; }
    [[nodiscard]] double aspect() const { return static_cast<double>(mWidth) / mHeight; }
    [[nodiscard]] const ViewLimits& limits() const { return mLimits; }

    /// Camera-to-world rotation: columns are the camera's right, up and backward axes in world space.
    [[nodiscard]] glm::dmat3 rotation() const;

    /// Unit world direction seen at a screen point (any point, inside the viewport or not).
    [[nodiscard]] glm::dvec3 screenToDirection(glm::dvec2 screen) const;

    /// Screen point where a world direction appears, or nothing when it is behind the camera (in the
    /// half-space behind the image plane). Exact inverse of screenToDirection.
    [[nodiscard]] std::optional<glm::dvec2> directionToScreen(const glm::dvec3& direction) const;

    /// Turns the view (yaw and pitch, keeping roll and fov) so that a world direction appears at a
    /// screen point: the point under a dragging pointer stays under it. Returns false when no pitch
    /// can put it there (near a pole), in which case the view turns as close as it can.
    bool turnToShow(const glm::dvec3& direction, glm::dvec2 screen);

private:
    void applyLimits();
    [[nodiscard]] double maxHfovForLimits() const;

    double mYaw = 0.0;
    double mPitch = 0.0;
    double mRoll = 0.0;
    double mHfov = degToRad(100.0);
    int mWidth = 1;
    int mHeight = 1;
    ViewLimits mLimits;
};

} // namespace cloudtour::math
