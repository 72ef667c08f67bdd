// ISO 8601 text of temporal values, as Neo4j prints them: '2015-07-21',
// '21:40:32.142', '21:40Z', '2015-07-21T21:40:32.142+01:00[Europe/Stockholm]',
// 'P12Y5M14DT16H13M10.000000001S'. Seconds appear only when not zero; a time's
// fraction in groups of three digits (java.time), a duration's without trailing
// zeros.
#include <cstdio>
#include <cstdlib>

#include "query/temporal/temporal.h"

namespace kg::query {
namespace {

std::string Pad(int64_t v, int width) {
  std::string s = std::to_string(v < 0 ? -v : v);
  if (static_cast<int>(s.size()) < width) s.insert(0, width - s.size(), '0');
  return v < 0 ? "-" + s : s;
}

std::string FormatDate(int64_t days) {
  CivilDate c = CivilFromDays(days);
  std::string year;
  if (c.year > 9999) {
    year = "+" + std::to_string(c.year);
  } else {
    year = Pad(c.year, 4);
  }
  return year + "-" + Pad(c.month, 2) + "-" + Pad(c.day, 2);
}

std::string FormatTime(int64_t nanos) {
  int64_t s = nanos / kNanosPerSecond;
  int64_t frac = nanos % kNanosPerSecond;
  std::string out = Pad(s / 3600, 2) + ":" + Pad(s / 60 % 60, 2);
  if (s % 60 != 0 || frac != 0) out += ":" + Pad(s % 60, 2);
  if (frac != 0) {
    std::string f = Pad(frac, 9);
    if (frac % 1000000 == 0) {
      f.resize(3);
    } else if (frac % 1000 == 0) {
      f.resize(6);
    }
    out += "." + f;
  }
  return out;
}

}  // namespace

std::string FormatOffset(int32_t offset) {
  if (offset == 0) return "Z";
  int32_t a = std::abs(offset);
  std::string out = (offset < 0 ? "-" : "+") + Pad(a / 3600, 2) + ":" + Pad(a / 60 % 60, 2);
  if (a % 60 != 0) out += ":" + Pad(a % 60, 2);
  return out;
}

std::string FormatTemporal(const Temporal& t) {
  switch (t.kind) {
    case TemporalKind::kDate: return FormatDate(t.day);
    case TemporalKind::kLocalTime: return FormatTime(t.nanos);
    case TemporalKind::kTime: return FormatTime(t.nanos) + FormatOffset(t.offset);
    case TemporalKind::kLocalDateTime: return FormatDate(t.day) + "T" + FormatTime(t.nanos);
    case TemporalKind::kDateTime: {
      std::string out = FormatDate(t.day) + "T" + FormatTime(t.nanos) + FormatOffset(t.offset);
      if (!t.zone.empty()) out += "[" + t.zone + "]";
      return out;
    }
    case TemporalKind::kDuration: break;
  }
  int64_t s = t.seconds, n = t.nano;
  if (s < 0 && n > 0) ++s, n -= kNanosPerSecond;
  if (t.months == 0 && t.days == 0 && s == 0 && n == 0) return "PT0S";
  std::string out = "P";
  if (t.months / 12 != 0) out += std::to_string(t.months / 12) + "Y";
  if (t.months % 12 != 0) out += std::to_string(t.months % 12) + "M";
  if (t.days != 0) out += std::to_string(t.days) + "D";
  if (s != 0 || n != 0) {
    out += "T";
    if (s / 3600 != 0) out += std::to_string(s / 3600) + "H";
    if (s / 60 % 60 != 0) out += std::to_string(s / 60 % 60) + "M";
    int64_t sec = s % 60;
    if (sec != 0 || n != 0) {
      if (sec < 0 || n < 0) out += "-";
      out += std::to_string(std::llabs(sec));
      if (n != 0) {
        std::string f = Pad(std::llabs(n), 9);
        while (f.back() == '0') f.pop_back();
        out += "." + f;
      }
      out += "S";
    }
  }
  return out;
}

}  // namespace kg::query
