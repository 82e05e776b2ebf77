#pragma once

#include <string>
#include <string_view>

namespace cloudtour::tour {

// The keys a tour.json may hold at each place (docs/TOUR_FORMAT.md, docs/tour.schema.json): the
// parser warns of any other key, suggesting the closest of these.
namespace keys {

inline constexpr std::string_view kTour[] = {"$schema",         "version",    "title",      "description", "languages",
                                             "defaultLanguage", "firstScene", "transition", "map",         "scenes"};
inline constexpr std::string_view kTransition[] = {"duration", "turnToHotspot"};
inline constexpr std::string_view kTourMap[] = {"image", "title"};
inline constexpr std::string_view kScene[] = {"id",      "title",   "panorama", "preview",    "view", "northOffset",
                                              "horizon", "credits", "license",  "licenseUrl", "map",  "hotspots"};
inline constexpr std::string_view kEquirect[] = {"type", "image", "haov", "vaov", "vOffset"};
inline constexpr std::string_view kCube[] = {"type", "faces"};
inline constexpr std::string_view kMultires[] = {"type",           "basePath", "path",           "extension",
                                                 "tileResolution", "maxLevel", "cubeResolution", "fallbackPath"};
inline constexpr std::string_view kView[] = {"yaw",      "pitch",    "hfov",    "minYaw", "maxYaw",
                                             "minPitch", "maxPitch", "minHfov", "maxHfov"};
inline constexpr std::string_view kHorizon[] = {"pitch", "roll"};
inline constexpr std::string_view kMapPosition[] = {"x", "y", "heading"};
inline constexpr std::string_view kArrival[] = {"yaw", "pitch", "hfov"};

inline constexpr std::string_view kSceneHotspot[] = {"id",   "type",  "yaw",    "pitch",
                                                     "icon", "title", "target", "arrival"};
inline constexpr std::string_view kInfoHotspot[] = {"id", "type", "yaw", "pitch", "icon", "title", "text", "image"};
inline constexpr std::string_view kUrlHotspot[] = {"id", "type", "yaw", "pitch", "icon", "title", "url"};
inline constexpr std::string_view kAreaHotspot[] = {"id",      "type",   "yaw",     "pitch", "icon", "title",
                                                    "polygon", "target", "arrival", "text",  "image"};

} // namespace keys

/// Where in a tour.json an unknown key was found, for the peer-name hints.
enum class KeyPlace { Tour, Scene, Panorama, View, Hotspot };

/// ": did you mean 'X'?" when `key` is what Pannellum, krpano, Marzipano or Photo Sphere Viewer
/// call a CloudTour key at that place ("hotSpots", "sceneId", "targetYaw", "ath"); else "".
std::string peerKeyHint(KeyPlace place, std::string_view key);

} // namespace cloudtour::tour
