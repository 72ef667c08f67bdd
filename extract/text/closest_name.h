// "Did you mean …?": the closest of a set of names to a misspelt one — for unknown
// commands and options (git's and cargo's habit) and for labels, types and property keys a
// query names but the graph lacks.
#pragma once

#include <string>
#include <vector>

namespace kg::text {

// The candidate nearest to `word` by edit distance (insertions, deletions, substitutions
// and swaps of neighbours, case ignored), when it is near enough to be a typo: at most a
// third of the word's length, and at least 1 and at most 3 edits. Empty when none is.
std::string ClosestName(const std::string& word, const std::vector<std::string>& candidates);

// " (did you mean X?)" for ClosestName's answer, or "" when there is none.
std::string DidYouMean(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace kg::text
