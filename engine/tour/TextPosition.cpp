#include "engine/tour/TextPosition.h"

#include <algorithm>
#include <cstring>

namespace cloudtour::tour {
namespace {

// memchr skips the bytes between line breaks many at a time (and is not instrumented in fuzz builds).
std::size_t nextByte(std::string_view text, char byte, std::size_t from) {
    if (from >= text.size()) {
        return text.size();
    }
    const void* at = std::memchr(text.data() + from, byte, text.size() - from);
    return at == nullptr ? text.size() : static_cast<std::size_t>(static_cast<const char*>(at) - text.data());
}

// Continuation bytes (10xxxxxx) belong to the character before them.
bool startsCharacter(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
}

} // namespace

LineIndex::LineIndex(std::string_view text, std::size_t bodyOffset) : mText(text) {
    findLineStarts(bodyOffset);
    for (std::size_t line = 0; line < mLineStarts.size(); ++line) {
        const std::size_t end = line + 1 < mLineStarts.size() ? mLineStarts[line + 1] : text.size();
        if (end - mLineStarts[line] > kLongLine) {
            makeCheckpoints();
            break;
        }
    }
}

void LineIndex::findLineStarts(std::size_t bodyOffset) {
    const std::size_t size = mText.size();
    mLineStarts.push_back(std::min(bodyOffset, size));
    std::size_t lf = nextByte(mText, '\n', mLineStarts.front());
    std::size_t cr = nextByte(mText, '\r', mLineStarts.front());
    while (lf < size || cr < size) {
        // "\r\n" is one line break (ending at its "\n"); a lone "\r" is one too.
        const bool crlf = cr + 1 == lf && lf < size;
        const std::size_t end = cr < lf && !crlf ? cr : lf;
        mLineStarts.push_back(end + 1);
        if (lf <= end) {
            lf = nextByte(mText, '\n', end + 1);
        }
        if (cr <= end) {
            cr = nextByte(mText, '\r', end + 1);
        }
    }
}

void LineIndex::makeCheckpoints() {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < mText.size(); ++i) {
        if (i % kStride == 0) {
            mCharactersAt.push_back(characters);
        }
        characters += startsCharacter(mText[i]) ? 1 : 0;
    }
    if (mText.size() % kStride == 0) {
        mCharactersAt.push_back(characters); // so the end of the text has its checkpoint too
    }
}

std::size_t LineIndex::charactersBefore(std::size_t offset) const {
    const std::size_t checkpoint = offset / kStride;
    std::size_t characters = mCharactersAt[checkpoint];
    for (std::size_t i = checkpoint * kStride; i < offset; ++i) {
        characters += startsCharacter(mText[i]) ? 1 : 0;
    }
    return characters;
}

std::size_t LineIndex::charactersBetween(std::size_t from, std::size_t to) const {
    if (!mCharactersAt.empty()) {
        return charactersBefore(to) - charactersBefore(from);
    }
    // Every line is at most kLongLine bytes: counting from its start is as cheap as a checkpoint.
    std::size_t characters = 0;
    for (std::size_t i = from; i < to; ++i) {
        characters += startsCharacter(mText[i]) ? 1 : 0;
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
    const std::size_t column = 1 + charactersBetween(mLineStarts[lineIndex], offset);
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
