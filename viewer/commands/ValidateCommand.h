#pragma once

#include "engine/tour/TourLoader.h"
#include "viewer/app/LoadLimits.h"

#include <string>

namespace CLI {
class App;
}

namespace cloudtour::viewer {

/// `cloudtour validate TOUR`: reads a tour (a tour.json, a folder holding one, or a Pannellum or
/// Marzipano file) and lists every problem found, as an author's check before publishing.
/// `--limit NAME=VALUE` changes the limits it checks against (the viewer's defaults otherwise).
void addValidateCommand(CLI::App& app, std::string& tourPath, LoadLimits& limits);

/// Prints `validationReport` of the tour to stdout, the panoramas' headers checked against the image
/// limits; exits 1 when there are errors, 0 otherwise.
int runValidateCommand(const std::string& tourPath, const LoadLimits& limits = {});

/// Every diagnostic in the compiler format (`formatDiagnostic`), errors first, then warnings, then
/// notes, each group in file order, and a last line counting them: "2 errors, 1 warning".
std::string validationReport(const tour::TourLoadResult& result);

} // namespace cloudtour::viewer
