#include "MuralParts.h"

#include "Figures.h"
#include "Noise.h"
#include "Paint2D.h"
#include "Palette.h"

#include <cmath>

namespace cloudtour::samplegen {

void thousandBuddhas(Vec3& c, Vec2 p, Vec2 origin, Vec2 cell, int colourShift) {
    const Vec2 g = (p - origin) / cell;
    const int col = static_cast<int>(std::floor(g.x));
    const int row = static_cast<int>(std::floor(g.y));
    const Vec2 base = origin + Vec2{(col + 0.5) * cell.x, row * cell.y + 0.02 * cell.y};
    drawSeatedBuddha(c, p, base, cell.y * 0.94, figureColors(col - row + colourShift));
}

void scatteredFlowers(Vec3& c, Vec2 p, double spacing, std::uint32_t seed) {
    const int gx = static_cast<int>(std::floor(p.x / spacing));
    const int gy = static_cast<int>(std::floor(p.y / spacing));
    const Vec2 centre{(gx + 0.2 + 0.6 * hash01(gx, gy, seed)) * spacing,
                      (gy + 0.2 + 0.6 * hash01(gx, gy, seed + 1)) * spacing};
    const Vec3 colours[3] = {palette::cinnabar, palette::malachite, palette::lapis};
    const int which = static_cast<int>(hash01(gx, gy, seed + 2) * 3.0);
    drawFlower(c, p, centre, spacing * 0.16, colours[which]);
}

void donorRow(Vec3& c, Vec2 p, double top, double centre, int seed) {
    c = palette::redEarth;
    if (p.y < 0.09) {
        c = palette::brown;
        return;
    }
    const double spacing = 0.42;
    const int i = static_cast<int>(std::floor(p.x / spacing));
    const double x = (i + 0.5) * spacing;
    const double facing = x < centre ? 1.0 : -1.0;
    const Standing kind = (i + seed) % 2 == 0 ? Standing::DonorMan : Standing::DonorWoman;
    FigureColors k = figureColors(i * 3 + seed);
    k.skin = palette::skin;
    // The cartouche where the donor's name was written, with a column of faded characters.
    const Vec2 cart{x - facing * 0.12, top - 0.2};
    if (sdBox(p, cart, {0.025, 0.13}) < 0.0) {
        c = palette::yellow;
        const double row = fract((p.y - cart.y) / 0.028);
        const bool glyph = row > 0.3 && row < 0.75 && hash01(i, static_cast<int>(p.y / 0.028), 5) > 0.3;
        if (std::abs(p.x - cart.x) < 0.012 && glyph) {
            c = palette::ink;
        }
    }
    drawStanding(c, p, {x, 0.1}, top - 0.14, k, kind, facing);
    if (std::abs(p.y - top) < 0.006) {
        c = palette::ink;
    }
}

} // namespace cloudtour::samplegen
