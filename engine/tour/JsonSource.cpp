#include "engine/tour/JsonSource.h"

#include "engine/tour/DidYouMean.h"
#include "engine/tour/JsonReader.h"
#include "engine/tour/JsonScanner.h"
#include "engine/tour/JsonSyntaxError.h"
#include "engine/tour/JsonValueCount.h"
#include "engine/tour/Utf8.h"

#include <algorithm>
#include <cstdio>
#include <memory>

namespace cloudtour::tour {
namespace {

constexpr std::size_t kMaxEncodingReports = 20;

std::string hexByte(unsigned char byte) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
    return buffer;
}

std::string controlCharacterMessage(char c) {
    static constexpr std::string_view from = "\b\f\n\r\t", escapes[] = {"\\b", "\\f", "\\n", "\\r", "\\t"};
    char code[8];
    std::snprintf(code, sizeof code, "%04X", static_cast<unsigned>(static_cast<unsigned char>(c)));
    const auto at = from.find(c);
    const std::string escape = at == std::string_view::npos ? std::string("\\u") + code : std::string(escapes[at]);
    return std::string("control character U+") + code + " in a string: write it as " + escape;
}

// Problems with the bytes themselves, found before JsonCpp sees them (it accepts invalid UTF-8).
bool checkBytes(const JsonSource& source, const TourLimits& limits, Diagnostics& out) {
    const std::string_view text = source.text;
    if (text.size() > limits.maxFileBytes) {
        out.items.push_back({Severity::Error, source.file, 0, 0, "",
                             "the file is " + std::to_string(text.size()) + " bytes, over the limit of " +
                                 std::to_string(limits.maxFileBytes) + " bytes"});
        return false;
    }
    // Counted before JsonCpp builds its tree, which takes about 100 bytes for each value.
    if (const std::size_t values = countJsonValues(text); values > limits.maxJsonValues) {
        out.items.push_back({Severity::Error, source.file, 0, 0, "",
                             "the file holds " + std::to_string(values) + " JSON values and keys, over the limit of " +
                                 std::to_string(limits.maxJsonValues)});
        return false;
    }
    if (const std::string_view encoding = wideEncodingName(text); !encoding.empty()) {
        out.items.push_back(source.diagnosticAt(Severity::Error, 0, "",
                                                "the file is " + std::string(encoding) +
                                                    " text: tour files must be UTF-8 (save it as UTF-8)"));
        return false;
    }
    if (text.find_first_not_of(" \t\r\n", source.bodyOffset) == std::string_view::npos) {
        out.items.push_back(
            source.diagnosticAt(Severity::Error, source.bodyOffset, "",
                                "the file is empty: expected a JSON object such as {\"scenes\": [...]}"));
        return false;
    }
    bool ok = true;
    for (const std::size_t offset : findInvalidUtf8(text, kMaxEncodingReports)) {
        out.items.push_back(source.diagnosticAt(
            Severity::Error, offset, "",
            "invalid UTF-8 byte " + hexByte(static_cast<unsigned char>(text[offset])) + ": tour files must be UTF-8"));
        ok = false;
    }
    // JsonCpp takes a NUL byte for the end of the input and would ignore what follows it.
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        out.items.push_back(
            source.diagnosticAt(Severity::Error, nul, "", "the file contains a NUL byte (is it a binary file?)"));
        ok = false;
    }
    return ok;
}

std::unique_ptr<Json::CharReader> makeReader(const TourLimits& limits, bool rejectDuplicateKeys) {
    Json::CharReaderBuilder builder;
    Json::CharReaderBuilder::strictMode(&builder.settings_);
    builder["rejectDupKeys"] = rejectDuplicateKeys;
    builder["allowComments"] = false;
    builder["failIfExtra"] = true;
    builder["allowTrailingCommas"] = false;
    builder["skipBom"] = true;
    builder["stackLimit"] = limits.maxDepth;
    return std::unique_ptr<Json::CharReader>(builder.newCharReader());
}

void reportScan(const JsonSource& source, std::size_t bodyLength, const TourLimits& limits, Diagnostics& out) {
    const std::string_view body = source.text.substr(source.bodyOffset, bodyLength);
    for (const ScanFinding& finding : scanJsonText(body, limits.maxDepth)) {
        const std::size_t offset = source.bodyOffset + finding.offset;
        std::string message;
        switch (finding.kind) {
        case ScanFindingKind::Comment:
            message = "comments are not allowed in JSON";
            break;
        case ScanFindingKind::ControlCharacter:
            message = controlCharacterMessage(finding.detail.front());
            break;
        case ScanFindingKind::MoreControlCharacters:
            message = std::to_string(finding.count) + " more control characters in strings from here on (the first " +
                      std::to_string(kListedControlCharacters) +
                      " are listed one by one): write each as an escape such as \\t, \\n or \\u0001";
            break;
        case ScanFindingKind::DuplicateKey: {
            const TextPosition first = source.lines.position(source.bodyOffset + finding.firstOffset);
            message = "duplicate key '" + finding.detail + "', first at line " + std::to_string(first.line) +
                      ", column " + std::to_string(first.column) + " (the last value is used)";
            break;
        }
        case ScanFindingKind::TooDeep:
            message = "the JSON is nested deeper than the limit of " + std::to_string(limits.maxDepth) + " levels";
            break;
        }
        out.items.push_back(source.diagnosticAt(Severity::Error, offset, finding.pointer, std::move(message)));
    }
}

