#include "engine/tour/Utf8.h"

#include <cstdint>
#include <cstring>

namespace cloudtour::tour {
namespace {

bool isContinuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

// Length of the valid sequence at `i`, or 0 when it is invalid. The second-byte ranges exclude
// overlong forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4), as in Unicode's
// table of well-formed byte sequences.
std::size_t validSequenceLength(std::string_view text, std::size_t i) {
    const auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = at(i);
    if (lead < 0x80) {
        return 1;
    }
    std::size_t length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + length > text.size() || at(i + 1) < low || at(i + 1) > high) {
        return 0;
    }
    for (std::size_t k = 2; k < length; ++k) {
        if (!isContinuation(at(i + k))) {
            return 0;
        }
    }
    return length;
}

// Skips bytes below 0x80 (whole characters) eight at a time: tour files are mostly ASCII, and one
// test per word rather than per byte keeps this pass cheap (it was 5% of fuzz_tour's time).
std::size_t skipAscii(std::string_view text, std::size_t i) {
    std::uint64_t word = 0;
    while (i + sizeof word <= text.size()) {
        std::memcpy(&word, text.data() + i, sizeof word);
        if ((word & 0x8080808080808080ULL) != 0) {
            break;
        }
        i += sizeof word;
    }
    return i;
}

} // namespace

std::size_t utf8BomLength(std::string_view text) {
    return text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
}

std::string_view wideEncodingName(std::string_view text) {
    using namespace std::string_view_literals;
    if (text.starts_with("\x00\x00\xFE\xFF"sv)) {
        return "UTF-32 (big-endian)";
    }
    if (text.starts_with("\xFF\xFE\x00\x00"sv)) {
        return "UTF-32 (little-endian)";
    }
    if (text.starts_with("\xFE\xFF"sv)) {
        return "UTF-16 (big-endian)";
    }
    if (text.starts_with("\xFF\xFE"sv)) {
        return "UTF-16 (little-endian)";
    }
    // Without a byte-order mark: JSON starts with an ASCII character, so a NUL byte beside it gives
    // the encoding away.
    if (text.size() >= 4 && text[0] != '\0' && text[1] == '\0') {
        return text[2] == '\0' && text[3] == '\0' ? "UTF-32 (little-endian)" : "UTF-16 (little-endian)";
    }
    if (text.size() >= 4 && text[0] == '\0') {
        return text[1] == '\0' ? "UTF-32 (big-endian)" : "UTF-16 (big-endian)";
    }
    return {};
}

std::vector<std::size_t> findInvalidUtf8(std::string_view text, std::size_t maxCount) {
    std::vector<std::size_t> offsets;
    std::size_t i = 0;
    while (offsets.size() < maxCount && (i = skipAscii(text, i)) < text.size()) {
        const std::size_t length = validSequenceLength(text, i);
        if (length > 0) {
            i += length;
            continue;
        }
        offsets.push_back(i);
        // One report per broken sequence: skip the continuation bytes that belonged to it.
        ++i;
        while (i < text.size() && isContinuation(static_cast<unsigned char>(text[i]))) {
            ++i;
        }
    }
    return offsets;
}

} // namespace cloudtour::tour
