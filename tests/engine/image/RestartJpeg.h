#pragma once

#include <cstdint>
#include <vector>

namespace cloudtour::test {

/// How to encode a generated test picture with libjpeg (TurboJPEG's compressor cannot write
/// restart markers, so the strip decoder's fixtures are made here, at test time).
struct RestartJpegOptions {
    int width = 301;
    int height = 203;
    int components = 3; // 1: grey
    int lumaH = 2;      // luma sampling factors: 2x2 is 4:2:0, 1x1 is 4:4:4, 2x1 is 4:2:2
    int lumaV = 2;
    int restartMcus = 1; // DRI interval in MCUs; 0 writes no DRI
    bool progressive = false;
    bool arithmetic = false;
};

/// A picture with colour changing row by row (so chroma subsampling shows at strip edges) and
/// seeded noise (so entropy data has all byte values, 0xFF stuffing among them).
std::vector<std::uint8_t> encodeRestartJpeg(const RestartJpegOptions& options);

} // namespace cloudtour::test
