// Years: every four-digit number from 1945 to 2100, told apart by how it is used (a plain
// year, either end of a range, a horizon, or part of a date or document number).
#include <string>
#include <vector>

#include "extract/recognise/date_parts.h"
#include "extract/recognise/dates.h"
#include "extract/recognise/scanner.h"

namespace kg::extract {
namespace date_scan {
namespace {

using scan::DashLen;
using scan::DigitsEnd;
using scan::IsDigit;
using scan::SkipSpaces;

bool YearShaped(std::string_view t, size_t b, size_t e) {
  if (e - b != 4) return false;
  int v = Value(t, b, e);
  return v >= 1945 && v <= 2100;
}

// Where a year range's second year starts after year [b, e) ("2021-2025", "2021 – 2025",
// "2019/2020", "từ năm 2021 đến năm 2025"), kNone when none.
size_t RangeEnd(std::string_view t, size_t b, size_t e) {
  size_t i = e;
  if (i < t.size() && t[i] == '/') {
    size_t ye = DigitsEnd(t, i + 1);
    return YearShaped(t, i + 1, ye) && Value(t, i + 1, ye) == Value(t, b, e) + 1 && CleanEnd(t, ye)
               ? i + 1
               : kNone;
  }
  i = SkipSpaces(t, i);
  if (size_t d = DashLen(t, i); d > 0) {
    i = SkipSpaces(t, i + d);
  } else if (i > e && WordAt(t, i, "đến")) {
    // "đến" joins a range only when the first year opened one ("từ năm 2021", "giai đoạn 2021")
    std::vector<Word> w = WordsBefore(t, b, 0, 3);
    size_t k = Is(w, 0, "năm") ? 1 : 0;
    bool opened = Is(w, k, "từ") || (Is(w, k, "đoạn") && Is(w, k + 1, "giai")) ||
                  (Is(w, k, "kỳ") && (Is(w, k + 1, "nhiệm") || Is(w, k + 1, "thời")));
    if (!opened) return kNone;
    i = SkipSpaces(t, i + std::string_view("đến").size());
    if (WordAt(t, i, "năm")) i = SkipSpaces(t, i + std::string_view("năm").size());
  } else {
    return kNone;
  }
  size_t ye = DigitsEnd(t, i);
  if (!YearShaped(t, i, ye) || !CleanEnd(t, ye)) return kNone;
  int y1 = Value(t, b, e), y2 = Value(t, i, ye);
  return y2 > y1 && y2 - y1 <= 100 ? i : kNone;
}

// "đến năm 2030", "tới 2025", "đến hết năm 2025", "vào năm 2030", "tầm nhìn 2045".
bool IsHorizon(std::string_view t, size_t b) {
  std::vector<Word> w = WordsBefore(t, b, 0, 4);
  for (size_t j = 0; j < w.size(); ++j)
    if (!w[j].after.Plain()) w.resize(j);  // words behind punctuation belong elsewhere
  size_t k = 0;
  bool nam = Is(w, 0, "năm");
  if (nam) ++k;
  if (Is(w, k, "hết") || Is(w, k, "cuối")) ++k;
  if (Is(w, k, "đến") || Is(w, k, "tới")) return true;
  if (nam && Is(w, k, "vào")) return true;
  return Is(w, 0, "nhìn") && Is(w, 1, "tầm");
}

// "tháng 01 năm 2013": the year of a month, as "tháng 3/2020" is.
bool IsMonthYear(std::string_view t, size_t b) {
  std::vector<Word> w = WordsBefore(t, b, 0, 3);
  if (w.size() < 3 || !Is(w, 0, "năm") || !Is(w, 2, "tháng") || !w[1].after.Plain() ||
      !w[2].after.Plain())
    return false;
  const std::string& m = w[1].key;
  if (m.empty() || m.size() > 2 || !IsDigit(m[0]) || !IsDigit(m.back())) return false;
  int v = std::stoi(m);
  return v >= 1 && v <= 12;
}

}  // namespace
}  // namespace date_scan

using date_scan::IsHorizon;
using date_scan::IsMonthYear;
using date_scan::kNone;
using date_scan::RangeEnd;
using date_scan::Value;
using date_scan::YearShaped;
using scan::DigitsEnd;
using scan::IsAsciiAlnum;
using scan::IsAsciiLetter;
using scan::IsDigit;

std::vector<YearMention> FindYears(std::string_view text) {
  return FindYears(text, FindDates(text));
}

std::vector<YearMention> FindYears(std::string_view text, const std::vector<DateMention>& dates) {
  const std::string_view t = text;
  std::vector<YearMention> out;
  size_t di = 0, range_end = kNone;
  for (size_t i = 0; i < t.size();) {
    if (!IsDigit(t[i])) {
      ++i;
      continue;
    }
    const size_t b = i, e = DigitsEnd(t, i);
    i = e;
    if (!YearShaped(t, b, e)) continue;
    if (e < t.size() && (IsAsciiLetter(t[e]) || t[e] == '%')) continue;  // "2020km", "2020%"
    if (e + 1 < t.size() && (t[e] == ',' || t[e] == '.') && IsDigit(t[e + 1]))
      continue;  // "2.020,5"
    while (di < dates.size() && dates[di].end <= b) ++di;
    const bool in_date = di < dates.size() && dates[di].begin <= b;
    const char before = b > 0 ? t[b - 1] : ' ';
    size_t run = b;  // the digit run before a separator glued to the year
    if (b >= 2 && IsDigit(t[b - 2]) &&
        (before == '/' || before == '.' || before == ',' || before == '-'))
      for (run = b - 1; run > 0 && IsDigit(t[run - 1]);) --run;
    const size_t run_len = run < b ? b - 1 - run : 0;
    if (!in_date && (IsAsciiLetter(before) || ((before == '.' || before == ',') && run_len > 0)))
      continue;  // "QL2020", "1.2020" (a number unless a date says otherwise)
    YearMention y;
    y.begin = b;
    y.end = e;
    y.year = Value(t, b, e);
    // "3/2020", "100/2019/NĐ-CP", "tháng 9-2020"; a year followed by "/NĐ-CP"
    const bool in_number =
        (run_len > 0 && run_len <= 3 && before != ',') ||
        (e + 1 < t.size() && t[e] == '/' && IsAsciiAlnum(t[e + 1]) && RangeEnd(t, b, e) == kNone);
    if (b == range_end) {
      y.kind = YearMention::Kind::kRangeEnd;
    } else if (in_date || in_number) {
      y.kind = YearMention::Kind::kInDate;
    } else if (size_t r = RangeEnd(t, b, e); r != kNone) {
      y.kind = YearMention::Kind::kRangeStart;
      range_end = r;
    } else if (IsMonthYear(t, b)) {
      y.kind = YearMention::Kind::kInDate;
    } else if (IsHorizon(t, b)) {
      y.kind = YearMention::Kind::kHorizon;
    }
    out.push_back(y);
  }
  return out;
}

}  // namespace kg::extract
