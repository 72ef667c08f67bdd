// Dates in Vietnamese news text. The scanner jumps from one ASCII digit run to the next;
// the words before a candidate (date_intro.cc) are read, and lower-cased, only once its
// digits already have the shape of a date, so most of the text is never decoded. The year
// scanner, built the same way, is years.cc.
#include "extract/recognise/dates.h"

#include <cstdio>

#include "extract/recognise/date_parts.h"
#include "extract/recognise/scanner.h"
#include "extract/text/utf8.h"
#include "extract/text/vietnamese.h"

namespace kg::extract {
namespace date_scan {

using scan::DashLen;
using scan::DigitsEnd;
using scan::IsAsciiAlnum;
using scan::IsDigit;
using scan::SkipSpaces;

bool WordAt(std::string_view t, size_t i, std::string_view lower) {
  size_t p = i, q = 0;
  while (q < lower.size()) {
    if (p >= t.size()) return false;
    if (static_cast<unsigned char>(t[p]) < 0x80) {
      if ((t[p] >= 'A' && t[p] <= 'Z' ? t[p] + 32 : t[p]) != lower[q]) return false;
      ++p, ++q;
      continue;
    }
    size_t p0 = p;
    char32_t a = text::LowerVietnamese(text::DecodeAt(t, p));
    char32_t b = text::DecodeAt(lower, q);
    if (a != b || p > t.size() || p0 == p) return false;
  }
  if (p == t.size()) return true;
  if (IsAsciiAlnum(t[p])) return false;
  if (static_cast<unsigned char>(t[p]) < 0x80) return true;
  return !scan::LetterAt(t, p);
}

bool CleanEnd(std::string_view t, size_t e) {
  if (e >= t.size()) return true;
  char c = t[e];
  if (IsAsciiAlnum(c) || c == '%') return false;
  if (static_cast<unsigned char>(c) >= 0x80) return !scan::LetterAt(t, e);  // a letter glued on
  if (e + 1 < t.size() && (c == '/' || c == '-' || c == '.' || c == ',' || c == ':')) {
    char n = t[e + 1];
    if (c == '/' || c == '-') return !IsAsciiAlnum(n) && static_cast<unsigned char>(n) < 0x80;
    return !IsDigit(n);
  }
  return true;
}

namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool ValidDate(int d, int m, int y) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  if (y != 0 && (y < 1800 || y > 2100)) return false;
  return !(m == 2 && d == 29 && y != 0 && !IsLeap(y));
}

// ---- the digits of a date ----

struct Shape {
  size_t end = 0;  // after the last digit (or after a trailing "năm yyyy")
  int day = 0, month = 0, year = 0;
  bool full = false;  // the year is written with the date
};

// " năm 2021" after a date without a year.
void TakeYearWord(std::string_view t, Shape& s) {
  size_t i = SkipSpaces(t, s.end);
  if (i == s.end || !WordAt(t, i, "năm")) return;
  size_t y = SkipSpaces(t, i + std::string_view("năm").size());
  size_t ye = DigitsEnd(t, y);
  if (ye - y != 4 || !CleanEnd(t, ye)) return;
  s.year = Value(t, y, ye);
  s.full = true;
  s.end = ye;
}

// "d/m", "d.m", "d-m", "d/m/yyyy" (one separator throughout) at digit run [b, e).
bool ParseNumeric(std::string_view t, size_t b, size_t e, Shape& s) {
  if (e - b > 2 || e >= t.size()) return false;
  char sep = t[e];
  if (sep != '/' && sep != '.' && sep != '-') return false;
  size_t m = e + 1, me = DigitsEnd(t, m);
  if (me == m || me - m > 2) return false;
  s = Shape{me, Value(t, b, e), Value(t, m, me), 0, false};
  if (me + 1 < t.size() && t[me] == sep && IsDigit(t[me + 1])) {
    size_t y = me + 1, ye = DigitsEnd(t, y);
    if (ye - y != 4) return false;
    s.year = Value(t, y, ye);
    s.full = true;
    s.end = ye;
  }
  return CleanEnd(t, s.end);
}

// "15 tháng 3", "15 tháng 03 năm 2021", "15 tháng 3/2021".
bool ParseMonthWord(std::string_view t, size_t b, size_t e, Shape& s) {
  if (e - b > 2) return false;
  size_t i = SkipSpaces(t, e);
  if (i == e || !WordAt(t, i, "tháng")) return false;
  size_t m = SkipSpaces(t, i + std::string_view("tháng").size()), me = DigitsEnd(t, m);
  if (me == m || me - m > 2) return false;
  s = Shape{me, Value(t, b, e), Value(t, m, me), 0, false};
  if (me + 1 < t.size() && t[me] == '/' && IsDigit(t[me + 1])) {
    size_t ye = DigitsEnd(t, me + 1);
    if (ye - me - 1 != 4) return false;
    s.year = Value(t, me + 1, ye);
    s.full = true;
    s.end = ye;
  }
  if (!CleanEnd(t, s.end)) return false;
  if (!s.full) TakeYearWord(t, s);
  return true;
}

// Where a range's second date starts after a lone day: "22 đến 24-6", "5-7/2", "4 và 5-2".
// Returns the digits' position, kNone when nothing follows; `connector` = where the
// connecting word starts (kNone for punctuation), `range` = a span rather than a list.
size_t SecondDay(std::string_view t, size_t e, size_t& connector, bool& range) {
  size_t i = SkipSpaces(t, e);
  connector = kNone;
  range = true;
  if (size_t d = DashLen(t, i); d > 0) {
    i += d;
  } else if (i < t.size() && t[i] == ',' && i == e) {
    return kNone;  // "22,5": a decimal
  } else if (i < t.size() && t[i] == ',') {
    i += 1, range = false;
  } else if (i > e && (WordAt(t, i, "đến") || WordAt(t, i, "tới"))) {
    connector = i;
    i += WordAt(t, i, "đến") ? std::string_view("đến").size() : std::string_view("tới").size();
  } else if (i > e && WordAt(t, i, "và")) {
    range = false;
    i += std::string_view("và").size();
  } else {
    return kNone;
  }
  i = SkipSpaces(t, i);
  if (WordAt(t, i, "ngày")) i = SkipSpaces(t, i + std::string_view("ngày").size());
  return i < t.size() && IsDigit(t[i]) ? i : kNone;
}

class DateScanner {
 public:
  explicit DateScanner(std::string_view t) : t_(t) {}

