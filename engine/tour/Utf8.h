#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace cloudtour::tour {

/// 3 when `text` starts with a UTF-8 byte-order mark, else 0.
std::size_t utf8BomLength(std::string_view text);

/// The name of the encoding ("UTF-16 (little-endian)", ...) when `text` is plainly UTF-16 or UTF-32
/// rather than UTF-8: a byte-order mark of theirs, or NUL bytes interleaved with the first ASCII
/// character. Empty otherwise. Windows editors save "Unicode" text as UTF-16, so this happens.
std::string_view wideEncodingName(std::string_view text);

/// Offsets of the first byte of each invalid UTF-8 sequence (stray continuation bytes, truncated
/// sequences, overlong forms, UTF-16 surrogates, code points above U+10FFFF), at most `maxCount`.
std::vector<std::size_t> findInvalidUtf8(std::string_view text, std::size_t maxCount);

inline bool isValidUtf8(std::string_view text) {
    return findInvalidUtf8(text, 1).empty();
}

} // namespace cloudtour::tour
