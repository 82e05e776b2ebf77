// Decorative bands that frame every mural: scrolling vines, lozenge chains, pearl strings, the hanging
// valance painted at the foot of the ceiling, and flame borders. Each paints a band whose local coordinates
// are x along the band (metres) and v across it (0 at one edge, 1 at the other); h is the band height in metres.
#pragma once

#include "Vec3.h"

namespace cloudtour::samplegen {

void scrollBand(Vec3& c, double x, double v, double h, const Vec3& ground, const Vec3& vine, const Vec3& leaf);
void lozengeBand(Vec3& c, double x, double v, double h, const Vec3& ground, const Vec3& a, const Vec3& b);
void pearlBand(Vec3& c, double x, double v, double h, const Vec3& ground, const Vec3& pearl);
// v = 0 is the rail the valance hangs from; triangles point toward v = 1.
void valanceBand(Vec3& c, double x, double v, double h);
void flameBand(Vec3& c, double x, double v, double h);
// Thin framing lines along both edges of a band.
void edgeLines(Vec3& c, double v, double h, const Vec3& col);

} // namespace cloudtour::samplegen
