// Numerals and the words around them; see number_tokens.h.
#include "extract/recognise/number_tokens.h"

#include <charconv>

#include "extract/recognise/numbers.h"
#include "extract/recognise/scanner.h"
#include "extract/text/utf8.h"
#include "extract/text/vietnamese.h"

namespace kg::extract::number_scan {
namespace {

using scan::CodePointAt;
using scan::CodePointBefore;
using scan::IsDigit;
using scan::LetterAt;
using scan::SkipSpaces;
using scan::SkipSpacesBack;
using text::DecodeAt;
using text::IsLetter;
using text::IsUpperVietnamese;
using text::LexiconKey;

void FillWord(std::string_view t, Word& w) {
  std::string_view s = t.substr(w.begin, w.end - w.begin);
  w.key = LexiconKey(s);
  size_t pos = 0;
  w.upper = IsUpperVietnamese(DecodeAt(s, pos));
  int letters = 0;
  bool all = true;
  for (pos = 0; pos < s.size();) {
    char32_t c = DecodeAt(s, pos);
    if (!IsLetter(c)) continue;
    ++letters;
    all = all && IsUpperVietnamese(c);
  }
  w.all_upper = all && letters >= 2;
}

}  // namespace

Word NextWord(std::string_view t, size_t p) {
  Word w;
  size_t b = SkipSpaces(t, p);
  size_t q = b;
  while (q < t.size()) {
    size_t next;
    char32_t c = CodePointAt(t, q, &next);
    if (IsLetter(c) || (q > b && IsDigit(t[q])) || (c == '-' && q > b && LetterAt(t, next))) {
      q = next;
    } else {
      break;
    }
  }
  if (q == b) return w;
  w.begin = b;
  w.end = q;
  FillWord(t, w);
  return w;
}

// The word that ends, before spaces, at p; empty when punctuation comes first.
Word PrevWord(std::string_view t, size_t p) {
  Word w;
  size_t e = SkipSpacesBack(t, p);
  size_t q = e;
  while (q > 0) {
    size_t start;
    char32_t c = CodePointBefore(t, q, &start);
    if (IsLetter(c)) {
      q = start;
    } else if (c == '-' && q < e && start > 0 && IsLetter(CodePointBefore(t, start))) {
      q = start;
    } else {
      break;
    }
  }
  if (q == e) return w;
  w.begin = q;
  w.end = e;
  FillWord(t, w);
  return w;
}

// Up to three words before p, nearest first, separated only by spaces.
std::array<Word, 3> PrevWords(std::string_view t, size_t p) {
  std::array<Word, 3> out;
  size_t at = p;
  for (auto& w : out) {
    w = PrevWord(t, at);
    if (w.empty()) break;
    at = w.begin;
  }
  return out;
}

std::string Join(const Word& a, const Word& b) { return a.key + " " + b.key; }

std::string LowerAsWritten(std::string_view s) {
  std::string out;
  for (size_t pos = 0; pos < s.size();)
    text::AppendUtf8(text::LowerVietnamese(DecodeAt(s, pos)), out);
  return out;
}

Numeral ReadNumeral(std::string_view t, size_t p) {
  Numeral n;
  n.begin = p;
  size_t q = p;
  while (q < t.size() && IsDigit(t[q])) ++q;
  n.digits = static_cast<int>(q - p);
  n.plain = true;
  while (q + 1 < t.size() && (t[q] == '.' || t[q] == ',') && IsDigit(t[q + 1])) {
    n.plain = false;
    ++q;
    while (q < t.size() && IsDigit(t[q])) ++q;
  }
  n.end = q;
  n.value = ParseVietnameseNumber(t.substr(p, q - p));
  return n;
}

bool IsYearLike(const Numeral& n) {
  return n.plain && n.digits == 4 && n.value && *n.value >= 1900 && *n.value <= 2100;
}

bool DayShape(std::string_view t, const Numeral& n) {
  if (!n.value) return false;
  if (n.plain) return *n.value >= 1 && *n.value <= 31;
  std::string_view s = t.substr(n.begin, n.end - n.begin);
  size_t dot = s.find('.');
  if (dot == std::string_view::npos || s.find_first_of(".,", dot + 1) != std::string_view::npos)
    return false;
  int day = 0, month = 0;
  std::from_chars(s.data(), s.data() + dot, day);
  std::from_chars(s.data() + dot + 1, s.data() + s.size(), month);
  return s.size() - dot - 1 <= 2 && day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

}  // namespace kg::extract::number_scan
