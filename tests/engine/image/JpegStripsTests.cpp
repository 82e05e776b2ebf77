// The strip decoder against the whole-image decode of the same bytes: equal pixels at every scale,
// sampling and restart interval, and the whole-image way for everything it cannot cut.

#include "engine/core/FileIo.h"
#include "engine/image/JpegDecoder.h"
#include "engine/image/JpegLayout.h"
#include "engine/image/JpegStrips.h"
#include "tests/engine/image/RestartJpeg.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <numeric>

using namespace cloudtour::image;
using cloudtour::test::encodeRestartJpeg;
using cloudtour::test::RestartJpegOptions;

namespace {

ImageData wholeDecode(const std::vector<std::uint8_t>& jpeg, int scale) {
    auto image = decodeJpeg(jpeg, "whole.jpg", scale, 1);
    REQUIRE(image);
    return std::move(*image);
}

struct Sampling {
    const char* name;
    int components;
    int lumaH;
    int lumaV;
};

constexpr Sampling kSamplings[] = {
    {"4:2:0", 3, 2, 2}, {"4:4:4", 3, 1, 1}, {"4:2:2", 3, 2, 1}, {"4:4:0", 3, 1, 2}, {"grey", 1, 1, 1}};

RestartJpegOptions optionsFor(const Sampling& sampling, int restartMcus) {
    RestartJpegOptions options;
    options.components = sampling.components;
    options.lumaH = sampling.lumaH;
    options.lumaV = sampling.lumaV;
    options.restartMcus = restartMcus;
    return options;
}

int mcusPerRow(const RestartJpegOptions& options) {
    const int mcuWidth = options.components == 1 ? 8 : 8 * options.lumaH;
    return (options.width + mcuWidth - 1) / mcuWidth;
}

int maxRowDifference(const ImageData& a, int rowA, const ImageData& b, int rowB) {
    int most = 0;
    for (std::size_t i = 0; i < a.rowBytes(); ++i) {
        most = std::max(most, std::abs(a.row(rowA)[i] - b.row(rowB)[i]));
    }
    return most;
}

} // namespace

TEST_CASE("JPEG strips decode exactly like the whole image", "[image][jpeg][strips]") {
    for (const auto& sampling : kSamplings) {
        const int perRow = mcusPerRow(optionsFor(sampling, 1));
        // One MCU, a divisor-free 3, one MCU row, two MCU rows: edges at every row, every third,
        // every row and every second row.
        for (const int interval : {1, 3, perRow, 2 * perRow}) {
            const auto jpeg = encodeRestartJpeg(optionsFor(sampling, interval));
            for (const int scale : {1, 2, 4, 8}) {
                const auto whole = wholeDecode(jpeg, scale);
                for (const unsigned threads : {2u, 3u, 5u}) {
                    INFO(sampling.name << " interval " << interval << " scale 1/" << scale << " threads " << threads);
                    const auto strips = decodeJpegStrips(jpeg, scale, threads, 0);
                    REQUIRE(strips.has_value());
                    CHECK(strips->width == whole.width);
                    CHECK(strips->height == whole.height);
                    CHECK(strips->pixels == whole.pixels);
                }
            }
        }
    }
}

TEST_CASE("decodeJpeg on several threads returns the single-thread pixels", "[image][jpeg][strips]") {
    auto options = optionsFor(kSamplings[0], 4);
    options.width = 650; // over kMinStripPixels, so the decoder takes the strip path itself
    options.height = 330;
    const auto jpeg = encodeRestartJpeg(options);
    REQUIRE(decodeJpegStrips(jpeg, 1, 2).has_value());
    for (const int scale : {1, 2}) {
        const auto threaded = decodeJpeg(jpeg, "threaded.jpg", scale, 2);
        REQUIRE(threaded);
        CHECK(threaded->pixels == wholeDecode(jpeg, scale).pixels);
    }
}

// The one photo among the shared data's 1609 JPEGs that has restart markers (DRI 500: one MCU
// row of this 4:4:4 image).
TEST_CASE("A real photo with restart markers decodes in strips like the whole image", "[image][jpeg][strips]") {
    const std::string file = CLOUDTOUR_SHARED_DATA "/photo-sphere-viewer/example/test-sphere.jpg";
    const auto bytes = cloudtour::core::readFileBytes(file, 64u << 20);
    REQUIRE(bytes);
    for (const int scale : {1, 2, 4, 8}) {
        INFO("scale 1/" << scale);
        const auto strips = decodeJpegStrips(*bytes, scale, 2);
        REQUIRE(strips.has_value());
        CHECK(strips->pixels == wholeDecode(*bytes, scale).pixels);
    }
}

