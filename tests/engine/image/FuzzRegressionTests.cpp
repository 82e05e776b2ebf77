// Inputs the fuzz targets found (fuzz/, docs/RELIABILITY.md), kept under tests/data/fuzz-regressions
// so each fix stays fixed. The files are stored as the decoder sees them (without the fuzzer's
// settings bytes); each case uses the limits the fuzzer had.
#include "engine/core/FileIo.h"
#include "engine/image/ImageLoader.h"

#include <catch2/catch.hpp>

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
