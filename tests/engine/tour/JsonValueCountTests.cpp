// countJsonValues: the values and keys a JSON tree would hold, counted before it is built.
#include "engine/tour/JsonValueCount.h"
#include "engine/tour/TourLoader.h"

#include <catch2/catch.hpp>

#include <string>

using cloudtour::tour::countJsonValues;

TEST_CASE("JSON values are counted without building the tree", "[tour][limits]") {
    CHECK(countJsonValues("0") == 1);
    CHECK(countJsonValues("[1, 2, 3]") == 4);                // the array and three numbers
    CHECK(countJsonValues(R"({"a": 1, "b": [true]})") == 6); // object, 2 keys, 1, array, true
    CHECK(countJsonValues(R"(["a,b:c[{", "\"],"])") == 3);   // punctuation inside strings is text
    CHECK(countJsonValues("[]") == 2);                       // an empty container counts one more
    std::string zeros = "[0";
    for (int i = 1; i < 100000; ++i) {
        zeros += ",0";
    }
    zeros += "]";
    CHECK(countJsonValues(zeros) == 100001);
}

TEST_CASE("a tour with more JSON values than the limit is refused before it is read", "[tour][limits]") {
    std::string text = R"({"scenes": [{"id": "a", "panorama": {"type": "equirect", "image": "a.jpg"}}], "x": [0)";
    for (int i = 1; i < 1000; ++i) {
        text += ",0";
    }
    text += "]}";
    cloudtour::tour::TourLoadOptions options;
    options.checkFilesExist = false;
    options.limits.maxJsonValues = 1000;
    const auto refused = cloudtour::tour::parseTour(text, "tour.json", options);
    CHECK_FALSE(refused.tour.has_value());
    REQUIRE(refused.diagnostics.items.size() == 1);
    CHECK(refused.diagnostics.items[0].message == "the file holds 1014 JSON values and keys, over the limit of 1000");
    options.limits.maxJsonValues = 1014; // root, 6 keys, 6 values, the scene and the 1000 zeros
    CHECK(cloudtour::tour::parseTour(text, "tour.json", options).tour.has_value());
}
