#pragma once

#include "engine/tour/TourLoader.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cloudtour::fuzz {

/// parseTour, importPannellum and importMarzipano share this signature.
using TourReader = tour::TourLoadResult (*)(std::string_view, const std::string&, const tour::TourLoadOptions&);

/// Feeds one input to a tour reader twice, as the desktop viewer reads it (default limits, paths may
/// leave the folder) and as a kiosk does with tight limits (so every limit is reached by small
/// inputs), then checks what the house rules promise: every message names its file, a failed load
/// says why, and a tour read without errors is written and read back without errors.
/// `fileName` is the tour file's name inside the fuzz tree's tour folder.
void fuzzTourReader(TourReader reader, const std::uint8_t* data, std::size_t size, const char* fileName);

} // namespace cloudtour::fuzz
