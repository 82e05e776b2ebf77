// The whole model: a flat list of primitives in a few groups, each group behind a bounding box. With about a
// hundred primitives this is all the acceleration the renderer needs.
#pragma once

#include "Primitive.h"

#include <vector>

namespace cloudtour::samplegen {

class Scene {
public:
    // Primitives added between beginGroup() and endGroup() are skipped when a ray misses their joint box.
    void beginGroup();
    void endGroup();
    int add(Primitive prim);

    bool trace(const Ray& ray, double tMax, Hit& hit) const;
    bool anyHit(const Ray& ray, double tMax) const;
    bool occluded(const Vec3& from, const Vec3& to) const;

    const Primitive& prim(int index) const { return prims_[static_cast<std::size_t>(index)]; }
    int size() const { return static_cast<int>(prims_.size()); }

private:
    struct Group {
        Aabb box;
        int first = 0;
        int count = 0;
    };
    std::vector<Primitive> prims_;
    std::vector<Group> groups_;
    bool open_ = false;
};

// Builders for the parts of the scene, in Cave.cpp, Statues.cpp and Outdoor.cpp.
void addCaveArchitecture(Scene& scene);
void addStatues(Scene& scene);
void addOutdoors(Scene& scene);

inline Scene buildScene() {
    Scene scene;
    addCaveArchitecture(scene);
    addStatues(scene);
    addOutdoors(scene);
    return scene;
}

} // namespace cloudtour::samplegen