// Why the seams are redone: on its own a strip of a 4:2:0 image gets its edge rows' chroma from
// edge replication instead of the neighbouring strip. Only the one row on each side of an edge
// differs; 4:4:4 has no vertical upsampling and no difference. With the seams redone the strip
// decode has no tolerance: the test above asks for equal bytes.
TEST_CASE("A strip decoded alone differs from the whole image only in the rows at its edges", "[image][jpeg][strips]") {
    for (const auto& sampling : {kSamplings[0], kSamplings[1]}) {
        const auto jpeg = encodeRestartJpeg(optionsFor(sampling, 1));
        const auto layout = readJpegLayout(jpeg);
        REQUIRE(layout);
        const auto strips = planJpegStrips(*layout, 2);
        REQUIRE(strips.size() == 2);
        for (const int scale : {1, 2, 4, 8}) {
            INFO(sampling.name << " scale 1/" << scale);
            const auto whole = wholeDecode(jpeg, scale);
            const auto lower = wholeDecode(buildStripJpeg(jpeg, *layout, strips[1]), scale);
            const auto upper = wholeDecode(buildStripJpeg(jpeg, *layout, strips[0]), scale);
            const int edge = upper.height;
            REQUIRE(edge + lower.height == whole.height);
            int inside = 0;
            for (int y = 0; y + 1 < upper.height; ++y) {
                inside = std::max(inside, maxRowDifference(upper, y, whole, y));
            }
            for (int y = 1; y < lower.height; ++y) {
                inside = std::max(inside, maxRowDifference(lower, y, whole, edge + y));
            }
            CHECK(inside == 0);
            const int atEdge =
                std::max(maxRowDifference(upper, edge - 1, whole, edge - 1), maxRowDifference(lower, 0, whole, edge));
            if (!layout->verticalSubsampling) {
                CHECK(atEdge == 0);
            } else if (scale == 1) {
                CHECK(atEdge > 0); // 66 levels here (stripes of 160); 0 at 1/2 to 1/8 with TurboJPEG 2.1.5
            }
        }
    }
}

TEST_CASE("JPEG layout reads MCU size restart interval and intervals", "[image][jpeg][strips]") {
    const auto layout420 = readJpegLayout(encodeRestartJpeg(optionsFor(kSamplings[0], 1)));
    REQUIRE(layout420);
    CHECK(layout420->width == 301);
    CHECK(layout420->height == 203);
    CHECK(layout420->mcuWidth == 16);
    CHECK(layout420->mcuHeight == 16);
    CHECK(layout420->verticalSubsampling);
    CHECK(layout420->segments.size() == 19u * 13u);
    const auto layout422 = readJpegLayout(encodeRestartJpeg(optionsFor(kSamplings[2], 7)));
    REQUIRE(layout422);
    CHECK(layout422->mcuHeight == 8);
    CHECK_FALSE(layout422->verticalSubsampling);
    CHECK(layout422->segments.size() == (19u * 26u + 6u) / 7u);
    const auto grey = readJpegLayout(encodeRestartJpeg(optionsFor(kSamplings[4], 38)));
    REQUIRE(grey);
    CHECK(grey->mcuWidth == 8);
    CHECK(grey->segments.size() == 26u);
}

TEST_CASE("JPEGs the strip decoder cannot cut decode whole", "[image][jpeg][strips]") {
    auto noRestart = optionsFor(kSamplings[0], 0);
    auto progressive = optionsFor(kSamplings[0], 1);
    progressive.progressive = true;
    auto arithmetic = optionsFor(kSamplings[0], 1);
    arithmetic.arithmetic = true;
    for (const auto& options : {noRestart, progressive, arithmetic}) {
        const auto jpeg = encodeRestartJpeg(options);
        CHECK_FALSE(readJpegLayout(jpeg).has_value());
        CHECK_FALSE(decodeJpegStrips(jpeg, 1, 2, 0).has_value());
    }
    CHECK_FALSE(decodeJpegStrips(encodeRestartJpeg(optionsFor(kSamplings[0], 1)), 3, 2, 0).has_value());
    CHECK(decodeJpeg(encodeRestartJpeg(noRestart), "plain.jpg", 1, 2));
    CHECK(decodeJpeg(encodeRestartJpeg(progressive), "progressive.jpg", 1, 2));
}

