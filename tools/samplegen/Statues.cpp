// The clay statues in the niche: a seated Buddha on a lotus throne flanked by two standing disciples, the
// young Ananda and the old Kasyapa. Each figure is a handful of ellipsoids and cone frustums; the painting on
// them (robes, faces, hair) comes from StatuePaint.cpp.
#include "Layout.h"
#include "Scene.h"

namespace cloudtour::samplegen {

namespace {

using namespace layout;

Primitive withVariant(Primitive p, int variant) {
    p.variant = variant;
    return p;
}

void addThrone(Scene& scene, double bx) {
    const double z0 = kNicheSill;
    scene.add(makeCone({bx, 0, z0}, z0 + 0.23, 0.6, 0.6, Material::Pedestal));
    scene.add(makeDisk({bx, 0, z0 + 0.23}, 0.6, true, Material::Pedestal));
    scene.add(withVariant(makeCone({bx, 0, z0 + 0.23}, z0 + 0.43, 0.42, 0.42, Material::Pedestal), 1));
    scene.add(makeCone({bx, 0, z0 + 0.43}, z0 + 0.65, 0.45, 0.62, Material::LotusSeat));
    scene.add(makeDisk({bx, 0, z0 + 0.65}, 0.62, true, Material::LotusSeat));
}

void addBuddha(Scene& scene) {
    const double bx = kBuddhaX;
    addThrone(scene, bx);
    scene.add(makeEllipsoid({bx + 0.1, 0, 1.33}, {0.40, 0.58, 0.15}, Material::BuddhaRobe));
    scene.add(withVariant(makeEllipsoid({bx - 0.05, 0, 1.72}, {0.20, 0.30, 0.42}, Material::BuddhaRobe), 1));
    scene.add(withVariant(makeEllipsoid({bx - 0.04, 0, 1.95}, {0.19, 0.37, 0.17}, Material::BuddhaRobe), 1));
    scene.add(makeCone({bx - 0.02, 0, 2.04}, 2.2, 0.075, 0.07, Material::BuddhaSkin));
    scene.add(makeEllipsoid({bx, 0, kBuddhaHeadZ}, {kBuddhaHeadRx, 0.135, 0.185}, Material::BuddhaHead));
    scene.add(withVariant(makeEllipsoid({bx - 0.02, 0, 2.52}, {0.09, 0.085, 0.075}, Material::BuddhaHead), 1));
    scene.add(makeEllipsoid({bx + 0.145, 0, 2.32}, {0.03, 0.022, 0.05}, Material::BuddhaSkin));
    for (double side : {-1.0, 1.0}) {
        scene.add(makeEllipsoid({bx - 0.01, side * 0.135, 2.30}, {0.03, 0.03, 0.085}, Material::BuddhaSkin));
        const Vec3 shoulder{bx - 0.04, side * 0.33, 1.97};
        const Vec3 elbow{bx + 0.02, side * 0.40, 1.62};
        const Vec3 wrist{bx + 0.30, side * 0.12, 1.48};
        scene.add(makeLimb(shoulder, elbow, 0.085, Material::BuddhaRobe));
        scene.add(makeLimb(elbow, wrist, 0.065, Material::BuddhaRobe));
    }
    // Hands resting in the lap, palms up: the meditation gesture.
    scene.add(makeEllipsoid({bx + 0.33, 0, 1.47}, {0.09, 0.15, 0.045}, Material::BuddhaHands));
}

void addDisciple(Scene& scene, double y, bool old) {
    const double dx = kDiscipleX;
    const double z0 = kNicheSill;
    const Material robe = old ? Material::DiscipleRobeOld : Material::DiscipleRobeYoung;
    const Material head = old ? Material::DiscipleHeadOld : Material::DiscipleHeadYoung;
    const int skinVariant = old ? 1 : 2;
    scene.add(makeCone({dx, y, z0}, z0 + 0.13, 0.27, 0.27, Material::LotusSeat));
    scene.add(withVariant(makeDisk({dx, y, z0 + 0.13}, 0.27, true, Material::LotusSeat), 1));
    scene.add(makeCone({dx, y, z0 + 0.13}, 1.50, 0.25, 0.18, robe));
    scene.add(withVariant(makeEllipsoid({dx, y, 1.52}, {0.14, 0.21, 0.16}, robe), 1));
    scene.add(withVariant(makeCone({dx, y, 1.62}, 1.74, 0.05, 0.05, Material::BuddhaHands), skinVariant));
    scene.add(makeEllipsoid({dx + 0.01, y, 1.83}, {0.10, 0.092, 0.125}, head));
    for (double side : {-1.0, 1.0}) {
        scene.add(withVariant(makeEllipsoid({dx, y + side * 0.09, 1.81}, {0.022, 0.022, 0.05}, Material::BuddhaHands),
                              skinVariant));
        const Vec3 shoulder{dx, y + side * 0.19, 1.58};
        const Vec3 elbow{dx + 0.05, y + side * 0.21, 1.32};
        const Vec3 wrist{dx + 0.16, y + side * 0.04, 1.30};
        scene.add(makeLimb(shoulder, elbow, 0.06, robe));
        scene.add(makeLimb(elbow, wrist, 0.05, robe));
    }
    // Hands joined in front of the chest.
    scene.add(
        withVariant(makeEllipsoid({dx + 0.18, y, 1.33}, {0.04, 0.045, 0.065}, Material::BuddhaHands), skinVariant));
}

} // namespace

void addStatues(Scene& scene) {
    scene.beginGroup();
    addBuddha(scene);
    scene.endGroup();
    scene.beginGroup();
    addDisciple(scene, kDiscipleY, false);
    scene.endGroup();
    scene.beginGroup();
    addDisciple(scene, -kDiscipleY, true);
    scene.endGroup();
}

} // namespace cloudtour::samplegen
