#pragma once

#include "engine/tour/TourLoader.h"

#include <string>
#include <string_view>

namespace cloudtour::tour {

/// Reads a Pannellum configuration (a single scene or a tour with "default" and "scenes";
/// equirectangular, cubemap or multires; with or without a UTF-8 byte-order mark) into a Tour,
/// converting its conventions (degrees -> radians, hotSpots -> hotspots, sceneId, targetYaw
/// "same"/"sameAzimuth", cubeMap order, multires path template). Never throws.
TourLoadResult importPannellum(std::string_view text, const std::string& file, const TourLoadOptions& options = {});

/// Reads a Marzipano Tool export (`data.js`: `var APP_DATA = {...}` or `var data = {...}`) into a
/// Tour: radians kept, Marzipano's pitch sign and vertical fov converted, `{z}/{f}/{y}/{x}` tile
/// layout and face letters mapped, linkHotspots and infoHotspots. Tiles are looked for in
/// `tiles/<scene id>/` beside data.js. Never throws.
TourLoadResult importMarzipano(std::string_view text, const std::string& file, const TourLoadOptions& options = {});

/// Writes a Tour as CloudTour `tour.json` text (for `cloudtour import -o`), paths made relative
/// to `outputDir` where possible, strings kept localised. Parsing the output gives back an equal
/// Tour (up to file positions).
std::string writeTourJson(const Tour& tour, const std::string& outputDir);

} // namespace cloudtour::tour
