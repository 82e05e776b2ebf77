// What is seen through the cave mouth: the sandy terrace below the cliff and a row of poplars, as at Mogao.
// Distant hills and the sky are not geometry; Sky.cpp draws them.
#include "Layout.h"
#include "Noise.h"
#include "Scene.h"

namespace cloudtour::samplegen {

void addOutdoors(Scene& scene) {
    scene.beginGroup();
    Primitive ground = makePatch({layout::kMouthX, 0, 0}, {1, 0, 0}, {0, 1, 0}, 0, 800, -800, 800, Material::Sand);
    ground.outdoor = true;
    scene.add(ground);
    scene.endGroup();

    scene.beginGroup();
    for (int i = 0; i < 14; ++i) {
        const double y = -26.0 + 4.0 * i + 2.5 * (hash01(i, 1, 77) - 0.5);
        const double x = 30.0 + 6.0 * hash01(i, 2, 77);
        const double h = 9.0 + 4.0 * hash01(i, 3, 77);
        Primitive trunk = makeCone({x, y, 0}, h * 0.45, 0.22, 0.16, Material::PoplarTrunk);
        trunk.outdoor = true;
        scene.add(trunk);
        Primitive crown = makeEllipsoid({x, y, h * 0.6}, {1.4, 1.4, h * 0.42}, Material::PoplarCrown);
        crown.outdoor = true;
        crown.variant = i;
        scene.add(crown);
    }
    scene.endGroup();
}

} // namespace cloudtour::samplegen
