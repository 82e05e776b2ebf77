#include "engine/tour/PathReader.h"

#include <filesystem>

namespace cloudtour::tour {

std::optional<std::string> readPathValue(ReadContext& context, const Json::Value& value, const std::string& pointer,
                                         std::string_view subject, PathKind kind) {
    const std::optional<std::string> written =
        context.json.readString(value, pointer, subject, kind == PathKind::File ? "a file path" : "a folder path");
    if (!written) {
        return std::nullopt;
    }
    const ResolvedPath resolved = context.paths.resolve(*written);
    for (const PathProblem& problem : resolved.problems) {
        context.json.report(problem.severity, value, pointer, problem.message);
    }
    if (resolved.path.empty()) {
        return std::nullopt;
    }
    checkExists(context, value, pointer, resolved.path, kind == PathKind::File ? "image file" : "folder", kind);
    return resolved.path;
}

std::optional<std::string> readPath(ReadContext& context, const JsonObject& object, std::string_view key, Need need,
                                    PathKind kind) {
    const Json::Value* value = object.member(key, need, kind == PathKind::File ? "a file path" : "a folder path");
    return value ? readPathValue(context, *value, object.pointerOf(key), quoted(key), kind) : std::nullopt;
}

void checkExists(ReadContext& context, const Json::Value& at, const std::string& pointer, const std::string& path,
                 std::string_view what, PathKind kind) {
    if (!context.options.checkFilesExist) {
        return;
    }
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    // A link loop or an unreadable folder on the way: not "not found", but what the system says.
    if (ec && ec != std::errc::no_such_file_or_directory && ec != std::errc::not_a_directory) {
        context.json.report(Severity::Error, at, pointer,
                            std::string(what) + " cannot be opened (" + ec.message() + "): " + path);
        return;
    }
    const bool found =
        kind == PathKind::File ? std::filesystem::is_regular_file(status) : std::filesystem::is_directory(status);
    if (!found && std::filesystem::exists(status)) {
        const char* actually = std::filesystem::is_directory(status)      ? "a folder"
                               : std::filesystem::is_regular_file(status) ? "a file"
                                                                          : "neither a file nor a folder";
        context.json.report(Severity::Error, at, pointer,
                            std::string(what) + " expected, but this is " + actually + ": " + path);
    } else if (!found) {
        context.json.report(Severity::Error, at, pointer, std::string(what) + " not found: " + path);
    }
}

} // namespace cloudtour::tour
