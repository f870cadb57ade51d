// Levenshtein distance over code points, for "did you mean" suggestions.
#ifndef EVALSCORE_CORE_EDIT_DISTANCE_H_
#define EVALSCORE_CORE_EDIT_DISTANCE_H_

#include <string>
#include <string_view>
#include <vector>

namespace evalscore {

size_t EditDistance(std::string_view a, std::string_view b);

// The candidate closest to `word`, or "" when none is close enough to be a
// plausible typo (distance at most a third of the longer word, at least 1).
std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace evalscore

#endif  // EVALSCORE_CORE_EDIT_DISTANCE_H_
