#pragma once

#include "engine/tour/Diagnostic.h"
#include "engine/tour/TourDocument.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cloudtour::tour {

/// Budgets checked while reading a tour file, each reported with the number found and the limit.
struct TourLimits {
    std::uint64_t maxFileBytes = 16u << 20;
    unsigned maxDepth = 64;              ///< JSON nesting (JsonCpp's stackLimit; its throw is caught)
    std::size_t maxJsonValues = 1000000; ///< values and keys, counted before the JSON tree is built
    std::size_t maxScenes = 5000;
    std::size_t maxHotspotsPerScene = 2000;
    std::size_t maxStringBytes = 64u << 10;
};

/// Where relative paths may reach. The desktop viewer and author mode follow `../` out of the tour
/// folder with a note (pannellum.org's own configs do); kiosk mode confines them to `root`.
struct PathPolicy {
    bool allowOutsideRoot = true;
    std::string root; ///< empty: the tour file's folder
};

struct TourLoadOptions {
    TourLimits limits;
    PathPolicy paths;
    bool checkFilesExist = true; ///< report image files that are missing
};

/// Which format a file is in, decided by content (never by name).
enum class TourFormat { CloudTour, Pannellum, Marzipano, Unknown };
TourFormat detectTourFormat(std::string_view text);

/// The outcome of a load: the tour when it could be built (possibly with warnings, or with errors
/// in parts that were skipped: the viewer shows what it can), and every problem found in one pass.
struct TourLoadResult {
    std::optional<Tour> tour;
    Diagnostics diagnostics;
};

/// Parses and checks a CloudTour `tour.json` held in memory. `file` names it in messages and
/// anchors relative paths. Never throws.
TourLoadResult parseTour(std::string_view text, const std::string& file, const TourLoadOptions& options = {});

/// Reads a file (a tour.json, a folder holding one, a Pannellum config or a Marzipano data.js,
/// detected by content) and parses it with the matching reader. Never throws.
TourLoadResult loadTour(const std::string& path, const TourLoadOptions& options = {});

} // namespace cloudtour::tour
