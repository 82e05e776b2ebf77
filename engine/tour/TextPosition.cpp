#include "engine/tour/TextPosition.h"

#include <algorithm>

namespace cloudtour::tour {

LineIndex::LineIndex(std::string_view text, std::size_t bodyOffset) : mText(text) {
    mLineStarts.push_back(std::min(bodyOffset, text.size()));
    for (std::size_t i = mLineStarts.front(); i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            ++i; // "\r\n" is one line break
        }
        if (text[i] == '\n' || text[i] == '\r') {
            mLineStarts.push_back(i + 1);
        }
    }
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i % kStride == 0) {
            mCharactersAt.push_back(characters);
        }
        // Continuation bytes (10xxxxxx) belong to the character before them.
        characters += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 ? 1 : 0;
    }
    if (text.size() % kStride == 0) {
        mCharactersAt.push_back(characters); // so the end of the text has its checkpoint too
    }
}

std::size_t LineIndex::charactersBefore(std::size_t offset) const {
    const std::size_t checkpoint = offset / kStride;
    if (checkpoint >= mCharactersAt.size()) {
        return 0; // a default-constructed index
    }
    std::size_t characters = mCharactersAt[checkpoint];
    for (std::size_t i = checkpoint * kStride; i < offset; ++i) {
        characters += (static_cast<unsigned char>(mText[i]) & 0xC0) != 0x80 ? 1 : 0;
    }
    return characters;
}

TextPosition LineIndex::position(std::size_t offset) const {
    if (mLineStarts.empty()) {
        return {1, 1};
    }
    offset = std::clamp(offset, mLineStarts.front(), mText.size());
    const auto next = std::upper_bound(mLineStarts.begin(), mLineStarts.end(), offset);
    const std::size_t lineIndex = static_cast<std::size_t>(next - mLineStarts.begin()) - 1;
    const std::size_t column = 1 + charactersBefore(offset) - charactersBefore(mLineStarts[lineIndex]);
    return {static_cast<int>(lineIndex) + 1, static_cast<int>(column)};
}

std::size_t LineIndex::offsetOf(int line, int byteColumn) const {
    if (mLineStarts.empty() || line < 1) {
        return 0;
    }
    const std::size_t lineIndex = std::min(static_cast<std::size_t>(line - 1), mLineStarts.size() - 1);
    const std::size_t column = byteColumn < 1 ? 0 : static_cast<std::size_t>(byteColumn - 1);
    return std::min(mLineStarts[lineIndex] + column, mText.size());
}

} // namespace cloudtour::tour
