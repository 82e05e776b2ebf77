#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace cloudtour::tour {

/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
/// neighbouring characters each cost 1 ("titel" is 1 from "title"). Counts bytes.
std::size_t editDistance(std::string_view a, std::string_view b);

/// The candidate closest to `word`, ignoring case, when it is close enough to be a likely typo: at
/// most one edit for short words, about one edit per three characters for longer ones. Ties go to
/// the earlier candidate. Empty when none is close, or when `word` is itself a candidate.
std::string closestMatch(std::string_view word, std::span<const std::string_view> candidates);

/// ": did you mean 'X'?" for `closestMatch`, or "" when there is none; for appending to a message.
std::string didYouMean(std::string_view word, std::span<const std::string_view> candidates);

/// Suggestions cost the product of the lengths compared, for every candidate, so a hostile file
/// with thousands of long unknown scene ids against thousands of scenes made them take hours (a
/// 426 KB tour took 99 s to read; found while profiling the fuzz targets). While a budget is alive
/// on this thread, the suggestions made share it, counted in compared character pairs; once it is
/// spent, `closestMatch` suggests nothing and messages come without "did you mean". Reading one
/// tour file sets one up (readJsonTour); without one, suggestions are not limited.
class SuggestionBudget {
public:
    explicit SuggestionBudget(std::uint64_t characterPairs);
    ~SuggestionBudget();
    SuggestionBudget(const SuggestionBudget&) = delete;
    SuggestionBudget& operator=(const SuggestionBudget&) = delete;

    /// Takes `pairs` from the budget in force, if there is one; false when it cannot pay.
    static bool spend(std::uint64_t pairs);

private:
    SuggestionBudget* mOuter;
    std::uint64_t mLeft;
};

} // namespace cloudtour::tour
