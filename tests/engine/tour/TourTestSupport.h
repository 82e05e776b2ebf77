#pragma once

#include "engine/tour/TourLoader.h"

#include <string>
#include <string_view>

namespace cloudtour::tour::test {

/// tests/data/tours in the source tree.
std::string toursDir();

/// The file's bytes, unchanged (a byte-order mark or CRLF stays).
std::string readFile(const std::string& path);

/// Default options, but image files are not looked for: most tests are about the JSON.
TourLoadOptions withoutFileChecks();

/// The file inline texts are parsed as: beside the valid fixture, so "images/entrance.png" exists.
std::string inlineFile();

/// Parses `text` as if it were `inlineFile()`.
TourLoadResult parseText(std::string_view text, const TourLoadOptions& options = withoutFileChecks());

/// Every diagnostic on its own line, for INFO() so a failing test shows what was reported.
std::string listed(const Diagnostics& diagnostics);

/// Checks one diagnostic field by field (the file is not compared).
void checkDiagnostic(const Diagnostic& diagnostic, Severity severity, int line, int column, std::string_view pointer,
                     std::string_view message);

/// Checks that `result` holds exactly one diagnostic, and that it is the one described.
void checkOnly(const TourLoadResult& result, Severity severity, int line, int column, std::string_view pointer,
               std::string_view message);

} // namespace cloudtour::tour::test
