// The stock figures of the murals, drawn as flat shapes with dark outlines in the Mogao manner. Each takes the
// point being painted (metres), where the figure stands, and its size, and paints over `c` where it covers p.
#pragma once

#include "Palette.h"
#include "Vec3.h"

namespace cloudtour::samplegen {

enum class Standing { Bodhisattva, Disciple, DonorMan, DonorWoman };

// base: bottom centre of the lotus seat; height: from base to the top of the halo.
void drawSeatedBuddha(Vec3& c, Vec2 p, Vec2 base, double height, const FigureColors& k);
// base: between the feet; facing: +1 turned to the right, -1 to the left.
void drawStanding(Vec3& c, Vec2 p, Vec2 base, double height, const FigureColors& k, Standing kind, double facing);
// A flying apsara: at is the torso, dir +1 flies right, -1 left; ribbons trail behind.
void drawApsara(Vec3& c, Vec2 p, Vec2 at, double size, double dir, double phase, const FigureColors& k);
// Auspicious cloud scroll with a trailing tail toward -x (mirror with dir).
void drawCloud(Vec3& c, Vec2 p, Vec2 at, double size, double dir, const Vec3& col);
// Lotus rosette seen from above: three rings of petals and a seed pod.
void drawLotus(Vec3& c, Vec2 p, Vec2 centre, double radius, int petals, const Vec3 colours[4]);
// A small flower for scattered grounds (four petals).
void drawFlower(Vec3& c, Vec2 p, Vec2 centre, double radius, const Vec3& col);

} // namespace cloudtour::samplegen
