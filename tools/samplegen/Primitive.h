// The three kinds of surface the cave is built from: flat patches (walls, floors, ceiling slopes, disks),
// ellipsoids (statue bodies and heads) and vertical cone frustums (pedestals, robes, necks).
#pragma once

#include "Material.h"
#include "Vec3.h"

#include <vector>

namespace cloudtour::samplegen {

enum class PrimKind { Patch, Ellipsoid, Cone };
enum class Outline { Rect, Polygon, Ellipse };

struct Aabb {
    Vec3 lo{1e30, 1e30, 1e30};
    Vec3 hi{-1e30, -1e30, -1e30};

    void grow(const Vec3& p) {
        lo = {std::min(lo.x, p.x), std::min(lo.y, p.y), std::min(lo.z, p.z)};
        hi = {std::max(hi.x, p.x), std::max(hi.y, p.y), std::max(hi.z, p.z)};
    }
    void grow(const Aabb& b) {
        grow(b.lo);
        grow(b.hi);
    }
    bool hitBy(const Ray& ray, double tMax) const;
};

struct Primitive {
    PrimKind kind = PrimKind::Patch;
    Material material = Material::Plaster;
    int variant = 0;      // distinguishes surfaces that share a material (which wall, which figure)
    bool outdoor = false; // lit analytically by sun and sky instead of a baked lightmap

    // Patch: p = origin + u*s + v*t with (s, t) inside [s0,s1]x[t0,t1] and the outline. The (s, t) frame is also
    // the painting frame, in metres, so a wall cut into several patches around a door shares one mural.
    Vec3 origin, u, v, normal;
    double s0 = 0, s1 = 0, t0 = 0, t1 = 0;
    Outline outline = Outline::Rect;
    std::vector<Vec2> polygon; // convex, counter-clockwise in (s, t)

    // Ellipsoid: centre, radii along the frame axes.  Cone: vertical axis through centre.x/y, z0..z1.
    Vec3 center, radii;
    Frame frame;
    double z0 = 0, z1 = 0, r0 = 0, r1 = 0;

    Aabb bounds() const;
};

struct Hit {
    double t = 0;
    int prim = -1;
    Vec3 p;
    Vec3 n;     // geometric normal as built (not flipped toward the ray)
    Vec2 uv;    // lightmap parameter in [0,1]^2
    Vec3 local; // painting coordinates: (s, t, 0) for patches, unit-sphere point for ellipsoids, (phi, z, 0) cones
};

// Distance along the ray to the nearest intersection in (tMin, tMax), or a huge value when there is none.
// Kept separate from describeHit() so that the search computes only distances, and the details once.
double hitDistance(const Primitive& prim, const Ray& ray, double tMin, double tMax);
void describeHit(const Primitive& prim, const Ray& ray, double t, Hit& hit);
// The surface point with lightmap parameter uv, as a Hit (t = 0); used to place baking texels.
Hit surfaceAt(const Primitive& prim, Vec2 uv);
// Approximate size of the parameter domain in metres, to pick lightmap resolutions.
Vec2 parameterExtent(const Primitive& prim);
// True for surfaces whose lightmap u wraps around (closed ellipsoids and cones).
bool wrapsU(const Primitive& prim);

// Builders.
Primitive makePatch(Vec3 origin, Vec3 u, Vec3 v, double s0, double s1, double t0, double t1, Material m);
Primitive makePolygonPatch(Vec3 origin, Vec3 u, Vec3 v, std::vector<Vec2> poly, Material m);
Primitive makeDisk(Vec3 center, double radius, bool facingUp, Material m);
Primitive makeEllipsoid(Vec3 center, Vec3 radii, Material m, Frame frame = {});
// An ellipsoid stretched between two points, for limbs.
Primitive makeLimb(Vec3 a, Vec3 b, double radius, Material m);
Primitive makeCone(Vec3 baseCenter, double z1, double r0, double r1, Material m);

} // namespace cloudtour::samplegen
