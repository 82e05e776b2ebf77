// Paths in a tour file: made absolute against the tour's folder, refused when they are not local
// files, noted or refused when they leave the folder, and looked for on disk.

#include "engine/tour/PathResolver.h"
#include "tests/engine/tour/TourTestSupport.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;

namespace {

const std::string kDir = toursDir() + "/valid";

// A one-scene tour whose equirect image is `image`, written as JSON text; the value is at column 70.
std::string tourWithImage(const std::string& image) {
    return R"({"scenes": [{"id": "hall", "panorama": {"type": "equirect", "image": )" + image + "}}]}";
}

PathPolicy kiosk(const std::string& root = "") {
    return PathPolicy{false, root};
}

std::string problems(const ResolvedPath& resolved) {
    std::string text;
    for (const PathProblem& problem : resolved.problems) {
        text += problem.message + "\n";
    }
    return text;
}

void checkRefused(const PathResolver& resolver, std::string_view written, std::string_view message) {
    const ResolvedPath resolved = resolver.resolve(written);
    INFO(written);
    CHECK(resolved.path.empty());
    REQUIRE(resolved.problems.size() == 1);
    CHECK(resolved.problems[0].severity == Severity::Error);
    CHECK(resolved.problems[0].message == message);
}

} // namespace

TEST_CASE("a missing image file is an error naming the resolved path and the scene stays", "[tour]") {
    const auto result = parseTour(tourWithImage(R"("images/missing.png")"), inlineFile());
    checkOnly(result, Severity::Error, 1, 70, "/scenes/0/panorama/image",
              "image file not found: " + kDir + "/images/missing.png");
    REQUIRE(result.tour->scenes.size() == 1);
    CHECK(result.tour->scenes[0].panorama.equirectPath == kDir + "/images/missing.png");
}

TEST_CASE("a multires base folder and its first tile are looked for", "[tour]") {
    const auto result =
        parseTour(R"({"scenes": [{"id": "a", "panorama": {"type": "multires", "basePath": "tiles/nowhere",
"path": "/%l/%s%y_%x", "tileResolution": 256, "maxLevel": 1, "cubeResolution": 256}}]})",
                  inlineFile());
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 2);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 1, 70, "/scenes/0/panorama/basePath",
                    "folder not found: " + kDir + "/tiles/nowhere");
    checkDiagnostic(result.diagnostics.items[1], Severity::Error, 2, 9, "/scenes/0/panorama/path",
                    "first tile not found: " + kDir + "/tiles/nowhere/1/f0_0.jpg");
    CHECK(result.tour->scenes.size() == 1);
}

TEST_CASE("leaving the tour folder by '..' is a note on the desktop and an error in kiosk mode", "[tour]") {
    const auto desktop = parseText(tourWithImage(R"("../shared.png")"));
    checkOnly(desktop, Severity::Note, 1, 70, "/scenes/0/panorama/image",
              "the path leads outside the tour folder, to " + toursDir() + "/shared.png");
    CHECK(desktop.tour->scenes.at(0).panorama.equirectPath == toursDir() + "/shared.png");

    TourLoadOptions options = withoutFileChecks();
    options.paths = kiosk();
    const auto confined = parseText(tourWithImage(R"("../shared.png")"), options);
    checkOnly(confined, Severity::Error, 1, 70, "/scenes/0/panorama/image",
              "the path leads outside the tour folder (" + kDir + "), to " + toursDir() +
                  "/shared.png: not allowed here");
    CHECK(confined.tour->scenes.empty()); // never opened: the scene has no image
}

TEST_CASE("absolute paths warn on the desktop and are refused in kiosk mode", "[tour]") {
    const auto desktop = parseText(tourWithImage(R"("/srv/pano.jpg")"));
    checkOnly(desktop, Severity::Warning, 1, 70, "/scenes/0/panorama/image",
              "absolute path: the tour will only work on this computer; write the path relative to the tour file");
    CHECK(desktop.tour->scenes.at(0).panorama.equirectPath == "/srv/pano.jpg");
    const PathResolver confined(kDir, kiosk());
    checkRefused(confined, "/srv/pano.jpg",
                 "absolute paths are not allowed here: write the path relative to the tour file");
}