  std::vector<DateMention> Run() {
    size_t i = 0;
    const size_t n = t_.size();
    while (i < n) {
      if (!IsDigit(t_[i])) {
        ++i;
        continue;
      }
      size_t e = DigitsEnd(t_, i);
      size_t next = StartsNumber(i) ? TryAt(i, e) : 0;
      i = next > i ? next : e;
    }
    return std::move(out_);
  }

 private:
  // Not glued to a word or inside a longer number ("QL18", "1.234/5", "100/2019").
  bool StartsNumber(size_t b) const {
    if (b == 0) return true;
    char c = t_[b - 1];
    if (IsAsciiAlnum(c) || c == '/') return false;
    if ((c == '.' || c == ',' || c == '-') && b >= 2 && IsAsciiAlnum(t_[b - 2])) return false;
    if (static_cast<unsigned char>(c) >= 0x80) return !scan::LetterBefore(t_, b);
    return true;
  }

  size_t Floor() const { return out_.empty() ? 0 : out_.back().end; }

  DateMention Make(size_t begin, const Shape& s, const Intro& in) const {
    DateMention d;
    d.begin = in.begin != kNone ? in.begin : begin;
    d.end = s.end;
    if (in.paren && d.end < t_.size() && t_[d.end] == ')') ++d.end;
    d.date = {s.year, s.month, s.day};
    d.relation = in.relation;
    d.part_of_day = in.part_of_day;
    d.weekday = in.weekday;
    d.day_word = in.day_word;
    bool upper = in.begin != kNone ? in.upper : false;
    d.clause_initial = ClauseInitial(t_, d.begin, upper);
    return d;
  }

