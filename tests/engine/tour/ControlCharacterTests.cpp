// Raw control characters in strings: the first kListedControlCharacters get a message each, the
// rest one message that counts them, so a file of control bytes cannot exhaust memory.

#include "engine/tour/JsonScanner.h"
#include "tests/engine/tour/TourTestSupport.h"

#include <catch2/catch.hpp>

#include <string>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;

namespace {

const char* const kScene = R"({"id": "hall", "panorama": {"type": "equirect", "image": "hall.jpg"}})";

// {"title": "<count control characters>", "description": "<more control characters>", "scenes": [...]}
std::string tourWithControlCharacters(std::size_t inTitle, std::size_t inDescription) {
    return "{\"title\": \"" + std::string(inTitle, '\x01') + "\", \"description\": \"" +
           std::string(inDescription, '\x1F') + "\", \"scenes\": [" + kScene + "]}";
}

const std::size_t kTitleStart = std::string("{\"title\": \"").size(); // byte offset of the first one

std::string moreMessage(std::size_t count) {
    return std::to_string(count) + " more control characters in strings from here on (the first " +
           std::to_string(kListedControlCharacters) + " are listed one by one): write each as an escape such as \\t, " +
           "\\n or \\u0001";
}

} // namespace

TEST_CASE("up to the listed number of control characters each get their own message", "[tour]") {
    const auto result = parseText(tourWithControlCharacters(kListedControlCharacters, 0));
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == kListedControlCharacters);
    for (std::size_t i = 0; i < kListedControlCharacters; ++i) {
        checkDiagnostic(result.diagnostics.items[i], Severity::Error, 1, static_cast<int>(kTitleStart + i + 1),
                        "/title", "control character U+0001 in a string: write it as \\u0001");
    }
    CHECK(result.tour);
}

TEST_CASE("control characters after the listed ones are counted in one message at the first of them", "[tour]") {
    // 15 in the title and 10 in the description: the 21st is the description's sixth.
    const auto result = parseText(tourWithControlCharacters(15, 10));
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == kListedControlCharacters + 1);
    checkDiagnostic(result.diagnostics.items[14], Severity::Error, 1, static_cast<int>(kTitleStart + 15), "/title",
                    "control character U+0001 in a string: write it as \\u0001");
    const int descriptionStart = static_cast<int>(kTitleStart + 15 + std::string("\", \"description\": \"").size());
    checkDiagnostic(result.diagnostics.items[15], Severity::Error, 1, descriptionStart + 1, "/description",
                    "control character U+001F in a string: write it as \\u001F");
    checkDiagnostic(result.diagnostics.items[20], Severity::Error, 1, descriptionStart + 6, "/description",
                    moreMessage(5));
    CHECK(result.tour);
}

TEST_CASE("a megabyte of control characters gives the listed messages and one count", "[tour]") {
    const std::size_t count = 1u << 20;
    TourLoadOptions options = withoutFileChecks();
    options.limits.maxStringBytes = 2 * count; // only the control characters are reported
    const auto result = parseText(tourWithControlCharacters(count, 0), options);
    INFO(listed(result.diagnostics).substr(0, 4000));
    REQUIRE(result.diagnostics.items.size() == kListedControlCharacters + 1);
    checkDiagnostic(result.diagnostics.items.back(), Severity::Error, 1,
                    static_cast<int>(kTitleStart + kListedControlCharacters + 1), "/title",
                    moreMessage(count - kListedControlCharacters));
}
