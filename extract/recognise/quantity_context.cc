// What a digit run is not, and the context that makes a number something other than an
// amount: codes and phone numbers skipped whole, digits glued to letters, list markers,
// labels ("lần thứ 5", "Điều 3"), days, clock times; and the comparator written before it.
#include <array>
#include <string>

#include "extract/recognise/number_words.h"
#include "extract/recognise/quantity_scanner.h"
#include "extract/recognise/scanner.h"
#include "extract/text/vietnamese.h"

namespace kg::extract::number_scan {

using scan::CodePointAt;
using scan::CodePointBefore;
using scan::DashLen;
using scan::DigitAt;
using scan::IsAsciiAlnum;
using scan::IsDigit;
using scan::SkipSpaces;
using scan::SkipSpacesBack;
using text::IsLetter;

// A run of code-like characters from p: "15-NQ/TU", "100/2019/NĐ-CP", "8h30".
size_t QuantityScanner::SkipRun(size_t p) const {
  while (p < t_.size()) {
    char c = t_[p];
    if (IsAsciiAlnum(c) || c == '.' || c == ',' || c == '/' || c == '-' || c == ':' || c == '_' ||
        c == '+' || c == '%') {
      ++p;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      size_t next;
      if (!IsLetter(CodePointAt(t_, p, &next))) break;
      p = next;
    } else {
      break;
    }
  }
  return p;
}

// Digit groups of a phone number: "0912 345 678", "0203.3835.111", "(0203) 3835 111".
size_t QuantityScanner::SkipPhone(size_t p) const {
  p = SkipRun(p);
  while (p + 1 < t_.size()) {
    size_t q = p;
    if (t_[q] == ')') ++q;
    if (q < t_.size() && (t_[q] == ' ' || t_[q] == '.' || t_[q] == '-')) ++q;
    if (q == p || q >= t_.size() || !IsDigit(t_[q])) break;
    size_t r = q;
    while (r < t_.size() && IsDigit(t_[r])) ++r;
    if (r - q < 2) break;
    p = r;
  }
  return p;
}

// After a number rejected by its context: also "– 2025" of "2020 – 2025", "-2" of "6-2".
size_t QuantityScanner::SkipDashTail(size_t p) const {
  size_t d = SkipSpaces(t_, p);
  size_t len = DashLen(t_, d);
  if (len == 0) return p;
  size_t r = SkipSpaces(t_, d + len);
  return r < t_.size() && IsDigit(t_[r]) ? SkipRun(r) : p;
}

// Letters, or a joiner after letters, right before the digits: "F0", "COVID-19", "U.20".
bool QuantityScanner::LeftGlued(size_t p) const {
  if (p == 0) return false;
  size_t start;
  char32_t c = CodePointBefore(t_, p, &start);
  if (IsLetter(c)) return true;
  if (c == '.' || c == '-' || c == '/' || c == '_' || c == ':' || c == '#' || c == '@') {
    if (start == 0) return false;
    char before = t_[start - 1];
    return IsAsciiAlnum(before) || IsLetter(CodePointBefore(t_, start));
  }
  return false;
}

// Start of a clause or line just before p (spaces skipped): list markers, datelines.
bool QuantityScanner::AtClauseStart(size_t p, std::string_view openers) const {
  size_t q = SkipSpacesBack(t_, p);
  if (q == 0) return true;
  char c = t_[q - 1];
  if (c == '\n' || c == '\r' || openers.find(c) != std::string_view::npos) return true;
  return q >= 3 && DashLen(t_, q - 3) == 3 && openers.find('-') != std::string_view::npos;
}

// "lần thứ 5", "số 15", "Nghị quyết 12": the number names something.
bool QuantityScanner::OrdinalContext(const std::array<Word, 3>& w) {
  if (w[0].empty()) return false;
  if (OrdinalWords().count(w[0].key))
    return w[1].empty() || !OrdinalExceptions().count(Join(w[1], w[0]));
  return !w[1].empty() && OrdinalPairs().count(Join(w[1], w[0]));
}

// "khoản 1, 2 và 3", "Điều 31, 32": numbers listed right after a label number.
// The same for dates: "dịp 30-4 và 2-9", "30/4 và 1/5".
bool QuantityScanner::Continues(size_t previous_end, size_t i) const {
  if (previous_end == 0 || i < previous_end || i - previous_end > 12) return false;
  std::string_view gap = t_.substr(previous_end, i - previous_end);
  bool joined = false;
  for (size_t p = 0; p < gap.size();) {
    if (gap[p] == ' ' || gap[p] == ',' || gap[p] == ';') {
      joined = joined || gap[p] != ' ';
      ++p;
      continue;
    }
    bool word = false;
    for (std::string_view joiner : {"và ", "hoặc ", "đến ", "tới "}) {
      if (gap.substr(p, joiner.size()) == joiner) {
        p += joiner.size();
        word = joined = true;
        break;
      }
    }
    if (!word) return false;
  }
  return joined;
}

// Context words that make the number something other than an amount.
bool QuantityScanner::ExcludedByContext(const Numeral& n, const std::array<Word, 3>& w) const {
  if (w[0].empty()) return false;
  const std::string& k = w[0].key;
  if (OrdinalContext(w)) return true;
  if (DayWords().count(k) && DayShape(t_, n)) return true;
  double v = n.value.value_or(-1);
  if (k == "tháng" && n.plain && v >= 1 && v <= 12) return true;
  if (k == "giờ" && n.plain && v <= 59) return true;
  if (k == "lúc" && v <= 24) return true;
  if (k == "năm" && n.plain && n.digits >= 3) return true;
  if (IsYearLike(n) && YearWords().count(k)) return true;
  return false;
}

// Comparator before the number: {comparator, where it starts}.
// Never reaches back into the quantity before.
std::pair<std::string, size_t> QuantityScanner::Leading(const std::array<Word, 3>& w,
                                                        size_t number_begin) const {
  const auto& table = LeadingComparators();
  const size_t floor = out_.empty() ? 0 : out_.back().end;
  if (!w[2].empty() && w[2].begin >= floor) {
    auto it = table.find(w[2].key + " " + Join(w[1], w[0]));
    if (it != table.end()) return {it->second, w[2].begin};
  }
  if (!w[1].empty() && w[1].begin >= floor) {
    auto it = table.find(Join(w[1], w[0]));
    if (it != table.end()) return {it->second, w[1].begin};
  }
  if (!w[0].empty() && w[0].begin >= floor) {
    auto it = table.find(w[0].key);
    if (it != table.end()) return {it->second, w[0].begin};
  }
  return {"", number_begin};
}

// "14 giờ", "4 giờ sáng" are clock times; "trong 24 giờ", "72 giờ" are durations.
bool QuantityScanner::ClockTime(const Quantity& q, bool plain, const Word& before) const {
  if (q.unit != "giờ" || !plain || q.value > 24) return false;
  if (DayWords().count(NextWord(t_, q.end).key)) return true;
  if (DigitAt(t_, SkipSpaces(t_, q.end)) && SkipSpaces(t_, q.end) > q.end)
    return true;  // "3 giờ 30"
  for (const char* w : {"trong", "mất", "suốt", "sau", "hơn", "gần", "dài", "quá", "khoảng"})
    if (before.key == w) return false;
  return true;
}

// "Nokia 8", "SEA Games 29", "Mega 6/45": a number without a unit after a name.
bool QuantityScanner::IsLabel(const Quantity& q, const std::array<Word, 3>& words) {
  return q.unit.empty() && q.comparator.empty() && words[0].upper &&
         (!words[1].empty() || words[0].all_upper);
}

}  // namespace kg::extract::number_scan
