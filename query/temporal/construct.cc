// Temporal values from map fields, selection from other temporals, truncation.
//
// A date is given in one of four forms, chosen by the fields present: week
// (week, dayOfWeek; `year` is then the week-based year), ordinal (ordinalDay),
// quarter (quarter, dayOfQuarter) or calendar (month, day). Fields not given come
// from the selected date ({date: d}) in the same form, else default to the
// first. A time's fields likewise come from {time: t}. The zone: without
// `timezone` a selected time's zone is kept (else UTC); with it, a selected
// zoned time keeps its instant and is seen in the new zone, an unzoned one gets
// the zone attached.
#include <chrono>

#include "query/temporal/temporal_construct.h"

namespace kg::query {
namespace {

[[noreturn]] void Fail(const std::string& message) { throw TemporalError(message); }

void Check(bool ok, const char* field, int64_t value) {
  if (!ok) Fail(std::string("invalid value for ") + field + ": " + std::to_string(value));
}

int64_t ResolveDate(const TemporalFields& f, std::optional<int64_t> base_day) {
  bool week_form = f.week || f.day_of_week;
  bool ordinal_form = f.ordinal_day.has_value();
  bool quarter_form = f.quarter || f.day_of_quarter;
  bool calendar_form = f.month || f.day;
  if (week_form + ordinal_form + quarter_form + calendar_form > 1)
    Fail("date fields of different forms cannot be combined");
  if (!f.year && !base_day) Fail("a date needs a year");
  std::optional<CivilDate> base;
  if (base_day) base = CivilFromDays(*base_day);
  if (f.year) Check(*f.year >= -kMaxYear && *f.year <= kMaxYear, "year", *f.year);
  if (week_form) {
    int64_t wy = f.year ? *f.year : WeekYear(*base_day);
    int64_t week = f.week ? *f.week : (base ? WeekOfYear(*base_day) : 1);
    int64_t dow = f.day_of_week ? *f.day_of_week : (base ? DayOfWeek(*base_day) : 1);
    Check(week >= 1 && week <= WeeksInYear(wy), "week", week);
    Check(dow >= 1 && dow <= 7, "dayOfWeek", dow);
    return WeekOneMonday(wy) + (week - 1) * 7 + (dow - 1);
  }
  int64_t y = f.year ? *f.year : base->year;
  if (ordinal_form) {
    int64_t ord = *f.ordinal_day;
    Check(ord >= 1 && ord <= (IsLeapYear(y) ? 366 : 365), "ordinalDay", ord);
    return DaysFromCivil(y, 1, 1) + ord - 1;
  }
  if (quarter_form) {
    int64_t base_q = base ? (base->month - 1) / 3 + 1 : 1;
    int64_t q = f.quarter ? *f.quarter : base_q;
    Check(q >= 1 && q <= 4, "quarter", q);
    int64_t first = DaysFromCivil(y, static_cast<int>(q * 3 - 2), 1);
    int64_t base_doq =
        base ? *base_day - DaysFromCivil(base->year, static_cast<int>(base_q * 3 - 2), 1) + 1 : 1;
    int64_t doq = f.day_of_quarter ? *f.day_of_quarter : base_doq;
    int64_t length =
        DaysFromCivil(q == 4 ? y + 1 : y, q == 4 ? 1 : static_cast<int>(q * 3 + 1), 1) - first;
    Check(doq >= 1 && doq <= length, "dayOfQuarter", doq);
    return first + doq - 1;
  }
  int64_t m = f.month ? *f.month : (base ? base->month : 1);
  int64_t d = f.day ? *f.day : (base ? base->day : 1);
  Check(m >= 1 && m <= 12, "month", m);
  Check(d >= 1 && d <= DaysInMonth(y, static_cast<int>(m)), "day", d);
  return DaysFromCivil(y, static_cast<int>(m), static_cast<int>(d));
}

int64_t ResolveTime(const TemporalFields& f, std::optional<int64_t> base_nanos) {
  int64_t h = 0, m = 0, s = 0, ms = 0, us = 0, ns = 0;
  if (base_nanos) {
    int64_t secs = *base_nanos / kNanosPerSecond, sub = *base_nanos % kNanosPerSecond;
    h = secs / 3600, m = secs / 60 % 60, s = secs % 60;
    ms = sub / 1000000, us = sub / 1000 % 1000, ns = sub % 1000;
  }
  if (!base_nanos && !f.hour && (f.minute || f.second)) Fail("a time needs an hour");
  if (f.hour) h = *f.hour;
  if (f.minute) m = *f.minute;
  if (f.second) s = *f.second;
  if (f.millisecond) ms = *f.millisecond;
  if (f.microsecond) us = *f.microsecond;
  if (f.nanosecond) ns = *f.nanosecond;
  Check(h >= 0 && h <= 23, "hour", h);
  Check(m >= 0 && m <= 59, "minute", m);
  Check(s >= 0 && s <= 59, "second", s);
  Check(ms >= 0 && ms <= 999, "millisecond", ms);
  Check(us >= 0 && us <= (f.millisecond ? 999 : 999999), "microsecond", us);
  Check(ns >= 0 && ns <= (f.millisecond || f.microsecond ? 999 : 999999999), "nanosecond", ns);
  int64_t sub = ms * 1000000 + us * 1000 + ns;
  Check(sub < kNanosPerSecond, "nanosecond", sub);
  return ((h * 60 + m) * 60 + s) * kNanosPerSecond + sub;
}

}  // namespace

int64_t NowEpochNanos() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Temporal ConstructTemporal(TemporalKind kind, const TemporalFields& f) {
  Temporal t;
  t.kind = kind;
  std::optional<int64_t> base_day, base_nanos;
  bool src_zone = false;
  int32_t src_offset = 0;
  std::string src_zone_name;
  auto take_zone = [&](const Temporal& v) {
    if (!v.HasZone()) return;
    src_zone = true;
    src_offset = v.offset;
    src_zone_name = v.kind == TemporalKind::kDateTime ? v.zone : "";
  };
  if (f.datetime) {
    if (f.datetime->HasDate()) base_day = f.datetime->day;
    if (f.datetime->HasTime()) base_nanos = f.datetime->nanos;
    take_zone(*f.datetime);
  }
  if (f.date) {
    if (!f.date->HasDate()) Fail("'date' must be a value with a date");
    base_day = f.date->day;
  }
  if (f.time) {
    if (!f.time->HasTime()) Fail("'time' must be a value with a time");
    base_nanos = f.time->nanos;
    take_zone(*f.time);
  }
  if (f.epoch_seconds || f.epoch_millis) {
    // an instant: seconds or milliseconds since 1970-01-01T00:00Z, plus sub-second fields
    int64_t secs = f.epoch_seconds ? *f.epoch_seconds : FloorDiv(*f.epoch_millis, 1000);
    int64_t sub =
        CheckedAdd(CheckedAdd((f.epoch_seconds ? 0 : FloorMod(*f.epoch_millis, 1000) * 1000000),
                              f.nanosecond.value_or(0)),
                   CheckedAdd(CheckedMul(f.microsecond.value_or(0), 1000),
                              CheckedMul(f.millisecond.value_or(0), 1000000)));
    secs = CheckedAdd(secs, FloorDiv(sub, kNanosPerSecond));
    sub = FloorMod(sub, kNanosPerSecond);
    Temporal utc;
    utc.kind = TemporalKind::kDateTime;
    utc.day = FloorDiv(secs, 86400);
    utc.nanos = FloorMod(secs, 86400) * kNanosPerSecond + sub;
    if (f.timezone) {
      int32_t off = 0;
      std::string zone;
      if (!ParseZone(*f.timezone, off, zone)) Fail("unknown time zone '" + *f.timezone + "'");
      utc = AtZoneSameInstant(utc, zone, off);
    }
    return kind == TemporalKind::kDateTime ? utc : ConvertTemporal(kind, utc);
  }
  if (t.HasDate()) t.day = ResolveDate(f, base_day);
  if (t.HasTime()) t.nanos = ResolveTime(f, base_nanos);
  if (!t.HasZone()) return t;
  if (f.timezone) {
    int32_t off = 0;
    std::string zone;
    if (!ParseZone(*f.timezone, off, zone)) Fail("unknown time zone '" + *f.timezone + "'");
    if (kind == TemporalKind::kTime) {
      int64_t when = (base_day ? *base_day * 86400 : NowEpochNanos() / kNanosPerSecond);
      int32_t new_off = zone.empty() ? off : ZoneOffsetAt(zone, when);
      if (src_zone)
        t.nanos = FloorMod(t.nanos + (static_cast<int64_t>(new_off) - src_offset) * kNanosPerSecond,
                           kNanosPerDay);
      t.offset = new_off;
      return t;
    }
    if (src_zone) {
      if (!src_zone_name.empty()) {
        ResolveLocal(t, src_zone_name);
      } else {
        t.offset = src_offset;
      }
      return AtZoneSameInstant(t, zone, off);
    }
    if (!zone.empty()) {
      ResolveLocal(t, zone);
    } else {
      t.offset = off;
    }
    return t;
  }
  if (src_zone && kind == TemporalKind::kDateTime && !src_zone_name.empty()) {
    ResolveLocal(t, src_zone_name);
  } else {
    t.offset = src_zone ? src_offset : 0;
  }
  return t;
}

Temporal ConvertTemporal(TemporalKind kind, const Temporal& other) {
  if (kind == TemporalKind::kDuration || other.kind == TemporalKind::kDuration)
    Fail(std::string("cannot make a ") + TemporalKindName(kind) + " of a " +
         TemporalKindName(other.kind));
  TemporalFields f;
  Temporal probe;
  probe.kind = kind;
  if (probe.HasDate() && !other.HasDate())
    Fail(std::string("cannot make a ") + TemporalKindName(kind) + " of a " +
         TemporalKindName(other.kind));
  if (!probe.HasDate() && !other.HasTime())
    Fail(std::string("cannot make a ") + TemporalKindName(kind) + " of a " +
         TemporalKindName(other.kind));
  f.datetime = &other;
  return ConstructTemporal(kind, f);
}

Temporal TruncateTemporal(TemporalKind kind, const std::string& unit, const Temporal& input,
                          const TemporalFields& overrides) {
  Temporal probe;
  probe.kind = kind;
  if (input.kind == TemporalKind::kDuration || (probe.HasDate() && !input.HasDate()))
    Fail(std::string("cannot truncate a ") + TemporalKindName(input.kind) + " to a " +
         TemporalKindName(kind));
  int64_t day = input.HasDate() ? input.day : 0;
  int64_t nanos = input.HasTime() ? input.nanos : 0;
  CivilDate c = CivilFromDays(day);
  auto floor_year = [&](int64_t n) { return DaysFromCivil(FloorDiv(c.year, n) * n, 1, 1); };
  bool date_unit = true;
  if (unit == "millennium") {
    day = floor_year(1000);
  } else if (unit == "century") {
    day = floor_year(100);
  } else if (unit == "decade") {
    day = floor_year(10);
  } else if (unit == "year") {
    day = floor_year(1);
  } else if (unit == "weekYear") {
    day = WeekOneMonday(WeekYear(day));
  } else if (unit == "quarter") {
    day = DaysFromCivil(c.year, (c.month - 1) / 3 * 3 + 1, 1);
  } else if (unit == "month") {
    day = DaysFromCivil(c.year, c.month, 1);
  } else if (unit == "week") {
    day -= DayOfWeek(day) - 1;
  } else if (unit == "day") {
  } else {
    date_unit = false;
    int64_t step;
    if (unit == "hour") {
      step = 3600 * kNanosPerSecond;
    } else if (unit == "minute") {
      step = 60 * kNanosPerSecond;
    } else if (unit == "second") {
      step = kNanosPerSecond;
    } else if (unit == "millisecond") {
      step = 1000000;
    } else if (unit == "microsecond") {
      step = 1000;
    } else {
      Fail("unknown unit '" + unit + "'");
    }
    if (kind == TemporalKind::kDate) Fail("a date cannot be truncated to '" + unit + "'");
    nanos -= nanos % step;
  }
  if (date_unit) {
    if (!probe.HasDate() && unit != "day") Fail("a time cannot be truncated to '" + unit + "'");
    nanos = 0;
  }
  Temporal base;
  base.kind = TemporalKind::kLocalDateTime;
  base.day = day;
  base.nanos = nanos;
  TemporalFields f = overrides;
  f.datetime = nullptr;
  f.date = probe.HasDate() ? &base : nullptr;
  f.time = &base;
  if (probe.HasZone() && !f.timezone && input.HasZone())
    f.timezone = input.kind == TemporalKind::kDateTime && !input.zone.empty()
                     ? input.zone
                     : FormatOffset(input.offset);
  if (f.timezone && *f.timezone == "Z") f.timezone = "+00:00";
  return ConstructTemporal(kind, f);
}

Temporal NowTemporal(TemporalKind kind, const std::optional<std::string>& timezone, int64_t now) {
  Temporal utc;
  utc.kind = TemporalKind::kDateTime;
  utc.day = FloorDiv(now, kNanosPerDay);
  utc.nanos = FloorMod(now, kNanosPerDay);
  if (timezone) {
    int32_t off = 0;
    std::string zone;
    if (!ParseZone(*timezone, off, zone)) Fail("unknown time zone '" + *timezone + "'");
    utc = AtZoneSameInstant(utc, zone, off);
  }
  if (kind == TemporalKind::kTime) utc.zone.clear();
  if (kind != TemporalKind::kDateTime && kind != TemporalKind::kTime) {
    utc.zone.clear();
    utc.offset = 0;
  }
  utc.kind = kind;
  return utc;
}

}  // namespace kg::query