TEST_CASE("web and network and file and other URLs and drive letters and NUL bytes are refused", "[tour]") {
    const PathResolver resolver(kDir, PathPolicy{});
    checkRefused(resolver, "https://example.org/pano.jpg",
                 "web addresses are not supported for images: the viewer reads local files (save the file in the "
                 "tour folder)");
    checkRefused(resolver, "HTTP://example.org/pano.jpg",
                 "web addresses are not supported for images: the viewer reads local files (save the file in the "
                 "tour folder)");
    checkRefused(resolver, "//server/share/pano.jpg",
                 "network paths (//host/...) are not supported: copy the file into the tour folder");
    checkRefused(resolver, "\\\\server\\share\\pano.jpg",
                 "network paths (//host/...) are not supported: copy the file into the tour folder");
    checkRefused(resolver, "file:///srv/pano.jpg",
                 "file: URLs are not supported: write the path relative to the tour file");
    checkRefused(resolver, "data:image/png;base64,AAAA",
                 "'data:' addresses are not supported: write the path relative to the tour file");
    checkRefused(resolver, "C:\\tours\\pano.jpg",
                 "Windows drive paths (C:) are not supported: write the path relative to the tour file");
    checkRefused(resolver, std::string_view("pano.jpg\0.png", 13), "the path contains a NUL byte (\\u0000)");
    checkRefused(resolver, "", "the path is empty");
    // Through the parser, with the position of the value.
    checkOnly(parseText(tourWithImage(R"("pano\u0000.jpg")")), Severity::Error, 1, 70, "/scenes/0/panorama/image",
              "the path contains a NUL byte (\\u0000)");
}

TEST_CASE("relative paths are normalised and never expanded", "[tour]") {
    const PathResolver resolver(kDir, PathPolicy{});
    const ResolvedPath plain = resolver.resolve("./images/../images/entrance.png");
    CHECK(plain.path == kDir + "/images/entrance.png");
    CHECK(plain.problems.empty());
    CHECK(resolver.resolve("~/pano.jpg").path == kDir + "/~/pano.jpg");
    CHECK(resolver.resolve("$HOME/pano%20a.jpg").path == kDir + "/$HOME/pano%20a.jpg");
    const ResolvedPath backslashes = resolver.resolve("images\\entrance.png");
    CHECK(backslashes.path == kDir + "/images/entrance.png");
    INFO(problems(backslashes));
    REQUIRE(backslashes.problems.size() == 1);
    CHECK(backslashes.problems[0].severity == Severity::Warning);
    CHECK(backslashes.problems[0].message ==
          "'\\' is read as '/': write paths with '/' so the tour works on every system");
}

TEST_CASE("in kiosk mode a symbolic link out of the root is refused", "[tour]") {
    namespace fs = std::filesystem;
    const fs::path temp = fs::temp_directory_path() / "cloudtour-path-tests";
    fs::remove_all(temp);
    fs::create_directories(temp / "tour");
    std::ofstream(temp / "secret.jpg") << "x";
    fs::create_symlink(temp / "secret.jpg", temp / "tour" / "link.jpg");
    const PathResolver kioskResolver((temp / "tour").string(), kiosk());
    const ResolvedPath resolved = kioskResolver.resolve("link.jpg");
    INFO(problems(resolved));
    CHECK(resolved.path.empty());
    REQUIRE(resolved.problems.size() == 1);
    CHECK(resolved.problems[0].message == "the path leads outside the tour folder (" + (temp / "tour").string() +
                                              ") through a symbolic link, to " + (temp / "secret.jpg").string() +
                                              ": not allowed here");
    const PathResolver desktop((temp / "tour").string(), PathPolicy{});
    CHECK(desktop.resolve("link.jpg").path == (temp / "tour" / "link.jpg").string());
    fs::remove_all(temp);
}

TEST_CASE("a kiosk root above the tour folder allows '..' up to it", "[tour]") {
    const PathResolver resolver(kDir, kiosk(toursDir()));
    const ResolvedPath inside = resolver.resolve("../valid/images/plan.png");
    CHECK(inside.path == kDir + "/images/plan.png");
    CHECK(inside.problems.empty());
    CHECK(resolver.resolve("../other/a.png").path == toursDir() + "/other/a.png");
    CHECK(resolver.resolve("../../a.png").path.empty());
}

TEST_CASE("only http and https addresses with a host count as web addresses", "[tour]") {
    CHECK(isWebAddress("https://example.org"));
    CHECK(isWebAddress("HTTP://example.org/a?b=c"));
    CHECK_FALSE(isWebAddress("https://"));
    CHECK_FALSE(isWebAddress("https:///path"));
    CHECK_FALSE(isWebAddress("https://exa mple.org"));
    CHECK_FALSE(isWebAddress("javascript:alert(1)"));
    CHECK_FALSE(isWebAddress("file:///etc/passwd"));
    CHECK_FALSE(isWebAddress("//example.org"));
    CHECK_FALSE(isWebAddress("example.org"));
}
