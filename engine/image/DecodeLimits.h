#pragma once

#include <cstdint>

namespace cloudtour::image {

/// Budgets checked against an image's header before any pixel memory is allocated. The defaults
/// admit a 32768x16384 panorama (the largest the tiling path is built for) and refuse anything that
/// would need more than 2 GiB decoded.
struct DecodeLimits {
    std::uint64_t maxFileBytes = 512ull << 20;
    int maxDimension = 65536;
    std::uint64_t maxPixels = 32768ull * 16384ull;

    // (TurboJPEG 2.1 caps progressive JPEGs at 500 scans when asked; the cap is always asked for.)
};

} // namespace cloudtour::image
