#include "viewer/commands/ValidateCommand.h"

#include "viewer/commands/Commands.h"
#include "viewer/commands/ImageChecks.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>

namespace cloudtour::viewer {
namespace {

// The tour file as the reader named it in its own messages: a folder stands for the file in it.
std::string givenTourFile(const std::string& tourPath, const tour::Tour& tour) {
    std::error_code ec;
    if (!std::filesystem::is_directory(tourPath, ec)) {
        return tourPath;
    }
    return (std::filesystem::path(tourPath) / std::filesystem::path(tour.file).filename()).string();
}

std::string counted(std::size_t count, const char* noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

} // namespace

void addValidateCommand(CLI::App& app, std::string& tourPath, LoadLimits& limits) {
    auto* command = app.add_subcommand("validate", "Check a tour and list every problem (exit code 1 on errors)");
    command->add_option("TOUR", tourPath, "tour.json, a folder holding one, a Pannellum config or a Marzipano data.js")
        ->required();
    addLimitOption(*command, limits);
}

std::string validationReport(const tour::TourLoadResult& result) {
    using tour::Severity;
    std::string report;
    for (const Severity severity : {Severity::Error, Severity::Warning, Severity::Note}) {
        for (const tour::Diagnostic& diagnostic : result.diagnostics.items) {
            if (diagnostic.severity == severity) {
                report += tour::formatDiagnostic(diagnostic) + "\n";
            }
        }
    }
    const tour::Diagnostics& all = result.diagnostics;
    report += counted(all.count(Severity::Error), "error") + ", " + counted(all.count(Severity::Warning), "warning");
    if (const std::size_t notes = all.count(Severity::Note); notes > 0) {
        report += ", " + counted(notes, "note");
    }
    return report + "\n";
}

int runValidateCommand(const std::string& tourPath, const LoadLimits& limits) {
    tour::TourLoadOptions options;
    options.limits = limits.tour;
    tour::TourLoadResult result = tour::loadTour(tourPath, options);
    if (result.tour) {
        checkPanoramaHeaders(*result.tour, givenTourFile(tourPath, *result.tour), limits.image, result.diagnostics);
        result.diagnostics.sortByPosition();
    }
    std::fputs(validationReport(result).c_str(), stdout);
    return result.diagnostics.hasErrors() ? kExitFailure : kExitOk;
}

} // namespace cloudtour::viewer
