#include "viewer/app/LoadLimits.h"

#include <CLI/CLI.hpp>

#include <array>
#include <charconv>
#include <limits>
#include <optional>
#include <vector>

namespace cloudtour::viewer {
namespace {

constexpr std::uint64_t kKiB = 1024;
constexpr std::uint64_t kMiB = kKiB * 1024;
constexpr std::uint64_t kGiB = kMiB * 1024;

// The ceilings: a JSON depth JsonCpp's recursive parser survives on a default thread stack; image
// sizes stb_image and TurboJPEG can index with an int; pixels stb's PNG path accepts (1 GiB raw).
const std::array<LimitSetting, 9> kSettings = {{
    {"tour-bytes", 1, kGiB, true, "size of the tour file", [](const LoadLimits& l) { return l.tour.maxFileBytes; },
     [](LoadLimits& l, std::uint64_t v) { l.tour.maxFileBytes = v; }},
    {"json-depth", 1, 1000, false, "nesting of arrays and objects in the tour file",
     [](const LoadLimits& l) { return std::uint64_t{l.tour.maxDepth}; },
     [](LoadLimits& l, std::uint64_t v) { l.tour.maxDepth = static_cast<unsigned>(v); }},
    {"json-values", 1, 100000000, false, "values and keys in the tour file (each costs about 100 bytes once read)",
     [](const LoadLimits& l) { return std::uint64_t{l.tour.maxJsonValues}; },
     [](LoadLimits& l, std::uint64_t v) { l.tour.maxJsonValues = static_cast<std::size_t>(v); }},
    {"scenes", 1, 1000000, false, "scenes in one tour",
     [](const LoadLimits& l) { return std::uint64_t{l.tour.maxScenes}; },
     [](LoadLimits& l, std::uint64_t v) { l.tour.maxScenes = static_cast<std::size_t>(v); }},
    {"hotspots-per-scene", 1, 1000000, false, "hotspots in one scene",
     [](const LoadLimits& l) { return std::uint64_t{l.tour.maxHotspotsPerScene}; },
     [](LoadLimits& l, std::uint64_t v) { l.tour.maxHotspotsPerScene = static_cast<std::size_t>(v); }},
    {"string-bytes", 1, 16 * kMiB, true, "length of one string in the tour file (a title, a text)",
     [](const LoadLimits& l) { return std::uint64_t{l.tour.maxStringBytes}; },
     [](LoadLimits& l, std::uint64_t v) { l.tour.maxStringBytes = static_cast<std::size_t>(v); }},
    {"image-bytes", 1, 2 * kGiB, true, "size of one image file",
     [](const LoadLimits& l) { return l.image.maxFileBytes; },
     [](LoadLimits& l, std::uint64_t v) { l.image.maxFileBytes = v; }},
    {"image-dimension", 1, 65536, false, "width or height of one image, in pixels",
     [](const LoadLimits& l) { return static_cast<std::uint64_t>(l.image.maxDimension); },
     [](LoadLimits& l, std::uint64_t v) { l.image.maxDimension = static_cast<int>(v); }},
    {"image-pixels", 1, std::uint64_t{1} << 30, false, "pixels of one image (width x height), decoded at 3 bytes each",
     [](const LoadLimits& l) { return l.image.maxPixels; },
     [](LoadLimits& l, std::uint64_t v) { l.image.maxPixels = v; }},
}};

const LimitSetting* findSetting(std::string_view name) {
    for (const LimitSetting& setting : kSettings) {
        if (setting.name == name) {
            return &setting;
        }
    }
    return nullptr;
}

std::string knownNames() {
    std::string names;
    for (const LimitSetting& setting : kSettings) {
        names += (names.empty() ? "" : ", ") + std::string(setting.name);
    }
    return names;
}

std::uint64_t suffixFactor(std::string_view suffix) {
    if (suffix.empty()) {
        return 1;
    }
    constexpr std::array<std::pair<std::string_view, std::uint64_t>, 3> kSuffixes = {
        {{"KiB", kKiB}, {"MiB", kMiB}, {"GiB", kGiB}}};
    for (const auto& [name, factor] : kSuffixes) {
        if (suffix == name) {
            return factor;
        }
    }
    return 0;
}

// The number in VALUE, or nothing when it is not a whole number (with an allowed suffix) that fits.
std::optional<std::uint64_t> parseValue(std::string_view text, bool bytes) {
    std::uint64_t number = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (ec != std::errc() || end == text.data()) {
        return std::nullopt;
    }
    const std::string_view suffix(end, static_cast<std::size_t>(text.data() + text.size() - end));
    const std::uint64_t factor = bytes ? suffixFactor(suffix) : (suffix.empty() ? 1 : 0);
    if (factor == 0 || number > std::numeric_limits<std::uint64_t>::max() / factor) {
        return std::nullopt;
    }
    return number * factor;
}

} // namespace

std::span<const LimitSetting> limitSettings() {
    return kSettings;
}

core::Result<bool> applyLimitSetting(LoadLimits& limits, std::string_view setting) {
    const std::size_t equals = setting.find('=');
    if (equals == std::string_view::npos) {
        return core::Error{std::string(setting) + ": expected NAME=VALUE, such as image-pixels=268435456"};
    }
    const std::string_view name = setting.substr(0, equals);
    const std::string_view text = setting.substr(equals + 1);
    const LimitSetting* known = findSetting(name);
    if (!known) {
        return core::Error{std::string(setting) + ": no limit is called '" + std::string(name) + "' (the limits are " +
                           knownNames() + ")"};
    }
    const auto value = parseValue(text, known->bytes);
    if (!value || *value < known->min || *value > known->max) {
        return core::Error{std::string(setting) + ": " + std::string(name) + " takes a whole number from " +
                           std::to_string(known->min) + " to " + std::to_string(known->max) +
                           (known->bytes ? " (bytes; KiB, MiB and GiB may follow the number)" : "")};
    }
    known->set(limits, *value);
    return true;
}

void addLimitOption(CLI::App& command, LoadLimits& limits) {
    CLI::Validator apply(
        [&limits](std::string& setting) {
            auto applied = applyLimitSetting(limits, setting);
            return applied ? std::string() : applied.error().message;
        },
        "NAME=VALUE");
    command
        .add_option_function<std::vector<std::string>>(
            "--limit", [](const std::vector<std::string>&) {},
            "Change a safety limit (repeatable): tour-bytes, json-depth, json-values, scenes, hotspots-per-scene, "
            "string-bytes, image-bytes, image-dimension, image-pixels; see docs/LIMITS.md")
        ->check(apply)
        ->allow_extra_args(false);
}

} // namespace cloudtour::viewer
