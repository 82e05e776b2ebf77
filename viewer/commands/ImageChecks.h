#pragma once

#include "engine/image/DecodeLimits.h"
#include "engine/tour/Diagnostic.h"
#include "engine/tour/TourDocument.h"

#include <string>

namespace cloudtour::viewer {

/// `validate`'s look at the panoramas: each equirectangular or cube face file a scene names is read
/// (up to the image-bytes limit) and its header checked against the image limits, so an author
/// learns before publishing what the viewer would refuse; an equirectangular image whose shape
/// does not match its angles (not 2:1 for a full sphere) is a warning, as it is shown stretched.
/// Pixels are not decoded. Missing files are left to the tour reader, which has already reported
/// them. Problems are placed at the
/// scene's panorama in the tour file, which messages call `tourFile` (the path as the user gave it).
void checkPanoramaHeaders(const tour::Tour& tour, const std::string& tourFile, const image::DecodeLimits& limits,
                          tour::Diagnostics& out);

} // namespace cloudtour::viewer
