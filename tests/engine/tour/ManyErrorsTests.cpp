// A file with problems in many places: all are reported in one pass, in file order, and the tour
// keeps what could be read (tests/data/tours/errors/many-errors.json).

#include "tests/engine/tour/TourTestSupport.h"

#include <catch2/catch.hpp>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;

TEST_CASE("every problem of a broken tour is reported in one pass and the rest is kept", "[tour]") {
    const std::string file = toursDir() + "/errors/many-errors.json";
    const auto result = parseTour(readFile(file), file, withoutFileChecks());
    struct Expected {
        Severity severity;
        int line;
        const char* start; // the message starts so; the exact wording is tested case by case elsewhere
    };
    const Expected expected[] = {
        {Severity::Warning, 2, "no text in es"},
        {Severity::Error, 4, "'firstScene' is 'hal', which is not a scene id"},
        {Severity::Error, 5, "'duration' must be a number from 0 to 10 (seconds), found -1"},
        {Severity::Error, 9, "'haov' must be a number above 0 and at most 360"},
        {Severity::Error, 10, "'pitch' must be a number from -90 to 90 (degrees), found 95"},
        {Severity::Error, 12,
         "'target' is 'galery', which is not a scene id (the hotspot is skipped): did you mean "
         "'gallery'?"},
        {Severity::Error, 13, "duplicate hotspot id 'door'"},
        {Severity::Error, 14, "'yaw' must be a number"},
        {Severity::Error, 15, "'url' must be an http:// or https:// address"},
        {Severity::Error, 21, "'faces' must be an array of 6 image paths"},
        {Severity::Warning, 22, "unknown key 'hotSpots' in a scene: did you mean 'hotspots'?"},
        {Severity::Error, 25, "duplicate scene id 'hall', first at line 8, column 13"},
        {Severity::Warning, 28, "scene 'crypt' cannot be reached"},
        {Severity::Error, 32, "'polygon' must have at least 3 points, found 2"},
    };
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == std::size(expected));
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        const Diagnostic& diagnostic = result.diagnostics.items[i];
        INFO(formatDiagnostic(diagnostic));
        CHECK(diagnostic.severity == expected[i].severity);
        CHECK(diagnostic.line == expected[i].line);
        CHECK(diagnostic.message.starts_with(expected[i].start));
        CHECK(diagnostic.file == file);
        CHECK_FALSE(diagnostic.pointer.empty());
    }
    CHECK(result.diagnostics.count(Severity::Error) == 11);
    REQUIRE(result.tour);
    REQUIRE(result.tour->scenes.size() == 2);
    CHECK(result.tour->scenes[0].id == "hall");
    CHECK(result.tour->scenes[1].id == "crypt");
    REQUIRE(result.tour->scenes[0].hotspots.size() == 1);
    CHECK(result.tour->scenes[0].hotspots[0].id == "ok");
    CHECK(result.tour->firstScene == "hall");
}
