#pragma once

#include "tests/support/ImageCompare.h"

namespace cloudtour::test {

// Image tolerances for the [gl] tests, in 0-255 levels (worst channel's mean, worst channel's max),
// each with why it is that large and what it is small enough to catch. Measured on Mesa llvmpipe
// (Debian 12), worst view of each test: kSameTexture mean 0.38, max 2 (0.20 and 1 once the shader's
// pitch is computed precisely, see EquirectPrecisionTests); kAnalytic mean 0.24, max 1.

/// GPU vs CPU reference on the same texture, magnified (mip level below 0, so both filter level 0
/// bilinearly). Both round to 8 bits, and llvmpipe's filter weights are coarser than the reference's
/// doubles: about a fifth of the pixels differ by 1, none by more, with no bias (measured with the
/// pitch computed precisely; see EquirectPrecisionTests). A sampling point off by a tenth of a texel
/// changes the detailed field by up to 4 levels and sharp edges by 25.
inline constexpr Tolerance kSameTexture{0.5, 2};

/// GPU vs the analytic field a smooth texture was sampled from: the texture's own 8-bit rounding
/// adds to the above, and the bilinear interpolation error of the smooth field (under 0.1 level at
/// 0.7-degree texels) does not reach a level. The smooth field changes by up to 9 levels a degree,
/// so a ray off by a quarter of a degree fails.
inline constexpr Tolerance kAnalytic{0.5, 2};

} // namespace cloudtour::test
