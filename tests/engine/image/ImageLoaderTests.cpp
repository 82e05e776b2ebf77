#include "engine/core/FileIo.h"
#include "engine/image/ImageFormat.h"
#include "engine/image/ImageLoader.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace cloudtour::image;

namespace {

const std::string kData = CLOUDTOUR_SHARED_DATA;

// Takes the literal's full size, so embedded NUL bytes are kept.
template <std::size_t N>
std::vector<std::uint8_t> bytesOf(const char (&text)[N]) {
    return {text, text + N - 1};
}

std::vector<std::uint8_t> bytesOf(const std::string& text) {
    return {text.begin(), text.end()};
}

} // namespace

TEST_CASE("formats are recognised from content, not from the file name", "[image]") {
    CHECK(sniffImageFormat(bytesOf("\xFF\xD8\xFF\xE0 rest")) == ImageFormat::Jpeg);
    CHECK(sniffImageFormat(bytesOf("\x89PNG\r\n\x1A\n....")) == ImageFormat::Png);
    CHECK(sniffImageFormat(bytesOf("GIF89a....")) == ImageFormat::Gif);
    CHECK(sniffImageFormat(bytesOf("RIFF\x10\0\0\0WEBPVP8 ")) == ImageFormat::Webp);
    CHECK(sniffImageFormat(bytesOf("\0\0\0\x1C"
                                   "ftypavif")) == ImageFormat::Avif);
    CHECK(sniffImageFormat(bytesOf("MM\0*\0\0\0\x08")) == ImageFormat::Tiff);
    CHECK(sniffImageFormat(bytesOf("MM\x01*")) == ImageFormat::Unknown);
    CHECK(sniffImageFormat(bytesOf("hello")) == ImageFormat::Unknown);
    CHECK(sniffImageFormat({}) == ImageFormat::Unknown);
}

TEST_CASE("a real progressive JPEG panorama decodes to RGB at full and reduced scale", "[image]") {
    const std::string path = kData + "/pannellum/examples/examplepano.jpg";
    const auto full = loadImageFile(path);
    REQUIRE(full.ok());
    CHECK(full->width == 4096);
    CHECK(full->height == 2048);
    CHECK(full->channels == 3);
    CHECK(full->pixels.size() == 4096u * 2048u * 3u);
    const auto eighth = loadImageFile(path, {}, 8);
    REQUIRE(eighth.ok());
    CHECK(eighth->width == 512);
    CHECK(eighth->height == 256);
    // The top of this photograph is blue sky: blue clearly dominates red.
    const auto* sky = eighth->row(5) + 3 * 256;
    CHECK(sky[2] > sky[0] + 40);
}

TEST_CASE("a palette PNG decodes to RGB through stb_image", "[image]") {
    const auto png = loadImageFile(kData + "/photo-sphere-viewer/example/test-cubemap/1.png");
    REQUIRE(png.ok());
    CHECK(png->width == 512);
    CHECK(png->height == 512);
    CHECK(png->channels == 3);
}

TEST_CASE("bad image input gives one message naming the file and the problem", "[image]") {
    struct Case {
        std::string bytes;
        std::string expected;
    };
    const Case cases[] = {
        {std::string(), "pano.jpg: file is empty"},
        {"just some text", "pano.jpg: not an image CloudTour can read (expected JPEG or PNG)"},
        {std::string("GIF89a\x01\0\x01\0", 10), "pano.jpg: GIF images are not supported"},
        {std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10), "pano.jpg: not a readable JPEG header"},
        {std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "pano.jpg: not a readable PNG header"},
    };
    for (const auto& c : cases) {
        const auto bytes = bytesOf(c.bytes);
        const auto result = decodeImage(bytes, "pano.jpg");
        INFO("expected: " << c.expected);
        REQUIRE_FALSE(result.ok());
        CHECK_THAT(result.error().message, Catch::StartsWith(c.expected));
    }
}

TEST_CASE("dimensions over the limits are refused before decoding", "[image]") {
    const std::string path = kData + "/pannellum/examples/examplepano.jpg";
    DecodeLimits limits;
    limits.maxPixels = 4096ull * 2047ull;
    const auto refused = loadImageFile(path, limits);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message, Catch::Contains("4096x2048") && Catch::Contains("over the limit"));
    DecodeLimits narrow;
    narrow.maxDimension = 4000;
    CHECK_THAT(loadImageFile(path, narrow).error().message, Catch::Contains("over the limit of 4000 pixels"));
}

TEST_CASE("a missing file and an oversized file are named", "[image]") {
    CHECK(loadImageFile("/nonexistent/pano.jpg").error().message == "/nonexistent/pano.jpg: file not found");
    DecodeLimits tiny;
    tiny.maxFileBytes = 1000;
    CHECK_THAT(loadImageFile(kData + "/pannellum/examples/examplepano.jpg", tiny).error().message,
               Catch::Contains("over the limit of 1000 bytes"));
}

TEST_CASE("a truncated JPEG is an error, not a half-grey picture", "[image]") {
    const auto whole = cloudtour::core::readFileBytes(kData + "/pannellum/examples/examplepanocube0.jpg", 1u << 26);
    REQUIRE(whole.ok());
    std::vector<std::uint8_t> truncated(whole->begin(),
                                        whole->begin() + static_cast<std::ptrdiff_t>(whole->size() / 2));
    const auto result = decodeImage(truncated, "cube0.jpg");
    REQUIRE_FALSE(result.ok());
    CHECK_THAT(result.error().message, Catch::StartsWith("cube0.jpg: JPEG decoding failed"));
}
