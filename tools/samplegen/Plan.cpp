// Drawn in the manner of a cave-temple survey plan: rock in solid hatched poche, the carved space white,
// the ceiling caisson projected in dashed lines, statues in outline, a north arrow and a metric scale bar.
#include "Plan.h"

#include "Layout.h"
#include "Noise.h"
#include "Paint2D.h"
#include "PlanCanvas.h"

#include <cmath>
#include <string>

namespace cloudtour::samplegen::plan {

namespace {

using namespace layout;

constexpr Rgb kPaper{247, 243, 232};
constexpr Rgb kRock{66, 56, 50};
constexpr Rgb kHatch{104, 90, 78};
constexpr Rgb kInk{40, 34, 30};
constexpr Rgb kGrey{120, 112, 104};
constexpr Rgb kSand{234, 222, 194};
constexpr Rgb kRed{178, 52, 36};
constexpr Rgb kWhite{255, 255, 255};

Vec2 toWorld(double px, double py) {
    return {(px - kOriginPixel.x) / kPixelsPerMetre, (kOriginPixel.y - py) / kPixelsPerMetre};
}

// Signed distance (metres) to the carved space: chamber, passage and niche.
double carved(Vec2 w) {
    const double chamber = sdBox(w, {0, 0}, {kHalf, kHalf});
    const double passage = sdBox(w, {0.5 * (kHalf + kMouthX) + 0.5, 0}, {0.5 * (kMouthX - kHalf) + 0.5, kDoorHalf});
    const double t = clamp01((w.x - kNicheBackX) / (-kHalf - kNicheBackX));
    const double halfW = kNicheBackHalf + (kNicheFrontHalf - kNicheBackHalf) * t;
    const double niche = std::max({std::abs(w.y) - halfW, kNicheBackX - w.x, w.x - (-kHalf + 0.01)});
    return std::min({chamber, passage, niche});
}

bool isRock(double px, double py) {
    const Vec2 w = toWorld(px, py);
    const double d = carved(w);
    return d > 0.0 && w.x <= kMouthX && (d < 0.9 || (w.x > kMouthX - 0.9 && std::abs(w.y) < 5.4));
}

Vec2 px(double x, double y) {
    return toPixel({x, y, 0});
}

void drawRock(Canvas& c) {
    c.fill(
        [](double x, double y) {
            const Vec2 w = toWorld(x, y);
            return w.x > kMouthX && w.x < kMouthX + 2.2 && std::abs(w.y) < 5.4;
        },
        kSand);
    for (int i = 0; i < 220; ++i) {
        const double x = kMouthX + 0.12 + 1.96 * hash01(i, 1, 5);
        const double y = -5.3 + 10.6 * hash01(i, 2, 5);
        c.disk(px(x, y), 1.1, kGrey);
    }
    c.fill(isRock, kRock);
    c.fill([](double x, double y) { return isRock(x, y) && fract((x + y) / 9.0) < 0.22; }, kHatch);
}

void drawInterior(Canvas& c) {
    // Faint tile grid in the chamber.
    for (double g = -kHalf + 0.38; g < kHalf; g += 0.38) {
        c.line(px(g, -kHalf), px(g, kHalf), 0.6, {226, 220, 206});
        c.line(px(-kHalf, g), px(kHalf, g), 0.6, {226, 220, 206});
    }
    // Raised statue platform of the niche, with its front edge.
    c.fill(
        [](double x, double y) {
            const Vec2 w = toWorld(x, y);
            return w.x < -kHalf && carved(w) < 0.0;
        },
        {226, 212, 186});
    c.line(px(-kHalf, -kNicheFrontHalf), px(-kHalf, kNicheFrontHalf), 2.0, kInk);
    // Ceiling, projected: well square, hips and the lotus.
    const double s = kWellHalf;
    c.line(px(-s, -s), px(s, -s), 1.4, kGrey, 5);
    c.line(px(s, -s), px(s, s), 1.4, kGrey, 5);
    c.line(px(s, s), px(-s, s), 1.4, kGrey, 5);
    c.line(px(-s, s), px(-s, -s), 1.4, kGrey, 5);
    for (double sx : {-1.0, 1.0}) {
        for (double sy : {-1.0, 1.0}) {
            c.line(px(sx * kHalf, sy * kHalf), px(sx * s, sy * s), 1.4, kGrey, 5);
        }
    }
    c.ring(px(0, 0), 0.55 * kPixelsPerMetre, 1.4, kGrey, 4);
    // Statues in outline.
    const Vec2 buddha = px(kBuddhaX, 0);
    c.disk(buddha, 0.62 * kPixelsPerMetre, kInk);
    c.disk(buddha, 0.62 * kPixelsPerMetre - 2, {236, 226, 204});
    c.ring(buddha, 0.42 * kPixelsPerMetre, 1.4, kInk);
    for (double y : {-kDiscipleY, kDiscipleY}) {
        c.disk(px(kDiscipleX, y), 0.27 * kPixelsPerMetre, kInk);
        c.disk(px(kDiscipleX, y), 0.27 * kPixelsPerMetre - 2, {236, 226, 204});
    }
}

void drawCameras(Canvas& c) {
    int number = 1;
    for (const CameraSpot& spot : cameraSpots()) {
        const Vec2 p = toPixel(spot.eye);
        const Vec3 dir = directionFromBearing(spot.heading, 0.0);
        const Vec2 tip = p + Vec2{dir.x, -dir.y} * 30.0;
        c.line(p, tip, 2.5, kRed);
        c.line(tip, tip + Vec2{dir.x + dir.y, -dir.y + dir.x} * -8.0, 2.5, kRed);
        c.line(tip, tip + Vec2{dir.x - dir.y, -dir.y - dir.x} * -8.0, 2.5, kRed);
        c.disk(p, 10.5, kRed);
        c.text(static_cast<int>(p.x) - 4, static_cast<int>(p.y) - 7, std::to_string(number), 2, kWhite);
        ++number;
    }
}

// Text on a small paper-coloured ground, so labels stay legible over the rock poche.
void label(Canvas& c, Vec2 centre, const std::string& s) {
    const int w = Canvas::textWidth(s, 2);
    const int x = static_cast<int>(centre.x) - w / 2;
    const int y = static_cast<int>(centre.y) - 7;
    c.fill([&](double px, double py) { return px >= x - 4 && px < x + w + 4 && py >= y - 4 && py < y + 18; }, kPaper,
           x - 5, y - 5, x + w + 6, y + 20);
    c.text(x, y, s, 2, kInk);
}

void drawLabels(Canvas& c) {
    c.text(36, 28, "CLOUDTOUR SAMPLE CAVE - GROUND PLAN", 3, kInk);
    c.text(36, 62, "A CAVE TEMPLE IN THE MANNER OF MOGAO, DUNHUANG (PROCEDURAL MODEL)", 2, kGrey);
    label(c, px(0.0, 2.4), "MAIN CHAMBER");
    label(c, px(0.0, -1.65), "CAISSON CEILING");
    label(c, px(-4.6, -2.45), "NICHE");
    label(c, px(5.6, 1.35), "PASSAGE");
    label(c, px(kMouthX + 1.1, 4.6), "TERRACE");
    label(c, px(kMouthX - 0.45, -5.8), "CLIFF FACE");
    c.text(340, 700, "1 ENTRANCE  2 CHAMBER  3 NICHE", 2, kInk);
    c.text(340, 722, "ARROW: CENTRE OF THE PANORAMA", 2, kInk);
    c.line({340, 750}, {380, 750}, 1.4, kGrey, 5);
    c.text(390, 744, "CEILING ABOVE (PROJECTED)", 2, kInk);
}

void drawNorthArrow(Canvas& c) {
    const Vec2 base{968, 200};
    const Vec2 tip{968, 120};
    c.fill(
        [&](double x, double y) {
            const double t = (y - tip.y) / (base.y - tip.y);
            return t >= 0.0 && t <= 1.0 && x <= tip.x && x >= tip.x - 14.0 * t;
        },
        kInk);
    c.fill(
        [&](double x, double y) {
            const double t = (y - tip.y) / (base.y - tip.y);
            return t >= 0.0 && t <= 1.0 && x >= tip.x && x <= tip.x + 14.0 * t && (x - tip.x) > 14.0 * t - 2.0;
        },
        kInk);
    c.line({tip.x + 14, base.y}, {tip.x, tip.y}, 2.0, kInk);
    c.line({tip.x, base.y}, {tip.x + 14, base.y}, 2.0, kInk);
    c.text(static_cast<int>(tip.x) - 7, 88, "N", 3, kInk);
}

void drawScaleBar(Canvas& c) {
    const int x0 = 36;
    const int y0 = 714;
    const int m = static_cast<int>(kPixelsPerMetre);
    for (int i = 0; i < 5; ++i) {
        const Rgb col = i % 2 == 0 ? kInk : kWhite;
        c.fill([&](double x, double y) { return x >= x0 + i * m && x < x0 + (i + 1) * m && y >= y0 && y < y0 + 10; },
               col, x0, y0, x0 + 5 * m + 2, y0 + 12);
        c.text(x0 + i * m - 4, y0 + 16, std::to_string(i), 2, kInk);
    }
    c.line({static_cast<double>(x0), static_cast<double>(y0)}, {x0 + 5.0 * m, static_cast<double>(y0)}, 1.2, kInk);
    c.line({static_cast<double>(x0), y0 + 10.0}, {x0 + 5.0 * m, y0 + 10.0}, 1.2, kInk);
    c.text(x0 + 5 * m - 4, y0 + 16, "5 M", 2, kInk);
}

} // namespace

bool write(const std::string& path) {
    Canvas canvas(kWidth, kHeight, kPaper);
    drawRock(canvas);
    drawInterior(canvas);
    drawCameras(canvas);
    drawLabels(canvas);
    drawNorthArrow(canvas);
    drawScaleBar(canvas);
    return canvas.writePng(path);
}

} // namespace cloudtour::samplegen::plan
