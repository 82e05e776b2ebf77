// The pyramid cache on its own (no pixels): keys that follow the image file, finished entries
// recognised by config.json, unfinished ones rebuilt, builds renamed into place whole, eviction of
// the least recently used beyond the budget, and the default folder.

#include "engine/image/PyramidCache.h"
#include "tests/support/ScratchFolder.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace cloudtour;
using image::PyramidCache;

namespace {

namespace fs = std::filesystem;

fs::path freshFolder(const std::string& name) {
    return test::freshScratchFolder("pyramid-cache", name);
}

void writeBytes(const fs::path& path, std::size_t count) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << std::string(count, 'x');
}

// Stands in for writePyramid: one tile of `bytes` and config.json last.
image::PyramidWriteFunction fakePyramid(std::size_t bytes) {
    return [bytes](const std::string& folder) -> core::Result<bool> {
        fs::create_directories(fs::path(folder) / "1");
        writeBytes(fs::path(folder) / "1" / "f0_0.jpg", bytes);
        writeBytes(fs::path(folder) / "config.json", 0);
        return true;
    };
}

std::vector<std::string> entryNames(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

// Sets an entry's last use to `age` ago, since a test runs faster than file times advance.
void setAge(const fs::path& entry, std::chrono::seconds age) {
    fs::last_write_time(entry, fs::file_time_type::clock::now() - age);
}

} // namespace

TEST_CASE("pyramid cache: the key follows the file's size, time, path and the options", "[pyramid-cache]") {
    const fs::path folder = freshFolder("keys");
    const fs::path image = folder / "Cave 61 (west).jpg";
    writeBytes(image, 100);
    const image::PyramidOptions options;
    const auto first = image::pyramidKey(image.string(), options);
    REQUIRE(first);
    CHECK(first->rfind("Cave_61__west_-", 0) == 0); // the file's name, made safe for a folder name
    CHECK(*image::pyramidKey(image.string(), options) == *first);

    fs::last_write_time(image, fs::last_write_time(image) + std::chrono::seconds(5));
    const auto touched = image::pyramidKey(image.string(), options);
    CHECK(*touched != *first);

    writeBytes(image, 101);
    fs::last_write_time(image, fs::last_write_time(image) + std::chrono::seconds(5));
    const auto grown = image::pyramidKey(image.string(), options);
    CHECK(*grown != *touched);

    image::PyramidOptions finer = options;
    finer.tileSize = 256;
    CHECK(*image::pyramidKey(image.string(), finer) != *grown);

    // The same bytes and time in another folder are another image (the path is part of the hash).
    fs::create_directories(folder / "other");
    fs::copy_file(image, folder / "other" / image.filename());
    fs::last_write_time(folder / "other" / image.filename(), fs::last_write_time(image));
    CHECK(*image::pyramidKey((folder / "other" / image.filename()).string(), options) != *grown);

    const auto missing = image::pyramidKey((folder / "gone.jpg").string(), options);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.find("gone.jpg: cannot examine the file") != std::string::npos);
}

TEST_CASE("pyramid cache: a finished pyramid is found and an unfinished one is removed and rebuilt",
          "[pyramid-cache]") {
    const fs::path folder = freshFolder("finished");
    const PyramidCache cache(folder.string(), 1u << 30);
    CHECK_FALSE(cache.find("pano-1"));

    // What a build killed before its config.json leaves behind (written straight into place by an
    // older version, or copied by hand): never used, removed when looked for.
    const fs::path unfinished = folder / "pano-1";
    fs::create_directories(unfinished / "1");
    writeBytes(unfinished / "1" / "f0_0.jpg", 10);
    CHECK_FALSE(cache.find("pano-1"));
    CHECK_FALSE(fs::exists(unfinished));

    const auto built = cache.build("pano-1", fakePyramid(10));
    REQUIRE(built);
    CHECK(*built == unfinished.string());
    setAge(unfinished, std::chrono::seconds(600));
    const auto found = cache.find("pano-1");
    REQUIRE(found);
    CHECK(*found == unfinished.string());
    // Found counts as used: its time is now, which eviction orders by.
    CHECK(fs::file_time_type::clock::now() - fs::last_write_time(unfinished) < std::chrono::seconds(60));
}

