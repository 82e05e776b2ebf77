#pragma once

// Internal to engine/tour: a Pannellum scene's "hotSpots" into Hotspots.

#include "engine/tour/PannellumConfig.h"
#include "engine/tour/TourDocument.h"

#include <set>
#include <string>
#include <vector>

namespace cloudtour::tour {

/// Reads the scene's "hotSpots" in file order. A hotspot without a usable position, type or
/// "sceneId" is reported and skipped; ids missing from the file are made from the hotspot's index
/// ("hotspot-2" for /hotSpots/2), so they stay the same from one import to the next.
std::vector<Hotspot> readPannellumHotspots(PannellumImport& import, const PannellumConfig& config);

/// Drops the scene hotspots whose "sceneId" names no scene, each reported at its "sceneId" with
/// the closest scene id. `skipped` holds the ids of scenes dropped for their own errors.
void checkPannellumLinks(Tour& tour, JsonReader& json, const std::set<std::string>& skipped);

} // namespace cloudtour::tour
