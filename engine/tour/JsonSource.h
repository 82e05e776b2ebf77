#pragma once

// Internal to engine/tour: this header exposes JsonCpp types, so only engine/tour's .cpp files may
// include it (the library's public headers stay free of them).

#include "engine/tour/Diagnostic.h"
#include "engine/tour/TextPosition.h"
#include "engine/tour/TourLoader.h"

#include <json/json.h>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace cloudtour::tour {

/// One JSON file read into a JsonCpp tree, with what is needed to place its values in the file.
/// Shared by the tour parser and the importers of other viewers' JSON.
struct JsonSource {
    std::string file;           ///< as given, for messages
    std::string_view text;      ///< the whole file, byte-order mark included; must outlive this
    std::size_t bodyOffset = 0; ///< length of a leading UTF-8 byte-order mark (JsonCpp skips it)
    LineIndex lines;
    Json::Value root;

    /// File offsets of a value: JsonCpp counts from after the byte-order mark.
    [[nodiscard]] std::size_t startOf(const Json::Value& value) const;
    [[nodiscard]] std::size_t limitOf(const Json::Value& value) const;

    /// A diagnostic placed at byte `offset` of the file.
    [[nodiscard]] Diagnostic diagnosticAt(Severity severity, std::size_t offset, std::string pointer,
                                          std::string message) const;
};

/// Reads `text` as strict JSON (RFC 8259: UTF-8, no comments, no trailing commas, unique keys,
/// nothing after the value), reporting every problem with its line and column. Returns the tree
/// when one could be built: duplicate keys (the last value is used), comments and raw control
/// characters are errors that still leave a usable tree, so later checks can go on and report
/// everything in one pass. Never throws: JsonCpp's nesting-limit exception becomes a diagnostic.
class JsonReader;

/// Reads a tour from JSON text the way every reader of a tour file must: parse strictly, run `read`
/// on the tree, turn an unexpected exception into one diagnostic (`what` says what was being
/// done), and put every diagnostic into file order (problems of the whole file first).
/// `prepare` may adjust the parsed source before reading (Marzipano maps offsets back to data.js).
TourLoadResult readJsonTour(std::string_view text, const std::string& file, const TourLoadOptions& options,
                            std::string_view what, const std::function<std::optional<Tour>(JsonReader&)>& read,
                            const std::function<void(JsonSource&)>& prepare = {});

std::optional<JsonSource> parseJsonSource(std::string_view text, const std::string& file, const TourLimits& limits,
                                          Diagnostics& out);

} // namespace cloudtour::tour
