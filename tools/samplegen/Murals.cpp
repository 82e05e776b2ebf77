// The wall paintings of the main chamber and the passage. Every wall shares one scheme, as in the caves: a
// dado of donor portraits, a lozenge frieze, the main field, and a scrolling vine frieze under the ceiling.
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

constexpr double kDadoTop = 0.72;
constexpr double kFriezeTop = 0.84;
constexpr double kFieldTop = 2.82;

// Dado and friezes; returns false where the main field shows.
bool wallScheme(Vec3& c, Vec2 p, double centre, int seed) {
    if (p.y < kDadoTop) {
        donorRow(c, p, kDadoTop, centre, seed);
    } else if (p.y < kFriezeTop) {
        lozengeBand(c, p.x, (p.y - kDadoTop) / (kFriezeTop - kDadoTop), kFriezeTop - kDadoTop, malachite, lapis,
                    cinnabar);
    } else if (p.y > kFieldTop) {
        scrollBand(c, p.x, (p.y - kFieldTop) / (layout::kWallTop - kFieldTop), layout::kWallTop - kFieldTop, cinnabar,
                   malachite, paleGreen);
    } else {
        return false;
    }
    return true;
}

// The sermon: a Buddha preaching under a canopy among bodhisattvas and disciples, apsaras overhead and a
// lotus pond in front. q is relative to the bottom centre of the tableau (metres).
void sermonScene(Vec3& c, Vec2 q, int variant) {
    c = mix(plaster, paleGreen, 0.12);
    scatteredFlowers(c, q + Vec2{9.0, 0.0}, 0.19, 31u + static_cast<unsigned>(variant));
    const int k0 = variant * 2;
    for (double s : {-1.0, 1.0}) {
        drawCloud(c, q, {s * 1.55, 1.62}, 0.35, -s, mix(paleBlue, white, 0.3));
        drawApsara(c, q, {s * 1.0, 1.7}, 0.85, -s, 1.0 + variant, figureColors(k0 + (s > 0 ? 1 : 2)));
        drawCloud(c, q, {s * 1.7, 1.05}, 0.3, s, mix(paleGreen, white, 0.3));
        drawSeatedBuddha(c, q, {s * 1.7, 1.02}, 0.5, figureColors(k0 + 2));
        // Trees beside the canopy.
        const Vec2 t{s * 0.62, 1.55};
        if (std::abs(q.x - t.x) < 0.02 && q.y > 1.2 && q.y < 1.55) {
            c = brown;
        }
        for (int i = 0; i < 5; ++i) {
            const Vec2 leaf = t + Vec2{0.09 * std::cos(i * 1.3) * s, 0.08 * std::sin(i * 2.1) + 0.03};
            fillLined(c, sdCircle(q, leaf, 0.07), i % 2 ? malachite : paleGreen, ink, 0.006);
        }
    }
    // Canopy with hanging tassels.
    fillLined(c, sdTrapezoid(q, {0, 1.72}, 0.42, 0.3, 0.06), lapis, ink, 0.008);
    if (q.y < 1.66 && q.y > 1.56 && std::abs(q.x) < 0.4 && fract(q.x / 0.08) < 0.18) {
        c = cinnabar;
    }
    for (double s : {-1.0, 1.0}) {
        const Standing monk = Standing::Disciple;
        drawStanding(c, q, {s * 1.05, 0.34}, 0.88, figureColors(k0 + 3), monk, -s);
        drawStanding(c, q, {s * 1.4, 0.3}, 0.98, figureColors(k0 + 1), Standing::Bodhisattva, -s);
        drawStanding(c, q, {s * 0.72, 0.3}, 1.05, figureColors(k0), Standing::Bodhisattva, -s);
    }
    drawSeatedBuddha(c, q, {0, 0.3}, 1.28, figureColors(k0 + 1));
    if (q.y < 0.3) {
        // Terrace edge and lotus pond.
        c = q.y > 0.22 ? (fract(q.x / 0.12) < 0.5 ? ochre : yellow) : mix(malachite, lapis, 0.35);
        if (q.y < 0.22 && fract(q.y / 0.045 + 0.3 * std::sin(q.x * 9.0)) < 0.1) {
            c = paleGreen;
        }
        const Vec3 lotus[4] = {mix(cinnabar, white, 0.5), white, mix(cinnabar, white, 0.3), yellow};
        drawLotus(c, {fract(q.x / 0.5) * 0.5, q.y}, {0.25, 0.1}, 0.07, 8, lotus);
    }
    if (std::abs(q.x) > 2.06 || q.y > 1.95) {
        c = ink;
    }
}

} // namespace

Vec3 paintSideWall(Vec2 p, int variant) {
    Vec3 c = plaster;
    const double width = 2.0 * layout::kHalf;
    if (!wallScheme(c, p, 0.5 * width, variant)) {
        const double x = p.x - 0.5 * width;
        const double v = p.y - kFriezeTop;
        if (std::abs(x) < 2.1) {
            sermonScene(c, {variant == 0 ? x : -x, v}, variant);
        } else if (std::abs(x) < 2.18) {
            pearlBand(c, v, (std::abs(x) - 2.1) / 0.08, 0.08, cinnabar, white);
        } else {
            const double side = x < 0 ? 0.035 : 0.5 * width + 2.18 + 0.005;
            thousandBuddhas(c, p, {side, kFriezeTop + 0.01}, {0.2, 0.245}, variant);
        }
    }
    return age(c, p, p.y, 100u + static_cast<unsigned>(variant));
}

