// Arithmetic on temporal values (arithmetic.cc). Durations follow openCypher:
// months, days and seconds are added apart; a date ignores the part of a
// duration below a day, a time the part above it.
#pragma once

#include "query/temporal/temporal.h"

namespace kg::query {

Temporal NegateDuration(const Temporal& d);
// a + sign × b, sign ±1.
Temporal AddDurations(const Temporal& a, const Temporal& b, int sign);
Temporal MultiplyDuration(const Temporal& d, double factor);
Temporal MultiplyDuration(const Temporal& d, int64_t factor);
Temporal DivideDuration(const Temporal& d, double divisor);
// An instant-like temporal moved by a duration (subtract: add the negation).
Temporal PlusDuration(const Temporal& t, const Temporal& d);

enum class BetweenUnit { kAll, kMonths, kDays, kSeconds };
// The duration from `a` to `b`. A missing date or zone is taken from the other end.
Temporal DurationBetween(const Temporal& a, const Temporal& b, BetweenUnit unit);

}  // namespace kg::query
