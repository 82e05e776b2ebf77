// Painted clay statues: the Buddha's gilded skin, blue-black hair and red robe with green lining; the
// disciples' patchwork robes; the throne's bands and lotus petals. Patterns use world positions so they run
// continuously across the primitives that make one figure.
#include "Aging.h"
#include "Layout.h"
#include "Materials.h"
#include "Noise.h"
#include "Paint2D.h"
#include "Palette.h"

#include <cmath>

namespace cloudtour::samplegen {

namespace {

using namespace palette;

const Vec3 kGildedSkin = mix(srgb(214, 170, 120), srgb(196, 150, 76), 0.45);

Vec3 skinOf(int variant) {
    if (variant == 1) {
        return srgb(176, 128, 100); // old Kasyapa, weathered
    }
    if (variant == 2) {
        return srgb(222, 180, 150); // young Ananda
    }
    return kGildedSkin;
}

// Face features on a head's unit-sphere coordinates (x forward, y left, z up).
void face(Vec3& c, const Vec3& q, bool old) {
    if (q.x < 0.45) {
        return;
    }
    const double y = std::abs(q.y);
    const double brow = 0.26 + 0.1 * (1.0 - std::pow((y - 0.33) / 0.24, 2.0));
    if (y > 0.1 && y < 0.58 && std::abs(q.z - brow) < 0.022) {
        c = ink;
    }
    const double lid = 0.08 - 0.06 * std::pow((y - 0.32) / 0.19, 2.0);
    if (y > 0.13 && y < 0.51 && std::abs(q.z - lid) < 0.018) {
        c = black;
    }
    if (std::abs(q.z + 0.43) < 0.035 && y < 0.2 - 1.5 * std::abs(q.z + 0.43)) {
        c = cinnabar;
    }
    if (old) {
        // Furrowed brow and lines beside the mouth.
        if (y < 0.4 && std::abs(q.z - 0.45) < 0.012) {
            c = mix(c, ink, 0.6);
        }
        if (std::abs(y - 0.28 - 0.1 * q.z) < 0.012 && q.z < -0.15 && q.z > -0.5) {
            c = mix(c, ink, 0.6);
        }
    } else if (std::hypot(q.y, q.z - 0.2) < 0.04) {
        c = cinnabar; // urna
    }
}

Vec3 buddhaHead(const Primitive& prim, const Hit& hit) {
    const Vec3& q = hit.local;
    // Snail-shell curls: a dotted pattern on the hair.
    const bool curl = fract(hit.p.y * 40.0) < 0.25 || fract(hit.p.z * 40.0 + 0.5 * hit.p.y * 40.0) < 0.25;
    const double curls = curl ? 0.7 : 1.0;
    if (prim.variant == 1) {
        return hair * curls;
    }
    const double hairline = 0.42 - 0.5 * std::max(0.0, -q.x);
    if (q.z > hairline) {
        return hair * curls;
    }
    Vec3 c = kGildedSkin;
    face(c, q, false);
    return c;
}

Vec3 buddhaRobe(const Primitive& prim, const Hit& hit) {
    using namespace layout;
    const Vec3& p = hit.p;
    Vec3 c = cinnabar;
    // Folds: U-shaped across the chest, radiating over the lap.
    const double folds = prim.variant == 1 ? (p.z - 1.8 * p.y * p.y) * 14.0 : p.y * 7.0 + 2.0 * (p.x - kBuddhaX);
    if (fract(folds) < 0.12) {
        c = c * 0.7;
    }
    if (prim.variant == 1 && p.x > kBuddhaX) {
        const double v = 0.45 * (p.z - 1.74);
        if (std::abs(p.y) < v) {
            c = kGildedSkin; // the chest in the V of the robe
            if (p.z < 1.86 && p.z > 1.8) {
                c = malachite; // knot of the under-robe
            }
        } else if (std::abs(p.y) < v + 0.045) {
            c = malachite; // green lining at the robe's edge
        }
    }
    if (prim.variant == 0 && std::abs(p.z - 1.2) < 0.05) {
        c = malachite; // hem falling over the throne
    }
    return c;
}

Vec3 discipleRobe(const Hit& hit, bool old) {
    // Kasaya: a patchwork of rectangles sewn with contrasting seams.
    const Vec3& p = hit.p;
    const Vec3 field = old ? srgb(150, 96, 60) : cinnabar;
    const Vec3 seam = old ? brown : malachite;
    const double u = (p.y + 0.3 * p.x) / 0.11;
    const double v = (p.z + 0.2 * p.y) / 0.16;
    Vec3 c = field;
    if (fract(u) < 0.1 || fract(v) < 0.08) {
        c = seam;
    }
    if (p.z > 1.56) {
        c = old ? malachite : paleGreen; // collar of the under-robe
    }
    return c;
}

Vec3 discipleHead(const Hit& hit, bool old) {
    const Vec3& q = hit.local;
    Vec3 c = skinOf(old ? 1 : 2);
    if (q.z > 0.35 - 0.4 * std::max(0.0, -q.x)) {
        c = mix(c, srgb(110, 110, 120), 0.35); // shaven scalp
    }
    face(c, q, old);
    return c;
}

Vec3 pedestal(const Primitive& prim, const Hit& hit) {
    const Vec3& p = hit.p;
    if (prim.kind == PrimKind::Patch) {
        return mix(ochre, brown, 0.2);
    }
    if (prim.variant == 1) {
        // Waist of the throne: a row of cusped openings.
        const double a = fract(hit.local.x / (2.0 * kPi) * 12.0) - 0.5;
        const double z = (p.z - prim.z0) / (prim.z1 - prim.z0);
        return (std::abs(a) < 0.33 && z > 0.18 && z < 0.72 + 0.1 * std::cos(a * 9.0)) ? brown : malachite;
    }
    const double z = (p.z - prim.z0) / (prim.z1 - prim.z0);
    const Vec3 bands[4] = {lapis, gold, cinnabar, white};
    return bands[std::min(3, static_cast<int>(z * 4.0))];
}

Vec3 lotusSeat(const Primitive& prim, const Hit& hit) {
    if (prim.kind == PrimKind::Patch) {
        const double r = std::hypot(hit.local.x, hit.local.y);
        return fract(r / 0.07) < 0.1 ? ink : (prim.variant == 1 ? ochre : cinnabar);
    }
    // Upright petals in two staggered rows.
    const double z = (hit.p.z - prim.z0) / (prim.z1 - prim.z0);
    const double row = z < 0.5 ? 0.0 : 0.5;
    const double a = fract(hit.local.x / (2.0 * kPi) * 16.0 + row) - 0.5;
    const double local = z < 0.5 ? z / 0.5 : (z - 0.5) / 0.5;
    const double edge = 1.0 - 1.6 * a * a * 4.0;
    if (local > edge || std::abs(a) > 0.47) {
        return ink;
    }
    return mix(z < 0.5 ? malachite : mix(cinnabar, white, 0.4), white, 0.5 * local);
}

Vec3 baseColour(const Primitive& prim, const Hit& hit) {
    switch (prim.material) {
    case Material::BuddhaHead:
        return buddhaHead(prim, hit);
    case Material::BuddhaSkin:
        return kGildedSkin;
    case Material::BuddhaHands:
        return skinOf(prim.variant);
    case Material::BuddhaRobe:
        return buddhaRobe(prim, hit);
    case Material::DiscipleRobeOld:
        return discipleRobe(hit, true);
    case Material::DiscipleRobeYoung:
        return discipleRobe(hit, false);
    case Material::DiscipleHeadOld:
        return discipleHead(hit, true);
    case Material::DiscipleHeadYoung:
        return discipleHead(hit, false);
    case Material::Pedestal:
        return pedestal(prim, hit);
    case Material::LotusSeat:
        return lotusSeat(prim, hit);
    default:
        return plaster;
    }
}

} // namespace

Vec3 paintStatue(const Primitive& prim, const Hit& hit) {
    Vec3 c = baseColour(prim, hit);
    // Dust settles on upward-facing surfaces.
    const double dust = smoothstep(0.3, 0.9, hit.n.z) * (0.25 + 0.3 * valueNoise(hit.p.x * 20, hit.p.y * 20, 251));
    c = mix(c, srgb(170, 150, 120), dust);
    Wear w;
    w.grime = 0.0;
    w.flaking = 0.15;
    w.fade = 0.15;
    w.cracks = 0.0;
    return age(c, {hit.p.y + 0.7 * hit.p.x, hit.p.z}, 10.0, 260u, w);
}

} // namespace cloudtour::samplegen
