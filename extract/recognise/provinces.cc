// Province names: lookup of a name as written (FindProvince, rare, may use ICU) and
// the mention scanner that runs over every article (FindProvinceMentions, hot).
//
// The scanner anchors on capital letters that start a word (every province name starts
// with A-Z or Đ), builds a lexicon key (lower case, modern tone placement) of up to four
// capitalised words joined by spaces or a dash, and looks the longest key up in a table
// built once from the canonical names and their variants.
//
// Huế: the corpus is from 2017, so "Thừa Thiên Huế", "Thừa Thiên - Huế", "TT-Huế",
// "TP Huế" and "thành phố Huế" all mean the pre-2025 province Thừa Thiên Huế; bare "Huế"
// in text (the city, "Cố đô Huế", "Đại học Huế") is not taken as a province. FindProvince
// also maps "huế", "Hue", "TP Huế" to Thừa Thiên Huế; only the exact canonical name "Huế"
// names the post-2025 city, so FindProvince(p.name) == &p for every unit.
#include "extract/recognise/provinces.h"

#include <cassert>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/recognise/scanner.h"
#include "extract/text/normalize.h"
#include "extract/text/tone_marks.h"
#include "extract/text/utf8.h"
#include "extract/text/vietnamese.h"

namespace kg::extract {
namespace {

constexpr int kMaxSyllables = 4;  // "Bà Rịa - Vũng Tàu", "Ho Chi Minh City"
constexpr int kMaxLetters = 16;   // longer words are no part of a province name

// ---------------------------------------------------------------- byte helpers

using scan::ByteAt;
using scan::CodePointStart;
using scan::DashLen;
using scan::IsAsciiLetter;
using scan::IsDigit;
using scan::LetterBefore;
using scan::SkipSpaces;
using scan::SkipSpacesBack;

// Start of the run of letters that ends at `end`.
size_t WordBefore(std::string_view s, size_t end) {
  while (end > 0) {
    unsigned char b = ByteAt(s, end - 1);
    if (b < 0x80) {
      if (!IsAsciiLetter(b)) break;
      --end;
    } else {
      if (!LetterBefore(s, end)) break;
      end = CodePointStart(s, end);
    }
  }
  return end;
}

bool WordStartsAt(std::string_view s, size_t i) {
  if (i == 0) return true;
  unsigned char b = ByteAt(s, i - 1);
  if (b < 0x80) return !IsAsciiLetter(b) && !IsDigit(b);
  return !LetterBefore(s, i);
}

// ---------------------------------------------------------------- keys

// Appends the key of the word (run of letters) at `pos` to `key`, like text::LexiconKey
// but without allocating; returns the word's end (pos when there is no letter).
size_t AppendWordKey(std::string_view s, size_t pos, std::string& key, bool& upper,
                     bool& too_long) {
  char32_t cps[kMaxLetters];
  int n = 0;
  upper = false;
  too_long = false;
  size_t i = pos;
  while (i < s.size()) {
    unsigned char b = ByteAt(s, i);
    size_t next = i;
    char32_t c;
    if (b < 0x80) {
      if (!IsAsciiLetter(b)) break;
      c = b;
      next = i + 1;
    } else {
      c = scan::CodePointAt(s, i, &next);
      if (!text::IsLetter(c)) break;
    }
    if (i == pos) upper = text::IsUpperVietnamese(c);
    if (n < kMaxLetters) {
      cps[n++] = text::LowerVietnamese(c);
    } else {
      too_long = true;
    }
    i = next;
  }
  text::ModernToneAtWordEnd(cps, n);  // "hoà" -> "hòa", "Uỷ" -> "ủy", as LexiconKey does
  for (int k = 0; k < n; ++k) {
    if (cps[k] < 0x80) {
      key.push_back(static_cast<char>(cps[k]));
    } else {
      text::AppendUtf8(cps[k], key);
    }
  }
  return i;
}

std::string WordKey(std::string_view word) {
  std::string key;
  bool upper, too_long;
  AppendWordKey(word, 0, key, upper, too_long);
  return key;
}

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
             const std::unordered_set<std::string>* first, Run& run) {
  run.key.clear();
  run.count = 0;
  bool upper, too_long;
  size_t end = AppendWordKey(s, pos, run.key, upper, too_long);
  run.first_end = end > pos ? end : pos + 1;
  if (end == pos || too_long || (require_upper && !upper)) return;
  if (first != nullptr && first->find(run.key) == first->end()) return;
  run.key_len[0] = run.key.size();
  run.end[0] = end;
  run.count = 1;
  while (run.count < kMaxSyllables) {
    size_t q = SkipSpaces(s, end);
    char sep = ' ';
    if (size_t d = DashLen(s, q); d > 0) {
      q = SkipSpaces(s, q + d);
      sep = '-';
    } else if (q == end) {
      break;
    }
    size_t keep = run.key.size();
    run.key.push_back(sep);
    size_t word_end = AppendWordKey(s, q, run.key, upper, too_long);
    if (word_end == q || too_long || (require_upper && !upper)) {
      run.key.resize(keep);
      break;
    }
    end = word_end;
    run.key_len[run.count] = run.key.size();
    run.end[run.count] = end;
    ++run.count;
  }
}

// FindProvince's key: folded (no diacritics, đ -> d, lower case), prefix words
// ("tỉnh", "thành phố", "TP") and a trailing "province"/"city" dropped, no separators:
// "TP. Hồ Chí Minh" -> "hochiminh", "Đắk Lắk" -> "daklak", "Bà Rịa-Vũng Tàu" -> "bariavungtau".
std::string CompactKey(std::string_view as_written) {
  std::string folded = text::Fold(as_written);
  std::vector<std::string> words(1);
  for (char ch : folded) {
    auto b = static_cast<unsigned char>(ch);
    if (IsAsciiLetter(b) || IsDigit(b) || b >= 0x80) {
      words.back().push_back(ch);
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  size_t from = 0, to = words.size();
  if (to >= 2 && words[0] == "tinh") {
    from = 1;
  } else if (to >= 3 && words[0] == "thanh" && words[1] == "pho") {
    from = 2;
  } else if (to >= 2 && words[0] == "tp") {
    from = 1;
  }
  if (to - from >= 2 && (words[to - 1] == "province" || words[to - 1] == "city")) --to;
  std::string key;
  for (size_t i = from; i < to; ++i) key += words[i];
  return key;
}

// ---------------------------------------------------------------- tables

struct Entry {
  const ProvinceInfo* province = nullptr;  // null: a longer name that is no province
  bool needs_prefix = false;  // only after tỉnh/thành phố/TP ("Hồ Chí Minh" alone is the person)
};

struct Alias {
  const char* written;
  const char* province;  // canonical name; nullptr for a longer name that is no province
  bool needs_prefix;
};

constexpr Alias kAliases[] = {
    {"Hanoi", "Hà Nội", false},
    {"Thừa Thiên - Huế", "Thừa Thiên Huế", false},
    {"TT-Huế", "Thừa Thiên Huế", false},
    {"Huế", "Thừa Thiên Huế", true},
    {"Hồ Chí Minh", "TP Hồ Chí Minh", true},
    {"HCM", "TP Hồ Chí Minh", true},
    {"TPHCM", "TP Hồ Chí Minh", false},
    {"Ho Chi Minh City", "TP Hồ Chí Minh", false},
    {"Bà Rịa Vũng Tàu", "Bà Rịa – Vũng Tàu", false},
    {"BR-VT", "Bà Rịa – Vũng Tàu", false},
    {"BRVT", "Bà Rịa – Vũng Tàu", false},
    {"Bắc Cạn", "Bắc Kạn", false},
    {"Kontum", "Kon Tum", false},
    // longer names that contain a province name but are something else
    {"Thái Bình Dương", nullptr, false},  // the Pacific
    {"Hà Nam Ninh", nullptr, false},      // the province of 1975-1991
    {"Điện Biên Phủ", nullptr, false},    // the city and the battle
    {"Điện Biên Đông", nullptr, false},   // a district
    {"Bình Định Vương", nullptr, false},  // Lê Lợi's title
};

// Spellings of "Đắk" and "Lắk" seen in the press; any pair, spaced or joined.
constexpr const char* kDak[] = {"Đắk", "Đắc", "Đăk", "Đăc", "Đác", "Đak", "Dak"};
constexpr const char* kLak[] = {"Lắk", "Lắc", "Lăk", "Lăc", "Lác", "Lak"};

// Words before an unprefixed name that make it a lower-level unit, a street or a river
// of the same name ("xã Hòa Bình", "đường Hải Phòng", "xa lộ Hà Nội", "sông Đồng Nai",
// "TX Quảng Trị"). Not "phố" ("đường phố Hà Nội" is Hanoi's streets) nor "hồ" ("giang hồ
// Hải Phòng" is its gangsters).
constexpr const char* kLocalWords[] = {"huyện", "quận", "xã",   "phường", "trấn", "thôn", "ấp",
                                       "bản",   "đường", "lộ",  "sông",   "tx"};

// A local word after this word is part of a common noun: "phố phường Hà Nội" (Hanoi's
// streets), "Sở Nông nghiệp và Phát triển nông thôn Thanh Hóa".
struct LocalWordException {
  const char* word;
  const char* after;
};
constexpr LocalWordException kLocalWordExceptions[] = {{"phường", "phố"}, {"thôn", "nông"}};

// Family names, and common middle names: right before a name they make it a person's
// ("Nguyễn Hải Dương", "Trần Thị Thái Bình"); a family name two words before does too
// ("đường Ngụy Như Kon Tum"). Left out as too often something else: "Từ" and "Như"
// (sentence-initial "from", "like"), "Đoàn" (a delegation: "Đoàn Nghệ An").
constexpr const char* kFamilyNames[] = {
    "nguyễn", "trần",  "lê",    "phạm",  "hoàng", "huỳnh", "phan",  "vũ",     "võ",    "đặng",
    "bùi",    "đỗ",    "hồ",    "ngô",   "dương", "lý",    "đinh",  "trương", "lâm",   "mai",
    "đào",    "cao",   "hà",    "lương", "tô",    "chu",   "tạ",    "hứa",    "vương", "lại",
    "kiều",   "trịnh", "lưu",   "thái",  "châu",  "tăng",  "quách", "phùng",  "mạc",   "thân",
    "giang",  "la",    "lò",    "lục",   "nông",  "triệu", "tống",  "ông",    "âu",    "khổng",
    "diệp",   "bạch",  "doãn",  "hầu",   "vi",    "lã",    "lữ",    "nghiêm", "thạch", "phí",
    "ngụy",   "mẫn"};
constexpr const char* kMiddleNames[] = {
    "văn",  "thị",  "hữu",  "đức",  "đình", "ngọc",  "minh",  "quang", "xuân",   "thanh", "hồng",
    "kim",  "công", "bá",   "duy",  "trọng", "anh",   "quốc",  "mạnh",   "tiến",  "chí",
    "hoài", "bảo",  "gia",  "thế",  "viết",  "khắc",  "tấn",   "trung",  "việt",  "phước",
    "phúc", "huy",  "nhật", "tuấn", "đăng",  "sỹ",    "sĩ",    "thu",    "thúy",  "phương",
    "mỹ",   "bích", "hải",  "sơn",  "thành", "hoa",   "lan",   "khánh",  "đắc",   "hạnh"};

// Capitalised words other than name syllables that make a following province name part
// of a longer name ("Giải Nobel Hòa Bình").
constexpr const char* kNameHeads[] = {"nobel"};

struct Tables {
  std::unordered_map<std::string, Entry> text_keys;
  std::unordered_set<std::string> first_syllables;
  std::unordered_map<std::string, const ProvinceInfo*> canonical;
  std::unordered_map<std::string, const ProvinceInfo*> compact;
  std::unordered_set<std::string> local_words, family_names, middle_names, name_heads;

  const ProvinceInfo* ByName(const char* name) const {
    auto it = canonical.find(name);
    assert(it != canonical.end());
    return it == canonical.end() ? nullptr : it->second;
  }

  // Adds a written form to both maps; the first form to claim a key keeps it.
  void Add(std::string_view written, const ProvinceInfo* p, bool needs_prefix) {
    if (p != nullptr) compact.try_emplace(CompactKey(written), p);
    // "TP Hồ Chí Minh": the text map holds the name after the prefix
    if (written.substr(0, 3) == "TP ") {
      written.remove_prefix(3);
      needs_prefix = true;
    }
    // Text keys keep their diacritics: ASCII forms are often other Vietnamese names
    // ("Thanh Hoa" is Tsinghua or a woman's name); the few ASCII spellings the press uses
    // for provinces ("Hanoi", "Daklak", "Kontum") are listed as variants.
    Run run;
    ReadRun(written, 0, false, nullptr, run);
    assert(run.count > 0 && run.end[run.count - 1] == written.size());
    if (run.count == 0) return;
    run.key.resize(run.key_len[run.count - 1]);
    first_syllables.insert(run.key.substr(0, run.key_len[0]));
    text_keys.try_emplace(run.key, Entry{p, needs_prefix});
  }

  Tables() {
    const std::vector<ProvinceInfo>& all = AllProvinces();
    for (const ProvinceInfo& p : all) canonical.emplace(p.name, &p);
    // pre-2025 names first, then variants, then post-2025-only names ("Huế"), so that
    // text forms of Huế stay with the 2017 province
    for (const ProvinceInfo& p : all)
      if (p.before_2025) {
        Add(p.name, &p, false);
        compact.try_emplace(CompactKey(p.name_en), &p);
      }
    for (const Alias& a : kAliases)
      Add(a.written, a.province == nullptr ? nullptr : ByName(a.province), a.needs_prefix);
    for (const char* dak : kDak) {
      for (const char* lak : kLak) {
        Add(std::string(dak) + " " + lak, ByName("Đắk Lắk"), false);
        Add(std::string(dak) + lak, ByName("Đắk Lắk"), false);
      }
      Add(std::string(dak) + " Nông", ByName("Đắk Nông"), false);
    }
    for (const ProvinceInfo& p : all)
      if (!p.before_2025) {
        Add(p.name, &p, false);
        compact.try_emplace(CompactKey(p.name_en), &p);
      }
    for (const char* w : kLocalWords) local_words.insert(WordKey(w));
    for (const char* w : kFamilyNames) family_names.insert(WordKey(w));
    for (const char* w : kMiddleNames) middle_names.insert(WordKey(w));
    for (const char* w : kNameHeads) name_heads.insert(WordKey(w));
  }
};

const Tables& GetTables() {
  static const Tables* const kTables = new Tables();
  return *kTables;
}

// ---------------------------------------------------------------- context checks

// Start of `abbr` followed by a dot (and optional spaces) right before `begin`, as in
// "TT. Huế"; `begin` when there is none.
size_t AbbreviationWithDotBefore(std::string_view s, size_t begin, std::string_view abbr) {
  size_t j = SkipSpacesBack(s, begin);
  if (j == 0 || s[j - 1] != '.') return begin;
  size_t w = WordBefore(s, j - 1);
  if (w == j - 1 || WordKey(s.substr(w, j - 1 - w)) != abbr) return begin;
  return w;
}

// "tỉnh", "thành phố", "TP", "TP." or "Tp. " right before `begin`.
bool FindPrefix(std::string_view s, size_t begin, size_t& prefix_begin) {
  size_t j = SkipSpacesBack(s, begin);
  bool dot = j > 0 && s[j - 1] == '.';
  if (dot) {
    --j;
  } else if (j == begin) {
    return false;
  }
  size_t w = WordBefore(s, j);
  if (w == j) return false;
  std::string key = WordKey(s.substr(w, j - w));
  if (key == "tp") {
    prefix_begin = w;
    return true;
  }
  if (dot) return false;
  if (key == "tỉnh") {
    prefix_begin = w;
    return true;
  }
  if (key == "phố") {
    size_t j2 = SkipSpacesBack(s, w);
    if (j2 == w) return false;
    size_t w2 = WordBefore(s, j2);
    if (w2 < j2 && WordKey(s.substr(w2, j2 - w2)) == "thành") {
      prefix_begin = w2;
      return true;
    }
  }
  return false;
}

// Whether the word right before an unprefixed name shows the name means something else:
// a lower-level unit, street or river of the same name ("huyện Hòa Bình", "xa lộ Hà Nội"),
// or the end of a person's name ("Nguyễn Hải Dương", "NGUYỄN HẢI DƯƠNG", also at a sentence
// start). Other capitalised words do not block: organisation names end in the province
// they belong to ("Báo Quảng Ninh", "Bệnh viện Nhi Thanh Hóa", "UBND Quảng Ninh"), and so
// do sentence-initial words ("Tại Quảng Ninh").
bool BlockedByWordBefore(std::string_view s, size_t begin, const Tables& t) {
  size_t j = SkipSpacesBack(s, begin);
  if (j == begin || j == 0) return false;
  size_t w = WordBefore(s, j);
  if (w == j) return false;
  std::string_view word = s.substr(w, j - w);
  std::string key = WordKey(word);
  // the word before that, when only spaces separate them
  size_t j2 = SkipSpacesBack(s, w);
  size_t w2 = j2 < w ? WordBefore(s, j2) : j2;
  std::string_view word2 = s.substr(w2, j2 - w2);
  std::string key2 = WordKey(word2);
  if (t.local_words.count(key) > 0) {
    for (const LocalWordException& e : kLocalWordExceptions)
      if (key == e.word && key2 == e.after) return false;
    return true;
  }
  if (!text::StartsUpper(word)) return false;
  if (t.family_names.count(key) > 0 || t.middle_names.count(key) > 0 || t.name_heads.count(key) > 0)
    return true;
  return text::StartsUpper(word2) && t.family_names.count(key2) > 0;
}

size_t MatchAt(std::string_view s, size_t start, const Tables& t, Run& run,
               std::vector<ProvinceMention>& out) {
  ReadRun(s, start, true, &t.first_syllables, run);
  for (int k = run.count; k >= 1; --k) {
    run.key.resize(run.key_len[k - 1]);
    auto it = t.text_keys.find(run.key);
    if (it == t.text_keys.end()) continue;
    const Entry& e = it->second;
    size_t end = run.end[k - 1];
    if (e.province == nullptr) return end;
    ProvinceMention m;
    m.begin = start;
    m.end = end;
    m.prefix_begin = start;
    m.prefixed = FindPrefix(s, start, m.prefix_begin);
    if (!m.prefixed && e.needs_prefix && run.key == "huế") {
      // "TT. Huế", "TT.Huế": Thừa Thiên Huế abbreviated, as datelines write it
      size_t tt = AbbreviationWithDotBefore(s, start, "tt");
      if (tt == start) return end;
      m.begin = m.prefix_begin = tt;
    } else if (!m.prefixed && (e.needs_prefix || BlockedByWordBefore(s, start, t))) {
      return end;
    }
    // "TPHCM" carries its prefix inside the name
    if (!m.prefixed && run.key == "tphcm") m.prefixed = true;
    m.province = e.province;
    out.push_back(m);
    return end;
  }
  return run.first_end;
}

}  // namespace

const ProvinceInfo* FindProvince(std::string_view as_written) {
  if (!text::IsValidUtf8(as_written)) return nullptr;
  const Tables& t = GetTables();
  if (auto it = t.canonical.find(std::string(as_written)); it != t.canonical.end()) return it->second;
  std::string key = CompactKey(as_written);
  if (key.empty()) return nullptr;
  auto it = t.compact.find(key);
  return it == t.compact.end() ? nullptr : it->second;
}

std::vector<ProvinceMention> FindProvinceMentions(std::string_view nfc_text) {
  const Tables& t = GetTables();
  std::vector<ProvinceMention> out;
  Run run;
  const std::string_view s = nfc_text;
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    unsigned char b = ByteAt(s, i);
    // every name starts with A-Z or Đ (C4 90)
    bool anchor = static_cast<unsigned>(b - 'A') < 26u ||
                  (b == 0xC4 && i + 1 < n && ByteAt(s, i + 1) == 0x90);
    if (!anchor || !WordStartsAt(s, i)) {
      ++i;
      continue;
    }
    i = MatchAt(s, i, t, run, out);
  }
  return out;
}

}  // namespace kg::extract
