// libFuzzer target: cloudtour::tour::parseTour on any bytes (see fuzz/TourFuzzing.h for what is checked).
#include "engine/tour/TourLoader.h"
#include "fuzz/TourFuzzing.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    cloudtour::fuzz::fuzzTourReader(&cloudtour::tour::parseTour, data, size, "tour.json");
    return 0;
}
