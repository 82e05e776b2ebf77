// Signed-distance shapes and the three painting operations the murals use: fill, fill with an outline, and a
// stroke. Edges are hard; the renderer's supersampling antialiases them.
#pragma once

#include "Vec3.h"

#include <cmath>

namespace cloudtour::samplegen {

inline double sdCircle(Vec2 p, Vec2 c, double r) {
    return length(p - c) - r;
}

// Approximate distance to an ellipse: exact on the boundary, good enough for fills and thin outlines.
inline double sdEllipse(Vec2 p, Vec2 c, Vec2 r) {
    const Vec2 q = p - c;
    const double k0 = length(q / r);
    const double k1 = length(q / (r * r));
    return k0 < 1e-9 ? -std::min(r.x, r.y) : k0 * (k0 - 1.0) / k1;
}

inline double sdBox(Vec2 p, Vec2 c, Vec2 half) {
    const double dx = std::abs(p.x - c.x) - half.x;
    const double dy = std::abs(p.y - c.y) - half.y;
    const double ox = std::max(dx, 0.0);
    const double oy = std::max(dy, 0.0);
    return std::sqrt(ox * ox + oy * oy) + std::min(std::max(dx, dy), 0.0);
}

inline double distSegment(Vec2 p, Vec2 a, Vec2 b) {
    const Vec2 pa = p - a;
    const Vec2 ba = b - a;
    const double h = clamp01(dot(pa, ba) / dot(ba, ba));
    return length(pa - ba * h);
}

// Symmetric trapezoid centred at c: half widths at the bottom and top, half height.
inline double sdTrapezoid(Vec2 p, Vec2 c, double halfBottom, double halfTop, double halfHeight) {
    const Vec2 q{std::abs(p.x - c.x), p.y - c.y};
    const double t = clamp01((q.y + halfHeight) / (2.0 * halfHeight));
    const double halfW = halfBottom + (halfTop - halfBottom) * t;
    const double side = (q.x - halfW) / std::sqrt(1.0 + std::pow((halfTop - halfBottom) / (2.0 * halfHeight), 2));
    return std::max(side, std::abs(q.y) - halfHeight);
}

inline Vec2 rotate(Vec2 p, double angle) {
    const double c = std::cos(angle);
    const double s = std::sin(angle);
    return {c * p.x - s * p.y, s * p.x + c * p.y};
}

inline double fract(double x) {
    return x - std::floor(x);
}

inline void fill(Vec3& c, double d, const Vec3& col) {
    if (d <= 0.0) {
        c = col;
    }
}

inline void fillLined(Vec3& c, double d, const Vec3& col, const Vec3& line, double width) {
    if (d <= 0.0) {
        c = d > -width ? line : col;
    }
}

inline void stroke(Vec3& c, double dist, double width, const Vec3& col) {
    if (dist <= 0.5 * width) {
        c = col;
    }
}

} // namespace cloudtour::samplegen
