#include "viewer/commands/ImportCommand.h"

#include "engine/tour/Importers.h"
#include "viewer/commands/Commands.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace cloudtour::viewer {
namespace {

namespace fs = std::filesystem;

int fail(const std::string& message) {
    std::fprintf(stderr, "cloudtour import: %s\n", message.c_str());
    return kExitFailure;
}

// The new text goes to a temporary file in the same folder (a rename across file systems is not
// atomic), which then replaces the output in one step: a reader never sees half a tour. The old
// file is copied to .bak first, so the output exists at every moment.
std::string writeAtomically(const fs::path& output, const std::string& text) {
    const fs::path temporary = output.string() + ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        file << text;
        file.flush();
        if (!file) {
            std::error_code ignored;
            fs::remove(temporary, ignored);
            return "cannot write " + temporary.string();
        }
    }
    std::error_code ec;
    if (fs::exists(output, ec)) {
        fs::copy_file(output, output.string() + ".bak", fs::copy_options::overwrite_existing, ec);
        if (ec) {
            fs::remove(temporary, ec);
            return "cannot keep the previous " + output.string() + " as .bak: " + ec.message();
        }
    }
    fs::rename(temporary, output, ec);
    if (ec) {
        const std::string message = "cannot replace " + output.string() + ": " + ec.message();
        fs::remove(temporary, ec);
        return message;
    }
    return {};
}

} // namespace

void addImportCommand(CLI::App& app, ImportCommandOptions& options) {
    auto* command = app.add_subcommand("import", "Convert a Pannellum or Marzipano tour into a CloudTour tour.json");
    command->add_option("FILE", options.input, "Pannellum configuration (.json), Marzipano data.js, or tour.json")
        ->required();
    command->add_option("-o,--output", options.output, "the tour.json to write (a previous one is kept as .bak)")
        ->required();
}

int runImportCommand(const ImportCommandOptions& options) {
    const tour::TourLoadResult result = tour::loadTour(options.input);
    for (const tour::Diagnostic& diagnostic : result.diagnostics.items) {
        std::fprintf(stderr, "%s\n", tour::formatDiagnostic(diagnostic).c_str());
    }
    if (!result.tour) {
        return fail("nothing written: no tour could be read from " + options.input);
    }
    std::error_code ec;
    const fs::path output = fs::absolute(options.output, ec).lexically_normal();
    if (fs::is_directory(output, ec)) {
        return fail(options.output + " is a folder: name the tour.json to write");
    }
    const std::string text = tour::writeTourJson(*result.tour, output.parent_path().string());
    if (const std::string error = writeAtomically(output, text); !error.empty()) {
        return fail(error);
    }
    const std::size_t scenes = result.tour->scenes.size();
    const std::size_t errors = result.diagnostics.count(tour::Severity::Error);
    const std::string withErrors = errors == 0 ? "" : ", with the " + std::to_string(errors) + " error(s) above";
    std::fprintf(stderr, "cloudtour import: wrote %s (%zu scene%s)%s\n", output.string().c_str(), scenes,
                 scenes == 1 ? "" : "s", withErrors.c_str());
    return errors == 0 ? kExitOk : kExitFailure;
}

} // namespace cloudtour::viewer