  // "từ ngày 22/2 đến 04/3": a bare "đến d/m" right after a date that opened a range.
  bool ContinuesRange(const Intro& in) const {
    if (out_.empty() || out_.back().relation != DateRelation::kFrom) return false;
    if (!in.has_relation || in.relation != DateRelation::kUntil) return false;
    Gap g = GapBefore(t_, in.begin, out_.back().end);
    return g.begin == out_.back().end && g.Plain();
  }

  // Tries a date at digit run [b, e); returns where scanning resumes, 0 when none.
  size_t TryAt(size_t b, size_t e) {
    Shape s;
    if (ParseNumeric(t_, b, e, s)) {
      if (!s.full) TakeYearWord(t_, s);
      if (!ValidDate(s.day, s.month, s.year)) return 0;
      Intro in = ReadIntro(t_, b, Floor());
      if (in.after_so) return 0;
      if (!in.day_word && !s.full && !ContinuesRange(in)) return 0;
      out_.push_back(Make(b, s, in));
      return out_.back().end;
    }
    if (e - b > 2) return 0;
    if (ParseMonthWord(t_, b, e, s)) {
      if (!ValidDate(s.day, s.month, s.year)) return 0;
      Intro in = ReadIntro(t_, b, Floor());
      if (!in.day_word && !s.full) return 0;
      out_.push_back(Make(b, s, in));
      return out_.back().end;
    }
    return TryDayRange(b, e);
  }

  // "từ ngày 22 đến 24-6", "ngày 5-7/2", "hai ngày 4 và 5-2": the first day takes the
  // second's month and year.
  size_t TryDayRange(size_t b, size_t e) {
    size_t connector = kNone;
    bool range = true;
    size_t b2 = SecondDay(t_, e, connector, range);
    if (b2 == kNone) return 0;
    size_t e2 = DigitsEnd(t_, b2);
    Shape second;
    if (!ParseNumeric(t_, b2, e2, second) && !ParseMonthWord(t_, b2, e2, second)) return 0;
    if (!second.full) TakeYearWord(t_, second);
    Shape first{e, Value(t_, b, e), second.month, second.year, second.full};
    if (!ValidDate(first.day, first.month, first.year) ||
        !ValidDate(second.day, second.month, second.year))
      return 0;
    if (range && first.day >= second.day) return 0;
    Intro in = ReadIntro(t_, b, Floor());
    if (!in.day_word) return 0;
    DateMention d1 = Make(b, first, in);
    if (range && d1.relation == DateRelation::kOn) d1.relation = DateRelation::kFrom;
    Intro in2;
    in2.begin = connector;
    in2.day_word = true;
    in2.relation = range ? DateRelation::kUntil : d1.relation;
    DateMention d2 = Make(b2, second, in2);
    if (connector == kNone) {  // start at "ngày" when the second date repeats it
      Gap g = GapBefore(t_, b2, e);
      Word w;
      if (WordBefore(t_, g.begin, e, w) && w.key == "ngày") d2.begin = w.begin;
    }
    d2.clause_initial = false;  // it continues the first date's clause
    out_.push_back(std::move(d1));
    out_.push_back(std::move(d2));
    return second.end;
  }

  std::string_view t_;
  std::vector<DateMention> out_;
};

}  // namespace
}  // namespace date_scan

std::string PartialDate::ToIso() const {
  if (day <= 0 || month <= 0) return {};
  char buf[40];
  if (year > 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else
    std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  return buf;
}

std::vector<DateMention> FindDates(std::string_view text) {
  return date_scan::DateScanner(text).Run();
}

}  // namespace kg::extract
