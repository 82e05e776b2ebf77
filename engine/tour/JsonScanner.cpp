#include "engine/tour/JsonScanner.h"

#include "engine/tour/JsonPointer.h"

#include <map>

namespace cloudtour::tour {
namespace {

struct Frame {
    bool isObject = false;
    bool expectKey = false;                  // object: the next string is a key
    std::size_t index = 0;                   // array: index of the current element
    std::string key;                         // object: key of the current member
    std::map<std::string, std::size_t> keys; // object: key -> offset of its first use
};

void appendUtf8(std::string& out, unsigned codePoint) {
    if (codePoint < 0x80) {
        out += static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        out += static_cast<char>(0xC0 | (codePoint >> 6));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += static_cast<char>(0xE0 | (codePoint >> 12));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (codePoint >> 18));
        out += static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    }
}

class Scanner {
public:
    Scanner(std::string_view text, unsigned maxDepth) : mText(text), mMaxDepth(maxDepth) {}

    std::vector<ScanFinding> run() {
        while (mPos < mText.size() && step()) {
        }
        return std::move(mFindings);
    }

private:
    // Handles the token at mPos; false ends the scan.
    bool step() {
        const char c = mText[mPos];
        switch (c) {
        case '/':
            skipComment();
            return true;
        case '"':
            return onString();
        case '{':
        case '[':
            if (!startValue()) {
                return false;
            }
            mFrames.push_back(Frame{c == '{', c == '{', 0, {}, {}});
            ++mPos;
            return true;
        case '}':
        case ']':
            if (!mFrames.empty()) {
                mFrames.pop_back();
            }
            ++mPos;
            return true;
        case ',':
            if (!mFrames.empty()) {
                mFrames.back().expectKey = mFrames.back().isObject;
                ++mFrames.back().index;
            }
            ++mPos;
            return true;
        case ' ':
        case '\t':
        case '\r':
        case '\n':
        case ':':
            ++mPos;
            return true;
        default:
            return onScalar();
        }
    }

    bool onString() {
        const std::size_t start = mPos;
        const bool isKey = !mFrames.empty() && mFrames.back().isObject && mFrames.back().expectKey;
        if (!isKey && !startValue()) {
            return false;
        }
        // A control character in a key is reported at the object holding it.
        std::string decoded = readString(isKey ? mFrames.size() - 1 : mFrames.size());
        if (!isKey) {
            return true;
        }
        Frame& frame = mFrames.back();
        frame.expectKey = false;
        frame.key = decoded;
        const auto [first, inserted] = frame.keys.emplace(decoded, start);
        if (!inserted) {
            mFindings.push_back(
                {ScanFindingKind::DuplicateKey, start, first->second, pointer(mFrames.size()), decoded});
        }
        return true;
    }

    bool onScalar() {
        if (!startValue()) {
            return false;
        }
        while (mPos < mText.size() && std::string_view(",]} \t\r\n/").find(mText[mPos]) == std::string_view::npos) {
            ++mPos;
        }
        return true;
    }

    // A value begins at mPos: report it when it lies deeper than the limit.
    bool startValue() {
        if (mFrames.size() + 1 <= mMaxDepth) {
            return true;
        }
        mFindings.push_back({ScanFindingKind::TooDeep, mPos, 0, pointer(mFrames.size()), {}});
        return false;
    }

    // The pointer of the current value inside the outermost `depth` frames.
    std::string pointer(std::size_t depth) const {
        std::string result;
        for (std::size_t i = 0; i < depth; ++i) {
            const Frame& frame = mFrames[i];
            result = frame.isObject ? childPointer(result, frame.key) : childPointer(result, frame.index);
        }
        return result;
    }

    void skipComment() {
        mFindings.push_back({ScanFindingKind::Comment, mPos, 0, {}, {}});
        const bool block = mPos + 1 < mText.size() && mText[mPos + 1] == '*';
        if (block) {
            const std::size_t end = mText.find("*/", mPos + 2);
            mPos = end == std::string_view::npos ? mText.size() : end + 2;
            return;
        }
        while (mPos < mText.size() && mText[mPos] != '\n' && mText[mPos] != '\r') {
            ++mPos;
        }
    }

    // Reads the string at mPos (its opening quote), leaving mPos after the closing quote.
    // `pointerDepth`: how many frames the pointer of a reported control character spans.
    std::string readString(std::size_t pointerDepth) {
        std::string decoded;
        ++mPos;
        while (mPos < mText.size() && mText[mPos] != '"') {
            const auto byte = static_cast<unsigned char>(mText[mPos]);
            if (byte == '\\') {
                readEscape(decoded);
                continue;
            }
            if (byte < 0x20) {
                onControlCharacter(pointerDepth);
            }
            decoded += mText[mPos++];
        }
        ++mPos;
        return decoded;
    }

    void onControlCharacter(std::size_t pointerDepth) {
        if (mControlCharacters < kListedControlCharacters) {
            mFindings.push_back(
                {ScanFindingKind::ControlCharacter, mPos, 0, pointer(pointerDepth), std::string(1, mText[mPos])});
        } else if (mControlCharacters == kListedControlCharacters) {
            mMoreControlIndex = mFindings.size();
            mFindings.push_back({ScanFindingKind::MoreControlCharacters, mPos, 0, pointer(pointerDepth), {}, 1});
        } else {
            ++mFindings[mMoreControlIndex].count;
        }
        ++mControlCharacters;
    }

    void readEscape(std::string& out) {
        ++mPos; // the backslash
        if (mPos >= mText.size()) {
            return;
        }
        const char c = mText[mPos++];
        static constexpr std::string_view from = "bfnrt", to = "\b\f\n\r\t";
        if (const auto at = from.find(c); at != std::string_view::npos) {
            out += to[at];
        } else if (c == 'u') {
            unsigned codePoint = readHex4();
            const bool high = codePoint >= 0xD800 && codePoint <= 0xDBFF;
            if (high && mText.substr(mPos, 2) == "\\u") {
                mPos += 2;
                const unsigned low = readHex4();
                codePoint = 0x10000 + ((codePoint - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, codePoint);
        } else {
            out += c; // '"', '\\' and '/' stand for themselves
        }
    }

    unsigned readHex4() {
        unsigned value = 0;
        for (int i = 0; i < 4 && mPos < mText.size(); ++i, ++mPos) {
            const char c = mText[mPos];
            const unsigned digit = c >= '0' && c <= '9'   ? static_cast<unsigned>(c - '0')
                                   : c >= 'a' && c <= 'f' ? static_cast<unsigned>(c - 'a' + 10)
                                                          : static_cast<unsigned>(c - 'A' + 10);
            value = value * 16 + (digit & 0xF);
        }
        return value;
    }

    std::string_view mText;
    unsigned mMaxDepth;
    std::size_t mPos = 0;
    std::vector<Frame> mFrames;
    std::vector<ScanFinding> mFindings;
    std::size_t mControlCharacters = 0;
    std::size_t mMoreControlIndex = 0; // of the MoreControlCharacters finding in mFindings
};

} // namespace

std::vector<ScanFinding> scanJsonText(std::string_view text, unsigned maxDepth) {
    return Scanner(text, maxDepth).run();
}

} // namespace cloudtour::tour
