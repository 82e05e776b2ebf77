#pragma once

// Internal to engine/tour: the JSON inside a Marzipano data.js.

#include "engine/tour/Diagnostic.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cloudtour::tour {

/// A data.js is JavaScript: comments, `var APP_DATA = ` (or `var data = `, `window.APP_DATA = `),
/// the object, a `;`. Returns the text with everything around the object turned into spaces
/// (line breaks kept), so it parses as JSON and every byte offset, line and column still points
/// into the original file. Text after the object other than `;` and comments is left for the JSON
/// reader to report. A file that does not start with an assignment is reported here (with its
/// line and column; `bodyOffset` skips a byte-order mark) and gives nothing.
std::optional<std::string> marzipanoJson(std::string_view text, std::size_t bodyOffset, const std::string& file,
                                         Diagnostics& out);

} // namespace cloudtour::tour
