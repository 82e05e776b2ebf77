#pragma once

#include "engine/tour/TourDocument.h"
#include "viewer/app/PanoramaOptions.h"

#include <optional>
#include <string>
#include <vector>

namespace cloudtour::viewer {

/// What the command line named, read into a tour, and the problems to show.
struct OpenedTour {
    std::optional<tour::Tour> tour;
    std::vector<std::string> messages;
};

/// A bare panorama (by content: JPEG or PNG, or --cube faces) becomes a one-scene tour; anything
/// else is read as a tour (CloudTour, Pannellum or Marzipano, by content). Diagnostics become
/// messages: errors and warnings, the first few of them, with a pointer to `cloudtour validate`.
OpenedTour openTarget(const PanoramaOptions& options);

} // namespace cloudtour::viewer
