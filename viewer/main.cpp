// cloudtour: the one executable. Parses the command line, runs one subcommand, and turns anything
// unexpected into a message and a non-zero exit code (the single top-level catch, as in f3d).
#include "viewer/commands/Commands.h"
#include "viewer/commands/ImportCommand.h"
#include "viewer/commands/TileCommand.h"
#include "viewer/commands/ValidateCommand.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <set>
#include <string>
#include <vector>

#ifndef CLOUDTOUR_VERSION
#define CLOUDTOUR_VERSION "unknown"
#endif

namespace {

// `cloudtour FILE` means `cloudtour view FILE`: insert the default subcommand when the first
// argument is neither a subcommand nor a global flag.
std::vector<std::string> withDefaultCommand(int argc, char** argv) {
    static const std::set<std::string> known = {"view", "render", "validate", "import",
                                                "tile", "-h",     "--help",   "--version"};
    std::vector<std::string> args(argv, argv + argc);
    if (args.size() < 2 || !known.contains(args[1])) {
        args.insert(args.begin() + 1, "view");
    }
    return args;
}

int run(int argc, char** argv) {
    using namespace cloudtour::viewer;
    CLI::App app{"CloudTour: a native viewer for virtual tours of heritage sites", "cloudtour"};
    app.set_version_flag("--version", std::string("cloudtour ") + CLOUDTOUR_VERSION);
    app.require_subcommand(1);
    ViewCommandOptions view;
    RenderCommandOptions render;
    std::string validateTarget;
    LoadLimits validateLimits;
    ImportCommandOptions import;
    TileCommandOptions tile;
    addViewCommand(app, view);
    addRenderCommand(app, render);
    addValidateCommand(app, validateTarget, validateLimits);
    addImportCommand(app, import);
    addTileCommand(app, tile);
    auto args = withDefaultCommand(argc, argv);
    std::vector<char*> pointers;
    for (auto& arg : args) {
        pointers.push_back(arg.data());
    }
    try {
        app.parse(static_cast<int>(pointers.size()), pointers.data());
    } catch (const CLI::ParseError& error) {
        return app.exit(error);
    }
    if (app.got_subcommand("render")) {
        return runRenderCommand(render);
    }
    if (app.got_subcommand("validate")) {
        return runValidateCommand(validateTarget, validateLimits);
    }
    if (app.got_subcommand("import")) {
        return runImportCommand(import);
    }
    if (app.got_subcommand("tile")) {
        return runTileCommand(tile);
    }
    return runViewCommand(view);
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "cloudtour: unexpected error: %s\n", error.what());
    } catch (...) {
        std::fprintf(stderr, "cloudtour: unexpected error\n");
    }
    return 1;
}