// Reports JsonCpp's errors; returns the body length up to the first one (the part known good).
std::size_t reportSyntaxErrors(const JsonSource& source, const std::string& formatted, Diagnostics& out) {
    const std::string_view body = source.text.substr(source.bodyOffset);
    std::size_t goodLength = body.size();
    for (const JsonCppError& error : parseJsonCppErrors(formatted)) {
        // After a syntax error JsonCpp stops reading the value, then finds "extra" text after it:
        // that second error is only an echo of the first.
        if (goodLength < body.size() && error.message == "Extra non-whitespace after JSON value.") {
            continue;
        }
        // JsonCpp counts lines and columns from after the byte-order mark, as source.lines does
        // (its offsets are of the file, so an error without a line lands on the body's start).
        const std::size_t offset =
            std::max(source.lines.offsetOf(error.line, error.column), source.bodyOffset) - source.bodyOffset;
        goodLength = std::min(goodLength, offset);
        out.items.push_back(source.diagnosticAt(Severity::Error, source.bodyOffset + offset, "",
                                                describeSyntaxError(error.message, body, offset)));
    }
    return goodLength;
}

bool hasDuplicateKeyError(const std::string& formatted) {
    return formatted.find("Duplicate key:") != std::string::npos;
}

// Builds the tree; on failure reports why, and what the good part before the failure holds.
bool readTree(JsonSource& source, const TourLimits& limits, Diagnostics& out, bool retried = false) {
    const char* begin = source.text.data();
    const char* end = begin + source.text.size();
    std::string errors;
    try {
        if (makeReader(limits, true)->parse(begin, end, &source.root, &errors)) {
            reportScan(source, std::string_view::npos, limits, out);
            return true;
        }
        // Strict JsonCpp stops at the first duplicate key; read again keeping the last value, and
        // let the scan report every duplicate with both positions.
        std::string relaxedErrors;
        if (hasDuplicateKeyError(errors) &&
            makeReader(limits, false)->parse(begin, end, &source.root, &relaxedErrors)) {
            reportScan(source, std::string_view::npos, limits, out);
            return true;
        }
        const std::size_t good = reportSyntaxErrors(source, relaxedErrors.empty() ? errors : relaxedErrors, out);
        reportScan(source, good, limits, out);
    } catch (const Json::Exception&) {
        // Only the nesting limit throws while reading; the scan finds the value that exceeded it.
        const auto findings = scanJsonText(source.text.substr(source.bodyOffset), limits.maxDepth);
        const bool located = std::any_of(findings.begin(), findings.end(), [](const ScanFinding& finding) {
            return finding.kind == ScanFindingKind::TooDeep;
        });
        if (!located && !retried) {
            // JsonCpp checks the depth before it reads a value, so it also throws where a value is
            // missing one level too deep ("[" at the end of a cut file, "[1,]"). One level more
            // lets it reach that place and report the syntax error that is really there.
            TourLimits deeper = limits;
            deeper.maxDepth = limits.maxDepth + 1;
            return readTree(source, deeper, out, true);
        }
        reportScan(source, std::string_view::npos, limits, out);
        if (!located) {
            out.items.push_back(
                {Severity::Error, source.file, 0, 0, "",
                 "the JSON is nested deeper than the limit of " + std::to_string(limits.maxDepth) + " levels"});
        }
    } catch (const std::exception& error) {
        out.items.push_back(
            {Severity::Error, source.file, 0, 0, "", std::string("cannot read the JSON: ") + error.what()});
    }
    return false;
}

} // namespace

std::size_t JsonSource::startOf(const Json::Value& value) const {
    return bodyOffset + static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, value.getOffsetStart()));
}

std::size_t JsonSource::limitOf(const Json::Value& value) const {
    return bodyOffset + static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, value.getOffsetLimit()));
}

Diagnostic JsonSource::diagnosticAt(Severity severity, std::size_t offset, std::string pointer,
                                    std::string message) const {
    const TextPosition position = lines.position(offset);
    return Diagnostic{severity, file, position.line, position.column, std::move(pointer), std::move(message)};
}

std::optional<JsonSource> parseJsonSource(std::string_view text, const std::string& file, const TourLimits& limits,
                                          Diagnostics& out) {
    JsonSource source;
    source.file = file;
    source.text = text;
    source.bodyOffset = utf8BomLength(text);
    source.lines = LineIndex(text, source.bodyOffset);
    if (!checkBytes(source, limits, out) || !readTree(source, limits, out)) {
        return std::nullopt;
    }
    return source;
}

TourLoadResult readJsonTour(std::string_view text, const std::string& file, const TourLoadOptions& options,
                            std::string_view what, const std::function<std::optional<Tour>(JsonReader&)>& read,
                            const std::function<void(JsonSource&)>& prepare) {
    // 50 million character pairs: an unknown name checked against 100 ids of 20 characters costs
    // 44,100, so over a thousand such suggestions, and a bounded time however hostile the file.
    const SuggestionBudget suggestions(50'000'000);
    TourLoadResult result;
    try {
        if (auto source = parseJsonSource(text, file, options.limits, result.diagnostics)) {
            if (prepare) {
                prepare(*source);
            }
            JsonReader json(*source, result.diagnostics, options.limits);
            result.tour = read(json);
        }
    } catch (const std::exception& error) {
        // A bug, or memory exhausted: still a message rather than an exception for the caller.
        result.diagnostics.items.push_back(
            {Severity::Error, file, 0, 0, "", "internal error while " + std::string(what) + ": " + error.what()});
        result.tour.reset();
    }
    result.diagnostics.sortByPosition();
    return result;
}

} // namespace cloudtour::tour
