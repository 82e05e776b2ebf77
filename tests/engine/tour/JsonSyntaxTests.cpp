// The bytes and the JSON grammar: what JsonCpp rejects, what it lets through that we reject, and
// where each problem is (line and column as an editor counts them).

#include "tests/engine/tour/TourTestSupport.h"

#include <catch2/catch.hpp>

#include <random>
#include <string>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;

namespace {

const char* const kScene = R"({"id": "hall", "panorama": {"type": "equirect", "image": "hall.jpg"}})";
const std::string kTitleMismatch = "'title' must be a string, or an object of strings keyed by language tag such as "
                                   "{\"en\": \"...\", \"zh\": \"...\"}, found 5";

template <std::size_t N>
std::string bytes(const char (&text)[N]) {
    return std::string(text, N - 1); // keeps embedded NUL bytes
}

} // namespace

TEST_CASE("a UTF-8 byte-order mark is skipped and takes no column", "[tour]") {
    const std::string body = std::string("{\n  \"scenes\": [") + kScene + "],\n  \"title\": 5\n}";
    const auto plain = parseText(body);
    const auto marked = parseText("\xEF\xBB\xBF" + body);
    checkOnly(plain, Severity::Error, 3, 12, "/title", kTitleMismatch);
    checkOnly(marked, Severity::Error, 3, 12, "/title", kTitleMismatch);
    REQUIRE(plain.tour);
    REQUIRE(marked.tour);
    const SourceSpan& a = plain.tour->scenes.at(0).span;
    const SourceSpan& b = marked.tour->scenes.at(0).span;
    CHECK((a.line == 2 && a.column == 14 && b.line == 2 && b.column == 14));
    CHECK(b.start == a.start + 3); // offsets are file bytes, so author mode can patch them
    CHECK(a.start == 15);
}

TEST_CASE("CRLF and lone CR line ends count as one line break", "[tour]") {
    for (const std::string eol : {"\r\n", "\r"}) {
        const std::string text =
            "{" + eol + "  \"title\": 5," + eol + "  \"scenes\": [" + kScene + "]" + eol + "}" + eol;
        const auto result = parseText(text);
        checkOnly(result, Severity::Error, 2, 12, "/title", kTitleMismatch);
        REQUIRE(result.tour);
        CHECK(result.tour->scenes.at(0).span.line == 3);
        CHECK(result.tour->scenes.at(0).span.column == 14);
    }
}

TEST_CASE("columns count characters and not bytes after Chinese text", "[tour]") {
    const std::string text = R"({"title": {"zh": "莫高窟", "en": 5}, "scenes": [)" + std::string(kScene) + "]}";
    const auto result = parseText(text);
    // 莫高窟 is 9 bytes but 3 characters: the 5 is character 31 of the line (byte 37).
    checkOnly(result, Severity::Error, 1, 31, "/title/en", "'en' must be a string, found 5");
}

TEST_CASE("nesting deeper than the limit is reported where it happens and does not throw", "[tour]") {
    const std::string text = "{\"scenes\": " + std::string(100000, '[');
    TourLoadResult result;
    REQUIRE_NOTHROW(result = parseText(text));
    std::string pointer = "/scenes";
    for (int i = 0; i < 63; ++i) {
        pointer += "/0";
    }
    // The root object is level 1, so the 64th '[' holds the value at level 65.
    checkOnly(result, Severity::Error, 1, 75, pointer, "the JSON is nested deeper than the limit of 64 levels");
    CHECK_FALSE(result.tour);

    TourLoadOptions options = withoutFileChecks();
    options.limits.maxDepth = 3;
    checkOnly(parseText(R"({"scenes": [[1]]})", options), Severity::Error, 1, 14, "/scenes/0/0",
              "the JSON is nested deeper than the limit of 3 levels");
    // JsonCpp also throws at a missing value one level too deep: the real problem is reported.
    options.limits.maxDepth = 2;
    checkOnly(parseText(R"({"scenes": [)", options), Severity::Error, 1, 13, "",
              "expected a value (an object, array, string, number, true, false or null): the file ends before the "
              "JSON is complete (was it cut short?)");
}

TEST_CASE("every duplicate key is an error at its second use and the last value is kept", "[tour]") {
    const auto result = parseText(R"({
  "title": "first",
  "scenes": [{"id": "hall", "panorama": {"type": "equirect", "image": "hall.jpg"}, "id": "lobby"}],
  "title": "second"
})");
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 2);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 3, 84, "/scenes/0/id",
                    "duplicate key 'id', first at line 3, column 15 (the last value is used)");
    checkDiagnostic(result.diagnostics.items[1], Severity::Error, 4, 3, "/title",
                    "duplicate key 'title', first at line 2, column 3 (the last value is used)");
    REQUIRE(result.tour);
    CHECK(result.tour->title.resolve("en", "en") == "second");
    CHECK(result.tour->scenes.at(0).id == "lobby");
}

TEST_CASE("comments are errors at their place and the rest is still read", "[tour]") {
    const auto result =
        parseText("{\n  // the tour's name\n  \"title\": \"Hall\", /* in the title bar */\n  \"scenes\": [" +
                  std::string(kScene) + "]\n}");
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 2);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 2, 3, "", "comments are not allowed in JSON");
    checkDiagnostic(result.diagnostics.items[1], Severity::Error, 3, 20, "", "comments are not allowed in JSON");
    REQUIRE(result.tour);
    CHECK(result.tour->title.resolve("en", "en") == "Hall");
}

