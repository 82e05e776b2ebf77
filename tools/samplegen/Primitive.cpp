#include "Primitive.h"

#include <cmath>

namespace cloudtour::samplegen {

namespace {

bool insidePolygon(const std::vector<Vec2>& poly, Vec2 q) {
    const std::size_t n = poly.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Vec2 a = poly[i];
        const Vec2 b = poly[(i + 1) % n];
        if (cross(b - a, q - a) < 0.0) {
            return false;
        }
    }
    return true;
}

bool insideOutline(const Primitive& p, double s, double t) {
    if (s < p.s0 || s > p.s1 || t < p.t0 || t > p.t1) {
        return false;
    }
    if (p.outline == Outline::Polygon) {
        return insidePolygon(p.polygon, {s, t});
    }
    if (p.outline == Outline::Ellipse) {
        const double ex = (2.0 * s - p.s0 - p.s1) / (p.s1 - p.s0);
        const double ey = (2.0 * t - p.t0 - p.t1) / (p.t1 - p.t0);
        return ex * ex + ey * ey <= 1.0;
    }
    return true;
}

Vec2 patchUv(const Primitive& p, double s, double t) {
    return {(s - p.s0) / (p.s1 - p.s0), (t - p.t0) / (p.t1 - p.t0)};
}

constexpr double kMiss = 1e300;

double patchDistance(const Primitive& p, const Ray& ray, double tMin, double tMax) {
    const double denom = dot(ray.dir, p.normal);
    if (std::abs(denom) < 1e-12) {
        return kMiss;
    }
    const double t = dot(p.origin - ray.origin, p.normal) / denom;
    if (t <= tMin || t >= tMax) {
        return kMiss;
    }
    const Vec3 q = ray.origin + ray.dir * t - p.origin;
    return insideOutline(p, dot(q, p.u), dot(q, p.v)) ? t : kMiss;
}

double ellipsoidDistance(const Primitive& p, const Ray& ray, double tMin, double tMax) {
    const Vec3 o = p.frame.toLocal(ray.origin - p.center) / p.radii;
    const Vec3 d = p.frame.toLocal(ray.dir) / p.radii;
    const double a = dot(d, d);
    const double b = dot(o, d);
    const double c = dot(o, o) - 1.0;
    const double disc = b * b - a * c;
    if (disc < 0.0) {
        return kMiss;
    }
    const double sq = std::sqrt(disc);
    double t = (-b - sq) / a;
    if (t <= tMin) {
        t = (-b + sq) / a;
    }
    return (t <= tMin || t >= tMax) ? kMiss : t;
}

double coneDistance(const Primitive& p, const Ray& ray, double tMin, double tMax) {
    const double k = (p.r1 - p.r0) / (p.z1 - p.z0);
    const double X = ray.origin.x - p.center.x;
    const double Y = ray.origin.y - p.center.y;
    const double R0 = p.r0 + k * (ray.origin.z - p.z0);
    const Vec3& d = ray.dir;
    const double a = d.x * d.x + d.y * d.y - k * k * d.z * d.z;
    const double b = 2.0 * (X * d.x + Y * d.y - R0 * k * d.z);
    const double c = X * X + Y * Y - R0 * R0;
    double roots[2] = {kMiss, kMiss};
    if (std::abs(a) < 1e-12) {
        if (std::abs(b) < 1e-12) {
            return kMiss;
        }
        roots[0] = -c / b;
    } else {
        const double disc = b * b - 4.0 * a * c;
        if (disc < 0.0) {
            return kMiss;
        }
        const double sq = std::sqrt(disc);
        const double ta = (-b - sq) / (2.0 * a);
        const double tb = (-b + sq) / (2.0 * a);
        roots[0] = std::min(ta, tb);
        roots[1] = std::max(ta, tb);
    }
    for (double t : roots) {
        const double z = ray.origin.z + d.z * t;
        // Reject the mirrored nappe of the double cone (negative radius) and the parts beyond the caps.
        if (t > tMin && t < tMax && z >= p.z0 && z <= p.z1 && R0 + k * d.z * t >= 0.0) {
            return t;
        }
    }
    return kMiss;
}

void describePatch(const Primitive& p, Hit& hit) {
    const Vec3 q = hit.p - p.origin;
    const double s = dot(q, p.u);
    const double t = dot(q, p.v);
    hit.n = p.normal;
    hit.uv = patchUv(p, s, t);
    hit.local = {s, t, 0.0};
}

void describeEllipsoid(const Primitive& p, Hit& hit) {
    const Vec3 q = p.frame.toLocal(hit.p - p.center) / p.radii;
    hit.n = normalize(p.frame.toWorld(q / p.radii));
    const double phi = std::atan2(q.y, q.x);
    hit.uv = {(phi + kPi) / (2.0 * kPi), std::acos(std::clamp(q.z, -1.0, 1.0)) / kPi};
    hit.local = q;
}

void describeCone(const Primitive& p, Hit& hit) {
    const double k = (p.r1 - p.r0) / (p.z1 - p.z0);
    const double phi = std::atan2(hit.p.y - p.center.y, hit.p.x - p.center.x);
    hit.n = normalize(Vec3{std::cos(phi), std::sin(phi), -k});
    hit.uv = {(phi + kPi) / (2.0 * kPi), (hit.p.z - p.z0) / (p.z1 - p.z0)};
    hit.local = {phi, hit.p.z, 0.0};
}

} // namespace

