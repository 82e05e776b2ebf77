#pragma once

#include <cstddef>
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

} // namespace cloudtour::tour
