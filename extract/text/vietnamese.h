// Fast, table-driven Vietnamese letter handling for hot paths (every word of a
// corpus), where ICU per token would cost too much. Covers Latin, Latin-1,
// Latin Extended-A/B and Latin Extended Additional (all Vietnamese letters);
// other characters pass through unchanged. For general text use normalize.h.
#pragma once

#include <string>
#include <string_view>

namespace kg::text {

char32_t LowerVietnamese(char32_t c);
bool IsUpperVietnamese(char32_t c);
bool IsLetter(char32_t c);  // letters of any script (ICU), plus the Vietnamese ones quickly

// Lower-cases and moves tone marks to the modern position ("Uỷ" -> "ủy",
// "hoà" -> "hòa"; the pairs are in tone_marks.h), so lexicon keys match whichever style
// an article uses.
std::string LexiconKey(std::string_view utf8);

// True when the word starts with an upper-case letter.
bool StartsUpper(std::string_view utf8);
// True when every letter is upper-case and there are at least two letters.
bool AllUpper(std::string_view utf8);

}  // namespace kg::text
