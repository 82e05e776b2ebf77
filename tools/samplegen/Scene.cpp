#include "Scene.h"

namespace cloudtour::samplegen {

void Scene::beginGroup() {
    groups_.push_back({Aabb{}, static_cast<int>(prims_.size()), 0});
    open_ = true;
}

void Scene::endGroup() {
    open_ = false;
}

int Scene::add(Primitive prim) {
    if (!open_) {
        // Primitives outside an explicit group get a group of their own.
        groups_.push_back({Aabb{}, static_cast<int>(prims_.size()), 0});
    }
    Group& g = groups_.back();
    Aabb b = prim.bounds();
    // Pad flat boxes so the slab test never divides a zero-thickness interval.
    b.lo = b.lo - Vec3{1e-4, 1e-4, 1e-4};
    b.hi = b.hi + Vec3{1e-4, 1e-4, 1e-4};
    g.box.grow(b);
    ++g.count;
    prims_.push_back(std::move(prim));
    return static_cast<int>(prims_.size()) - 1;
}

bool Scene::trace(const Ray& ray, double tMax, Hit& hit) const {
    constexpr double kEpsilon = 1e-6;
    int bestPrim = -1;
    double best = tMax;
    for (const Group& g : groups_) {
        if (g.count > 1 && !g.box.hitBy(ray, best)) {
            continue;
        }
        for (int i = g.first; i < g.first + g.count; ++i) {
            const double t = hitDistance(prims_[static_cast<std::size_t>(i)], ray, kEpsilon, best);
            if (t < best) {
                best = t;
                bestPrim = i;
            }
        }
    }
    if (bestPrim < 0) {
        return false;
    }
    describeHit(prims_[static_cast<std::size_t>(bestPrim)], ray, best, hit);
    hit.prim = bestPrim;
    return true;
}

bool Scene::anyHit(const Ray& ray, double tMax) const {
    constexpr double kEpsilon = 1e-6;
    for (const Group& g : groups_) {
        if (g.count > 1 && !g.box.hitBy(ray, tMax)) {
            continue;
        }
        for (int i = g.first; i < g.first + g.count; ++i) {
            if (hitDistance(prims_[static_cast<std::size_t>(i)], ray, kEpsilon, tMax) < tMax) {
                return true;
            }
        }
    }
    return false;
}

bool Scene::occluded(const Vec3& from, const Vec3& to) const {
    const Vec3 d = to - from;
    const double dist = length(d);
    return anyHit({from, d / dist}, dist * (1.0 - 1e-6));
}

} // namespace cloudtour::samplegen
