// Shared by the province recogniser's files (provinces.cc, province_keys.cc,
// province_words.cc): the keys a name is looked up by, and the tables built once from the
// province list and the word lists.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "extract/recognise/provinces.h"

namespace kg::extract::province_scan {

constexpr int kMaxSyllables = 4;  // "Bà Rịa - Vũng Tàu", "Ho Chi Minh City"
constexpr int kMaxLetters = 16;   // longer words are no part of a province name

// ---- keys (province_keys.cc)

// Appends the key of the word (run of letters) at `pos` to `key`, like text::LexiconKey
// but without allocating; returns the word's end (pos when there is no letter).
size_t AppendWordKey(std::string_view s, size_t pos, std::string& key, bool& upper, bool& too_long);
// The key of one word.
std::string WordKey(std::string_view word);

// Up to kMaxSyllables words from a start, joined in the key by ' ' (spaces between them)
// or '-' (a dash, spaces around it optional): "Bà Rịa - Vũng Tàu" -> "bà rịa-vũng tàu".
struct Run {
  std::string key;
  int count = 0;
  size_t first_end = 0;                // end of the first word, matched or not
  size_t key_len[kMaxSyllables] = {};  // key length after each word
  size_t end[kMaxSyllables] = {};      // byte end of each word
};

// With `first` set, stops (count 0) unless the first word's key is in it; with
// `require_upper`, stops before the first word that does not start with a capital.
void ReadRun(std::string_view s, size_t pos, bool require_upper,
             const std::unordered_set<std::string>* first, Run& run);

// FindProvince's key: folded (no diacritics, đ -> d, lower case), prefix words
// ("tỉnh", "thành phố", "TP") and a trailing "province"/"city" dropped, no separators:
// "TP. Hồ Chí Minh" -> "hochiminh", "Đắk Lắk" -> "daklak", "Bà Rịa-Vũng Tàu" -> "bariavungtau".
std::string CompactKey(std::string_view as_written);

// ---- tables (province_words.cc)

struct Entry {
  const ProvinceInfo* province = nullptr;  // null: a longer name that is no province
  bool needs_prefix = false;  // only after tỉnh/thành phố/TP ("Hồ Chí Minh" alone is the person)
};

struct Tables {
  std::unordered_map<std::string, Entry> text_keys;
  std::unordered_set<std::string> first_syllables;
  std::unordered_map<std::string, const ProvinceInfo*> canonical;
  std::unordered_map<std::string, const ProvinceInfo*> compact;
  std::unordered_set<std::string> local_words, family_names, middle_names, name_heads;

  Tables();
  const ProvinceInfo* ByName(const char* name) const;
  // Adds a written form to both maps; the first form to claim a key keeps it.
  void Add(std::string_view written, const ProvinceInfo* p, bool needs_prefix);
};

// Built on first use; safe to read from any thread.
const Tables& GetTables();

// A local word (`key`) that with the word before it (`key_before`) makes a common noun:
// "phố phường", "nông thôn".
bool IsLocalWordException(std::string_view key, std::string_view key_before);

}  // namespace kg::extract::province_scan
