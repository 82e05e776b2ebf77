#include "fuzz/TourFuzzing.h"

#include "engine/tour/Importers.h"
#include "fuzz/FuzzTree.h"

#include <cstdio>
#include <cstdlib>

namespace cloudtour::fuzz {
namespace {

using tour::Severity;
using tour::TourLoadOptions;
using tour::TourLoadResult;

[[noreturn]] void fail(const char* what, const std::string& detail) {
    std::fprintf(stderr, "cloudtour fuzz: %s\n%s\n", what, detail.c_str());
    std::abort();
}

TourLoadOptions kioskOptions(const FuzzTree& tree) {
    TourLoadOptions options;
    options.limits.maxFileBytes = 4096;
    options.limits.maxDepth = 8;
    options.limits.maxScenes = 4;
    options.limits.maxHotspotsPerScene = 4;
    options.limits.maxStringBytes = 256;
    options.paths.allowOutsideRoot = false;
    options.paths.root = tree.tourDir;
    return options;
}

void checkDiagnostics(const TourLoadResult& result) {
    for (const tour::Diagnostic& diagnostic : result.diagnostics.items) {
        const std::string text = tour::formatDiagnostic(diagnostic);
        if (diagnostic.file.empty() || diagnostic.message.empty() || diagnostic.line < 0 || diagnostic.column < 0) {
            fail("a message without its file, text or place", text);
        }
    }
    if (!result.tour && !result.diagnostics.hasErrors()) {
        fail("no tour and no error to say why", std::to_string(result.diagnostics.items.size()) + " messages");
    }
}

// Importers.h promises that the written tour.json reads back as the same tour.
void checkRoundTrip(const TourLoadResult& result, const std::string& dir, const std::string& file) {
    if (!result.tour || result.diagnostics.hasErrors()) {
        return;
    }
    const std::string written = tour::writeTourJson(*result.tour, dir);
    const TourLoadResult again = tour::parseTour(written, file);
    checkDiagnostics(again);
    if (again.diagnostics.hasErrors() || !again.tour || again.tour->scenes.size() != result.tour->scenes.size()) {
        std::string detail = written + "\n";
        for (const tour::Diagnostic& diagnostic : again.diagnostics.items) {
            detail += tour::formatDiagnostic(diagnostic) + "\n";
        }
        fail("a tour read without errors does not read back from its own tour.json", detail);
    }
}

} // namespace

void fuzzTourReader(TourReader reader, const std::uint8_t* data, std::size_t size, const char* fileName) {
    const FuzzTree& tree = fuzzTree();
    const std::string file = tree.tourDir + "/" + fileName;
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    const TourLoadResult desktop = reader(text, file, TourLoadOptions{});
    checkDiagnostics(desktop);
    checkRoundTrip(desktop, tree.tourDir, tree.tourDir + "/tour.json");

    const TourLoadResult kiosk = reader(text, file, kioskOptions(tree));
    checkDiagnostics(kiosk);
}

} // namespace cloudtour::fuzz
