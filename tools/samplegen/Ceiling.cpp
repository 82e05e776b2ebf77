// The fudou ceiling: a valance painted along the foot of each slope, rows of thousand Buddhas up the slopes,
// and the caisson well whose top panel holds a great lotus circled by apsaras. Also the passage ceiling.
#include "Aging.h"
#include "Borders.h"
#include "Figures.h"
#include "Layout.h"
#include "Materials.h"
#include "MuralParts.h"
#include "Paint2D.h"
#include "Palette.h"

#include <cmath>

namespace cloudtour::samplegen {

namespace {

using namespace palette;

constexpr double kValance = 0.42;
constexpr double kCellW = 0.2;
constexpr double kCellH = 0.25;

Wear ceilingWear() {
    Wear w;
    w.grime = 0.0;
    w.flaking = 0.3;
    return w;
}

// Distance along a square band, so the pattern runs continuously around the panel.
double alongSquare(Vec2 p) {
    return std::abs(p.x) > std::abs(p.y) ? p.y : p.x;
}

} // namespace

Vec3 paintCeilingSlope(Vec2 p, int side) {
    using namespace layout;
    const double run = kHalf - kWellHalf;
    const double len = std::hypot(run, kSlopeTop - kWallTop);
    const double inset = p.y * run / len; // trapezoid edge at this height
    const double hip = std::min(p.x - inset, 2.0 * kHalf - inset - p.x) * len / std::hypot(len, run);
    Vec3 c = plaster;
    if (hip < 0.07) {
        pearlBand(c, p.y * 1.1, hip / 0.07, 0.07, cinnabar, white);
    } else if (p.y < kValance) {
        c = mix(plaster, paleGreen, 0.15);
        valanceBand(c, p.x, (kValance - p.y) / kValance, kValance);
    } else if (p.y > len - 0.14) {
        lozengeBand(c, p.x, (p.y - len + 0.14) / 0.14, 0.14, lapis, malachite, cinnabar);
    } else {
        c = mix(plaster, paleGreen, 0.1);
        const int row = static_cast<int>(std::floor((p.y - kValance) / kCellH));
        const double rowTop = kValance + (row + 1) * kCellH;
        const double half = kHalf - rowTop * run / len - 0.08;
        const int count = static_cast<int>(std::floor(2.0 * half / kCellW));
        const double x0 = kHalf - 0.5 * count * kCellW;
        if (p.x > x0 && p.x < x0 + count * kCellW && rowTop < len - 0.14) {
            thousandBuddhas(c, p, {x0, kValance}, {kCellW, kCellH}, side);
        } else {
            scatteredFlowers(c, p, 0.16, 61u);
        }
    }
    return age(c, p, 10.0, 500u + static_cast<unsigned>(side), ceilingWear());
}

Vec3 paintWellSide(Vec2 p, int side) {
    const double h = layout::kWellTop - layout::kSlopeTop;
    Vec3 c = plaster;
    const double v = p.y / h;
    if (v < 0.3) {
        pearlBand(c, p.x, v / 0.3, 0.3 * h, cinnabar, white);
    } else {
        scrollBand(c, p.x, (v - 0.3) / 0.7, 0.7 * h, lapis, malachite, paleGreen);
    }
    return age(c, p, 10.0, 600u + static_cast<unsigned>(side), ceilingWear());
}

Vec3 paintWellTop(Vec2 p) {
    const double m = std::max(std::abs(p.x), std::abs(p.y));
    const double x = alongSquare(p);
    Vec3 c = lapis;
    if (m > 1.08) {
        pearlBand(c, x, (m - 1.08) / 0.12, 0.12, malachite, white);
    } else if (m > 0.95) {
        lozengeBand(c, x, (m - 0.95) / 0.13, 0.13, cinnabar, malachite, yellow);
    } else if (m > 0.88) {
        c = m > 0.93 || m < 0.9 ? ink : yellow;
    } else {
        // Corner rosettes, then four apsaras circling the central lotus.
        for (double sx : {-1.0, 1.0}) {
            for (double sy : {-1.0, 1.0}) {
                const Vec3 corner[4] = {malachite, white, cinnabar, yellow};
                drawLotus(c, p, {sx * 0.88, sy * 0.88}, 0.3, 6, corner);
            }
        }
        for (int i = 0; i < 4; ++i) {
            const double a = kPi * 0.5 * i + kPi * 0.25;
            const Vec2 q = rotate(p, -a); // apsara i flies along +y of its own frame, around the centre
            FigureColors k = figureColors(i);
            k.skin = skin; // light skin reads against the lapis ground
            drawApsara(c, {q.y, -q.x}, {0.0, -0.75}, 0.5, 1.0, 0.5 * i, k);
        }
        const double r = length(p);
        if (r < 0.62 && r > 0.56) {
            c = r > 0.6 || r < 0.575 ? ink : white;
            if (r >= 0.575 && r <= 0.6 && fract(std::atan2(p.y, p.x) / (2.0 * kPi) * 64.0) < 0.5) {
                c = cinnabar;
            }
        }
        const Vec3 lotus[4] = {malachite, mix(cinnabar, white, 0.45), cinnabar, yellow};
        drawLotus(c, p, {0, 0}, 0.55, 8, lotus);
    }
    return age(c, p, 10.0, 700u, ceilingWear());
}

Vec3 paintCorridorCeiling(Vec2 p) {
    Vec3 c = mix(malachite, plaster, 0.35);
    const double edge = layout::kDoorHalf - std::abs(p.y);
    if (edge < 0.1) {
        pearlBand(c, p.x, edge / 0.1, 0.1, lapis, white);
    } else {
        const double cell = 0.4;
        const Vec2 q{fract(p.x / cell) * cell, fract((p.y + 0.2) / cell) * cell};
        const Vec3 rosette[4] = {paleGreen, white, cinnabar, yellow};
        drawLotus(c, q, {0.5 * cell, 0.5 * cell}, 0.15, 8, rosette);
    }
    Wear wear = ceilingWear();
    wear.flaking = 0.6;
    wear.fade = 0.3;
    return age(c, p, 10.0, 800u, wear);
}

} // namespace cloudtour::samplegen
