#include "tests/engine/tour/TourTestSupport.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace cloudtour::tour::test {

std::string toursDir() {
    return std::string(CLOUDTOUR_SOURCE_DIR) + "/tests/data/tours";
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

TourLoadOptions withoutFileChecks() {
    TourLoadOptions options;
    options.checkFilesExist = false;
    return options;
}

std::string inlineFile() {
    return toursDir() + "/valid/inline.json";
}

TourLoadResult parseText(std::string_view text, const TourLoadOptions& options) {
    return parseTour(text, inlineFile(), options);
}

std::string listed(const Diagnostics& diagnostics) {
    std::string text = std::to_string(diagnostics.items.size()) + " diagnostics:\n";
    for (const Diagnostic& diagnostic : diagnostics.items) {
        text += "  " + formatDiagnostic(diagnostic) + "\n";
    }
    return text;
}

void checkDiagnostic(const Diagnostic& diagnostic, Severity severity, int line, int column, std::string_view pointer,
                     std::string_view message) {
    INFO(formatDiagnostic(diagnostic));
    CHECK(diagnostic.severity == severity);
    CHECK(diagnostic.line == line);
    CHECK(diagnostic.column == column);
    CHECK(diagnostic.pointer == pointer);
    CHECK(diagnostic.message == message);
}

void checkOnly(const TourLoadResult& result, Severity severity, int line, int column, std::string_view pointer,
               std::string_view message) {
    INFO(listed(result.diagnostics));
    REQUIRE(result.diagnostics.items.size() == 1);
    checkDiagnostic(result.diagnostics.items.front(), severity, line, column, pointer, message);
}

} // namespace cloudtour::tour::test