bool Aabb::hitBy(const Ray& ray, double tMax) const {
    double t0 = 0.0;
    double t1 = tMax;
    const double o[3] = {ray.origin.x, ray.origin.y, ray.origin.z};
    const double d[3] = {ray.dir.x, ray.dir.y, ray.dir.z};
    const double l[3] = {lo.x, lo.y, lo.z};
    const double h[3] = {hi.x, hi.y, hi.z};
    for (int i = 0; i < 3; ++i) {
        const double inv = 1.0 / d[i];
        double ta = (l[i] - o[i]) * inv;
        double tb = (h[i] - o[i]) * inv;
        if (ta > tb) {
            std::swap(ta, tb);
        }
        t0 = std::max(t0, ta);
        t1 = std::min(t1, tb);
        if (t0 > t1) {
            return false;
        }
    }
    return true;
}

Aabb Primitive::bounds() const {
    Aabb box;
    if (kind == PrimKind::Patch) {
        for (double s : {s0, s1}) {
            for (double t : {t0, t1}) {
                box.grow(origin + u * s + v * t);
            }
        }
    } else if (kind == PrimKind::Ellipsoid) {
        const double r = std::max({radii.x, radii.y, radii.z});
        box.grow(center - Vec3{r, r, r});
        box.grow(center + Vec3{r, r, r});
    } else {
        const double r = std::max(r0, r1);
        box.grow({center.x - r, center.y - r, z0});
        box.grow({center.x + r, center.y + r, z1});
    }
    return box;
}

double hitDistance(const Primitive& prim, const Ray& ray, double tMin, double tMax) {
    switch (prim.kind) {
    case PrimKind::Patch:
        return patchDistance(prim, ray, tMin, tMax);
    case PrimKind::Ellipsoid:
        return ellipsoidDistance(prim, ray, tMin, tMax);
    case PrimKind::Cone:
        return coneDistance(prim, ray, tMin, tMax);
    }
    return kMiss;
}

void describeHit(const Primitive& prim, const Ray& ray, double t, Hit& hit) {
    hit.t = t;
    hit.p = ray.origin + ray.dir * t;
    switch (prim.kind) {
    case PrimKind::Patch:
        describePatch(prim, hit);
        break;
    case PrimKind::Ellipsoid:
        describeEllipsoid(prim, hit);
        break;
    case PrimKind::Cone:
        describeCone(prim, hit);
        break;
    }
}

} // namespace cloudtour::samplegen
