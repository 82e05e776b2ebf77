#pragma once

#include <string>

namespace CLI {
class App;
}

namespace cloudtour::viewer {

struct ImportCommandOptions {
    std::string input;  ///< a Pannellum configuration, a Marzipano data.js (or its folder), or a tour.json
    std::string output; ///< the tour.json to write
};

/// `cloudtour import FILE -o tour.json`: converts another viewer's tour into CloudTour's format.
void addImportCommand(CLI::App& app, ImportCommandOptions& options);

/// Loads `input` with `loadTour` (any supported format), prints every diagnostic to stderr, and
/// writes the tour as tour.json with paths relative to the output's folder. The file is replaced
/// atomically (written beside it, then renamed over it); a file already there is kept as
/// `<output>.bak`. A tour that could be built is written even when parts of it had errors, so the
/// author can fix them in the new file, but the exit code is then 1; 0 when there were no errors.
int runImportCommand(const ImportCommandOptions& options);

} // namespace cloudtour::viewer
