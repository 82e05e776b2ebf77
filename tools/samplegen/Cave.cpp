// The carved space: main chamber with its truncated-pyramid ceiling and caisson well, the entrance passage,
// and the Buddha niche in the west wall. Every wall patch carries a painting frame in metres: s runs to the
// right as seen by a visitor facing the wall, t runs up (or up the slope).
#include "Layout.h"
#include "Scene.h"

#include <cmath>

namespace cloudtour::samplegen {

namespace {

using namespace layout;

constexpr Vec3 kUp{0, 0, 1};

// Normals are only used for lighting; they must face into the open space the patch borders.
void addFacing(Scene& scene, Primitive p, const Vec3& inside, int variant = 0) {
    const Vec3 mid = p.origin + p.u * (0.5 * (p.s0 + p.s1)) + p.v * (0.5 * (p.t0 + p.t1));
    if (dot(p.normal, inside - mid) < 0.0) {
        p.normal = -p.normal;
    }
    p.variant = variant;
    scene.add(std::move(p));
}

const Vec3 kChamberCentre{0, 0, 2.0};

void addChamberWalls(Scene& scene) {
    const double w = 2.0 * kHalf;
    // North and south walls: unbroken.
    addFacing(scene, makePatch({-kHalf, kHalf, 0}, {1, 0, 0}, kUp, 0, w, 0, kWallTop, Material::NorthWall),
              kChamberCentre);
    addFacing(scene, makePatch({kHalf, -kHalf, 0}, {-1, 0, 0}, kUp, 0, w, 0, kWallTop, Material::SouthWall),
              kChamberCentre);

    // East wall, pierced by the passage.
    const Vec3 eastO{kHalf, kHalf, 0};
    const Vec3 south{0, -1, 0};
    const double d0 = kHalf - kDoorHalf;
    const double d1 = kHalf + kDoorHalf;
    addFacing(scene, makePatch(eastO, south, kUp, 0, d0, 0, kWallTop, Material::EastWall), kChamberCentre);
    addFacing(scene, makePatch(eastO, south, kUp, d1, w, 0, kWallTop, Material::EastWall), kChamberCentre);
    addFacing(scene, makePatch(eastO, south, kUp, d0, d1, kDoorTop, kWallTop, Material::EastWall), kChamberCentre);

    // West wall, pierced by the niche.
    const Vec3 westO{-kHalf, -kHalf, 0};
    const Vec3 north{0, 1, 0};
    const double n0 = kHalf - kNicheFrontHalf;
    const double n1 = kHalf + kNicheFrontHalf;
    addFacing(scene, makePatch(westO, north, kUp, 0, n0, 0, kWallTop, Material::WestWall), kChamberCentre);
    addFacing(scene, makePatch(westO, north, kUp, n1, w, 0, kWallTop, Material::WestWall), kChamberCentre);
    addFacing(scene, makePatch(westO, north, kUp, n0, n1, 0, kNicheSill, Material::WestWall), kChamberCentre);
    addFacing(scene, makePatch(westO, north, kUp, n0, n1, kNicheTop, kWallTop, Material::WestWall), kChamberCentre);

    addFacing(scene, makePatch({0, 0, 0}, {1, 0, 0}, {0, 1, 0}, -kHalf, kHalf, -kHalf, kHalf, Material::FloorTiles),
              kChamberCentre);
}

// The fudou ceiling: four trapezoidal slopes rising to a square well whose top holds the lotus.
void addCeiling(Scene& scene) {
    const double run = kHalf - kWellHalf;
    const double rise = kSlopeTop - kWallTop;
    const double len = std::hypot(run, rise);
    const double w = 2.0 * kHalf;
    const std::vector<Vec2> trapezoid{{0, 0}, {w, 0}, {w - run, len}, {run, len}};
    struct Side {
        Vec3 origin, right, inward;
    };
    const Side sides[4] = {
        {{-kHalf, kHalf, kWallTop}, {1, 0, 0}, {0, -1, 0}}, // north
        {{kHalf, kHalf, kWallTop}, {0, -1, 0}, {-1, 0, 0}}, // east
        {{kHalf, -kHalf, kWallTop}, {-1, 0, 0}, {0, 1, 0}}, // south
        {{-kHalf, -kHalf, kWallTop}, {0, 1, 0}, {1, 0, 0}}, // west
    };
    for (int i = 0; i < 4; ++i) {
        const Side& s = sides[i];
        const Vec3 up = s.inward * run + kUp * rise;
        addFacing(scene, makePolygonPatch(s.origin, s.right, up, trapezoid, Material::CeilingSlope), kChamberCentre, i);
        // Well side above this slope.
        const Vec3 wellO = s.origin * (kWellHalf / kHalf);
        addFacing(scene,
                  makePatch({wellO.x, wellO.y, kSlopeTop}, s.right, kUp, 0, 2.0 * kWellHalf, 0, kWellTop - kSlopeTop,
                            Material::WellSide),
                  {0, 0, kSlopeTop}, i);
    }
    addFacing(scene,
              makePatch({0, 0, kWellTop}, {1, 0, 0}, {0, 1, 0}, -kWellHalf, kWellHalf, -kWellHalf, kWellHalf,
                        Material::WellTop),
              kChamberCentre);
}

void addPassage(Scene& scene) {
    const double len = kMouthX - kHalf;
    const Vec3 inside{0.5 * (kHalf + kMouthX), 0, 1.2};
    addFacing(scene, makePatch({kHalf, kDoorHalf, 0}, {1, 0, 0}, kUp, 0, len, 0, kDoorTop, Material::CorridorWallNorth),
              inside);
    addFacing(scene,
              makePatch({kMouthX, -kDoorHalf, 0}, {-1, 0, 0}, kUp, 0, len, 0, kDoorTop, Material::CorridorWallSouth),
              inside);
    addFacing(
        scene,
        makePatch({kHalf, 0, kDoorTop}, {1, 0, 0}, {0, 1, 0}, 0, len, -kDoorHalf, kDoorHalf, Material::CorridorCeiling),
        inside);
    addFacing(scene,
              makePatch({kHalf, 0, 0}, {1, 0, 0}, {0, 1, 0}, 0, len, -kDoorHalf, kDoorHalf, Material::CorridorFloor),
              inside);
}

void addNiche(Scene& scene) {
    const Vec3 inside{0.5 * (kNicheBackX - kHalf), 0, 1.6};
    const std::vector<Vec2> plan{{kNicheBackX, -kNicheBackHalf},
                                 {-kHalf, -kNicheFrontHalf},
                                 {-kHalf, kNicheFrontHalf},
                                 {kNicheBackX, kNicheBackHalf}};
    addFacing(scene, makePolygonPatch({0, 0, kNicheSill}, {1, 0, 0}, {0, 1, 0}, plan, Material::NicheFloor), inside);
    addFacing(scene, makePolygonPatch({0, 0, kNicheTop}, {1, 0, 0}, {0, 1, 0}, plan, Material::NicheCeiling), inside);
    addFacing(scene,
              makePatch({kNicheBackX, -kNicheBackHalf, 0}, {0, 1, 0}, kUp, 0, 2.0 * kNicheBackHalf, kNicheSill,
                        kNicheTop, Material::NicheBack),
              inside);
    const Vec3 northRun{-kHalf - kNicheBackX, kNicheFrontHalf - kNicheBackHalf, 0};
    const Vec3 southRun{kNicheBackX + kHalf, kNicheFrontHalf - kNicheBackHalf, 0};
    const double sideLen = length(northRun);
    addFacing(scene,
              makePatch({kNicheBackX, kNicheBackHalf, 0}, northRun, kUp, 0, sideLen, kNicheSill, kNicheTop,
                        Material::NicheSide),
              inside, 0);
    addFacing(
        scene,
        makePatch({-kHalf, -kNicheFrontHalf, 0}, southRun, kUp, 0, sideLen, kNicheSill, kNicheTop, Material::NicheSide),
        inside, 1);
}

} // namespace

void addCaveArchitecture(Scene& scene) {
    // One group per part, so a ray only tests the parts whose bounding box it crosses.
    for (void (*part)(Scene&) : {addChamberWalls, addCeiling, addPassage, addNiche}) {
        scene.beginGroup();
        part(scene);
        scene.endGroup();
    }
}

} // namespace cloudtour::samplegen
