// findInvalidUtf8 skips ASCII a word at a time: a broken or valid sequence at any alignment after
// an ASCII run, and at the very end, must be found exactly as byte by byte.

#include "engine/tour/Utf8.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace cloudtour::tour;

TEST_CASE("invalid UTF-8 after ASCII runs of every length is found at its offset", "[tour]") {
    for (const std::string& bad : {std::string("\xFF"), std::string("\xC3("), std::string("\xE6\xB1"),
                                   std::string("\xED\xA0\x80"), std::string("\x80")}) {
        for (std::size_t run = 0; run < 40; ++run) {
            for (const std::size_t tail : {0, 1, 9}) {
                const std::string text = std::string(run, 'a') + bad + std::string(tail, 'b');
                INFO("run " << run << ", tail " << tail << ", first byte " << static_cast<int>(bad[0] & 0xFF));
                CHECK(findInvalidUtf8(text, 20) == std::vector<std::size_t>{run});
            }
        }
    }
}

TEST_CASE("valid UTF-8 after ASCII runs of every length is accepted", "[tour]") {
    for (std::size_t run = 0; run < 40; ++run) {
        const std::string text = std::string(run, 'a') + "\xE6\xB1\x89\xF0\x9F\x98\x80\xC3\xA9" + std::string(run, 'z');
        INFO("run " << run);
        CHECK(findInvalidUtf8(text, 20).empty());
    }
}

TEST_CASE("invalid UTF-8 reports stop at the maximum count", "[tour]") {
    std::string text;
    for (int i = 0; i < 30; ++i) {
        text += "abcdefghij\xFF";
    }
    const std::vector<std::size_t> offsets = findInvalidUtf8(text, 20);
    REQUIRE(offsets.size() == 20);
    for (std::size_t i = 0; i < offsets.size(); ++i) {
        CHECK(offsets[i] == 11 * i + 10);
    }
}
