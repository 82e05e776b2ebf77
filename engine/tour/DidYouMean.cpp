#include "engine/tour/DidYouMean.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace cloudtour::tour {
namespace {

thread_local SuggestionBudget* gBudget = nullptr;

std::string lowered(std::string_view text) {
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return result;
}

} // namespace

std::size_t editDistance(std::string_view a, std::string_view b) {
    // Three rows suffice: the swap looks back two rows.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], before[j - 2] + 1);
            }
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::string closestMatch(std::string_view word, std::span<const std::string_view> candidates) {
    const std::string lowerWord = lowered(word);
    const std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
    std::string best;
    std::size_t bestDistance = allowed + 1;
    for (const std::string_view candidate : candidates) {
        if (candidate == word) {
            return {};
        }
        // The distance is at least the difference in length: those too far need no comparing.
        const std::size_t lengthGap = std::max(word.size(), candidate.size()) - std::min(word.size(), candidate.size());
        if (lengthGap > allowed) {
            continue;
        }
        if (!SuggestionBudget::spend(static_cast<std::uint64_t>(word.size() + 1) * (candidate.size() + 1))) {
            return {};
        }
        const std::size_t distance = editDistance(lowerWord, lowered(candidate));
        if (distance < bestDistance) {
            best = std::string(candidate);
            bestDistance = distance;
        }
    }
    return best;
}

std::string didYouMean(std::string_view word, std::span<const std::string_view> candidates) {
    const std::string match = closestMatch(word, candidates);
    return match.empty() ? std::string() : ": did you mean '" + match + "'?";
}

SuggestionBudget::SuggestionBudget(std::uint64_t characterPairs) : mOuter(gBudget), mLeft(characterPairs) {
    gBudget = this;
}

SuggestionBudget::~SuggestionBudget() {
    gBudget = mOuter;
}

bool SuggestionBudget::spend(std::uint64_t pairs) {
    if (gBudget == nullptr) {
        return true;
    }
    if (pairs > gBudget->mLeft) {
        gBudget->mLeft = 0;
        return false;
    }
    gBudget->mLeft -= pairs;
    return true;
}

} // namespace cloudtour::tour
