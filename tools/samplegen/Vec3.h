// Small value types for 3D and 2D geometry. Doubles throughout: the scene is tiny, and precision near the
// camera (a few metres from every surface) matters more than memory.
#pragma once

#include <algorithm>
#include <cmath>

namespace cloudtour::samplegen {

inline constexpr double kPi = 3.14159265358979323846;

struct Vec3 {
    double x = 0.0;
    double y = 0.0;
    double z = 0.0;

    constexpr Vec3() = default;
    constexpr Vec3(double xx, double yy, double zz) : x(xx), y(yy), z(zz) {}

    constexpr Vec3 operator+(const Vec3& o) const { return {x + o.x, y + o.y, z + o.z}; }
    constexpr Vec3 operator-(const Vec3& o) const { return {x - o.x, y - o.y, z - o.z}; }
    constexpr Vec3 operator-() const { return {-x, -y, -z}; }
    constexpr Vec3 operator*(double s) const { return {x * s, y * s, z * s}; }
    constexpr Vec3 operator/(double s) const { return {x / s, y / s, z / s}; }
    // Component-wise product: used for colours (albedo times irradiance) and for ellipsoid radii.
    constexpr Vec3 operator*(const Vec3& o) const { return {x * o.x, y * o.y, z * o.z}; }
    constexpr Vec3 operator/(const Vec3& o) const { return {x / o.x, y / o.y, z / o.z}; }
    Vec3& operator+=(const Vec3& o) {
        x += o.x;
        y += o.y;
        z += o.z;
        return *this;
    }
    Vec3& operator*=(double s) {
        x *= s;
        y *= s;
        z *= s;
        return *this;
    }
};

inline constexpr Vec3 operator*(double s, const Vec3& v) {
    return v * s;
}
inline constexpr double dot(const Vec3& a, const Vec3& b) {
    return a.x * b.x + a.y * b.y + a.z * b.z;
}
inline constexpr Vec3 cross(const Vec3& a, const Vec3& b) {
    return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}
inline double length(const Vec3& v) {
    return std::sqrt(dot(v, v));
}
inline Vec3 normalize(const Vec3& v) {
    return v / length(v);
}
inline constexpr Vec3 mix(const Vec3& a, const Vec3& b, double t) {
    return a + (b - a) * t;
}
inline constexpr double luminance(const Vec3& c) {
    return 0.2126 * c.x + 0.7152 * c.y + 0.0722 * c.z;
}

struct Vec2 {
    double x = 0.0;
    double y = 0.0;

    constexpr Vec2() = default;
    constexpr Vec2(double xx, double yy) : x(xx), y(yy) {}

    constexpr Vec2 operator+(const Vec2& o) const { return {x + o.x, y + o.y}; }
    constexpr Vec2 operator-(const Vec2& o) const { return {x - o.x, y - o.y}; }
    constexpr Vec2 operator*(double s) const { return {x * s, y * s}; }
    constexpr Vec2 operator/(double s) const { return {x / s, y / s}; }
    constexpr Vec2 operator*(const Vec2& o) const { return {x * o.x, y * o.y}; }
    constexpr Vec2 operator/(const Vec2& o) const { return {x / o.x, y / o.y}; }
};

inline constexpr double dot(const Vec2& a, const Vec2& b) {
    return a.x * b.x + a.y * b.y;
}
inline constexpr double cross(const Vec2& a, const Vec2& b) {
    return a.x * b.y - a.y * b.x;
}
inline double length(const Vec2& v) {
    return std::sqrt(dot(v, v));
}

inline constexpr double clamp01(double v) {
    return v < 0.0 ? 0.0 : (v > 1.0 ? 1.0 : v);
}
inline constexpr double smoothstep(double e0, double e1, double x) {
    const double t = clamp01((x - e0) / (e1 - e0));
    return t * t * (3.0 - 2.0 * t);
}
inline constexpr double radians(double deg) {
    return deg * kPi / 180.0;
}
inline constexpr double degrees(double rad) {
    return rad * 180.0 / kPi;
}

// An orthonormal basis; ellipsoids use it to turn world rays into their local frame.
struct Frame {
    Vec3 ex{1, 0, 0};
    Vec3 ey{0, 1, 0};
    Vec3 ez{0, 0, 1};

    Vec3 toLocal(const Vec3& v) const { return {dot(v, ex), dot(v, ey), dot(v, ez)}; }
    Vec3 toWorld(const Vec3& v) const { return ex * v.x + ey * v.y + ez * v.z; }

    // A frame whose z axis is `axis`; the x axis is chosen deterministically from the world axes.
    static Frame alongZ(const Vec3& axis) {
        Frame f;
        f.ez = normalize(axis);
        const Vec3 helper = std::abs(f.ez.z) < 0.9 ? Vec3{0, 0, 1} : Vec3{1, 0, 0};
        f.ex = normalize(cross(helper, f.ez));
        f.ey = cross(f.ez, f.ex);
        return f;
    }
};

struct Ray {
    Vec3 origin;
    Vec3 dir; // unit length
};

} // namespace cloudtour::samplegen
