// A whole pyramid written from a small synthetic equirect: the exact set of files, each tile's
// size, tiles reassembled into faces that show the source field, config.json read back by the
// tour loader, progress, cancellation and refusals.

#include "engine/image/ImageLoader.h"
#include "engine/image/PyramidWriter.h"
#include "engine/tour/TourLoader.h"
#include "tests/support/ScratchFolder.h"
#include "tests/support/TestImages.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <set>

using namespace cloudtour;
using image::ImageData;
using image::PyramidLayout;

namespace {

namespace fs = std::filesystem;

fs::path freshFolder(const std::string& name) {
    return test::freshScratchFolder("pyramid-writer", name);
}

// 512 x 256: faces of 8 floor(512 / pi / 8) = 160 pixels; tiles of 48 give levels of 160, 80 and
// 40 pixels with 4, 2 and 1 tiles a side, the last of each row 16, 32 and 40 pixels wide.
image::PyramidOptions smallOptions() {
    image::PyramidOptions options;
    options.tileSize = 48;
    options.quality = 95;
    options.fallbackSize = 64;
    options.threads = 2;
    return options;
}

const ImageData& smoothEquirect() {
    static const ImageData image = test::sampleEquirect(test::smoothField, 512, 256);
    return image;
}

std::set<std::string> filesUnder(const fs::path& folder) {
    std::set<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        if (entry.is_regular_file()) {
            files.insert(entry.path().lexically_relative(folder).generic_string());
        }
    }
    return files;
}

ImageData loadOrFail(const fs::path& path) {
    auto loaded = image::loadImageFile(path.string());
    INFO(path.string());
    REQUIRE(loaded);
    return std::move(*loaded);
}

// A face put back together from its tiles by their names: row y, column x at (x, y) * tileSize.
ImageData assembleFace(const fs::path& folder, const PyramidLayout& layout, int level, int face) {
    const int size = layout.faceSize(level);
    ImageData assembled = ImageData::allocate(size, size, 3);
    for (int row = 0; row < layout.tilesPerSide(level); ++row) {
        for (int column = 0; column < layout.tilesPerSide(level); ++column) {
            const ImageData tile = loadOrFail(folder / PyramidLayout::tilePath(level, face, row, column));
            for (int y = 0; y < tile.height; ++y) {
                std::copy_n(tile.row(y), tile.rowBytes(),
                            assembled.row(row * layout.tileSize + y) + column * layout.tileSize * 3);
            }
        }
    }
    return assembled;
}

double meanDifference(const ImageData& a, const ImageData& b) {
    REQUIRE(a.pixels.size() == b.pixels.size());
    double total = 0.0;
    for (std::size_t i = 0; i < a.pixels.size(); ++i) {
        total += std::abs(int(a.pixels[i]) - int(b.pixels[i]));
    }
    return total / static_cast<double>(a.pixels.size());
}

} // namespace

TEST_CASE("a pyramid holds every tile of every level, the fallback faces and config.json", "[image][pyramid]") {
    const fs::path folder = freshFolder("files");
    const auto layout = image::writePyramid(smoothEquirect(), folder.string(), smallOptions());
    REQUIRE(layout);
    CHECK(layout->cubeSize == 160);
    CHECK(layout->levels == 3);
    std::set<std::string> expected = {"config.json"};
    const std::string letters = "frblud";
    for (const char letter : letters) {
        expected.insert(std::string("fallback/") + letter + ".jpg");
    }
    const int perSide[] = {0, 1, 2, 4};
    for (int level = 1; level <= 3; ++level) {
        for (const char letter : letters) {
            for (int row = 0; row < perSide[level]; ++row) {
                for (int column = 0; column < perSide[level]; ++column) {
                    expected.insert(std::to_string(level) + "/" + letter + std::to_string(row) + "_" +
                                    std::to_string(column) + ".jpg");
                }
            }
        }
    }
    CHECK(filesUnder(folder) == expected);
    CHECK(expected.size() == 1 + 6 + static_cast<std::size_t>(layout->tileCount()));

    // Edge tiles: 160 = 3 x 48 + 16; 80 = 48 + 32; level 1 is one 40-pixel tile.
    const ImageData corner = loadOrFail(folder / "3/r3_3.jpg");
    CHECK(corner.width == 16);
    CHECK(corner.height == 16);
    const ImageData bottom = loadOrFail(folder / "2/u1_0.jpg");
    CHECK(bottom.width == 48);
    CHECK(bottom.height == 32);
    CHECK(loadOrFail(folder / "1/d0_0.jpg").width == 40);
    CHECK(loadOrFail(folder / "fallback/b.jpg").width == 64);
}

