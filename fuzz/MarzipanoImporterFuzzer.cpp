// libFuzzer target: cloudtour::tour::importMarzipano on any bytes (see fuzz/TourFuzzing.h for what is checked).
#include "engine/tour/Importers.h"
#include "fuzz/TourFuzzing.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    cloudtour::fuzz::fuzzTourReader(&cloudtour::tour::importMarzipano, data, size, "data.js");
    return 0;
}
