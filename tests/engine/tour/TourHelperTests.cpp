// The small pieces the readers are built from: line and column counting, JSON pointers, UTF-8
// checks, edit distance and language tags.

#include "engine/tour/DidYouMean.h"
#include "engine/tour/JsonPointer.h"
#include "engine/tour/LanguageTag.h"
#include "engine/tour/TextPosition.h"
#include "engine/tour/Utf8.h"

#include <catch2/catch.hpp>

using namespace cloudtour::tour;

TEST_CASE("line index counts every line break style and characters not bytes", "[tour]") {
    const std::string text = "ab\ncd\r\nef\rgh\n\xE8\x8E\xAB"
                             "x";
    const LineIndex lines(text, 0);
    const auto at = [&](std::size_t offset) {
        const TextPosition position = lines.position(offset);
        return std::pair(position.line, position.column);
    };
    CHECK(at(0) == std::pair(1, 1));
    CHECK(at(1) == std::pair(1, 2));
    CHECK(at(3) == std::pair(2, 1));
    CHECK(at(7) == std::pair(3, 1));
    CHECK(at(10) == std::pair(4, 1));
    CHECK(at(16) == std::pair(5, 2)); // after a three-byte character
    CHECK(at(1000) == std::pair(5, 3));
    CHECK(lines.offsetOf(2, 2) == 4);
    CHECK(lines.offsetOf(5, 4) == 16); // JsonCpp's byte column
    const std::string marked = "\xEF\xBB\xBF{}";
    CHECK(LineIndex(marked, 3).position(3).column == 1);
}

TEST_CASE("JSON pointers escape '~' and '/' and resolve back", "[tour]") {
    CHECK(pointerToken("a/b~c") == "a~1b~0c");
    CHECK(childPointer("/scenes", 2) == "/scenes/2");
    CHECK(childPointer("", "hot/spots") == "/hot~1spots");
    CHECK(splitPointer("/a~1b/~01/3") == std::vector<std::string>{"a/b", "~1", "3"});
    CHECK(splitPointer("").empty());
    CHECK(splitPointer("/") == std::vector<std::string>{""});
}

TEST_CASE("UTF-8 checks find sequences that are not well formed and wide encodings", "[tour]") {
    CHECK(findInvalidUtf8("plain \xE8\x8E\xAB \xF0\x9F\x98\x80", 10).empty());
    CHECK(findInvalidUtf8("\xC0\xAF", 10) == std::vector<std::size_t>{0});         // overlong '/'
    CHECK(findInvalidUtf8("a\xED\xA0\x80", 10) == std::vector<std::size_t>{1});    // a surrogate
    CHECK(findInvalidUtf8("\xF4\x90\x80\x80", 10) == std::vector<std::size_t>{0}); // above U+10FFFF
    CHECK(findInvalidUtf8("\xE8\x8E", 10) == std::vector<std::size_t>{0});         // cut short
    CHECK(findInvalidUtf8("\x80\x80x\xFF", 1) == std::vector<std::size_t>{0});     // at most maxCount
    CHECK(wideEncodingName(std::string_view("{\0\"\0", 4)) == "UTF-16 (little-endian)");
    CHECK(wideEncodingName(std::string_view("\0\0\0{", 4)) == "UTF-32 (big-endian)");
    CHECK(wideEncodingName("{\"a\": 1}").empty());
    CHECK(utf8BomLength("\xEF\xBB\xBF{}") == 3);
}

TEST_CASE("did you mean finds typos within reach and nothing for words too far", "[tour]") {
    const std::string_view keys[] = {"hotspots", "title", "target", "panorama"};
    CHECK(editDistance("titel", "title") == 1);
    CHECK(editDistance("", "abc") == 3);
    CHECK(editDistance("kitten", "sitting") == 3);
    CHECK(closestMatch("hotSpots", keys) == "hotspots");
    CHECK(closestMatch("titel", keys) == "title");
    CHECK(closestMatch("panorma", keys) == "panorama");
    CHECK(closestMatch("sound", keys).empty());
    CHECK(closestMatch("title", keys).empty()); // not a typo
    CHECK(didYouMean("targt", keys) == ": did you mean 'target'?");
    CHECK(didYouMean("xyz", keys).empty());
}

TEST_CASE("language tags have the shape of BCP 47", "[tour]") {
    for (const char* tag : {"en", "zh", "es", "zh-Hant", "es-419", "sr-Latn-RS", "yue"}) {
        CHECK(isLanguageTag(tag));
    }
    for (const char* tag : {"", "e", "English", "en-", "-en", "en--US", "1a", "zh-Hant-toolongsubtag"}) {
        CHECK_FALSE(isLanguageTag(tag));
    }
}
