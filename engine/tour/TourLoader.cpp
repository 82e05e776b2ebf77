// loadTour: a path to a tour, read with the reader its content calls for. Kept apart from the
// parser so the importers (PannellumImporter.cpp, MarzipanoImporter.cpp) are linked only by users
// of loadTour.

#include "engine/tour/TourLoader.h"

#include "engine/core/FileIo.h"
#include "engine/tour/Importers.h"
#include "engine/tour/JsonValueCount.h"

#include <filesystem>

namespace cloudtour::tour {
namespace {

TourLoadResult failure(const std::string& file, std::string message) {
    TourLoadResult result;
    result.diagnostics.items.push_back({Severity::Error, file, 0, 0, "", std::move(message)});
    return result;
}

// A folder stands for the tour file in it: tour.json, or the data.js of a Marzipano export.
std::string tourFileIn(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::is_directory(path, ec)) {
        return path;
    }
    for (const char* name : {"tour.json", "data.js"}) {
        const std::filesystem::path candidate = std::filesystem::path(path) / name;
        if (std::filesystem::is_regular_file(candidate, ec)) {
            return candidate.string();
        }
    }
    return {};
}

} // namespace

TourLoadResult loadTour(const std::string& path, const TourLoadOptions& options) {
    try {
        const std::string file = tourFileIn(path);
        if (file.empty()) {
            return failure(path, "the folder holds no tour.json");
        }
        const auto bytes = core::readFileBytes(file, options.limits.maxFileBytes);
        if (!bytes) {
            // core::Error messages start with "FILE: "; the diagnostic names the file itself.
            const std::string& message = bytes.error().message;
            return failure(file, message.starts_with(file + ": ") ? message.substr(file.size() + 2) : message);
        }
        const std::string_view text(reinterpret_cast<const char*>(bytes->data()), bytes->size());
        // Telling the formats apart reads the JSON too: a file over the value limit goes straight to
        // the parser, which refuses it before building anything.
        const bool tooMany = countJsonValues(text) > options.limits.maxJsonValues;
        switch (tooMany ? TourFormat::CloudTour : detectTourFormat(text)) {
        case TourFormat::CloudTour:
            return parseTour(text, file, options);
        case TourFormat::Pannellum:
            return importPannellum(text, file, options);
        case TourFormat::Marzipano:
            return importMarzipano(text, file, options);
        case TourFormat::Unknown:
            break;
        }
        return failure(file, "not a tour file: expected a CloudTour tour.json, a Pannellum configuration or a "
                             "Marzipano data.js");
    } catch (const std::exception& error) {
        return failure(path, std::string("cannot read the tour: ") + error.what());
    }
}

} // namespace cloudtour::tour
