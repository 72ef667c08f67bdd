// The vocabulary of Vietnamese political news that the recognisers share:
// surnames, titles of posts, heads of body names, abbreviations. Keys are
// lexicon keys (text::LexiconKey: lower case, modern tone placement).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

// "hđnd" -> {"hội","đồng","nhân","dân"}; nullptr when not an abbreviation.
const std::vector<std::string>* AbbreviationExpansion(std::string_view key);

bool IsSurname(std::string_view key);

// A multi-word entry: its keys and its display form.
struct Phrase {
  std::vector<std::string> keys;
  std::string display;
};

// Titles of posts, longest first for each first word: "phó bí thư thường trực",
// "bí thư", "chủ tịch", "ủy viên", "giám đốc", "trưởng"…
const std::vector<Phrase>& Titles();
// Heads that open a body name: "ban", "sở", "ủy ban", "tỉnh ủy", "hội đồng"…
const std::vector<Phrase>& BodyHeads();
// Party committees that complete a post or body: "tỉnh ủy", "thành ủy", "huyện ủy"…
bool IsCommitteeWord(std::string_view key1, std::string_view key2);
// Administrative levels: "tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường".
int LevelLength(const std::vector<std::string>& keys, size_t at);
// Two-word terms allowed in lower case inside a body name ("nhân dân",
// "giám sát", "chấp hành", "cán sự"...).
bool IsLowercaseBodyTerm(std::string_view key1, std::string_view key2);
// Words that can never be part of a body or a name (verbs, function words).
bool IsStopWord(std::string_view key);

// Longest phrase from `table` matching `keys` at `at`; returns its length in
// keys (0 when none) and sets `index`.
size_t MatchPhrase(const std::vector<Phrase>& table, const std::vector<std::string>& keys,
                   size_t at, size_t& index);

// Display form for an expanded run ("hội đồng nhân dân" -> "Hội đồng nhân dân").
std::string DisplayBodyWord(std::string_view key);

}  // namespace kg::extract
