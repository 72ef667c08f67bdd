// What the quantity scanner (numbers.cc) reads around a position: a numeral ("34.000",
// "8,5") and the words next to it, each with its LexiconKey and capitalisation.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kg::extract::number_scan {

struct Word {
  size_t begin = 0;
  size_t end = 0;
  std::string key;         // LexiconKey
  bool upper = false;      // starts with a capital
  bool all_upper = false;  // two or more letters, all capitals ("HS", "KCN")
  bool empty() const { return begin == end; }
};

// The word starting after spaces at p: letters, then letters, digits and inner
// hyphens ("héc-ta", "m2"). Empty when no letter comes next.
Word NextWord(std::string_view t, size_t p);
// The word that ends, before spaces, at p; empty when punctuation comes first.
Word PrevWord(std::string_view t, size_t p);
// Up to three words before p, nearest first, separated only by spaces.
std::array<Word, 3> PrevWords(std::string_view t, size_t p);
// "a b": the keys of two words joined by a space, as the tables hold phrases.
std::string Join(const Word& a, const Word& b);
// The text lower-cased, tone marks where they were written ("Héc-ta" -> "héc-ta").
std::string LowerAsWritten(std::string_view s);

struct Numeral {
  size_t begin = 0;
  size_t end = 0;
  std::optional<double> value;
  bool plain = false;  // digits only
  int digits = 0;      // digits before the first separator
};

// The digits at p with their '.' and ',' groups ("1.234,5"); value nullopt when they do
// not make a Vietnamese number ("2.12.2020").
Numeral ReadNumeral(std::string_view t, size_t p);
// Four plain digits from 1900 to 2100.
bool IsYearLike(const Numeral& n);
// "21", "9.1", "02" read as a day (and month) of the calendar.
bool DayShape(std::string_view t, const Numeral& n);

}  // namespace kg::extract::number_scan
