#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cloudtour::tour {

/// What the lexical scan finds that JsonCpp 1.9.5 lets through, or reports without a position.
enum class ScanFindingKind {
    Comment,               ///< "//" or "/*": accepted by JsonCpp 1.9.5 even with allowComments off
    ControlCharacter,      ///< a raw byte below 0x20 inside a string (JSON requires an escape)
    MoreControlCharacters, ///< the control characters after the first kListedControlCharacters
    DuplicateKey,          ///< a key already used in the same object (strict JsonCpp stops at the first)
    TooDeep,               ///< the first value nested deeper than the limit (JsonCpp throws, no position)
};

struct ScanFinding {
    ScanFindingKind kind = ScanFindingKind::Comment;
    std::size_t offset = 0;      ///< of the comment, character, key (its opening quote) or value
    std::size_t firstOffset = 0; ///< DuplicateKey: offset of the key's first use
    std::string pointer;         ///< JSON pointer of the value concerned (for a key: its member)
    std::string detail;          ///< DuplicateKey: the key; ControlCharacter: the character
    std::size_t count = 0;       ///< MoreControlCharacters: how many (it is at the first of them)
};

/// Control characters listed one finding each; the rest are counted in one MoreControlCharacters
/// finding. A message each made a 4 MB file of raw control bytes cost 4 million messages, 1.5 GB
/// and 69 s, and a 16 MB one would exhaust memory; invalid UTF-8 is listed the same way.
constexpr std::size_t kListedControlCharacters = 20;

/// Walks JSON text that JsonCpp has accepted, or accepted up to the point where it threw, so the
/// grammar is known to be right and a small state machine suffices. Depth counts as JsonCpp's
/// stackLimit does: the root value is at depth 1 and each enclosing container adds one. The first
/// value deeper than `maxDepth` is reported and ends the scan. Offsets are relative to `text`.
std::vector<ScanFinding> scanJsonText(std::string_view text, unsigned maxDepth);

} // namespace cloudtour::tour
