// Shared by the date and year scanners (dates.cc, years.cc, date_intro.cc): the words
// before a candidate read backwards, with what separates them, and what introduces a date
// ("trước ngày", "sáng nay", "Thứ ba -").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/recognise/dates.h"
#include "extract/recognise/scanner.h"

namespace kg::extract::date_scan {

using scan::kNone;

// The number written by the ASCII digits [b, e).
inline int Value(std::string_view t, size_t b, size_t e) {
  int v = 0;
  for (size_t i = b; i < e; ++i) v = v * 10 + (t[i] - '0');
  return v;
}

// Does the word `lower` (given in lower case) start at i, in any letter case?
bool WordAt(std::string_view t, size_t i, std::string_view lower);

// Digits ending at e not glued to what follows: "3/4-inch", "2/3%", "12/12/NQ", "9.1.2", "5/2,5".
bool CleanEnd(std::string_view t, size_t e);

// ---- words before a candidate, read backwards; none reaches before `floor`

struct Gap {  // what lies between a word and whatever follows it
  size_t begin = 0;
  bool comma = false, dash = false, paren = false;
  bool Plain() const { return !comma && !dash && !paren; }
};

struct Word {
  size_t begin = 0;
  std::string key;  // lower case
  bool upper = false;
  Gap after;  // between the word and what follows it
};

// The spaces, commas, dashes and "(" that end at pos.
Gap GapBefore(std::string_view t, size_t pos, size_t floor);
// The word of letters or digits ending at `end`, lower-cased; false when there is none.
bool WordBefore(std::string_view t, size_t end, size_t floor, Word& w);
// Up to `max` words before `pos`, nearest first; stops at any other punctuation.
std::vector<Word> WordsBefore(std::string_view t, size_t pos, size_t floor, size_t max);
inline bool Is(const std::vector<Word>& w, size_t k, std::string_view key) {
  return k < w.size() && w[k].key == key;
}

// ---- what introduces a date

struct Intro {
  size_t begin = kNone;
  bool day_word = false;
  bool upper = false;  // the first word is capitalised
  bool has_relation = false;
  bool after_so = false;  // "số 12/12/2019": a number, not a date
  bool paren = false;     // "sáng nay (6/2)": the mention takes the closing ")"
  DateRelation relation = DateRelation::kOn;
  std::string part_of_day, weekday;
};

// Reads, backwards from the digits, [relation] [part of day [nay|qua|mai]] [weekday]
// [ngày|hôm] [mùng] before a date.
Intro ReadIntro(std::string_view t, size_t digits, size_t floor);

// Opens a sentence or a clause: start of text or line, after . ! ? , ; : a quote or a
// dash; or a capitalised lead word after anything but a word ("(PLVN) Ngày 5/2").
bool ClauseInitial(std::string_view t, size_t begin, bool upper);

}  // namespace kg::extract::date_scan
