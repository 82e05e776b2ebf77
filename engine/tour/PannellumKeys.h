#pragma once

// Internal to engine/tour: the keys a Pannellum configuration may hold (Pannellum's
// doc/json-config-parameters.md and defaultConfig in src/js/pannellum.js). Keys outside these lists
// are warned of as unknown, with the closest known key; known keys that only steer Pannellum's web
// page (controls, auto-rotation, CSS) are accepted and ignored without a word.

#include <string_view>

namespace cloudtour::tour::pannellum {

// Any of these may appear at the top level, in "default" or in a scene.
inline constexpr std::string_view kGeneralKeys[] = {"type",
                                                    "title",
                                                    "author",
                                                    "authorURL",
                                                    "strings",
                                                    "uiText",
                                                    "basePath",
                                                    "autoLoad",
                                                    "autoRotate",
                                                    "autoRotateInactivityDelay",
                                                    "autoRotateStopDelay",
                                                    "orientationOnByDefault",
                                                    "showZoomCtrl",
                                                    "keyboardZoom",
                                                    "mouseZoom",
                                                    "doubleClickZoom",
                                                    "draggable",
                                                    "dragConfirm",
                                                    "friction",
                                                    "disableKeyboardCtrl",
                                                    "showFullscreenCtrl",
                                                    "showControls",
                                                    "touchPanSpeedCoeffFactor",
                                                    "yaw",
                                                    "pitch",
                                                    "hfov",
                                                    "minYaw",
                                                    "maxYaw",
                                                    "minPitch",
                                                    "maxPitch",
                                                    "minHfov",
                                                    "maxHfov",
                                                    "multiResMinHfov",
                                                    "compass",
                                                    "northOffset",
                                                    "preview",
                                                    "previewTitle",
                                                    "previewAuthor",
                                                    "horizonPitch",
                                                    "horizonRoll",
                                                    "animationTimingFunction",
                                                    "escapeHTML",
                                                    "targetBlank",
                                                    "crossOrigin",
                                                    "hotSpots",
                                                    "hotSpotDebug",
                                                    "sceneFadeDuration",
                                                    "capturedKeyNumbers",
                                                    "backgroundColor",
                                                    "avoidShowingBackground",
                                                    "roll",
                                                    "panorama",
                                                    "haov",
                                                    "vaov",
                                                    "vOffset",
                                                    "ignoreGPanoXMP",
                                                    "cubeMap",
                                                    "multiRes",
                                                    "dynamic",
                                                    "dynamicUpdate",
                                                    "firstScene",
                                                    "fallback",
                                                    "loadButtonLabel",
                                                    "license",
                                                    "logo"};

inline constexpr std::string_view kMultiresKeys[] = {"basePath",       "path",           "fallbackPath",
                                                     "extension",      "tileResolution", "maxLevel",
                                                     "cubeResolution", "shtHash",        "equirectangularThumbnail",
                                                     "missingTiles"};

inline constexpr std::string_view kHotspotKeys[] = {"pitch",
                                                    "yaw",
                                                    "type",
                                                    "text",
                                                    "URL",
                                                    "attributes",
                                                    "sceneId",
                                                    "targetPitch",
                                                    "targetYaw",
                                                    "targetHfov",
                                                    "id",
                                                    "cssClass",
                                                    "createTooltipFunc",
                                                    "createTooltipArgs",
                                                    "clickHandlerFunc",
                                                    "clickHandlerArgs",
                                                    "draggable",
                                                    "dragHandlerFunc",
                                                    "dragHandlerArgs",
                                                    "scale",
                                                    "scaleFactor",
                                                    "image",
                                                    "video",
                                                    "width",
                                                    "height"};

inline constexpr std::string_view kTypes[] = {"equirectangular", "cubemap", "multires"};
inline constexpr std::string_view kHotspotTypes[] = {"scene", "info"};

} // namespace cloudtour::tour::pannellum
