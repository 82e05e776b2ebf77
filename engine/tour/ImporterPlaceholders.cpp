// TEMPORARY while the importers are being written (they replace this file): lets the build link.
#include "engine/tour/Importers.h"

namespace cloudtour::tour {
namespace {

TourLoadResult notYet(const std::string& file, const char* format) {
    TourLoadResult result;
    result.diagnostics.items.push_back(
        {Severity::Error, file, 0, 0, "", std::string(format) + " files cannot be read by this build yet"});
    return result;
}

} // namespace

TourLoadResult importPannellum(std::string_view, const std::string& file, const TourLoadOptions&) {
    return notYet(file, "Pannellum");
}

TourLoadResult importMarzipano(std::string_view, const std::string& file, const TourLoadOptions&) {
    return notYet(file, "Marzipano");
}

} // namespace cloudtour::tour
