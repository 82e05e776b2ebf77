#include "engine/tour/TextPosition.h"
#include "tests/engine/tour/TourTestSupport.h"

#include <catch2/catch.hpp>

#include <string>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;

namespace {

// What a column is, counted the slow way: characters from the start of the offset's line.
TextPosition counted(const std::string& text, std::size_t offset) {
    TextPosition position{1, 1};
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue; // the "\n" that follows ends the line
        }
        if (text[i] == '\n' || text[i] == '\r') {
            position = {position.line + 1, 1};
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++position.column;
        }
    }
    return position;
}

// ASCII, three-byte characters and line breaks of each kind, repeated to `size` bytes, so that
// characters and lines straddle every kind of boundary.
std::string mixed(std::size_t size) {
    const std::string pattern = "ab\xE6\xB1\x89"
                                "cdefg\xE2\x82\xAC"
                                "hij\r\nklm\rnop\n"
                                "qrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    std::string text;
    while (text.size() < size) {
        text += pattern;
    }
    text.resize(size);
    return text;
}

// Every offset of `text` that a message can point to is placed as counting from the start says.
void checkEveryOffset(const std::string& text) {
    const LineIndex lines(text, 0);
    for (std::size_t offset = 0; offset <= text.size(); ++offset) {
        // An offset inside "\r\n" or a character is not a place a message points to.
        if (offset > 0 && offset < text.size() &&
            ((text[offset - 1] == '\r' && text[offset] == '\n') ||
             (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80)) {
            continue;
        }
        const TextPosition expected = counted(text, offset);
        const TextPosition actual = lines.position(offset);
        INFO("size " << text.size() << ", offset " << offset);
        REQUIRE(actual.line == expected.line);
        REQUIRE(actual.column == expected.column);
    }
}

} // namespace

TEST_CASE("Columns agree with counting from the line start when long and short lines mix", "[tour]") {
    // Lines of up to 70 bytes, then lines just under, at and over the length from which the index
    // keeps checkpoints (512 bytes), with Chinese text in them.
    std::string text = mixed(300);
    for (const std::size_t length : {511, 512, 513, 1500}) {
        std::string line;
        while (line.size() < length) {
            line += line.size() % 7 == 0 ? "\xE6\xB1\x89" : "x";
        }
        text += line + (length % 2 == 0 ? "\r\n" : "\n") + mixed(100);
        checkEveryOffset(text);
    }
}

TEST_CASE("Line breaks at the very end and next to each other are counted like an editor", "[tour]") {
    for (const std::string text : {"a\r", "a\r\n", "a\n", "\r\r\n\n", "\n\r", "\r", "\r\n\r\n", "ab\r\rc"}) {
        checkEveryOffset(text);
    }
}

TEST_CASE("Columns on long lines agree with counting from the line start at every offset", "[tour]") {
    for (const std::size_t size : {0, 1, 255, 256, 257, 512, 1000, 4096, 5000}) {
        const std::string text = mixed(size);
        const LineIndex lines(text, 0);
        for (std::size_t offset = 0; offset <= size; ++offset) {
            // An offset inside "\r\n" or a character is not a place a message points to.
            if (offset > 0 && offset < size &&
                ((text[offset - 1] == '\r' && text[offset] == '\n') ||
                 (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80)) {
                continue;
            }
            const TextPosition expected = counted(text, offset);
            const TextPosition actual = lines.position(offset);
            INFO("size " << size << ", offset " << offset);
            REQUIRE(actual.line == expected.line);
            REQUIRE(actual.column == expected.column);
        }
    }
}

TEST_CASE("A one-line tour places its messages at the right columns", "[tour][fuzz]") {
    // Minified, as exported tours often are: 300 scenes whose panoramas have an unknown type, each
    // message at its own column of the single line.
    std::string text = R"({"version": 1, "scenes": [)";
    std::vector<std::size_t> offsets;
    for (int i = 0; i < 300; ++i) {
        text += (i == 0 ? "" : ",") + std::string(R"({"id": "s)") + std::to_string(i) + R"(", "panorama": {"type": )";
        offsets.push_back(text.size());
        text += R"("flat", "image": "images/entrance.png"}})";
    }
    text += "]}";
    const TourLoadResult result = parseText(text);
    INFO(listed(result.diagnostics));
    std::size_t found = 0;
    for (const Diagnostic& diagnostic : result.diagnostics.items) {
        if (diagnostic.pointer.ends_with("/panorama/type")) {
            CHECK(diagnostic.line == 1);
            CHECK(static_cast<std::size_t>(diagnostic.column) == offsets.at(found) + 1);
            ++found;
        }
    }
    CHECK(found == offsets.size());
}