TEST_CASE("tiles put back together by their names show the field at every level", "[image][pyramid]") {
    // Quality 95 on a smooth field costs under a level; coarser levels are area means of the
    // finest, which the smooth field keeps within a level of its value at the texel centre. A
    // tile in the wrong place (row and column swapped, a face mirrored) costs tens of levels.
    const fs::path folder = freshFolder("faces");
    const auto layout = image::writePyramid(smoothEquirect(), folder.string(), smallOptions());
    REQUIRE(layout);
    for (int level = 1; level <= layout->levels; ++level) {
        const render::CubeImages field = test::sampleCube(test::smoothField, layout->faceSize(level));
        for (int face = 0; face < 6; ++face) {
            INFO("level " << level << " face " << face);
            CHECK(meanDifference(assembleFace(folder, *layout, level, face), field.faces[std::size_t(face)]) < 1.5);
        }
    }
    const render::CubeImages fallback = test::sampleCube(test::smoothField, 64);
    CHECK(meanDifference(loadOrFail(folder / "fallback/u.jpg"), fallback.faces[4]) < 1.5);
}

TEST_CASE("config.json opens as a multires scene through the tour loader", "[image][pyramid]") {
    const fs::path folder = freshFolder("config");
    const auto layout = image::writePyramid(smoothEquirect(), folder.string(), smallOptions());
    REQUIRE(layout);
    const tour::TourLoadResult result = tour::loadTour((folder / "config.json").string());
    REQUIRE(result.tour);
    CHECK(result.diagnostics.count(tour::Severity::Error) == 0);
    REQUIRE(result.tour->scenes.size() == 1);
    const tour::PanoramaSpec& panorama = result.tour->scenes[0].panorama;
    REQUIRE(panorama.kind == tour::PanoramaKind::Multires);
    CHECK(fs::equivalent(panorama.multires.basePath, folder));
    CHECK(panorama.multires.pathTemplate == "/%l/%s%y_%x");
    CHECK(panorama.multires.tileResolution == 48);
    CHECK(panorama.multires.maxLevel == 3);
    CHECK(panorama.multires.cubeResolution == 160);
    CHECK(panorama.multires.fallbackPath == "/fallback/%s");
}

TEST_CASE("progress rises to the whole, face by face", "[image][pyramid]") {
    const fs::path folder = freshFolder("progress");
    std::vector<image::PyramidProgress> seen;
    image::PyramidCallbacks callbacks;
    callbacks.progress = [&seen](const image::PyramidProgress& at) { seen.push_back(at); };
    REQUIRE(image::writePyramid(smoothEquirect(), folder.string(), smallOptions(), callbacks));
    REQUIRE(seen.size() > 20);
    for (std::size_t i = 1; i < seen.size(); ++i) {
        CHECK(seen[i].fraction >= seen[i - 1].fraction);
        CHECK(seen[i].face >= seen[i - 1].face);
    }
    CHECK(seen.front().fraction < 0.05);
    CHECK(seen.back().fraction == Approx(1.0));
    CHECK(seen.back().face == 5);
}

TEST_CASE("a cancelled pyramid stops and never writes config.json", "[image][pyramid]") {
    const fs::path folder = freshFolder("cancel");
    std::atomic<bool> cancel{false};
    image::PyramidCallbacks callbacks;
    callbacks.cancel = &cancel;
    // Cancelled during the second face: the first face's tiles exist, nothing else does.
    callbacks.progress = [&cancel](const image::PyramidProgress& at) {
        if (at.face == 1) {
            cancel = true;
        }
    };
    const auto layout = image::writePyramid(smoothEquirect(), folder.string(), smallOptions(), callbacks);
    REQUIRE_FALSE(layout);
    CHECK(layout.error().message.find("cancelled") != std::string::npos);
    CHECK_FALSE(fs::exists(folder / "config.json"));
    CHECK(fs::exists(folder / "1/f0_0.jpg"));
    CHECK_FALSE(fs::exists(folder / "1/b0_0.jpg"));
}

TEST_CASE("partial panoramas are refused with the reason", "[image][pyramid]") {
    const fs::path folder = freshFolder("partial");
    const ImageData strip = test::sampleEquirect(test::smoothField, 400, 120);
    const auto layout = image::writePyramid(strip, folder.string(), smallOptions());
    REQUIRE_FALSE(layout);
    CHECK(layout.error().message.find("400x120") != std::string::npos);
    CHECK(layout.error().message.find("twice the height") != std::string::npos);
    CHECK(filesUnder(folder).empty());
}
