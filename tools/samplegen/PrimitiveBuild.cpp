// Builders for primitives and the inverse parametrisation the light baker uses to place its texels.
#include "Primitive.h"

#include <cmath>

namespace cloudtour::samplegen {

namespace {

bool insideConvex(const std::vector<Vec2>& poly, Vec2 q) {
    for (std::size_t i = 0; i < poly.size(); ++i) {
        if (cross(poly[(i + 1) % poly.size()] - poly[i], q - poly[i]) < 0.0) {
            return false;
        }
    }
    return true;
}

// Texels of a polygon's bounding rectangle that fall outside the polygon are pulled just inside it, so that
// bilinear filtering near slanted edges blends with light that really reaches the surface.
Vec2 clampIntoPolygon(const std::vector<Vec2>& poly, Vec2 q) {
    if (insideConvex(poly, q)) {
        return q;
    }
    Vec2 c;
    for (const Vec2& p : poly) {
        c = c + p;
    }
    c = c / static_cast<double>(poly.size());
    double lo = 0.0;
    double hi = 1.0;
    for (int i = 0; i < 30; ++i) {
        const double mid = 0.5 * (lo + hi);
        (insideConvex(poly, c + (q - c) * mid) ? lo : hi) = mid;
    }
    return c + (q - c) * (lo * 0.995);
}

Hit patchAt(const Primitive& p, Vec2 uv) {
    Vec2 st{p.s0 + uv.x * (p.s1 - p.s0), p.t0 + uv.y * (p.t1 - p.t0)};
    if (p.outline == Outline::Polygon) {
        st = clampIntoPolygon(p.polygon, st);
    } else if (p.outline == Outline::Ellipse) {
        const Vec2 c{0.5 * (p.s0 + p.s1), 0.5 * (p.t0 + p.t1)};
        const Vec2 r{0.5 * (p.s1 - p.s0), 0.5 * (p.t1 - p.t0)};
        const Vec2 e = (st - c) / r;
        const double len = length(e);
        if (len > 0.99) {
            st = c + e * (0.99 / len) * r;
        }
    }
    Hit h;
    h.p = p.origin + p.u * st.x + p.v * st.y;
    h.n = p.normal;
    h.uv = uv;
    h.local = {st.x, st.y, 0.0};
    return h;
}

} // namespace

Hit surfaceAt(const Primitive& prim, Vec2 uv) {
    if (prim.kind == PrimKind::Patch) {
        return patchAt(prim, uv);
    }
    const double phi = uv.x * 2.0 * kPi - kPi;
    Hit h;
    h.uv = uv;
    if (prim.kind == PrimKind::Ellipsoid) {
        const double theta = uv.y * kPi;
        const Vec3 q{std::sin(theta) * std::cos(phi), std::sin(theta) * std::sin(phi), std::cos(theta)};
        h.p = prim.center + prim.frame.toWorld(q * prim.radii);
        h.n = normalize(prim.frame.toWorld(q / prim.radii));
        h.local = q;
        return h;
    }
    const double z = prim.z0 + uv.y * (prim.z1 - prim.z0);
    const double r = prim.r0 + uv.y * (prim.r1 - prim.r0);
    const double k = (prim.r1 - prim.r0) / (prim.z1 - prim.z0);
    h.p = {prim.center.x + r * std::cos(phi), prim.center.y + r * std::sin(phi), z};
    h.n = normalize(Vec3{std::cos(phi), std::sin(phi), -k});
    h.local = {phi, z, 0.0};
    return h;
}

Vec2 parameterExtent(const Primitive& prim) {
    switch (prim.kind) {
    case PrimKind::Patch:
        return {prim.s1 - prim.s0, prim.t1 - prim.t0};
    case PrimKind::Ellipsoid: {
        const double rh = std::max(prim.radii.x, prim.radii.y);
        return {2.0 * kPi * rh, kPi * std::max(prim.radii.z, 0.5 * (rh + prim.radii.z))};
    }
    case PrimKind::Cone:
        return {2.0 * kPi * std::max(prim.r0, prim.r1), std::hypot(prim.z1 - prim.z0, prim.r1 - prim.r0)};
    }
    return {1.0, 1.0};
}

bool wrapsU(const Primitive& prim) {
    return prim.kind != PrimKind::Patch;
}

Primitive makePatch(Vec3 origin, Vec3 u, Vec3 v, double s0, double s1, double t0, double t1, Material m) {
    Primitive p;
    p.kind = PrimKind::Patch;
    p.material = m;
    p.origin = origin;
    p.u = normalize(u);
    p.v = normalize(v);
    p.normal = normalize(cross(p.u, p.v));
    p.s0 = s0;
    p.s1 = s1;
    p.t0 = t0;
    p.t1 = t1;
    return p;
}

Primitive makePolygonPatch(Vec3 origin, Vec3 u, Vec3 v, std::vector<Vec2> poly, Material m) {
    double s0 = 1e30, s1 = -1e30, t0 = 1e30, t1 = -1e30;
    for (const Vec2& q : poly) {
        s0 = std::min(s0, q.x);
        s1 = std::max(s1, q.x);
        t0 = std::min(t0, q.y);
        t1 = std::max(t1, q.y);
    }
    Primitive p = makePatch(origin, u, v, s0, s1, t0, t1, m);
    p.outline = Outline::Polygon;
    p.polygon = std::move(poly);
    return p;
}

Primitive makeDisk(Vec3 center, double radius, bool facingUp, Material m) {
    // Painting frame centred on the disk so the paint functions see (0,0) at its middle.
    const Vec3 u{1, 0, 0};
    const Vec3 v = facingUp ? Vec3{0, 1, 0} : Vec3{0, -1, 0};
    Primitive p = makePatch(center, u, v, -radius, radius, -radius, radius, m);
    p.outline = Outline::Ellipse;
    return p;
}

Primitive makeEllipsoid(Vec3 center, Vec3 radii, Material m, Frame frame) {
    Primitive p;
    p.kind = PrimKind::Ellipsoid;
    p.material = m;
    p.center = center;
    p.radii = radii;
    p.frame = frame;
    return p;
}

Primitive makeLimb(Vec3 a, Vec3 b, double radius, Material m) {
    const double half = 0.5 * length(b - a);
    return makeEllipsoid((a + b) * 0.5, {radius, radius, half + radius * 0.6}, m, Frame::alongZ(b - a));
}

Primitive makeCone(Vec3 baseCenter, double z1, double r0, double r1, Material m) {
    Primitive p;
    p.kind = PrimKind::Cone;
    p.material = m;
    p.center = baseCenter;
    p.z0 = baseCenter.z;
    p.z1 = z1;
    p.r0 = r0;
    p.r1 = r1;
    return p;
}

} // namespace cloudtour::samplegen
