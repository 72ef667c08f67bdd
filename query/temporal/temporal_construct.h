// Building temporal values from the fields of a map — {year: 1984, week: 10,
// dayOfWeek: 3, hour: 12, timezone: 'Europe/Stockholm'} — optionally selecting
// from other temporals ({date: d, time: t, day: 28}), and truncating them
// (date.truncate('month', d, {day: 2})). construct.cc.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "query/temporal/temporal.h"

namespace kg::query {

// An invalid field or combination of fields; the caller turns it into a query error.
struct TemporalError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct TemporalFields {
  std::optional<int64_t> year, month, day, week, day_of_week, ordinal_day, quarter, day_of_quarter,
      hour, minute, second, millisecond, microsecond, nanosecond;
  std::optional<int64_t> epoch_seconds, epoch_millis;
  const Temporal* date = nullptr;      // {date: …}
  const Temporal* time = nullptr;      // {time: …}
  const Temporal* datetime = nullptr;  // {datetime: …}
  std::optional<std::string> timezone;
};

// Throws TemporalError.
Temporal ConstructTemporal(TemporalKind kind, const TemporalFields& fields);
// `kind` built from another temporal, as date(other) / datetime(other).
Temporal ConvertTemporal(TemporalKind kind, const Temporal& other);
// Throws TemporalError for an unknown unit or one finer than `kind` holds.
Temporal TruncateTemporal(TemporalKind kind, const std::string& unit, const Temporal& input,
                          const TemporalFields& overrides);
// The instant `now_nanos` (nanoseconds since the epoch) as `kind`, in `timezone`
// if given, else UTC.
Temporal NowTemporal(TemporalKind kind, const std::optional<std::string>& timezone,
                     int64_t now_nanos);
// The system clock.
int64_t NowEpochNanos();

}  // namespace kg::query
