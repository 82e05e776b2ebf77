#include "Figures.h"

#include "Paint2D.h"

#include <cmath>

namespace cloudtour::samplegen {

namespace {

constexpr double kLine = 0.012; // outline width in figure units

void drawHalo(Vec3& c, Vec2 q, Vec2 centre, double r, const FigureColors& k) {
    const double d = sdCircle(q, centre, r);
    if (d > 0.0) {
        return;
    }
    c = k.haloRim;
    fill(c, d + 0.18 * r, k.halo);
    fill(c, d + 0.45 * r, mix(k.halo, palette::white, 0.35));
    fill(c, d + 0.62 * r, k.haloRim);
    stroke(c, std::abs(d), kLine, palette::ink);
}

// A face seen from the front: features are only drawn when the figure is large enough to show them.
void drawFace(Vec3& c, Vec2 q, Vec2 centre, Vec2 r, const Vec3& skin, double height) {
    fillLined(c, sdEllipse(q, centre, r), skin, palette::ink, kLine * 0.8);
    if (height < 0.25 || sdEllipse(q, centre, r) > 0.0) {
        return;
    }
    const Vec2 f = (q - centre) / r;
    const double w = 0.9 * kLine / r.x;
    stroke(c, distSegment(f, {-0.65, 0.05}, {-0.2, 0.0}), w, palette::ink);
    stroke(c, distSegment(f, {0.2, 0.0}, {0.65, 0.05}), w, palette::ink);
    stroke(c, distSegment(f, {0.0, -0.05}, {0.0, -0.35}), w * 0.8, mix(skin, palette::ink, 0.5));
    fill(c, sdEllipse(f, {0.0, -0.58}, {0.2, 0.07}), palette::cinnabar);
}

// Vertical folds and U-shaped "wet drapery" folds, darkening the cloth colour.
Vec3 drapery(const Vec3& cloth, Vec2 q, double freq) {
    const double u = fract((q.y - 1.6 * q.x * q.x) * freq);
    return u < 0.14 ? cloth * 0.72 : cloth;
}

void drawLotusSeat(Vec3& c, Vec2 q, Vec2 centre, Vec2 r) {
    const double d = sdEllipse(q, centre, r);
    if (d > 0.0) {
        return;
    }
    const int petal = static_cast<int>(std::floor((q.x - centre.x + r.x) / (r.x / 4.0)));
    c = (petal % 2 == 0) ? palette::white : mix(palette::cinnabar, palette::white, 0.45);
    const double edge = fract((q.x - centre.x + r.x) / (r.x / 4.0));
    if (edge < 0.08 || d > -kLine) {
        c = palette::ink;
    }
}

} // namespace

void drawSeatedBuddha(Vec3& c, Vec2 p, Vec2 base, double height, const FigureColors& k) {
    const Vec2 q = (p - base) / height;
    if (std::abs(q.x) > 0.46 || q.y < -0.01 || q.y > 1.0) {
        return;
    }
    // Mandorla behind the body, then the head halo.
    const double m = sdEllipse(q, {0, 0.47}, {0.44, 0.5});
    if (m <= 0.0) {
        c = k.haloRim;
        fill(c, sdEllipse(q, {0, 0.45}, {0.39, 0.45}), k.robe2);
        fill(c, sdEllipse(q, {0, 0.43}, {0.32, 0.39}), mix(k.halo, palette::plaster, 0.25));
        stroke(c, std::abs(m), kLine, palette::ink);
    }
    drawHalo(c, q, {0, 0.77}, 0.17, k);
    drawLotusSeat(c, q, {0, 0.05}, {0.36, 0.06});
    fillLined(c, sdEllipse(q, {0, 0.14}, {0.31, 0.085}), drapery(k.robe, q, 22), palette::ink, kLine);
    // Body: a tapering torso with rounded shoulders; the arms are drawn as fold lines down to the hands.
    const double body = std::min(sdTrapezoid(q, {0, 0.38}, 0.18, 0.13, 0.19), sdEllipse(q, {0, 0.53}, {0.17, 0.06}));
    fillLined(c, body, drapery(k.robe, q, 22), palette::ink, kLine);
    if (body < 0.0) {
        if (q.y > 0.44 && std::abs(q.x) < (q.y - 0.44) * 0.7) {
            c = k.robe2; // inner garment in the V of the robe
        }
        const Vec2 m{std::abs(q.x), q.y};
        const double arm =
            std::min(distSegment(m, {0.13, 0.52}, {0.15, 0.33}), distSegment(m, {0.15, 0.33}, {0.07, 0.26}));
        stroke(c, arm, kLine, palette::ink);
    }
    fillLined(c, sdEllipse(q, {0, 0.25}, {0.08, 0.035}), k.skin, palette::ink, kLine * 0.7);
    fill(c, sdBox(q, {0, 0.61}, {0.035, 0.03}), k.skin);
    for (double s : {-1.0, 1.0}) {
        fillLined(c, sdEllipse(q, {s * 0.075, 0.735}, {0.016, 0.035}), k.skin, palette::ink, kLine * 0.7);
    }
    drawFace(c, q, {0, 0.735}, {0.07, 0.09}, k.skin, height);
    // Hair and the ushnisha, the cranial bump.
    if (sdEllipse(q, {0, 0.735}, {0.07, 0.09}) < 0.0 && q.y > 0.79) {
        c = palette::hair;
    }
    fillLined(c, sdEllipse(q, {0, 0.84}, {0.042, 0.035}), palette::hair, palette::ink, kLine * 0.6);
}

void drawStanding(Vec3& c, Vec2 p, Vec2 base, double height, const FigureColors& k, Standing kind, double facing) {
    Vec2 q = (p - base) / height;
    if (std::abs(q.x) > 0.25 || q.y < -0.01 || q.y > 1.0) {
        return;
    }
    q.x *= facing;
    const bool donor = kind == Standing::DonorMan || kind == Standing::DonorWoman;
    if (!donor) {
        drawHalo(c, q, {0, 0.86}, 0.1, k);
    }
    if (kind == Standing::Bodhisattva) {
        // Long scarves falling from the shoulders, waving.
        for (double s : {-1.0, 1.0}) {
            const double x = s * (0.125 + 0.02 * std::sin(q.y * 19.0 + s));
            if (q.y > 0.12 && q.y < 0.74) {
                stroke(c, std::abs(q.x - x), 0.022, k.robe2);
            }
        }
    }
    const double hem = donor ? 0.15 : 0.11;
    fillLined(c, sdTrapezoid(q, {0, 0.31}, hem, 0.085, 0.29), drapery(k.robe, {q.x * 0.4, q.y}, 18), palette::ink,
              kLine);
    const bool bareChest = kind == Standing::Bodhisattva;
    fillLined(c, sdTrapezoid(q, {0, 0.665}, 0.08, 0.1, 0.09), bareChest ? k.skin : k.robe, palette::ink, kLine);
    if (bareChest) {
        stroke(c, std::abs(sdCircle(q, {0, 0.745}, 0.055)) + std::max(0.0, q.y - 0.745), 0.012, palette::gold);
        stroke(c, std::abs(q.y - 0.39 - 2.5 * q.x * q.x), 0.02, k.robe2); // scarf looped across the knees
    }
    // Arms: one lowered, one raised holding a flower (or both joined for monks and donors).
    const Vec3 sleeve = bareChest ? k.skin : k.robe;
    if (kind == Standing::Bodhisattva) {
        stroke(c, std::min(distSegment(q, {-0.1, 0.73}, {-0.13, 0.6}), distSegment(q, {-0.13, 0.6}, {-0.08, 0.5})),
               0.03, sleeve);
        stroke(c, std::min(distSegment(q, {0.1, 0.73}, {0.14, 0.62}), distSegment(q, {0.14, 0.62}, {0.1, 0.72})), 0.03,
               sleeve);
        fillLined(c, sdCircle(q, {0.1, 0.76}, 0.03), mix(palette::cinnabar, palette::white, 0.4), palette::ink, 0.008);
    } else {
        fillLined(c, sdEllipse(q, {0, 0.6}, {0.1, 0.045}), k.robe2, palette::ink, kLine);
        fill(c, sdEllipse(q, {0.0, 0.62}, {0.03, 0.03}), k.skin);
    }
    drawFace(c, q, {0, 0.82}, {0.045, 0.057}, k.skin, height * 2.0);
    if (kind == Standing::Bodhisattva) {
        for (double x : {-0.035, 0.0, 0.035}) {
            fillLined(c, sdCircle(q, {x, 0.885 + (x == 0.0 ? 0.012 : 0.0)}, 0.02), palette::gold, palette::ink, 0.006);
        }
    } else if (kind == Standing::DonorMan) {
        fill(c, sdBox(q, {0, 0.885}, {0.04, 0.03}), palette::black); // futou cap
    } else if (kind == Standing::DonorWoman) {
        fill(c, sdEllipse(q, {0, 0.895}, {0.06, 0.035}), palette::black); // high hair bun
    }
}

void drawApsara(Vec3& c, Vec2 p, Vec2 at, double size, double dir, double phase, const FigureColors& k) {
    Vec2 q = (p - at) / size;
    q.x *= dir;
    if (q.x < -1.1 || q.x > 0.5 || std::abs(q.y) > 0.4) {
        return;
    }
    // Two ribbons trailing behind, their wave growing toward the tail.
    for (int r = 0; r < 2; ++r) {
        if (q.x > 0.15 || q.x < -1.05) {
            continue;
        }
        const double trail = 0.15 - q.x;
        const double y = 0.05 - 0.06 * r + 0.09 * trail * std::sin(q.x * 6.0 + phase + 2.0 * r);
        const double w = 0.012 + 0.012 * (1.0 - trail / 1.2);
        const double d = std::abs(q.y - y);
        if (d < w + 0.006) {
            c = d < w ? (r == 0 ? k.robe2 : k.halo) : palette::ink;
        }
    }
    // Legs in a long skirt, trailing and curling up.
    const double t = clamp01((0.02 - q.x) / 0.4);
    const double legY = 0.02 + 0.12 * t * t;
    if (q.x < 0.06 && q.x > -0.42) {
        const double w = 0.065 - 0.04 * t;
        const double d = std::abs(q.y - legY) - w;
        fillLined(c, d, drapery(k.robe, q, 25), palette::ink, 0.008);
    }
    const Vec2 torso = rotate(q - Vec2{0.13, 0.0}, radians(10.0));
    fillLined(c, sdEllipse(torso, {0, 0}, {0.12, 0.06}), k.skin, palette::ink, 0.01);
    stroke(c, distSegment(q, {0.18, 0.03}, {0.38, 0.1}), 0.032, k.skin); // arm reaching forward
    fillLined(c, sdCircle(q, {0.4, 0.11}, 0.032), palette::cinnabar, palette::ink, 0.008);
    fillLined(c, sdCircle(q, {0.29, 0.045}, 0.05), k.skin, palette::ink, 0.01);
    fill(c, sdCircle(q, {0.275, 0.09}, 0.03), palette::black);
}

void drawCloud(Vec3& c, Vec2 p, Vec2 at, double size, double dir, const Vec3& col) {
    Vec2 q = (p - at) / size;
    q.x *= dir;
    if (q.x < -1.2 || q.x > 0.6 || std::abs(q.y) > 0.5) {
        return;
    }
    if (q.x < -0.2 && q.x > -1.15) {
        const double tail = (-0.2 - q.x) / 0.95;
        const double y = -0.06 + 0.12 * std::sin(q.x * 5.0) * tail;
        stroke(c, std::abs(q.y - y), 0.09 * (1.0 - tail) + 0.01, col);
    }
    const Vec2 centres[4] = {{0, 0}, {0.28, 0.05}, {-0.26, 0.02}, {0.04, 0.2}};
    const double radii[4] = {0.26, 0.2, 0.18, 0.17};
    double d = 1e9;
    for (int i = 0; i < 4; ++i) {
        d = std::min(d, sdCircle(q, centres[i], radii[i]));
    }
    d = std::max(d, -0.14 - q.y);
    fillLined(c, d, col, palette::ink, 0.02);
    if (d < 0.0) {
        for (int i = 0; i < 4; ++i) {
            // Inner curls: a ring inside each lobe.
            stroke(c, std::abs(sdCircle(q, centres[i], radii[i] * 0.55)), 0.022, mix(col, palette::white, 0.5));
        }
    }
}

void drawLotus(Vec3& c, Vec2 p, Vec2 centre, double radius, int petals, const Vec3 colours[4]) {
    const Vec2 q = (p - centre) / radius;
    const double r = length(q);
    if (r > 1.0) {
        return;
    }
    const double angle = std::atan2(q.y, q.x) / (2.0 * kPi) * petals;
    const double ringRadius[3] = {1.0, 0.74, 0.5};
    for (int ring = 0; ring < 3; ++ring) {
        const double a = fract(angle + 0.5 * ring) - 0.5; // -0.5..0.5 across one petal
        const double edge = ringRadius[ring] * (1.0 - 0.32 * std::pow(std::abs(2.0 * a), 1.6));
        if (r < edge) {
            const double toTip = r / ringRadius[ring];
            c = mix(colours[ring], palette::white, 0.45 * toTip * toTip);
            if (edge - r < 0.025 || std::abs(a) > 0.47) {
                c = palette::ink;
            } else if (std::abs(a) < 0.02 && toTip > 0.5) {
                c = mix(colours[ring], palette::ink, 0.3); // central vein
            }
        }
    }
    if (r < 0.26) {
        c = r > 0.24 ? palette::ink : colours[3];
        for (int i = 0; i < 7; ++i) {
            const double a = i * 2.0 * kPi / 6.0;
            const Vec2 seed = i == 6 ? Vec2{0, 0} : Vec2{0.14 * std::cos(a), 0.14 * std::sin(a)};
            fill(c, sdCircle(q, seed, 0.035), palette::brown);
        }
    }
}

void drawFlower(Vec3& c, Vec2 p, Vec2 centre, double radius, const Vec3& col) {
    const Vec2 q = (p - centre) / radius;
    const double r = length(q);
    if (r > 1.0) {
        return;
    }
    const double a = std::atan2(q.y, q.x);
    if (r < 0.55 + 0.45 * std::abs(std::cos(2.0 * a))) {
        c = r < 0.3 ? palette::yellow : col;
    }
}

} // namespace cloudtour::samplegen
