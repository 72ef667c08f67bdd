// Duration normalisation and the arithmetic of temporal values: temporal ±
// duration, duration ± duration, duration × / ÷ number, and the durations
// between two temporals (duration.between / inMonths / inDays / inSeconds),
// following java.time as Neo4j does.
#include "query/temporal/temporal_arithmetic.h"

#include <cmath>

#include "query/query_error.h"

namespace kg::query {

void ThrowTemporalOverflow() {
  throw RuntimeError("ArithmeticError", "TemporalOverflow", "temporal value out of range");
}

namespace {

constexpr double kAvgDaysPerMonth = 30.436875;  // 365.2425 / 12

int64_t PlusMonths(int64_t day, int64_t months) {
  if (months == 0) return day;
  CivilDate c = CivilFromDays(day);
  int64_t total = CheckedAdd(CheckedMul(c.year, 12) + (c.month - 1), months);
  int64_t y = FloorDiv(total, 12);
  int m = static_cast<int>(FloorMod(total, 12)) + 1;
  int d = std::min(c.day, DaysInMonth(y, m));
  return DaysFromCivil(y, m, d);
}

// Adds seconds and nanoseconds to a local day/nanos pair.
void PlusNanos(int64_t& day, int64_t& nanos, int64_t seconds, int64_t nano) {
  int64_t sub = nanos % kNanosPerSecond + nano;
  int64_t secs =
      CheckedAdd(CheckedAdd(nanos / kNanosPerSecond, seconds), FloorDiv(sub, kNanosPerSecond));
  sub = FloorMod(sub, kNanosPerSecond);
  day = CheckedAdd(day, FloorDiv(secs, 86400));
  nanos = FloorMod(secs, 86400) * kNanosPerSecond + sub;
}

int64_t Trunc(double v) { return CheckedTrunc(v); }

}  // namespace

Temporal MakeDurationExact(int64_t months, int64_t days, int64_t seconds, int64_t nanos) {
  Temporal t;
  t.kind = TemporalKind::kDuration;
  t.months = months;
  t.days = days;
  t.seconds = CheckedAdd(seconds, FloorDiv(nanos, kNanosPerSecond));
  t.nano = static_cast<int32_t>(FloorMod(nanos, kNanosPerSecond));
  return t;
}

Temporal MakeDuration(double months, double days, double seconds, double nanos) {
  int64_t m = Trunc(months);
  days += kAvgDaysPerMonth * (months - static_cast<double>(m));
  int64_t d = Trunc(days);
  seconds += 86400.0 * (days - static_cast<double>(d));
  int64_t s = Trunc(seconds);
  nanos += 1e9 * (seconds - static_cast<double>(s));
  return MakeDurationExact(m, d, s, Trunc(nanos));
}

Temporal NegateDuration(const Temporal& d) {
  return MakeDurationExact(CheckedMul(-1, d.months), CheckedMul(-1, d.days),
                           CheckedMul(-1, d.seconds), -static_cast<int64_t>(d.nano));
}

Temporal AddDurations(const Temporal& a, const Temporal& b, int sign) {
  return MakeDurationExact(CheckedAdd(a.months, CheckedMul(sign, b.months)),
                           CheckedAdd(a.days, CheckedMul(sign, b.days)),
                           CheckedAdd(a.seconds, CheckedMul(sign, b.seconds)),
                           static_cast<int64_t>(a.nano) + sign * static_cast<int64_t>(b.nano));
}

Temporal MultiplyDuration(const Temporal& d, double factor) {
  return MakeDuration(static_cast<double>(d.months) * factor, static_cast<double>(d.days) * factor,
                      static_cast<double>(d.seconds) * factor,
                      static_cast<double>(d.nano) * factor);
}

Temporal MultiplyDuration(const Temporal& d, int64_t factor) {
  __int128 nanos = (static_cast<__int128>(d.seconds) * kNanosPerSecond + d.nano) * factor;
  const __int128 whole = nanos / kNanosPerSecond;
  if (whole > INT64_MAX || whole < INT64_MIN) ThrowTemporalOverflow();
  auto secs = static_cast<int64_t>(whole);
  auto sub = static_cast<int64_t>(nanos % kNanosPerSecond);
  return MakeDurationExact(CheckedMul(d.months, factor), CheckedMul(d.days, factor), secs, sub);
}

Temporal DivideDuration(const Temporal& d, double divisor) {
  return MakeDuration(
      static_cast<double>(d.months) / divisor, static_cast<double>(d.days) / divisor,
      static_cast<double>(d.seconds) / divisor, static_cast<double>(d.nano) / divisor);
}

Temporal PlusDuration(const Temporal& t, const Temporal& d) {
  Temporal out = t;
  if (t.HasDate()) {
    out.day = PlusMonths(out.day, d.months) + d.days;
    if (t.HasTime()) {
      if (t.kind == TemporalKind::kDateTime && !t.zone.empty()) {
        ResolveLocal(out, t.zone);
        // seconds and nanoseconds move the instant
        Temporal utc = AtZoneSameInstant(out, "", 0);
        PlusNanos(utc.day, utc.nanos, d.seconds, d.nano);
        return AtZoneSameInstant(utc, t.zone, 0);
      }
      PlusNanos(out.day, out.nanos, d.seconds, d.nano);
    } else {
      __int128 nanos = static_cast<__int128>(d.seconds) * kNanosPerSecond + d.nano;
      out.day += static_cast<int64_t>(nanos / kNanosPerDay);
    }
    return out;
  }
  int64_t day = 0;
  PlusNanos(day, out.nanos, d.seconds, d.nano);
  return out;
}

namespace {

// Both ends of a between(), brought to comparable local date-times.
struct End {
  int64_t day = 0, nanos = 0;
  int32_t offset = 0;
};

// Shifts a time of day (no date) to another offset, wrapping at midnight.
int64_t ShiftTime(int64_t nanos, int32_t from_offset, int32_t to_offset) {
  return FloorMod(nanos + (static_cast<int64_t>(to_offset) - from_offset) * kNanosPerSecond,
                  kNanosPerDay);
}

void Align(const Temporal& a, const Temporal& b, End& from, End& to) {
  Temporal x = a, y = b;
  if (x.HasZone() && y.HasZone()) {
    // the second end is seen in the first's zone
    if (y.HasDate() && x.HasDate()) {
      y = AtZoneSameInstant(y, x.kind == TemporalKind::kDateTime ? x.zone : "", x.offset);
    } else {
      y.nanos = ShiftTime(y.nanos, y.offset, x.offset);
      y.offset = x.offset;
    }
  }
  // a missing date is borrowed from the other end
  if (!x.HasDate() && y.HasDate()) x.day = y.day;
  if (!y.HasDate() && x.HasDate()) y.day = x.day;
  // a missing zone too
  if (!x.HasZone() && y.HasZone()) {
    if (y.kind == TemporalKind::kDateTime && !y.zone.empty()) {
      ResolveLocal(x, y.zone);
    } else {
      x.offset = y.offset;
    }
  }
  if (!y.HasZone() && x.HasZone()) {
    if (x.kind == TemporalKind::kDateTime && !x.zone.empty()) {
      ResolveLocal(y, x.zone);
    } else {
      y.offset = x.offset;
    }
  }
  from = {x.day, x.HasTime() ? x.nanos : 0, x.HasZone() || y.HasZone() ? x.offset : 0};
  to = {y.day, y.HasTime() ? y.nanos : 0, x.HasZone() || y.HasZone() ? y.offset : 0};
  if (!x.HasTime()) from.nanos = 0;
  if (!y.HasTime()) to.nanos = 0;
}

// End date adjusted as java.time's LocalDateTime.until does for date units.
int64_t AdjustedEndDay(const End& from, const End& to) {
  if (to.day > from.day && to.nanos < from.nanos) return to.day - 1;
  if (to.day < from.day && to.nanos > from.nanos) return to.day + 1;
  return to.day;
}

int64_t MonthsUntil(const End& from, const End& to) {
  CivilDate a = CivilFromDays(from.day);
  CivilDate b = CivilFromDays(AdjustedEndDay(from, to));
  int64_t p1 = (a.year * 12 + a.month - 1) * 32 + a.day;
  int64_t p2 = (b.year * 12 + b.month - 1) * 32 + b.day;
  return (p2 - p1) / 32;
}

// to − from in seconds and nanoseconds (instants).
Temporal NanosBetween(const End& from, const End& to) {
  int64_t secs = (to.day - from.day) * 86400 + (to.nanos / kNanosPerSecond) -
                 (from.nanos / kNanosPerSecond) - (to.offset - from.offset);
  int64_t sub = to.nanos % kNanosPerSecond - from.nanos % kNanosPerSecond;
  return MakeDurationExact(0, 0, secs, sub);
}

}  // namespace

Temporal DurationBetween(const Temporal& a, const Temporal& b, BetweenUnit unit) {
  End from, to;
  Align(a, b, from, to);
  bool dates = a.HasDate() && b.HasDate();
  switch (unit) {
    case BetweenUnit::kMonths: return MakeDurationExact(dates ? MonthsUntil(from, to) : 0, 0, 0, 0);
    case BetweenUnit::kDays:
      return MakeDurationExact(0, dates ? AdjustedEndDay(from, to) - from.day : 0, 0, 0);
    case BetweenUnit::kSeconds: return NanosBetween(from, to);
    case BetweenUnit::kAll: break;
  }
  if (!dates) return NanosBetween(from, to);
  int64_t months = MonthsUntil(from, to);
  End moved = from;
  moved.day = PlusMonths(from.day, months);
  int64_t days = AdjustedEndDay(moved, to) - moved.day;
  moved.day += days;
  if (a.kind == TemporalKind::kDateTime && !a.zone.empty()) {
    Temporal t = a;
    t.day = moved.day;
    t.nanos = moved.nanos;
    ResolveLocal(t, a.zone);
    moved = {t.day, t.nanos, t.offset};
  }
  Temporal rest = NanosBetween(moved, to);
  return MakeDurationExact(months, days, rest.seconds, rest.nano);
}

}  // namespace kg::query
