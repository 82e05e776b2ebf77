#include "viewer/app/OpenTarget.h"

#include "engine/core/FileIo.h"
#include "engine/image/ImageFormat.h"
#include "engine/tour/TourLoader.h"
#include "viewer/tour/TourBinder.h"

#include <filesystem>
#include <fstream>

namespace cloudtour::viewer {
namespace {

constexpr std::size_t kMessagesShown = 6;

bool looksLikeImage(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    std::array<std::uint8_t, 16> head{};
    in.read(reinterpret_cast<char*>(head.data()), head.size());
    const auto read = static_cast<std::size_t>(in.gcount());
    return image::sniffImageFormat(std::span(head.data(), read)) != image::ImageFormat::Unknown;
}

std::vector<std::string> messagesFrom(const tour::Diagnostics& diagnostics, const std::string& path) {
    std::vector<std::string> messages;
    std::size_t shown = 0;
    std::size_t hidden = 0;
    for (const auto& diagnostic : diagnostics.items) {
        if (diagnostic.severity == tour::Severity::Note) {
            continue;
        }
        if (shown < kMessagesShown) {
            messages.push_back(tour::formatDiagnostic(diagnostic));
            ++shown;
        } else {
            ++hidden;
        }
    }
    if (hidden > 0) {
        messages.push_back("... and " + std::to_string(hidden) + " more: run `cloudtour validate " + path + "`");
    }
    return messages;
}

} // namespace

OpenedTour openTarget(const PanoramaOptions& options) {
    if (!options.cube.empty() || options.file.empty() || looksLikeImage(options.file)) {
        if (auto source = toSource(options); !source) {
            return {std::nullopt, {source.error().message}};
        }
        return {tourFromPanorama(options), {}};
    }
    if (!std::filesystem::exists(options.file)) {
        return {std::nullopt, {options.file + ": file not found"}};
    }
    tour::TourLoadOptions loadOptions;
    loadOptions.limits = options.limits.tour;
    auto loaded = tour::loadTour(options.file, loadOptions);
    return {std::move(loaded.tour), messagesFrom(loaded.diagnostics, options.file)};
}

} // namespace cloudtour::viewer
