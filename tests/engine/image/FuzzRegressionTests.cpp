// Inputs the fuzz targets found (fuzz/, docs/RELIABILITY.md), kept under tests/data/fuzz-regressions
// so each fix stays fixed. The files are stored as the decoder sees them (without the fuzzer's
// settings bytes); each case uses the limits the fuzzer had.
#include "engine/core/FileIo.h"
#include "engine/image/ImageLoader.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace cloudtour::image;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

const std::string kRegressions = CLOUDTOUR_SOURCE_DIR "/tests/data/fuzz-regressions/image/";

std::vector<std::uint8_t> regressionBytes(const std::string& file) {
    auto bytes = cloudtour::core::readFileBytes(file, 1u << 20);
    REQUIRE(bytes);
    return *bytes;
}

} // namespace

// A 481-byte 32x16 PNG whose second chunk header reads "IDATIDAT": the length field 0x49444154
// declares 1,229,209,940 bytes. stb_image grew its IDAT buffer to the declared length before reading
// the chunk, so the file cost a 1.2 GB allocation (libFuzzer: out-of-memory, malloc(1229209940)).
// Fixed by the allocation budget stb decodes under (engine/image/StbDecoder.cpp): the request is
// refused and named, not made.
TEST_CASE("Fuzz regression: a PNG chunk declaring 1.2 GB is refused before stb allocates it", "[image][fuzz]") {
    const std::string file = kRegressions + "png-idat-declares-1229209940-bytes.png";
    DecodeLimits limits;
    limits.maxDimension = 64;
    limits.maxPixels = 4096;
    const auto image = decodeImage(regressionBytes(file), file, limits);
    REQUIRE_FALSE(image);
    CHECK_THAT(image.error().message, StartsWith(file + ": ") && Contains("1229209940"));
}

// A 32x16 PNG whose first IDAT chunk is empty: stb_image copied its zero bytes into the IDAT buffer
// it had not allocated yet, memcpy(NULL, ..., 0), which UBSan stops at (libFuzzer: undefined
// behaviour, stb_image.h:1663). Fixed by decoding such files without their empty IDAT chunks
// (engine/image/PngChunks.cpp); the asan stage runs this file under UBSan.
TEST_CASE("Fuzz regression: a PNG whose first IDAT chunk is empty is read without undefined behaviour",
          "[image][fuzz]") {
    const std::string file = kRegressions + "png-empty-idat-before-data.png";
    const auto image = decodeImage(regressionBytes(file), file);
    if (!image) {
        CHECK_THAT(image.error().message, StartsWith(file + ": "));
    }
}

// The same, with the file ending one byte into that empty chunk's CRC (fuzz_image again, after the
// first fix looked only at complete chunks).
TEST_CASE("Fuzz regression: a PNG ending inside the CRC of an empty IDAT chunk is refused cleanly", "[image][fuzz]") {
    const std::string file = kRegressions + "png-empty-idat-cut-in-crc.png";
    const auto image = decodeImage(regressionBytes(file), file);
    REQUIRE_FALSE(image);
    CHECK_THAT(image.error().message, StartsWith(file + ": "));
}

// The same shape in a real picture: an empty IDAT chunk after the header changes nothing.
TEST_CASE("A PNG with an empty IDAT chunk before its data decodes to the same pixels", "[image][fuzz]") {
    const std::string file = CLOUDTOUR_SHARED_DATA "/pannellum/tests/cube.png";
    const auto original = regressionBytes(file);
    // Signature (8) and IHDR (12 + 13): the empty IDAT goes right after, with its real CRC.
    auto withEmpty = original;
    const std::uint8_t emptyIdat[] = {0, 0, 0, 0, 'I', 'D', 'A', 'T', 0x35, 0xAF, 0x06, 0x1E};
    withEmpty.insert(withEmpty.begin() + 33, std::begin(emptyIdat), std::end(emptyIdat));
    const auto expected = decodeImage(original, file);
    const auto actual = decodeImage(withEmpty, file + " (with an empty IDAT)");
    REQUIRE(expected);
    REQUIRE(actual);
    CHECK(actual->width == expected->width);
    CHECK(actual->height == expected->height);
    CHECK(std::equal(actual->pixels.begin(), actual->pixels.end(), expected->pixels.begin(), expected->pixels.end()));
}
