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
//
// The word tables are province_words.cc, the keys province_keys.cc.
#include "extract/recognise/provinces.h"

#include <string>
#include <vector>

#include "extract/recognise/province_scan.h"
#include "extract/recognise/scanner.h"
#include "extract/text/utf8.h"
#include "extract/text/vietnamese.h"

namespace kg::extract {
namespace province_scan {
namespace {

using scan::ByteAt;
using scan::CodePointStart;
using scan::IsAsciiLetter;
using scan::IsDigit;
using scan::LetterBefore;
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
  if (t.local_words.count(key) > 0) return !IsLocalWordException(key, key2);
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
}  // namespace province_scan

using province_scan::CompactKey;
using province_scan::GetTables;
using province_scan::MatchAt;
using province_scan::Run;
using province_scan::Tables;
using province_scan::WordStartsAt;
using scan::ByteAt;

const ProvinceInfo* FindProvince(std::string_view as_written) {
  if (!text::IsValidUtf8(as_written)) return nullptr;
  const Tables& t = GetTables();
  if (auto it = t.canonical.find(std::string(as_written)); it != t.canonical.end())
    return it->second;
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
