#include "viewer/commands/Commands.h"

#include <catch2/catch.hpp>

using cloudtour::viewer::parseSize;

TEST_CASE("sizes are read as WIDTHxHEIGHT and nothing else", "[viewer][cli]") {
    const auto ok = parseSize("1920x1080");
    REQUIRE(ok.ok());
    CHECK(ok->first == 1920);
    CHECK(ok->second == 1080);
    CHECK(parseSize("1x1").ok());
    for (const char* bad :
         {"", "1920", "x1080", "1920x", "1920x1080x3", "0x10", "10x0", "-5x10", "99999x10", "12ax4", " 10x10"}) {
        INFO(bad);
        CHECK_FALSE(parseSize(bad).ok());
    }
}
