// Temporal values of the query engine (openCypher / Neo4j): date, localtime,
// time, localdatetime, datetime and duration.
//
// An instant-like value keeps its *local* fields — the epoch day of its date and
// the nanosecond of its day — plus, for time and datetime, the offset in seconds
// east of UTC and, for a datetime in a named zone, the zone's id (an IANA name
// that ICU's time zone data knows, e.g. "Europe/Stockholm"). A duration keeps
// months, days, seconds and nanoseconds (0 ≤ nanos < 10⁹) apart, as openCypher
// does: a month is not a fixed number of days, a day not a fixed number of
// seconds (daylight saving time).
//
// Dates are proleptic Gregorian, years −999,999,999 … 999,999,999.
// Front door of query/temporal/: the engine calls only what is declared here
// and in temporal_functions.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace kg::query {

enum class TemporalKind { kDate, kLocalTime, kTime, kLocalDateTime, kDateTime, kDuration };

struct Temporal {
  TemporalKind kind = TemporalKind::kDate;
  int64_t day = 0;     // epoch day (date, localdatetime, datetime)
  int64_t nanos = 0;   // nanosecond of the day (the time kinds)
  int32_t offset = 0;  // seconds east of UTC (time, datetime)
  std::string zone;    // datetime in a named zone: its id; empty for a fixed offset
  // duration
  int64_t months = 0, days = 0, seconds = 0;
  int32_t nano = 0;  // 0 ≤ nano < 10⁹

  bool HasDate() const {
    return kind == TemporalKind::kDate || kind == TemporalKind::kLocalDateTime ||
           kind == TemporalKind::kDateTime;
  }
  bool HasTime() const {
    return kind == TemporalKind::kLocalTime || kind == TemporalKind::kTime ||
           kind == TemporalKind::kLocalDateTime || kind == TemporalKind::kDateTime;
  }
  bool HasZone() const { return kind == TemporalKind::kTime || kind == TemporalKind::kDateTime; }
};

constexpr int64_t kNanosPerSecond = 1000000000;
constexpr int64_t kNanosPerDay = 86400 * kNanosPerSecond;
constexpr int64_t kMaxYear = 999999999;

// "Date", "LocalTime", "Time", "LocalDateTime", "DateTime", "Duration".
const char* TemporalKindName(TemporalKind kind);

// --- calendar (calendar.cc) ---
struct CivilDate {
  int64_t year;
  int month, day;
};
int64_t DaysFromCivil(int64_t y, int m, int d);
CivilDate CivilFromDays(int64_t days);
bool IsLeapYear(int64_t y);
int DaysInMonth(int64_t y, int m);
// 1 = Monday … 7 = Sunday.
int DayOfWeek(int64_t days);
// ISO 8601 week-based year and week of a day.
int64_t WeekYear(int64_t days);
int WeekOfYear(int64_t days);
// Epoch day of the Monday of week 1 of an ISO week-based year.
int64_t WeekOneMonday(int64_t week_year);
int WeeksInYear(int64_t week_year);
// Checked arithmetic: temporal values come from user text and maps, and a year or a
// duration of 10^18 must be an error (ArithmeticError), never undefined behaviour.
[[noreturn]] void ThrowTemporalOverflow();
inline int64_t CheckedAdd(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) ThrowTemporalOverflow();
  return r;
}
inline int64_t CheckedMul(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) ThrowTemporalOverflow();
  return r;
}
// A double's integer part; out of the int64 range (or NaN) is an overflow.
inline int64_t CheckedTrunc(double v) {
  if (!(v > -9.2e18 && v < 9.2e18)) ThrowTemporalOverflow();
  return static_cast<int64_t>(v);
}
// Floor division and modulo.
inline int64_t FloorDiv(int64_t a, int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
inline int64_t FloorMod(int64_t a, int64_t b) {
  int64_t m = a % b;  // never overflows, unlike a - FloorDiv(a, b) * b near the limits
  return (m != 0 && ((m < 0) != (b < 0))) ? m + b : m;
}

// --- zones (zone.cc), backed by ICU's time zone data ---
bool IsKnownZone(const std::string& id);
// Offset in seconds of a zone at an instant (seconds since the epoch, UTC).
int32_t ZoneOffsetAt(const std::string& id, int64_t epoch_second);
// Resolves a local date-time in a zone as java.time does: in an overlap the
// earlier offset, in a gap the local time moves forward by the gap's length.
// Sets `day`/`nanos` (maybe moved) and `offset` of `t`.
void ResolveLocal(Temporal& t, const std::string& zone);
// Epoch second of a date-time with an offset (local fields minus the offset).
int64_t EpochSecond(const Temporal& t);
// The same instant seen in another zone / offset (zone empty: fixed `offset`).
Temporal AtZoneSameInstant(const Temporal& t, const std::string& zone, int32_t offset);

// --- text (format.cc, parse.cc) ---
std::string FormatTemporal(const Temporal& t);
std::string FormatOffset(int32_t offset);  // "Z", "+01:00", "+02:05:59"
// Parses the ISO 8601 forms openCypher accepts for `kind`; nullopt when the
// text is not one of them (or names an unknown zone / an invalid field).
std::optional<Temporal> ParseTemporal(TemporalKind kind, const std::string& text);
// "+01:00", "-0130", "Z", "+02", or a zone id: offset and zone (zone empty for an offset).
bool ParseZone(const std::string& text, int32_t& offset, std::string& zone);

// --- duration helpers (arithmetic.cc) ---
// Builds a normalised duration from components that may carry fractions:
// fractions of months cascade to days (1 month = 30.436875 days), fractions of
// days to seconds, fractions of seconds to nanoseconds.
Temporal MakeDuration(double months, double days, double seconds, double nanos);
Temporal MakeDurationExact(int64_t months, int64_t days, int64_t seconds, int64_t nanos);

// --- comparison (compare.cc) ---
// Same kind only; <0, 0, >0; nullopt when not comparable (durations, kinds differ).
std::optional<int> CompareTemporal(const Temporal& a, const Temporal& b);
bool TemporalEquals(const Temporal& a, const Temporal& b);
// Total order for ORDER BY among temporals (kinds first).
int OrderTemporal(const Temporal& a, const Temporal& b);
size_t HashTemporal(const Temporal& t);

}  // namespace kg::query
