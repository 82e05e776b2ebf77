// Mesa unloads its driver (swrast_dri.so, with llvmpipe inside) when the last GL display closes.
// Allocations Mesa keeps for the life of the process then point into an unloaded module, and
// LeakSanitizer can neither name nor suppress them. Loading the driver libraries once more with
// RTLD_NODELETE keeps them mapped until exit, so tests/sanitizers/lsan.supp can suppress them by
// name and a leak in our own code still stands out.
#include <dlfcn.h>

#include <array>

namespace {

struct KeepGlDriversLoaded {
    KeepGlDriversLoaded() {
        constexpr std::array kLibraries = {"libEGL_mesa.so.0", "libGLX_mesa.so.0", "libglapi.so.0",
                                           "/usr/lib/x86_64-linux-gnu/dri/swrast_dri.so"};
        for (const char* library : kLibraries) {
            dlopen(library, RTLD_NOW | RTLD_GLOBAL | RTLD_NODELETE);
        }
    }
};

const KeepGlDriversLoaded gKeepGlDriversLoaded;

} // namespace
