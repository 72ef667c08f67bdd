// Comparison of temporal values. Values of one kind compare: dates by day,
// local times and local date-times by their fields, times by their UTC time of
// day, date-times by instant (then local fields, then zone, so that ordering is
// total; `=` holds for the same instant in different zones). Durations only compare for equality
// (months, days, seconds and nanoseconds each equal); `<` on them is null. In ORDER BY the kinds
// sort as Neo4j sorts them: datetime < localdatetime < date < time < localtime < duration.
#include <functional>

#include "query/temporal/temporal.h"

namespace kg::query {
namespace {

template <typename T>
int Three(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

int KindRank(TemporalKind k) {
  switch (k) {
    case TemporalKind::kDateTime: return 0;
    case TemporalKind::kLocalDateTime: return 1;
    case TemporalKind::kDate: return 2;
    case TemporalKind::kTime: return 3;
    case TemporalKind::kLocalTime: return 4;
    case TemporalKind::kDuration: return 5;
  }
  return 6;
}

// Same kinds; instants first, then what tells equal instants apart.
int OrderSameKind(const Temporal& a, const Temporal& b) {
  switch (a.kind) {
    case TemporalKind::kDate: return Three(a.day, b.day);
    case TemporalKind::kLocalTime: return Three(a.nanos, b.nanos);
    case TemporalKind::kTime: {
      int c = Three(a.nanos - a.offset * kNanosPerSecond, b.nanos - b.offset * kNanosPerSecond);
      return c != 0 ? c : Three(b.offset, a.offset);
    }
    case TemporalKind::kLocalDateTime: {
      int c = Three(a.day, b.day);
      return c != 0 ? c : Three(a.nanos, b.nanos);
    }
    case TemporalKind::kDateTime: {
      int c = Three(EpochSecond(a), EpochSecond(b));
      if (c == 0) c = Three(a.nanos % kNanosPerSecond, b.nanos % kNanosPerSecond);
      if (c == 0) c = Three(b.offset, a.offset);
      return c != 0 ? c : Three(a.zone, b.zone);
    }
    case TemporalKind::kDuration: {
      int c = Three(a.months, b.months);
      if (c == 0) c = Three(a.days, b.days);
      if (c == 0) c = Three(a.seconds, b.seconds);
      return c != 0 ? c : Three(a.nano, b.nano);
    }
  }
  return 0;
}

}  // namespace

std::optional<int> CompareTemporal(const Temporal& a, const Temporal& b) {
  if (a.kind != b.kind || a.kind == TemporalKind::kDuration) return std::nullopt;
  if (a.kind == TemporalKind::kTime)
    return Three(a.nanos - a.offset * kNanosPerSecond, b.nanos - b.offset * kNanosPerSecond);
  if (a.kind == TemporalKind::kDateTime) {
    int c = Three(EpochSecond(a), EpochSecond(b));
    return c != 0 ? c : Three(a.nanos % kNanosPerSecond, b.nanos % kNanosPerSecond);
  }
  return OrderSameKind(a, b);
}

bool TemporalEquals(const Temporal& a, const Temporal& b) {
  if (a.kind != b.kind) return false;
  if (a.kind == TemporalKind::kTime || a.kind == TemporalKind::kDateTime)
    return CompareTemporal(a, b) == 0;  // the same instant, whatever the zone
  return OrderSameKind(a, b) == 0;
}

int OrderTemporal(const Temporal& a, const Temporal& b) {
  if (a.kind != b.kind) return Three(KindRank(a.kind), KindRank(b.kind));
  return OrderSameKind(a, b);
}

size_t HashTemporal(const Temporal& t) {
  size_t h = std::hash<int>()(static_cast<int>(t.kind));
  auto mix = [&h](int64_t x) {
    h ^= std::hash<int64_t>()(x) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  };
  if (t.kind == TemporalKind::kDateTime) {
    mix(EpochSecond(t));  // equal instants are equal whatever their zone
    mix(t.nanos % kNanosPerSecond);
  } else if (t.kind == TemporalKind::kTime) {
    mix(t.nanos - t.offset * kNanosPerSecond);
  } else {
    mix(t.day);
    mix(t.nanos);
  }
  mix(t.months);
  mix(t.days);
  mix(t.seconds);
  mix(t.nano);
  return h;
}

}  // namespace kg::query
