#include "engine/tour/TourKeys.h"

namespace cloudtour::tour {
namespace {

struct PeerKey {
    KeyPlace place;
    std::string_view theirs;
    std::string_view ours;
};

// Authors coming from the web viewers write their names out of habit; point them to ours.
constexpr PeerKey kPeerKeys[] = {
    {KeyPlace::Tour, "default", "firstScene"},
    {KeyPlace::Tour, "startscene", "firstScene"},
    {KeyPlace::Tour, "startNodeId", "firstScene"},
    {KeyPlace::Tour, "sceneFadeDuration", "transition"},
    {KeyPlace::Tour, "name", "title"},
    {KeyPlace::Tour, "nodes", "scenes"},
    {KeyPlace::Scene, "name", "title"},
    {KeyPlace::Scene, "caption", "title"},
    {KeyPlace::Scene, "type", "panorama"},
    {KeyPlace::Scene, "cubeMap", "panorama"},
    {KeyPlace::Scene, "multiRes", "panorama"},
    {KeyPlace::Scene, "haov", "panorama"},
    {KeyPlace::Scene, "vaov", "panorama"},
    {KeyPlace::Scene, "vOffset", "panorama"},
    {KeyPlace::Scene, "levels", "panorama"},
    {KeyPlace::Scene, "yaw", "view"},
    {KeyPlace::Scene, "pitch", "view"},
    {KeyPlace::Scene, "hfov", "view"},
    {KeyPlace::Scene, "minYaw", "view"},
    {KeyPlace::Scene, "maxYaw", "view"},
    {KeyPlace::Scene, "minPitch", "view"},
    {KeyPlace::Scene, "maxPitch", "view"},
    {KeyPlace::Scene, "minHfov", "view"},
    {KeyPlace::Scene, "maxHfov", "view"},
    {KeyPlace::Scene, "initialViewParameters", "view"},
    {KeyPlace::Scene, "horizonPitch", "horizon"},
    {KeyPlace::Scene, "horizonRoll", "horizon"},
    {KeyPlace::Scene, "author", "credits"},
    {KeyPlace::Scene, "authorURL", "licenseUrl"},
    {KeyPlace::Scene, "linkHotspots", "hotspots"},
    {KeyPlace::Scene, "infoHotspots", "hotspots"},
    {KeyPlace::Scene, "links", "hotspots"},
    {KeyPlace::Scene, "markers", "hotspots"},
    {KeyPlace::Panorama, "cubeMap", "faces"},
    {KeyPlace::Panorama, "panorama", "image"},
    {KeyPlace::View, "hlookat", "yaw"},
    {KeyPlace::View, "vlookat", "pitch"},
    {KeyPlace::View, "fov", "hfov"},
    {KeyPlace::View, "fovmin", "minHfov"},
    {KeyPlace::View, "fovmax", "maxHfov"},
    {KeyPlace::Hotspot, "sceneId", "target"},
    {KeyPlace::Hotspot, "linkedscene", "target"},
    {KeyPlace::Hotspot, "nodeId", "target"},
    {KeyPlace::Hotspot, "targetYaw", "arrival"},
    {KeyPlace::Hotspot, "targetPitch", "arrival"},
    {KeyPlace::Hotspot, "targetHfov", "arrival"},
    {KeyPlace::Hotspot, "ath", "yaw"},
    {KeyPlace::Hotspot, "atv", "pitch"},
    {KeyPlace::Hotspot, "URL", "url"},
    {KeyPlace::Hotspot, "tooltip", "title"},
    {KeyPlace::Hotspot, "content", "text"},
    {KeyPlace::Hotspot, "points", "polygon"},
};

} // namespace

std::string peerKeyHint(KeyPlace place, std::string_view key) {
    for (const PeerKey& peer : kPeerKeys) {
        if (peer.place == place && peer.theirs == key) {
            return ": did you mean '" + std::string(peer.ours) + "'?";
        }
    }
    return {};
}

} // namespace cloudtour::tour
