#include "engine/image/PngChunks.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using cloudtour::image::withoutEmptyDataChunks;

namespace {

using Bytes = std::vector<std::uint8_t>;

// A chunk as it sits in a file: length, type, data and a CRC (not checked by anyone here).
Bytes chunk(const std::string& type, const std::string& data, std::uint32_t declaredLength) {
    Bytes out = {static_cast<std::uint8_t>(declaredLength >> 24), static_cast<std::uint8_t>(declaredLength >> 16),
                 static_cast<std::uint8_t>(declaredLength >> 8), static_cast<std::uint8_t>(declaredLength)};
    out.insert(out.end(), type.begin(), type.end());
    out.insert(out.end(), data.begin(), data.end());
    out.insert(out.end(), {0xC0, 0xFF, 0xEE, 0x00});
    return out;
}

Bytes chunk(const std::string& type, const std::string& data = {}) {
    return chunk(type, data, static_cast<std::uint32_t>(data.size()));
}

Bytes png(std::initializer_list<Bytes> chunks) {
    Bytes out = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    for (const Bytes& c : chunks) {
        out.insert(out.end(), c.begin(), c.end());
    }
    return out;
}

const std::string kHeader(13, '\x01');

} // namespace

TEST_CASE("Empty IDAT chunks are dropped and every other byte is kept in order", "[image]") {
    const Bytes file = png({chunk("IHDR", kHeader), chunk("IDAT"), chunk("IDAT", "abc"), chunk("IDAT"), chunk("IEND")});
    const auto cleaned = withoutEmptyDataChunks(file);
    REQUIRE(cleaned);
    CHECK(*cleaned == png({chunk("IHDR", kHeader), chunk("IDAT", "abc"), chunk("IEND")}));
}

TEST_CASE("An empty IDAT chunk cut off in its CRC by the end of the file is dropped too", "[image]") {
    Bytes file = png({chunk("IHDR", kHeader), chunk("IDAT")});
    file.resize(file.size() - 3);
    const auto cleaned = withoutEmptyDataChunks(file);
    REQUIRE(cleaned);
    CHECK(*cleaned == png({chunk("IHDR", kHeader)}));
    file.resize(file.size() - 1); // no CRC at all
    CHECK(withoutEmptyDataChunks(file) == png({chunk("IHDR", kHeader)}));
}

TEST_CASE("A PNG without empty IDAT chunks is used as it is", "[image]") {
    CHECK_FALSE(withoutEmptyDataChunks(png({chunk("IHDR", kHeader), chunk("IDAT", "abc"), chunk("IEND")})));
    CHECK_FALSE(withoutEmptyDataChunks(png({chunk("IHDR", kHeader), chunk("tEXt"), chunk("IEND")})));
    CHECK_FALSE(withoutEmptyDataChunks(Bytes{0x89, 'P', 'N', 'G'}));
    CHECK_FALSE(withoutEmptyDataChunks(Bytes{}));
}

TEST_CASE("Chunk lengths are not trusted: a chunk longer than the file ends the walk", "[image]") {
    // The empty IDAT after the overlong chunk lies inside the bytes that chunk claims: not a chunk.
    const Bytes overlong = chunk("IDAT", "abc", 0x49444154);
    CHECK_FALSE(withoutEmptyDataChunks(png({chunk("IHDR", kHeader), overlong, chunk("IDAT"), chunk("IEND")})));
    // Chunks after IEND are not the image's.
    CHECK_FALSE(withoutEmptyDataChunks(png({chunk("IHDR", kHeader), chunk("IEND"), chunk("IDAT")})));
}
