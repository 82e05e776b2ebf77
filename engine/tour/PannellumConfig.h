#pragma once

// Internal to engine/tour: one Pannellum scene's settings as Pannellum itself merges them, and the
// conversions every part of the Pannellum importer shares.

#include "engine/tour/PathReader.h"
#include "engine/tour/ReadContext.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cloudtour::tour {

/// What the readers of one Pannellum file share.
struct PannellumImport {
    ReadContext& context;
    /// The 2013 format ("global" rather than "default"), whose yaw grows to the left.
    bool legacy = false;

    /// Multiplies every yaw read, so the Tour's yaw grows to the right.
    [[nodiscard]] double yawSign() const { return legacy ? -1.0 : 1.0; }
};

/// The objects that configure one scene, highest priority first. Pannellum's mergeConfig copies
/// "default", then the scene, then the top level of the file over its defaults, so a key written
/// at the top level wins over the scene's own, which wins over "default". A value is read from
/// the object that holds it, so messages point at the right line.
class PannellumConfig {
public:
    /// `own` is the scene's own object: missing required keys are reported there.
    PannellumConfig(std::vector<JsonObject> layers, std::size_t own);

    [[nodiscard]] const JsonObject* holder(std::string_view key) const;
    [[nodiscard]] const JsonObject& own() const { return mLayers[mOwn]; }
    [[nodiscard]] JsonReader& reader() const { return own().reader(); }

    /// The member and its JSON pointer; a missing required one is reported at the scene.
    const Json::Value* member(std::string_view key, Need need, std::string_view expected, std::string& pointer) const;
    std::optional<std::string> string(std::string_view key, std::string_view expected = "a string") const;
    std::optional<double> number(std::string_view key, const NumberRule& rule) const;
    /// Degrees in the file, radians returned.
    std::optional<double> angle(std::string_view key, const NumberRule& rule) const;

private:
    std::vector<JsonObject> mLayers;
    std::size_t mOwn;
};

/// A path as Pannellum builds it, `prefix` (its "basePath", joined by plain concatenation as
/// Pannellum does) followed by the string `value`, resolved against the configuration's folder and
/// checked to exist, with the tour parser's messages, placed at `value`. A missing file is
/// reported but its path returned.
std::optional<std::string> readPannellumPath(ReadContext& context, const std::string& prefix, const Json::Value& value,
                                             const std::string& pointer, std::string_view subject,
                                             PathKind kind = PathKind::File);

} // namespace cloudtour::tour
