#pragma once

#include "engine/tour/LocalizedText.h"
#include "engine/tour/SourceSpan.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace cloudtour::tour {

// The tour as plain, immutable-after-load values. Angles are radians (files say degrees); paths
// are resolved to absolute paths against the tour file's folder. Runtime state (current scene,
// history, camera) lives elsewhere. Every element keeps the SourceSpan it was read from.

/// Where a scene's pixels come from.
enum class PanoramaKind { Equirect, Cube, Multires };

/// A multi-resolution cube pyramid (Pannellum's layout: `path` is a template with %l level, %s
/// face letter, %y row, %x column; Marzipano's `{z}/{f}/{y}/{x}` is converted to it on import).
struct MultiresSpec {
    std::string basePath;          ///< folder the template is relative to (absolute)
    std::string pathTemplate;      ///< e.g. "/%l/%s%y_%x"
    std::string extension = "jpg"; ///< appended with a dot
    int tileResolution = 512;      ///< pixels of a full tile
    int maxLevel = 1;              ///< levels are 1..maxLevel
    int cubeResolution = 0;        ///< face size in pixels at maxLevel
    std::string fallbackPath;      ///< optional low-resolution fallback faces (template with %s)
};

struct PanoramaSpec {
    PanoramaKind kind = PanoramaKind::Equirect;
    std::string equirectPath;               ///< Equirect: the image
    double haov = 6.283185307179586;        ///< Equirect: horizontal angle of view
    double vaov = 3.141592653589793;        ///< Equirect: vertical angle of view
    double vOffset = 0.0;                   ///< Equirect: pitch of the centre row
    std::array<std::string, 6> cubePaths{}; ///< Cube: front right back left up down
    MultiresSpec multires;                  ///< Multires
    std::string previewPath;                ///< optional small image shown while loading
    SourceSpan span;
};

/// Initial view and limits of a scene (radians). Unset limits mean the viewer's defaults.
struct SceneView {
    double yaw = 0.0;
    double pitch = 0.0;
    double hfov = 1.7453292519943295; ///< 100 degrees
    std::optional<double> minYaw, maxYaw, minPitch, maxPitch, minHfov, maxHfov;
};

/// How the view is set on arriving through a scene link.
enum class ArrivalMode {
    SceneDefault, ///< the target scene's initial view
    Explicit,     ///< the link's own yaw / pitch / hfov (each optional: unset keeps the default)
    Same,         ///< keep yaw, pitch and fov as they were
    SameAzimuth   ///< keep the compass heading, using both scenes' north offsets
};

struct Arrival {
    ArrivalMode mode = ArrivalMode::SceneDefault;
    std::optional<double> yaw, pitch, hfov;
};

enum class HotspotKind { SceneLink, Info, Url, Area };

struct PolygonPoint {
    double yaw = 0.0;
    double pitch = 0.0;
};

struct Hotspot {
    std::string id;
    HotspotKind kind = HotspotKind::Info;
    double yaw = 0.0; ///< marker position (for Area: the label position, default the centroid)
    double pitch = 0.0;
    std::string icon; ///< optional icon image path (absolute)
    LocalizedText title;
    LocalizedText text;                ///< Info: the panel text
    std::string image;                 ///< Info: optional image shown in the panel (absolute path)
    std::string targetScene;           ///< SceneLink: id of the target scene
    Arrival arrival;                   ///< SceneLink: view on arrival
    std::string url;                   ///< Url: the web address (http or https only)
    std::vector<PolygonPoint> polygon; ///< Area: the outline, at least 3 points
    SourceSpan span;
};

/// A scene's place on the tour map, in map-image pixels, and the map bearing (radians, clockwise
/// from the image's up) that corresponds to yaw 0 of the panorama.
struct MapPosition {
    double x = 0.0;
    double y = 0.0;
    double heading = 0.0;
};

struct Scene {
    std::string id;
    LocalizedText title;
    PanoramaSpec panorama;
    SceneView view;
    double northOffset = 0.0;  ///< yaw (radians) at which north lies (Pannellum's northOffset)
    double horizonPitch = 0.0; ///< horizon correction: pitch of the camera when shot
    double horizonRoll = 0.0;  ///< horizon correction: roll of the camera when shot
    LocalizedText credits;     ///< photographer / institution, shown in the viewer
    std::string license;       ///< e.g. "CC BY-SA 4.0"
    std::string licenseUrl;
    std::vector<Hotspot> hotspots; ///< in file order
    std::optional<MapPosition> mapPosition;
    SourceSpan span;
};

struct TourMap {
    std::string image; ///< absolute path of the plan image
    LocalizedText title;
    SourceSpan span;
};

struct TransitionSpec {
    double duration = 0.8;     ///< seconds of crossfade; 0 cuts
    bool turnToHotspot = true; ///< first turn towards the clicked hotspot
};

struct Tour {
    std::string file;    ///< the tour file (absolute)
    std::string baseDir; ///< folder relative paths resolve against (absolute)
    LocalizedText title;
    LocalizedText description;
    std::vector<std::string> languages; ///< declared languages, first is the default if none set
    std::string defaultLanguage = "en";
    std::string firstScene;    ///< id; defaults to the first scene in file order
    std::vector<Scene> scenes; ///< in file order
    std::optional<TourMap> map;
    TransitionSpec transition;
    SourceSpan span; ///< the whole document (its root object)

    [[nodiscard]] const Scene* findScene(const std::string& id) const;
    [[nodiscard]] int sceneIndex(const std::string& id) const; ///< -1 when absent
};

} // namespace cloudtour::tour