TEST_CASE("Strip plans keep edges on restart intervals and cover every row", "[image][jpeg][strips]") {
    JpegLayout layout;
    layout.width = 160;  // 10 MCUs per row
    layout.height = 200; // 13 MCU rows, the last partial
    layout.mcuWidth = 16;
    layout.mcuHeight = 16;
    for (int interval = 1; interval <= 40; ++interval) {
        layout.restartInterval = interval;
        const int step = interval / std::gcd(interval, 10);
        for (int count = 1; count <= 6; ++count) {
            INFO("interval " << interval << " count " << count);
            const auto strips = planJpegStrips(layout, count);
            REQUIRE_FALSE(strips.empty());
            CHECK(strips.size() <= static_cast<std::size_t>(count));
            CHECK(strips.front().firstRow == 0);
            CHECK(strips.back().endRow == 13);
            for (std::size_t i = 0; i < strips.size(); ++i) {
                CHECK(strips[i].endRow > strips[i].firstRow);
                CHECK(strips[i].firstRow % step == 0);
                CHECK((i == 0 || strips[i].firstRow == strips[i - 1].endRow));
            }
            if (step == 1 && count > 1) {
                CHECK(strips.size() == static_cast<std::size_t>(count));
            }
        }
    }
}

// Damaged files: the threaded decode must give what the single-thread decode gives (the same
// error, or the same pixels when the damage goes unnoticed), never crash.
TEST_CASE("Damaged restart JPEGs decode as they do on one thread", "[image][jpeg][strips]") {
    auto options = optionsFor(kSamplings[0], 2);
    options.width = 320;
    options.height = 240;
    const auto jpeg = encodeRestartJpeg(options);
    const auto layout = readJpegLayout(jpeg);
    REQUIRE(layout);
    std::uint32_t random = 99;
    auto next = [&random] { return random = random * 1664525u + 1013904223u; };
    for (int trial = 0; trial < 120; ++trial) {
        auto damaged = jpeg;
        if (trial % 3 == 0) {
            damaged.resize(layout->scanStart + next() % (jpeg.size() - layout->scanStart));
        } else {
            const std::size_t at = layout->scanStart + next() % (jpeg.size() - layout->scanStart - 2);
            damaged[at] = static_cast<std::uint8_t>(trial % 3 == 1 ? next() >> 24 : 0xD0 + next() % 8);
        }
        INFO("trial " << trial);
        const auto threaded = decodeJpeg(damaged, "damaged.jpg", 1, 2);
        const auto single = decodeJpeg(damaged, "damaged.jpg", 1, 1);
        REQUIRE(threaded.ok() == single.ok());
        if (single) {
            CHECK(threaded->pixels == single->pixels);
        } else {
            CHECK(threaded.error().message == single.error().message);
        }
    }
}

// Every header byte set to values that matter to the parser: lengths running past the end,
// markers in the wrong place, sampling factors of 0. Run under ASan this checks the bounds.
TEST_CASE("Hostile JPEG headers never read out of bounds", "[image][jpeg][strips]") {
    const auto jpeg = encodeRestartJpeg(optionsFor(kSamplings[0], 1));
    const auto layout = readJpegLayout(jpeg);
    REQUIRE(layout);
    int cut = 0;
    for (std::size_t at = 0; at < layout->scanStart + 4; ++at) {
        for (const std::uint8_t value : {0x00, 0x01, 0x11, 0x44, 0xC2, 0xD0, 0xD9, 0xDA, 0xFF}) {
            auto hostile = jpeg;
            hostile[at] = value;
            if (const auto read = readJpegLayout(hostile)) {
                REQUIRE(read->scanStart <= hostile.size());
                for (const auto& segment : read->segments) {
                    REQUIRE(segment.begin <= segment.end);
                    REQUIRE(segment.end <= hostile.size());
                }
                cut += decodeJpegStrips(hostile, 8, 2, 0).has_value() ? 1 : 0;
            }
            hostile.resize(at);
            CHECK_FALSE(readJpegLayout(hostile).has_value());
        }
    }
    CHECK(cut > 0); // unchanged bytes (APP0 contents, table values) still cut
}
