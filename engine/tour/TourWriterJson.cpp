#include "engine/tour/TourWriterJson.h"

#include <cstdio>

namespace cloudtour::tour {
namespace {

constexpr std::size_t kColumns = 120;
constexpr std::size_t kIndent = 2;

} // namespace

std::string jsonQuoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
                out += escape;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

JsonNode JsonNode::string(std::string_view text) {
    JsonNode node(Kind::Scalar);
    node.mScalar = jsonQuoted(text);
    return node;
}

JsonNode JsonNode::number(std::string text) {
    JsonNode node(Kind::Scalar);
    node.mScalar = std::move(text);
    return node;
}

JsonNode JsonNode::boolean(bool value) {
    return number(value ? "true" : "false");
}

JsonNode& JsonNode::add(std::string_view key, JsonNode value) {
    mChildren.emplace_back(mKind == Kind::Object ? jsonQuoted(key) : std::string(), std::move(value));
    return *this;
}

std::string JsonNode::compact() const {
    if (mKind == Kind::Scalar) {
        return mScalar;
    }
    std::string out = mKind == Kind::Object ? "{" : "[";
    for (std::size_t i = 0; i < mChildren.size(); ++i) {
        out += i == 0 ? "" : ", ";
        out += mChildren[i].first.empty() ? "" : mChildren[i].first + ": ";
        out += mChildren[i].second.compact();
    }
    return out + (mKind == Kind::Object ? "}" : "]");
}

// `column` is where the value starts on its line (after the key), for the one-line test.
void JsonNode::renderAt(std::string& out, std::size_t indent, std::size_t column) const {
    const std::string line = compact();
    // The line must also leave room for the comma that may follow it.
    if (mKind == Kind::Scalar || mChildren.empty() || column + line.size() + 1 <= kColumns) {
        out += line;
        return;
    }
    out += mKind == Kind::Object ? "{" : "[";
    const std::string inner(indent + kIndent, ' ');
    for (std::size_t i = 0; i < mChildren.size(); ++i) {
        const auto& [key, child] = mChildren[i];
        out += (i == 0 ? "\n" : ",\n") + inner;
        const std::string prefix = key.empty() ? "" : key + ": ";
        out += prefix;
        child.renderAt(out, indent + kIndent, inner.size() + prefix.size());
    }
    out += "\n" + std::string(indent, ' ') + (mKind == Kind::Object ? "}" : "]");
}

std::string JsonNode::render() const {
    std::string out;
    renderAt(out, 0, kColumns); // as if the line were full: the document itself is always opened

    return out + "\n";
}

} // namespace cloudtour::tour