TEST_CASE("trailing commas are named as the cause", "[tour]") {
    checkOnly(parseText("{\n  \"languages\": [\"en\",],\n  \"scenes\": []\n}"), Severity::Error, 2, 22, "",
              "expected a value (an object, array, string, number, true, false or null): trailing commas are not "
              "allowed in JSON");
    const auto object = parseText("{\n  \"scenes\": [],\n}");
    checkOnly(object, Severity::Error, 3, 1, "",
              "expected a key in double quotes or '}': trailing commas are not allowed in JSON");
    CHECK_FALSE(object.tour);
}

TEST_CASE("invalid UTF-8 is reported at each broken sequence", "[tour]") {
    const auto result = parseText("{\"title\": \"caf\xC3\x28\", \"description\": \"\xFF\"}");
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 2);
    checkDiagnostic(result.diagnostics.items[0], Severity::Error, 1, 15, "",
                    "invalid UTF-8 byte 0xC3: tour files must be UTF-8");
    checkDiagnostic(result.diagnostics.items[1], Severity::Error, 1, 36, "",
                    "invalid UTF-8 byte 0xFF: tour files must be UTF-8");
    CHECK_FALSE(result.tour);
}

TEST_CASE("UTF-16 and UTF-32 files are named as such", "[tour]") {
    checkOnly(parseText(bytes("\xFF\xFE{\0}\0")), Severity::Error, 1, 1, "",
              "the file is UTF-16 (little-endian) text: tour files must be UTF-8 (save it as UTF-8)");
    checkOnly(parseText(bytes("\0{\0}")), Severity::Error, 1, 1, "",
              "the file is UTF-16 (big-endian) text: tour files must be UTF-8 (save it as UTF-8)");
    checkOnly(parseText(bytes("\xFF\xFE\0\0{\0\0\0")), Severity::Error, 1, 1, "",
              "the file is UTF-32 (little-endian) text: tour files must be UTF-8 (save it as UTF-8)");
}

TEST_CASE("an empty file or one of only spaces says so", "[tour]") {
    for (const std::string text : {"", "  \n\t", "\xEF\xBB\xBF"}) {
        const auto result = parseText(text);
        checkOnly(result, Severity::Error, 1, 1, "",
                  "the file is empty: expected a JSON object such as {\"scenes\": [...]}");
        CHECK_FALSE(result.tour);
    }
}

TEST_CASE("a truncated file is reported where it ends", "[tour]") {
    checkOnly(parseText(R"({"scenes":[{"id":"lob)"), Severity::Error, 1, 18, "",
              "expected a value (an object, array, string, number, true, false or null): this string is not closed "
              "before the end of the file (was it cut short?)");
    checkOnly(parseText(R"({"scenes":[{"id":"lobby")"), Severity::Error, 1, 25, "",
              "expected ',' or '}' after the value: the file ends before the JSON is complete (was it cut short?)");
}

TEST_CASE("other syntax errors keep JsonCpp's position with our wording", "[tour]") {
    checkOnly(parseText("{'scenes': []}"), Severity::Error, 1, 2, "",
              "expected a key in double quotes or '}': JSON strings and keys need double quotes");
    checkOnly(parseText(R"({"scenes": []} {})"), Severity::Error, 1, 16, "",
              "unexpected text after the end of the JSON document");
    checkOnly(parseText(R"({"title": 1e400})"), Severity::Error, 1, 11, "",
              "the number 1e400 is out of range (too large or too small for a double)");
    checkOnly(parseText(bytes("{\"scenes\": []}\0{}")), Severity::Error, 1, 15, "",
              "the file contains a NUL byte (is it a binary file?)");
}

TEST_CASE("raw control characters and lone surrogates in strings are errors", "[tour]") {
    const auto tab = parseText("{\"title\": \"a\tb\", \"scenes\": [" + std::string(kScene) + "]}");
    checkOnly(tab, Severity::Error, 1, 13, "/title", "control character U+0009 in a string: write it as \\t");
    REQUIRE(tab.tour);
    checkOnly(parseText(R"({"title": "\uDC00", "scenes": [)" + std::string(kScene) + "]}"), Severity::Error, 1, 11,
              "/title",
              "'title' must be valid Unicode text, found an unpaired surrogate escape (\\uD800 to \\uDFFF without its "
              "partner)");
}

TEST_CASE("a root that is not an object is an error at 1:1", "[tour]") {
    const auto result = parseText(R"([{"id": "hall"}])");
    checkOnly(result, Severity::Error, 1, 1, "",
              "the tour must be a JSON object such as {\"scenes\": [...]}, found an array");
    CHECK_FALSE(result.tour);
}

TEST_CASE("damaged copies of a valid tour never throw and every message has a place", "[tour]") {
    const std::string valid = readFile(toursDir() + "/valid/tour.json");
    std::mt19937 random(61); // fixed seed: the same damage on every run
    for (int round = 0; round < 300; ++round) {
        std::string damaged = valid.substr(0, random() % valid.size());
        for (int flips = 0; flips < round % 4; ++flips) {
            damaged[random() % std::max<std::size_t>(1, damaged.size())] = static_cast<char>(random() % 256);
        }
        TourLoadResult result;
        REQUIRE_NOTHROW(result = parseText(damaged));
        CHECK((result.tour || result.diagnostics.hasErrors()));
        for (const Diagnostic& diagnostic : result.diagnostics.items) {
            INFO(formatDiagnostic(diagnostic));
            CHECK(diagnostic.line >= 1);
            CHECK(diagnostic.column >= 1);
        }
    }
}
