// ISO 8601 forms openCypher accepts in date(), localtime(), time(),
// localdatetime(), datetime() and duration() from a string:
//   dates     2015-07-21 20150721 2015-07 201507 2015-W30-2 2015W302 2015-W30
//             2015W30 2015-202 2015202 2015 2015-Q3 (signed years: -0001-01-01)
//   times     21:40:32.142 214032.142 21:40 2140 21 (fraction with . or ,)
//   offsets   Z +01:00 +0100 +01 -02:05:59, then optionally [Europe/Stockholm]
//   durations P12Y5M14DT16H12M70S (any component may be negative or have a
//             fraction; W for weeks) and P2012-02-02T14:37:21.545
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "query/temporal/temporal.h"

namespace kg::query {
namespace {

struct Cursor {
  const std::string& s;
  size_t pos = 0;
  bool AtEnd() const { return pos >= s.size(); }
  char Peek() const { return AtEnd() ? '\0' : s[pos]; }
  bool Eat(char c) {
    if (Peek() != c) return false;
    ++pos;
    return true;
  }
  // Exactly n digits.
  std::optional<int64_t> Digits(size_t n) {
    if (pos + n > s.size()) return std::nullopt;
    int64_t v = 0;
    for (size_t i = 0; i < n; ++i) {
      char c = s[pos + i];
      if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
      v = v * 10 + (c - '0');
    }
    pos += n;
    return v;
  }
  size_t CountDigits() const {
    size_t n = 0;
    while (pos + n < s.size() && std::isdigit(static_cast<unsigned char>(s[pos + n]))) ++n;
    return n;
  }
};

bool ValidDate(int64_t y, int64_t m, int64_t d) {
  return y >= -kMaxYear && y <= kMaxYear && m >= 1 && m <= 12 && d >= 1 &&
         d <= DaysInMonth(y, static_cast<int>(m));
}

std::optional<int64_t> ParseDate(Cursor& c) {
  int64_t year;
  bool sign = c.Peek() == '+' || c.Peek() == '-';
  bool negative = c.Peek() == '-';
  if (sign) {
    ++c.pos;
    size_t n = c.CountDigits();
    if (n < 4 || n > 9) return std::nullopt;
    year = *c.Digits(n);
    if (negative) year = -year;
  } else {
    auto y = c.Digits(4);
    if (!y) return std::nullopt;
    year = *y;
  }
  bool dash = c.Eat('-');
  if (c.Eat('W')) {
    auto week = c.Digits(2);
    if (!week || *week < 1 || *week > WeeksInYear(year)) return std::nullopt;
    int64_t dow = 1;
    if (dash ? c.Eat('-') : std::isdigit(static_cast<unsigned char>(c.Peek()))) {
      auto d = c.Digits(1);
      if (!d || *d < 1 || *d > 7) return std::nullopt;
      dow = *d;
    }
    return WeekOneMonday(year) + (*week - 1) * 7 + (dow - 1);
  }
  if (c.Eat('Q')) {
    auto q = c.Digits(1);
    if (!q || *q < 1 || *q > 4) return std::nullopt;
    return DaysFromCivil(year, static_cast<int>(*q * 3 - 2), 1);
  }
  size_t n = c.CountDigits();
  if (n == 0) {
    if (dash) return std::nullopt;
    return DaysFromCivil(year, 1, 1);
  }
  if (n == 3) {
    int64_t ordinal = *c.Digits(3);
    if (ordinal < 1 || ordinal > (IsLeapYear(year) ? 366 : 365)) return std::nullopt;
    return DaysFromCivil(year, 1, 1) + ordinal - 1;
  }
  auto month = c.Digits(2);
  if (!month) return std::nullopt;
  int64_t day = 1;
  if (dash ? c.Eat('-') : std::isdigit(static_cast<unsigned char>(c.Peek()))) {
    auto d = c.Digits(2);
    if (!d) return std::nullopt;
    day = *d;
  }
  if (!ValidDate(year, *month, day)) return std::nullopt;
  return DaysFromCivil(year, static_cast<int>(*month), static_cast<int>(day));
}

std::optional<int64_t> ParseTime(Cursor& c) {
  auto h = c.Digits(2);
  if (!h || *h > 23) return std::nullopt;
  int64_t m = 0, s = 0, frac = 0;
  bool colon = c.Eat(':');
  if (colon || c.CountDigits() >= 2) {
    auto mm = c.Digits(2);
    if (!mm || *mm > 59) return std::nullopt;
    m = *mm;
    if (colon ? c.Eat(':') : c.CountDigits() >= 2) {
      auto ss = c.Digits(2);
      if (!ss || *ss > 59) return std::nullopt;
      s = *ss;
      if (c.Eat('.') || c.Eat(',')) {
        size_t n = c.CountDigits();
        if (n == 0 || n > 9) return std::nullopt;
        frac = *c.Digits(n);
        for (size_t i = n; i < 9; ++i) frac *= 10;
      }
    }
  } else if (colon) {
    return std::nullopt;
  }
  return ((*h * 60 + m) * 60 + s) * kNanosPerSecond + frac;
}

// Offset after a time: Z, ±HH, ±HHMM, ±HH:MM, ±HH:MM:SS. Absent: nullopt with pos unchanged.
bool ParseOffset(Cursor& c, std::optional<int32_t>& out) {
  if (c.Eat('Z')) {
    out = 0;
    return true;
  }
  if (c.Peek() != '+' && c.Peek() != '-') return true;
  int sign = c.Peek() == '-' ? -1 : 1;
  ++c.pos;
  auto h = c.Digits(2);
  if (!h || *h > 18) return false;
  int64_t m = 0, s = 0;
  bool colon = c.Eat(':');
  if (colon || c.CountDigits() >= 2) {
    auto mm = c.Digits(2);
    if (!mm || *mm > 59) return false;
    m = *mm;
    if (colon && c.Eat(':')) {
      auto ss = c.Digits(2);
      if (!ss || *ss > 59) return false;
      s = *ss;
    }
  }
  out = static_cast<int32_t>(sign * (*h * 3600 + m * 60 + s));
  return true;
}

// Zone suffix: optional offset, optional [Zone/Id].
bool ParseZoneSuffix(Cursor& c, std::optional<int32_t>& offset, std::string& zone) {
  if (!ParseOffset(c, offset)) return false;
  if (c.Eat('[')) {
    size_t end = c.s.find(']', c.pos);
    if (end == std::string::npos) return false;
    zone = c.s.substr(c.pos, end - c.pos);
    c.pos = end + 1;
    if (!IsKnownZone(zone)) return false;
  }
  return true;
}

std::optional<Temporal> ParseDuration(const std::string& s) {
  Cursor c{s};
  if (!c.Eat('P')) return std::nullopt;
  // alternative form PYYYY-MM-DDTHH:MM:SS.fff
  if (c.CountDigits() == 4 && c.pos + 4 < s.size() && s[c.pos + 4] == '-') {
    int64_t y = *c.Digits(4);
    if (!c.Eat('-')) return std::nullopt;
    auto mo = c.Digits(2);
    if (!mo || !c.Eat('-')) return std::nullopt;
    auto d = c.Digits(2);
    if (!d) return std::nullopt;
    int64_t nanos = 0;
    if (c.Eat('T')) {
      auto t = ParseTime(c);
      if (!t) return std::nullopt;
      nanos = *t;
    }
    if (!c.AtEnd()) return std::nullopt;
    return MakeDurationExact(y * 12 + *mo, *d, nanos / kNanosPerSecond, nanos % kNanosPerSecond);
  }
  double months = 0, days = 0, seconds = 0, nanos = 0;
  bool time = false, any = false;
  while (!c.AtEnd()) {
    if (c.Eat('T')) {
      if (time) return std::nullopt;
      time = true;
      continue;
    }
    size_t start = c.pos;
    if (c.Peek() == '-' || c.Peek() == '+') ++c.pos;
    size_t int_digits = c.CountDigits();
    c.pos += int_digits;
    size_t frac_start = c.pos, frac_digits = 0;
    if (c.Eat('.') || c.Eat(',')) {
      frac_digits = c.CountDigits();
      c.pos += frac_digits;
    }
    if (int_digits == 0 && frac_digits == 0) return std::nullopt;
    std::string number = s.substr(start, c.pos - start);
    for (char& ch : number)
      if (ch == ',') ch = '.';
    double v = std::strtod(number.c_str(), nullptr);
    char unit = c.Peek();
    ++c.pos;
    any = true;
    if (!time) {
      if (unit == 'Y')
        months += v * 12;
      else if (unit == 'M')
        months += v;
      else if (unit == 'W')
        days += v * 7;
      else if (unit == 'D')
        days += v;
      else
        return std::nullopt;
    } else {
      if (unit == 'H')
        seconds += v * 3600;
      else if (unit == 'M')
        seconds += v * 60;
      else if (unit == 'S') {
        // keep the fraction of seconds exact
        std::string whole = s.substr(start, frac_start - start);
        double w = (whole == "-" || whole == "+" || whole.empty())
                       ? 0
                       : std::strtod(whole.c_str(), nullptr);
        seconds += w;
        if (frac_digits > 0) {
          int64_t f =
              std::atoll(s.substr(frac_start + 1, std::min<size_t>(frac_digits, 9)).c_str());
          for (size_t i = frac_digits; i < 9; ++i) f *= 10;
          nanos += (s[start] == '-' ? -1.0 : 1.0) * static_cast<double>(f);
        }
      } else {
        return std::nullopt;
      }
    }
  }
  if (!any) return std::nullopt;
  return MakeDuration(months, days, seconds, nanos);
}

}  // namespace

bool ParseZone(const std::string& text, int32_t& offset, std::string& zone) {
  Cursor c{text};
  std::optional<int32_t> off;
  if ((text[0] == '+' || text[0] == '-' || text == "Z") && ParseOffset(c, off) && off &&
      c.AtEnd()) {
    offset = *off;
    zone.clear();
    return true;
  }
  if (!IsKnownZone(text)) return false;
  zone = text;
  return true;
}

std::optional<Temporal> ParseTemporal(TemporalKind kind, const std::string& text) {
  if (kind == TemporalKind::kDuration) return ParseDuration(text);
  Cursor c{text};
  Temporal t;
  t.kind = kind;
  if (t.HasDate()) {
    auto day = ParseDate(c);
    if (!day) return std::nullopt;
    t.day = *day;
    if (kind != TemporalKind::kDate && c.Eat('T')) {
      auto nanos = ParseTime(c);
      if (!nanos) return std::nullopt;
      t.nanos = *nanos;
    }
  } else {
    c.Eat('T');
    auto nanos = ParseTime(c);
    if (!nanos) return std::nullopt;
    t.nanos = *nanos;
  }
  std::optional<int32_t> offset;
  std::string zone;
  if (t.HasZone()) {
    if (!ParseZoneSuffix(c, offset, zone)) return std::nullopt;
  }
  if (!c.AtEnd()) return std::nullopt;
  if (kind == TemporalKind::kTime) {
    t.offset = offset.value_or(0);
    if (!offset && !zone.empty()) t.offset = ZoneOffsetAt(zone, 0);
  } else if (kind == TemporalKind::kDateTime) {
    if (!zone.empty()) {
      ResolveLocal(t, zone);
    } else {
      t.offset = offset.value_or(0);
    }
  }
  return t;
}

}  // namespace kg::query
