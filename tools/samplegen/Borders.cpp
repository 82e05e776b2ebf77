#include "Borders.h"

#include "Paint2D.h"
#include "Palette.h"

#include <cmath>

namespace cloudtour::samplegen {

void scrollBand(Vec3& c, double x, double v, double h, const Vec3& ground, const Vec3& vine, const Vec3& leaf) {
    c = ground;
    const double period = 2.2 * h;
    const double phase = 2.0 * kPi * x / period;
    const double y = 0.5 + 0.28 * std::sin(phase);
    stroke(c, std::abs(v - y) * h, 0.09 * h, vine);
    // A half-palmette leaf in each loop, alternately above and below the stem.
    const double cell = fract(x / period + 0.25);
    const double side = std::floor(2.0 * cell) == 0.0 ? 1.0 : -1.0;
    const Vec2 local{(fract(2.0 * cell) - 0.5) * period * 0.5, (v - 0.5 + side * 0.02) * h};
    const Vec2 leafCentre{0.0, -side * 0.18 * h};
    const double d = sdEllipse(rotate(local - leafCentre, side * 0.5), {0, 0}, {0.26 * h, 0.13 * h});
    fillLined(c, d, leaf, palette::ink, 0.05 * h);
    edgeLines(c, v, h, palette::ink);
}

void lozengeBand(Vec3& c, double x, double v, double h, const Vec3& ground, const Vec3& a, const Vec3& b) {
    c = ground;
    const double period = 1.6 * h;
    const double u = fract(x / period) - 0.5;
    const double index = std::floor(x / period);
    const double d = std::abs(u) * period / (0.5 * period) + std::abs(v - 0.5) / 0.42 - 1.0;
    if (d < 0.0) {
        c = d > -0.12 ? palette::ink : (static_cast<long>(index) % 2 == 0 ? a : b);
        if (d < -0.55) {
            c = palette::white;
        }
    }
    edgeLines(c, v, h, palette::ink);
}

void pearlBand(Vec3& c, double x, double v, double h, const Vec3& ground, const Vec3& pearl) {
    c = ground;
    const double period = 0.9 * h;
    const Vec2 q{(fract(x / period) - 0.5) * period, (v - 0.5) * h};
    fillLined(c, sdCircle(q, {0, 0}, 0.3 * h), pearl, palette::ink, 0.05 * h);
    edgeLines(c, v, h, palette::ink);
}

void valanceBand(Vec3& c, double x, double v, double h) {
    const double rail = 0.2;
    if (v < rail) {
        c = palette::cinnabar;
        if (v > rail - 0.03 || v < 0.03) {
            c = palette::ink;
        }
        return;
    }
    const double period = 0.7 * h;
    const double index = std::floor(x / period);
    const double u = std::abs(fract(x / period) - 0.5) * 2.0; // 0 at the tip line, 1 between triangles
    const double tip = rail + (1.0 - rail) * 0.8 * (1.0 - u);
    const Vec3 colours[3] = {palette::lapis, palette::malachite, palette::cinnabar};
    if (v < tip) {
        c = colours[static_cast<int>(((static_cast<long>(index) % 3) + 3) % 3)];
        if (tip - v < 0.04) {
            c = palette::ink;
        } else if (v < rail + 0.12) {
            c = palette::white;
        }
    }
    // A little bell at each tip.
    const Vec2 q{(fract(x / period) - 0.5) * period, (v - (rail + 0.84)) * h};
    fillLined(c, sdCircle(q, {0, 0}, 0.06 * h), palette::gold, palette::ink, 0.015 * h);
}

void flameBand(Vec3& c, double x, double v, double h) {
    const double period = 0.5 * h;
    const double index = std::floor(x / period);
    const double u = fract(x / period) - 0.5;
    // Flame tongues: a lobe that narrows and leans, alternately red and green.
    const double lean = 0.25 * v;
    const double width = 0.5 * (1.0 - v) * (1.0 + 0.3 * std::sin(v * 9.0));
    const double d = std::abs(u - lean) - width;
    if (d < 0.0) {
        c = (static_cast<long>(index) % 2 == 0) ? palette::cinnabar : palette::malachite;
        if (d > -0.06) {
            c = palette::ink;
        } else if (std::abs(u - lean) < width * 0.35) {
            c = palette::yellow;
        }
    }
}

void edgeLines(Vec3& c, double v, double h, const Vec3& col) {
    if (v * h < 0.006 || (1.0 - v) * h < 0.006) {
        c = col;
    }
}

} // namespace cloudtour::samplegen
