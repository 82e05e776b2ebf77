#include "engine/tour/DidYouMean.h"
#include "tests/engine/tour/TourTestSupport.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace cloudtour::tour;
using namespace cloudtour::tour::test;

namespace {

const std::string_view kKeys[] = {"title", "hotspots", "panorama"};

// A name of `length` letters that no other call gives: the Nth in a base-26 count.
std::string longName(std::size_t n, std::size_t length) {
    std::string name(length, 'a');
    for (std::size_t i = 0; n != 0 && i < length; ++i, n /= 26) {
        name[i] = static_cast<char>('a' + n % 26);
    }
    return name;
}

std::size_t countOf(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
        ++count;
    }
    return count;
}

} // namespace

TEST_CASE("Suggestions stop when their budget is spent and come back when it ends", "[tour]") {
    {
        // "titel" against "title" alone costs 6 x 6 = 36 character pairs.
        const SuggestionBudget budget(36 + 35);
        CHECK(closestMatch("titel", kKeys) == "title");
        CHECK(closestMatch("titel", kKeys).empty()); // 35 left: not enough for a second one
        CHECK(closestMatch("hotspts", kKeys).empty());
    }
    CHECK(closestMatch("titel", kKeys) == "title");
}

TEST_CASE("Candidates whose length alone puts them too far cost nothing", "[tour]") {
    const SuggestionBudget budget(0);
    // "x" is 4 or more characters shorter than every key: no comparison, so none paid for.
    CHECK(closestMatch("x", kKeys).empty());
    CHECK(SuggestionBudget::spend(0));
    CHECK_FALSE(SuggestionBudget::spend(1));
}

TEST_CASE("An inner budget is used while it lives and the outer one afterwards", "[tour]") {
    const SuggestionBudget outer(1000);
    {
        const SuggestionBudget inner(10);
        CHECK_FALSE(SuggestionBudget::spend(11));
    }
    CHECK(SuggestionBudget::spend(1000));
    CHECK_FALSE(SuggestionBudget::spend(1));
}

// Before the budget, 400 scenes with 200-letter ids and a link each to an unknown 200-letter id
// took 24 s to read (every link compared with every id, 40,000 character pairs each); 800 took 99 s.
// Every broken link is still reported; the first, a real typo, still gets its suggestion.
TEST_CASE("A tour of many long unknown links is read with every link reported", "[tour][fuzz]") {
    constexpr std::size_t kScenes = 400, kLength = 200;
    std::string text = R"({"version": 1, "scenes": [)";
    for (std::size_t i = 0; i < kScenes; ++i) {
        const std::string id = longName(i, kLength);
        // The first link only misses its own scene's id by one letter.
        const std::string target = i == 0 ? id.substr(0, kLength - 1) + "q" : longName(i + 1000000, kLength);
        text += (i == 0 ? "" : ",") + std::string(R"({"id": ")") + id +
                R"(", "panorama": {"type": "equirect", "image": "images/entrance.png"}, "hotspots": [)" +
                R"({"type": "scene", "yaw": 0, "pitch": 0, "target": ")" + target + R"("}]})";
    }
    text += "]}";
    const TourLoadResult result = parseText(text);
    const std::string messages = listed(result.diagnostics);
    CHECK(countOf(messages, "which is not a scene id") == kScenes);
    CHECK(countOf(messages, "did you mean '" + longName(0, kLength) + "'") == 1);
}
