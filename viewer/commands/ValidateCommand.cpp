#include "viewer/commands/ValidateCommand.h"

#include "viewer/commands/Commands.h"

#include <CLI/CLI.hpp>

#include <cstdio>

namespace cloudtour::viewer {
namespace {

std::string counted(std::size_t count, const char* noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

} // namespace

void addValidateCommand(CLI::App& app, std::string& tourPath) {
    auto* command = app.add_subcommand("validate", "Check a tour and list every problem (exit code 1 on errors)");
    command->add_option("TOUR", tourPath, "tour.json, a folder holding one, a Pannellum config or a Marzipano data.js")
        ->required();
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

int runValidateCommand(const std::string& tourPath) {
    const tour::TourLoadResult result = tour::loadTour(tourPath);
    std::fputs(validationReport(result).c_str(), stdout);
    return result.diagnostics.hasErrors() ? kExitFailure : kExitOk;
}

} // namespace cloudtour::viewer
