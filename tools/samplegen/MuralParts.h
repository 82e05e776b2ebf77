// Repeating mural elements shared by walls and ceiling: thousand-Buddha grids, a ground strewn with flowers,
// and the row of donor portraits along the foot of a wall.
#pragma once

#include "Vec3.h"

#include <cstdint>

namespace cloudtour::samplegen {

// Grid of small seated Buddhas; origin is the bottom-left of cell (0,0). Colours shift one step per row,
// which produces the diagonal colour stripes of the Mogao thousand-Buddha walls.
void thousandBuddhas(Vec3& c, Vec2 p, Vec2 origin, Vec2 cell, int colourShift);
void scatteredFlowers(Vec3& c, Vec2 p, double spacing, std::uint32_t seed);
// Donor figures standing on a red-earth band; `centre` is where they turn to face.
void donorRow(Vec3& c, Vec2 p, double top, double centre, int seed);

} // namespace cloudtour::samplegen
