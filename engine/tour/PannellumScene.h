#pragma once

// Internal to engine/tour: one Pannellum scene (its merged configuration) into a Scene.

#include "engine/tour/PannellumConfig.h"
#include "engine/tour/TourDocument.h"

#include <optional>
#include <string>

namespace cloudtour::tour {

/// Reads the panorama ("type" equirectangular, cubemap or multires, with "basePath"), "preview",
/// the view and its limits, "northOffset", the horizon, "title", "author" (as credits) and
/// "hotSpots". Returns nothing when the scene cannot be shown (no usable panorama).
std::optional<Scene> readPannellumScene(PannellumImport& import, const PannellumConfig& config, const std::string& id,
                                        const SourceSpan& span);

} // namespace cloudtour::tour
