// A tiny 5x7 pixel font (upper case, digits, a little punctuation) for the labels of the floor plan.
#pragma once

#include <array>
#include <cstdint>

namespace cloudtour::samplegen {

// Seven rows of five bits (bit 4 = leftmost column); all zero for characters the font lacks.
std::array<std::uint8_t, 7> glyph(char ch);

} // namespace cloudtour::samplegen
