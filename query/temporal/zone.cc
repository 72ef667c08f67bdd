// Named time zones through ICU's BasicTimeZone (ICU ships the IANA tz database,
// including each zone's local mean time before its first standard offset, so
// 1818 in Stockholm is +00:53:28 as java.time says).
#include <unicode/basictz.h>
#include <unicode/timezone.h>

#include <map>
#include <memory>
#include <mutex>

#include "query/temporal/temporal.h"

namespace kg::query {
namespace {

const icu::BasicTimeZone* FindZone(const std::string& id) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<icu::TimeZone>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(id);
  if (it == cache.end()) {
    std::unique_ptr<icu::TimeZone> tz(
        icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(id)));
    icu::UnicodeString got;
    tz->getID(got);
    if (got == icu::UnicodeString("Etc/Unknown") || id.empty()) tz.reset();
    it = cache.emplace(id, std::move(tz)).first;
  }
  return dynamic_cast<const icu::BasicTimeZone*>(it->second.get());
}

}  // namespace

bool IsKnownZone(const std::string& id) { return FindZone(id) != nullptr; }

int32_t ZoneOffsetAt(const std::string& id, int64_t epoch_second) {
  const icu::BasicTimeZone* tz = FindZone(id);
  if (tz == nullptr) return 0;
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  tz->getOffset(static_cast<UDate>(epoch_second) * 1000.0, false, raw, dst, status);
  return (raw + dst) / 1000;
}

int64_t EpochSecond(const Temporal& t) {
  return t.day * 86400 + FloorDiv(t.nanos, kNanosPerSecond) - t.offset;
}

void ResolveLocal(Temporal& t, const std::string& zone) {
  const icu::BasicTimeZone* tz = FindZone(zone);
  t.zone = zone;
  if (tz == nullptr) return;
  int64_t local_second = t.day * 86400 + t.nanos / kNanosPerSecond;
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  tz->getOffsetFromLocal(static_cast<UDate>(local_second) * 1000.0, UCAL_TZ_LOCAL_FORMER,
                         UCAL_TZ_LOCAL_FORMER, raw, dst, status);
  int32_t before = (raw + dst) / 1000;
  int64_t instant = local_second - before;
  int32_t offset = ZoneOffsetAt(zone, instant);
  if (offset != before) {
    // a gap: the local time moves forward by the gap's length
    int64_t sub = t.nanos % kNanosPerSecond;
    int64_t moved = instant + offset;
    t.day = FloorDiv(moved, 86400);
    t.nanos = FloorMod(moved, 86400) * kNanosPerSecond + sub;
  }
  t.offset = offset;
}

Temporal AtZoneSameInstant(const Temporal& t, const std::string& zone, int32_t offset) {
  Temporal out = t;
  int64_t instant = EpochSecond(t);
  out.zone = zone;
  out.offset = zone.empty() ? offset : ZoneOffsetAt(zone, instant);
  int64_t local = instant + out.offset;
  out.day = FloorDiv(local, 86400);
  out.nanos = FloorMod(local, 86400) * kNanosPerSecond + t.nanos % kNanosPerSecond;
  return out;
}

}  // namespace kg::query
