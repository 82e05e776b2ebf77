// The Mogao palette, given in sRGB as one would pick it from photographs of the murals and stored linear for
// lighting. Pigments: ochres and red earth, cinnabar, malachite green, lapis/azurite blue, lead white, and the
// lead pigments that have oxidised to dark brown (the dark faces and outlines typical of the caves).
#pragma once

#include "Vec3.h"

#include <cmath>

namespace cloudtour::samplegen {

inline double srgbToLinear(double c) {
    c /= 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

inline Vec3 srgb(double r, double g, double b) {
    return {srgbToLinear(r), srgbToLinear(g), srgbToLinear(b)};
}

namespace palette {
inline const Vec3 plaster = srgb(226, 208, 172); // the cream ground of the murals
inline const Vec3 plasterWarm = srgb(212, 186, 146);
inline const Vec3 earth = srgb(140, 108, 78); // mud-and-straw render under the plaster
inline const Vec3 ochre = srgb(192, 134, 72);
inline const Vec3 yellow = srgb(212, 170, 98);
inline const Vec3 cinnabar = srgb(180, 62, 42);
inline const Vec3 redEarth = srgb(150, 70, 48);
inline const Vec3 brown = srgb(82, 54, 42); // oxidised lead pigment
inline const Vec3 malachite = srgb(70, 140, 110);
inline const Vec3 paleGreen = srgb(132, 172, 140);
inline const Vec3 lapis = srgb(50, 84, 142);
inline const Vec3 paleBlue = srgb(104, 138, 168);
inline const Vec3 white = srgb(234, 224, 204);
inline const Vec3 skin = srgb(218, 170, 132);
inline const Vec3 darkSkin = srgb(104, 72, 60);
inline const Vec3 gold = srgb(204, 160, 80);
inline const Vec3 ink = srgb(74, 44, 36);
inline const Vec3 black = srgb(46, 38, 36);
inline const Vec3 hair = srgb(40, 50, 70); // blue-black hair of Buddhas
} // namespace palette

// A set of colours for one figure; the murals cycle through several so neighbours differ.
struct FigureColors {
    Vec3 robe;
    Vec3 robe2;
    Vec3 halo;
    Vec3 haloRim;
    Vec3 skin;
};

// Four classic combinations: in thousand-Buddha walls they repeat with a shift per row, giving diagonal stripes.
inline FigureColors figureColors(int index) {
    using namespace palette;
    switch (((index % 4) + 4) % 4) {
    case 0:
        return {cinnabar, malachite, lapis, paleGreen, skin};
    case 1:
        return {lapis, cinnabar, malachite, white, darkSkin};
    case 2:
        return {malachite, ochre, cinnabar, paleBlue, skin};
    default:
        return {brown, lapis, paleGreen, cinnabar, darkSkin};
    }
}

} // namespace cloudtour::samplegen
