// The parser's side of the agreement with docs/tour.schema.json: the files the schema accepts
// (schema/valid) parse without errors or warnings, those it rejects give parser errors
// (schema/invalid) or, for unknown keys and unportable paths, parser warnings (schema/warning).
// check_schema.py checks the same files against the schema (SchemaTests.cmake).

#include "tests/engine/tour/TourTestSupport.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <vector>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;

namespace {

std::vector<std::string> filesIn(const std::string& folder) {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(toursDir() + "/schema/" + folder)) {
        if (entry.path().extension() == ".json") {
            files.push_back(entry.path().string());
        }
    }
    REQUIRE_FALSE(files.empty());
    return files;
}

TourLoadResult parseFile(const std::string& file) {
    return parseTour(readFile(file), file, withoutFileChecks());
}

} // namespace

TEST_CASE("files the schema accepts parse without errors or warnings", "[tour]") {
    for (const std::string& file : filesIn("valid")) {
        const auto result = parseFile(file);
        INFO(file << "\n" << listed(result.diagnostics));
        CHECK(result.tour);
        CHECK(result.diagnostics.count(Severity::Error) == 0);
        CHECK(result.diagnostics.count(Severity::Warning) == 0);
    }
}

TEST_CASE("files the schema rejects give parser errors", "[tour]") {
    for (const std::string& file : filesIn("invalid")) {
        const auto result = parseFile(file);
        INFO(file << "\n" << listed(result.diagnostics));
        CHECK(result.diagnostics.hasErrors());
    }
}

TEST_CASE("unknown keys and unportable paths are schema errors and parser warnings", "[tour]") {
    for (const std::string& file : filesIn("warning")) {
        const auto result = parseFile(file);
        INFO(file << "\n" << listed(result.diagnostics));
        CHECK(result.diagnostics.count(Severity::Error) == 0);
        CHECK(result.diagnostics.count(Severity::Warning) >= 1);
    }
}

TEST_CASE("the complete example of TOUR_FORMAT.md parses cleanly", "[tour]") {
    const std::string doc = readFile(std::string(CLOUDTOUR_SOURCE_DIR) + "/docs/TOUR_FORMAT.md");
    const std::size_t section = doc.find("## 11. Complete example");
    REQUIRE(section != std::string::npos);
    std::smatch match;
    const std::string rest = doc.substr(section);
    REQUIRE(std::regex_search(rest, match, std::regex("```json\n([^`]*)\n```")));
    const auto result = parseText(match[1].str());
    INFO(listed(result.diagnostics));
    CHECK(result.diagnostics.items.empty());
    REQUIRE(result.tour);
    CHECK(result.tour->scenes.size() == 3);
    CHECK(result.tour->scenes[2].hotspots.size() == 2);
}