Vec3 paintEastWall(Vec2 p) {
    using namespace layout;
    Vec3 c = plaster;
    const double door0 = kHalf - kDoorHalf;
    const double door1 = kHalf + kDoorHalf;
    const double frame = 0.1;
    const bool besideDoor = p.y < kDoorTop + frame && (std::abs(p.x - door0) < frame || std::abs(p.x - door1) < frame);
    if (besideDoor || (p.y < kDoorTop + frame && p.x > door0 && p.x < door1)) {
        const double side = std::min(std::abs(p.x - door0), std::abs(p.x - door1));
        const double v = p.y > kDoorTop ? (p.y - kDoorTop) / frame : side / frame;
        pearlBand(c, p.y > kDoorTop ? p.x : p.y, v, frame, lapis, white);
    } else if (!wallScheme(c, p, 2.0 * kHalf * (p.x < kHalf ? 0.0 : 1.0), 7)) {
        c = mix(plaster, paleGreen, 0.1);
        scatteredFlowers(c, p, 0.2, 41u);
        if (p.x > door0 && p.x < door1) {
            // Above the door: three Buddhas of the past.
            for (double x : {-0.55, 0.0, 0.55}) {
                const Vec2 base{kHalf + x, kDoorTop + frame + 0.01};
                drawSeatedBuddha(c, p, base, 0.31, figureColors(static_cast<int>(x * 4)));
            }
        } else {
            const double side = p.x < kHalf ? -1.0 : 1.0;
            const double centre = kHalf + side * 2.35;
            drawCloud(c, p, {centre - side * 0.45, 2.52}, 0.3, side, mix(paleBlue, white, 0.3));
            drawApsara(c, p, {centre + side * 0.35, 2.45}, 0.55, -side, 2.0, figureColors(2));
            drawStanding(c, p, {centre, kFriezeTop + 0.04}, 1.85, figureColors(side > 0 ? 0 : 2), Standing::Bodhisattva,
                         -side);
        }
    }
    return age(c, p, p.y, 200u);
}

Vec3 paintWestWall(Vec2 p) {
    using namespace layout;
    Vec3 c = plaster;
    const double n0 = kHalf - kNicheFrontHalf;
    const double n1 = kHalf + kNicheFrontHalf;
    const double frame = 0.16;
    const double dx = std::max(n0 - p.x, p.x - n1); // > 0 outside the niche columns
    if (p.y < kNicheSill && dx < 0.0) {
        // Altar front under the niche: cusped panels, each with a lotus.
        c = ochre;
        const double cell = (n1 - n0) / 4.0;
        const Vec2 q{fract((p.x - n0) / cell) * cell - 0.5 * cell, p.y - 0.26};
        if (sdBox(q, {0, 0}, {0.5 * cell - 0.05, 0.19}) < 0.0) {
            c = brown;
            const Vec3 lotus[4] = {malachite, mix(cinnabar, white, 0.4), white, yellow};
            drawLotus(c, q, {0, 0}, 0.15, 8, lotus);
        }
    } else if (dx > -0.001 && dx < frame && p.y < kFieldTop) {
        const double v = dx / frame;
        if (v < 0.4) {
            pearlBand(c, p.y, v / 0.4, frame * 0.4, cinnabar, white);
        } else {
            c = mix(plaster, paleGreen, 0.1);
            flameBand(c, p.y, (v - 0.4) / 0.6, frame * 0.6);
        }
    } else if (p.y > kNicheTop && p.y < kFieldTop && dx < 0.0) {
        pearlBand(c, p.x, (p.y - kNicheTop) / (kFieldTop - kNicheTop), kFieldTop - kNicheTop, cinnabar, white);
    } else if (!wallScheme(c, p, p.x < kHalf ? 0.0 : 2.0 * kHalf, 3)) {
        c = mix(plaster, paleGreen, 0.1);
        scatteredFlowers(c, p, 0.2, 43u);
        const double side = p.x < kHalf ? -1.0 : 1.0;
        const double centre = kHalf + side * 2.75;
        drawCloud(c, p, {centre + side * 0.5, 2.5}, 0.28, -side, mix(paleBlue, white, 0.3));
        drawApsara(c, p, {centre - side * 0.25, 2.45}, 0.6, -side, 0.5, figureColors(side > 0 ? 1 : 3));
        drawStanding(c, p, {centre, kFriezeTop + 0.03}, 1.85, figureColors(side > 0 ? 2 : 0), Standing::Bodhisattva,
                     -side);
    }
    return age(c, p, p.y, 300u);
}

Vec3 paintCorridorWall(Vec2 p, int variant) {
    // The passage was repainted in a later period: cooler, green-dominated, and more worn.
    Vec3 c = plaster;
    if (p.y < 0.6) {
        c = p.y < 0.08 ? brown : malachite * 0.8;
    } else if (p.y < 0.7) {
        lozengeBand(c, p.x, (p.y - 0.6) / 0.1, 0.1, paleGreen, lapis, malachite);
    } else if (p.y > 2.25) {
        scrollBand(c, p.x, (p.y - 2.25) / 0.15, 0.15, malachite, paleGreen, white);
    } else {
        c = mix(plaster, paleGreen, 0.25);
        scatteredFlowers(c, p, 0.22, 51u + static_cast<unsigned>(variant));
        for (int i = 0; i < 3; ++i) {
            FigureColors k = figureColors(2 * i + variant);
            k.robe = mix(k.robe, malachite, 0.4);
            drawStanding(c, p, {0.7 + 1.1 * i, 0.72}, 1.42, k, Standing::Bodhisattva, variant == 0 ? -1.0 : 1.0);
        }
    }
    Wear wear;
    wear.flaking = 0.75;
    wear.fade = 0.3;
    return age(c, p, p.y, 400u + static_cast<unsigned>(variant), wear);
}

} // namespace cloudtour::samplegen