TEST_CASE("pyramid cache: a build is written beside the entry and renamed into place whole", "[pyramid-cache]") {
    const fs::path folder = freshFolder("atomic");
    const PyramidCache cache(folder.string(), 1u << 30);
    std::string workedIn;
    const auto built = cache.build("pano-2", [&](const std::string& working) {
        workedIn = working;
        CHECK_FALSE(fs::exists(folder / "pano-2")); // nobody sees the entry before it is whole
        CHECK(fs::path(working).parent_path() == folder);
        CHECK(fs::is_empty(working));
        return fakePyramid(10)(working);
    });
    REQUIRE(built);
    CHECK(fs::exists(folder / "pano-2" / "config.json"));
    CHECK_FALSE(fs::exists(workedIn));
    CHECK(entryNames(folder) == std::vector<std::string>{"pano-2"});

    SECTION("a failed build leaves nothing") {
        const auto failed = cache.build("pano-3", [](const std::string& working) -> core::Result<bool> {
            writeBytes(fs::path(working) / "half.jpg", 10);
            return core::Error{"disk full"};
        });
        REQUIRE_FALSE(failed);
        CHECK(failed.error().message == "disk full");
        CHECK(entryNames(folder) == std::vector<std::string>{"pano-2"});
    }
    SECTION("a build without config.json is refused and leaves nothing") {
        const auto failed = cache.build("pano-3", [](const std::string& working) -> core::Result<bool> {
            writeBytes(fs::path(working) / "tile.jpg", 10);
            return true;
        });
        REQUIRE_FALSE(failed);
        CHECK(failed.error().message.find("without its config.json") != std::string::npos);
        CHECK(entryNames(folder) == std::vector<std::string>{"pano-2"});
    }
    SECTION("another process that finished first wins and its pyramid is used") {
        const auto second = cache.build("pano-2", [&](const std::string& working) {
            writeBytes(folder / "pano-2" / "theirs", 1); // the entry is finished already
            return fakePyramid(10)(working);
        });
        REQUIRE(second);
        CHECK(fs::exists(folder / "pano-2" / "theirs"));
        CHECK(entryNames(folder) == std::vector<std::string>{"pano-2"});
    }
}

TEST_CASE("pyramid cache: an unwritable cache folder is an error naming it", "[pyramid-cache]") {
    const fs::path folder = freshFolder("unwritable");
    writeBytes(folder / "file", 1);
    const PyramidCache cache((folder / "file" / "pyramids").string(), 1u << 30);
    const auto built = cache.build("pano", fakePyramid(10));
    REQUIRE_FALSE(built);
    CHECK(built.error().message.find((folder / "file" / "pyramids").string() + ": cannot create a folder") == 0);
}

TEST_CASE("pyramid cache: the least recently used pyramids go beyond the budget", "[pyramid-cache]") {
    const fs::path folder = freshFolder("budget");
    // Each entry is 1000 bytes of tile (config.json is empty): three fit, a fourth does not.
    const PyramidCache cache(folder.string(), 3000);
    for (const char* key : {"a", "b", "c"}) {
        REQUIRE(cache.build(key, fakePyramid(1000)));
    }
    CHECK(entryNames(folder) == std::vector<std::string>{"a", "b", "c"});
    setAge(folder / "a", std::chrono::seconds(300));
    setAge(folder / "b", std::chrono::seconds(200));
    setAge(folder / "c", std::chrono::seconds(100));
    REQUIRE(cache.find("a")); // used again: now the most recent

    REQUIRE(cache.build("d", fakePyramid(1000)));
    CHECK(entryNames(folder) == std::vector<std::string>{"a", "c", "d"});

    SECTION("the pyramid just built stays even when it alone is over the budget") {
        REQUIRE(cache.build("huge", fakePyramid(5000)));
        CHECK(entryNames(folder) == std::vector<std::string>{"huge"});
    }
    SECTION("temporary folders of a process that died go after an hour, fresh ones stay") {
        fs::create_directories(folder / "e.tmp-999999-0");
        fs::create_directories(folder / "f.tmp-999999-1");
        setAge(folder / "e.tmp-999999-0", std::chrono::hours(2));
        cache.evict({});
        CHECK(entryNames(folder) == std::vector<std::string>{"a", "c", "d", "f.tmp-999999-1"});
    }
}

TEST_CASE("pyramid cache: the default folder follows XDG_CACHE_HOME, else HOME", "[pyramid-cache]") {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    const char* home = std::getenv("HOME");
    const std::string savedXdg = xdg ? xdg : "";
    const std::string savedHome = home ? home : "";

    ::setenv("XDG_CACHE_HOME", "/var/cache/someone", 1);
    ::setenv("HOME", "/home/someone", 1);
    CHECK(image::defaultPyramidCacheFolder() == "/var/cache/someone/cloudtour/pyramids");
    ::setenv("XDG_CACHE_HOME", "relative/cache", 1); // the XDG spec: ignored
    CHECK(image::defaultPyramidCacheFolder() == "/home/someone/.cache/cloudtour/pyramids");
    ::unsetenv("XDG_CACHE_HOME");
    CHECK(image::defaultPyramidCacheFolder() == "/home/someone/.cache/cloudtour/pyramids");
    ::unsetenv("HOME");
    CHECK(image::defaultPyramidCacheFolder().empty());

    xdg ? ::setenv("XDG_CACHE_HOME", savedXdg.c_str(), 1) : ::unsetenv("XDG_CACHE_HOME");
    home ? ::setenv("HOME", savedHome.c_str(), 1) : ::unsetenv("HOME");
}
