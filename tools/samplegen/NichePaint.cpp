// Paintings inside the niche: the flaming mandorla and halo behind the statue of the Buddha, bodhisattvas on
// the side walls, and a canopy ceiling.
#include "Aging.h"
#include "Borders.h"
#include "Figures.h"
#include "Layout.h"
#include "Materials.h"
#include "MuralParts.h"
#include "Noise.h"
#include "Paint2D.h"
#include "Palette.h"

#include <cmath>

namespace cloudtour::samplegen {

namespace {

using namespace palette;

// Concentric bands around an ellipse, the outermost breaking into flame tongues.
// Returns false outside the flames.
bool flamingAureole(Vec3& c, Vec2 p, Vec2 centre, Vec2 radii, double seedAngle) {
    const Vec2 q = (p - centre) / radii;
    const double rho = length(q);
    const double angle = std::atan2(q.y, q.x) + seedAngle;
    const double tongues = 22.0;
    const double a = fract(angle / (2.0 * kPi) * tongues) - 0.5;
    const double tip = 1.0 - 0.14 * std::abs(2.0 * a);
    if (rho > tip) {
        return false;
    }
    const double bands[5] = {0.86, 0.78, 0.62, 0.5, 0.0};
    const Vec3 colours[5] = {cinnabar, malachite, white, mix(cinnabar, yellow, 0.5), lapis};
    c = rho > bands[0] ? (std::abs(a) < 0.12 ? yellow : (a > 0 ? cinnabar : mix(cinnabar, brown, 0.4))) : ink;
    for (int i = 0; i < 5; ++i) {
        if (rho <= bands[i] - 0.012) {
            c = colours[i];
        }
    }
    // Lotus-petal scallops in the white band and a pearl string in the green one.
    if (rho < bands[1] && rho > bands[2]) {
        const double petal = fract(angle / (2.0 * kPi) * 36.0) - 0.5;
        if ((rho - bands[2]) / (bands[1] - bands[2]) < 0.75 - 1.2 * std::abs(petal)) {
            c = paleGreen;
        }
    }
    if (rho < bands[2] && rho > bands[3] && fract(angle / (2.0 * kPi) * 40.0) < 0.35) {
        c = mix(cinnabar, white, 0.5);
    }
    if (std::abs(rho - tip) < 0.01 || std::abs(rho - bands[0]) < 0.006) {
        c = ink;
    }
    return true;
}

Wear nicheWear() {
    Wear w;
    w.grime = 0.2;
    w.flaking = 0.35;
    w.fade = 0.2;
    return w;
}

} // namespace

Vec3 paintNicheBack(Vec2 p) {
    using namespace layout;
    Vec3 c = mix(plaster, paleGreen, 0.12);
    scatteredFlowers(c, p, 0.17, 71u);
    const double mid = kNicheBackHalf;
    flamingAureole(c, p, {mid, 1.62}, {0.98, 1.08}, 0.0);
    flamingAureole(c, p, {mid, kBuddhaHeadZ}, {0.42, 0.42}, 0.1);
    return age(c, p, p.y, 900u, nicheWear());
}

Vec3 paintNicheSide(Vec2 p, int variant) {
    using namespace layout;
    Vec3 c = mix(plaster, paleGreen, 0.12);
    scatteredFlowers(c, p, 0.17, 73u + static_cast<unsigned>(variant));
    const double toBuddha = variant == 0 ? -1.0 : 1.0;
    drawCloud(c, p, {0.78 - 0.3 * toBuddha, 2.5}, 0.25, toBuddha, mix(paleBlue, white, 0.3));
    drawStanding(c, p, {0.8, kNicheSill + 0.05}, 1.75, figureColors(variant == 0 ? 2 : 0), Standing::Bodhisattva,
                 toBuddha);
    if (p.y < kNicheSill + 0.04) {
        c = brown;
    }
    return age(c, p, p.y, 910u + static_cast<unsigned>(variant), nicheWear());
}

Vec3 paintNicheCeiling(Vec2 p) {
    using namespace layout;
    // Distance to the trapezoid's edges: front, back and the two slanted sides.
    const double depth = -kHalf - kNicheBackX;
    const double t = (p.x - kNicheBackX) / depth;
    const double halfW = kNicheBackHalf + (kNicheFrontHalf - kNicheBackHalf) * t;
    const double dSide = halfW - std::abs(p.y);
    const double d = std::min({dSide, -kHalf - p.x, p.x - kNicheBackX});
    const double along = (d == dSide) ? p.x : p.y;
    Vec3 c = lapis;
    if (d < 0.08) {
        lozengeBand(c, along, d / 0.08, 0.08, malachite, cinnabar, lapis);
    } else if (d < 0.34) {
        c = mix(plaster, paleGreen, 0.1);
        valanceBand(c, along, 1.0 - (d - 0.08) / 0.26, 0.26);
    } else {
        const Vec2 centre{0.5 * (kNicheBackX - kHalf), 0};
        drawCloud(c, p, centre + Vec2{0.0, 0.55}, 0.22, 1.0, mix(paleBlue, white, 0.4));
        drawCloud(c, p, centre + Vec2{0.0, -0.55}, 0.22, -1.0, mix(paleBlue, white, 0.4));
        const Vec3 lotus[4] = {malachite, white, cinnabar, yellow};
        drawLotus(c, p, centre, 0.32, 8, lotus);
    }
    return age(c, p, 10.0, 920u, nicheWear());
}

Vec3 paintNicheFloor(Vec2 p) {
    Vec3 c = mix(redEarth, ochre, 0.3 * fbm(p.x * 3, p.y * 3, 3, 93));
    Wear w = nicheWear();
    w.grime = 0.6;
    return age(c, p, 0.2, 930u, w);
}

} // namespace cloudtour::samplegen
