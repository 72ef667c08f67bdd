// The word tables of the quantity scanner (numbers.cc): counted nouns, words that are no
// unit, words that make a number a label, a day or a year, multipliers, comparators and
// units glued to digits. Keys are LexiconKeys (lower case, modern tone placement); each
// table is built once, on first use, and is safe to read from any thread after that.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace kg::extract::number_scan {

using KeySet = std::unordered_set<std::string>;

// Counted nouns of two or three syllables ("doanh nghiệp", "hợp tác xã").
const KeySet& MultiWordUnits();
// One-syllable nouns that surely count something ("người", "xã", "km").
const KeySet& KnownSingleUnits();
// Words that follow a number without being what it counts ("và", "của", "tỷ").
const KeySet& StopWords();
// The word before a number that makes it a label ("lần thứ 5", "số 15", "Điều 3") ...
const KeySet& OrdinalWords();
// ... unless, with the word before it, it spells one of these ("dân số 1,2 triệu") ...
const KeySet& OrdinalExceptions();
// ... and the two words before a number that make it a label ("Nghị quyết 12").
const KeySet& OrdinalPairs();
// Words before a day of the month ("ngày 21", "Sáng 9.1", "hôm 2/6").
const KeySet& DayWords();
// Words before a bare four-digit number that make it a year ("giai đoạn 2021").
const KeySet& YearWords();
// "nghìn" -> 1e3, "triệu" -> 1e6, "tỷ" -> 1e9.
const std::unordered_map<std::string, double>& Multipliers();
// Comparators written before a number, one to three words: "trên" -> ">", "khoảng" -> "~".
const std::unordered_map<std::string, std::string>& LeadingComparators();
// Units glued to the digits ("600ha", "500.000đ"): key -> the unit reported.
const std::unordered_map<std::string, std::string>& GluedUnits();

}  // namespace kg::extract::number_scan
