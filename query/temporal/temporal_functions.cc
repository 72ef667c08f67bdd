// Temporal functions, accessors and operators on Values (see temporal_functions.h).
#include "query/temporal/temporal_functions.h"

#include <strings.h>

#include <cmath>
#include <cstring>

#include "query/query_error.h"
#include "query/temporal/temporal_arithmetic.h"
#include "query/temporal/temporal_construct.h"

namespace kg::query {
namespace {

// Every temporal entry calls CallTemporal, which reads the name; nulls are its own business.
Value CallTemporalEntry(const FunctionCall& c);

constexpr FunctionSpec TemporalEntry(const char* name, int min_args, int max_args) {
  return {name, min_args, max_args, false, NullArguments::kHandled, CallTemporalEntry};
}

const FunctionSpec kTemporalFunctions[] = {
    TemporalEntry("date", 0, 1),
    TemporalEntry("localtime", 0, 1),
    TemporalEntry("time", 0, 1),
    TemporalEntry("localdatetime", 0, 1),
    TemporalEntry("datetime", 0, 1),
    TemporalEntry("duration", 1, 1),
    TemporalEntry("date.truncate", 2, 3),
    TemporalEntry("localtime.truncate", 2, 3),
    TemporalEntry("time.truncate", 2, 3),
    TemporalEntry("localdatetime.truncate", 2, 3),
    TemporalEntry("datetime.truncate", 2, 3),
    TemporalEntry("date.transaction", 0, 1),
    TemporalEntry("date.statement", 0, 1),
    TemporalEntry("date.realtime", 0, 1),
    TemporalEntry("localtime.transaction", 0, 1),
    TemporalEntry("localtime.statement", 0, 1),
    TemporalEntry("localtime.realtime", 0, 1),
    TemporalEntry("time.transaction", 0, 1),
    TemporalEntry("time.statement", 0, 1),
    TemporalEntry("time.realtime", 0, 1),
    TemporalEntry("localdatetime.transaction", 0, 1),
    TemporalEntry("localdatetime.statement", 0, 1),
    TemporalEntry("localdatetime.realtime", 0, 1),
    TemporalEntry("datetime.transaction", 0, 1),
    TemporalEntry("datetime.statement", 0, 1),
    TemporalEntry("datetime.realtime", 0, 1),
    TemporalEntry("datetime.fromepoch", 2, 2),
    TemporalEntry("datetime.fromepochmillis", 1, 1),
    TemporalEntry("duration.between", 2, 2),
    TemporalEntry("duration.inMonths", 2, 2),
    TemporalEntry("duration.inDays", 2, 2),
    TemporalEntry("duration.inSeconds", 2, 2),
};

[[noreturn]] void Fail(const std::string& message, size_t offset,
                       const char* code = "InvalidArgumentValue") {
  throw RuntimeError("ArgumentError", code, message, offset);
}

[[noreturn]] void WrongType(const FunctionSpec& spec, const Value& v, size_t offset) {
  throw RuntimeError("TypeError", "InvalidArgumentType",
                     std::string(spec.name) + "() cannot take " + TypeNameOf(v), offset,
                     std::strlen(spec.name));
}

TemporalKind KindOf(std::string_view head) {
  if (head == "date") return TemporalKind::kDate;
  if (head == "localtime") return TemporalKind::kLocalTime;
  if (head == "time") return TemporalKind::kTime;
  if (head == "localdatetime") return TemporalKind::kLocalDateTime;
  if (head == "datetime") return TemporalKind::kDateTime;
  return TemporalKind::kDuration;
}

// Map fields are bounded before any arithmetic: a year or an hour of 10^18 is an
// error here, not a signed overflow further on. Epoch fields may be larger (their
// arithmetic is checked); the others allow far more than any calendar needs.
int64_t IntField(const std::string& key, const Value& v, size_t offset) {
  const bool epoch = key == "epochSeconds" || key == "epochMillis";
  const double limit = epoch ? 9.2e18 : 1e12;
  double as_double = 0;
  int64_t value = 0;
  if (v.is_int()) {
    value = v.as_int();
    as_double = static_cast<double>(value);
  } else if (v.is_float() && std::floor(v.as_float()) == v.as_float()) {
    as_double = v.as_float();
    if (std::fabs(as_double) >= 9.2e18) Fail("'" + key + "' is out of range", offset);
    value = static_cast<int64_t>(as_double);
  } else {
    Fail("'" + key + "' must be an integer", offset);
  }
  if (std::fabs(as_double) > limit) Fail("'" + key + "' is out of range", offset);
  return value;
}

const Temporal* TemporalField(const std::string& key, const Value& v, size_t offset) {
  if (!v.is_temporal()) Fail("'" + key + "' must be a temporal value", offset);
  return &v.as_temporal();
}

TemporalFields FieldsOf(const Value& map, size_t offset) {
  TemporalFields f;
  for (const auto& entry : map.as_map()) {
    // named, not a structured binding: clang 14 cannot capture those in the lambda below
    const std::string& raw_key = entry.first;
    const Value& v = entry.second;
    if (v.is_null()) continue;
    std::string key = raw_key;
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto set = [&](std::optional<int64_t>& field) { field = IntField(raw_key, v, offset); };
    if (key == "year")
      set(f.year);
    else if (key == "month")
      set(f.month);
    else if (key == "day")
      set(f.day);
    else if (key == "week")
      set(f.week);
    else if (key == "dayofweek" || key == "weekday")
      set(f.day_of_week);
    else if (key == "ordinalday")
      set(f.ordinal_day);
    else if (key == "quarter")
      set(f.quarter);
    else if (key == "dayofquarter")
      set(f.day_of_quarter);
    else if (key == "hour")
      set(f.hour);
    else if (key == "minute")
      set(f.minute);
    else if (key == "second")
      set(f.second);
    else if (key == "millisecond")
      set(f.millisecond);
    else if (key == "microsecond")
      set(f.microsecond);
    else if (key == "nanosecond")
      set(f.nanosecond);
    else if (key == "epochseconds")
      set(f.epoch_seconds);
    else if (key == "epochmillis")
      set(f.epoch_millis);
    else if (key == "date")
      f.date = TemporalField(raw_key, v, offset);
    else if (key == "time")
      f.time = TemporalField(raw_key, v, offset);
    else if (key == "datetime")
      f.datetime = TemporalField(raw_key, v, offset);
    else if (key == "timezone") {
      if (!v.is_string()) Fail("'timezone' must be a string", offset);
      f.timezone = v.as_string();
    } else {
      Fail("unknown temporal field '" + raw_key + "'", offset);
    }
  }
  return f;
}

// Each duration field, the part it adds to (0 months, 1 days, 2 seconds, 3 nanoseconds)
// and how many of that part one of it is.
struct DurationUnit {
  const char* name;
  int slot;
  int64_t factor;
};
constexpr DurationUnit kDurationUnits[] = {
    {"years", 0, 12},          {"quarters", 0, 3},   {"months", 0, 1},
    {"weeks", 1, 7},           {"days", 1, 1},       {"hours", 2, 3600},
    {"minutes", 2, 60},        {"seconds", 2, 1},    {"milliseconds", 3, 1000000},
    {"microseconds", 3, 1000}, {"nanoseconds", 3, 1}};

const DurationUnit* FindDurationUnit(const std::string& key) {
  for (const DurationUnit& unit : kDurationUnits)
    if (key == unit.name) return &unit;
  return nullptr;
}

Temporal DurationOfMap(const Value& map, size_t offset) {
  double parts[4] = {0, 0, 0, 0};  // months, days, seconds, nanos
  int64_t exact[4] = {0, 0, 0, 0};
  bool fractional = false;
  for (const auto& entry : map.as_map()) {
    // named, not a structured binding: clang 14 cannot capture those in the lambda below
    const std::string& raw_key = entry.first;
    const Value& v = entry.second;
    if (v.is_null()) continue;
    std::string key = raw_key;
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!v.is_number()) Fail("'" + raw_key + "' must be a number", offset);
    const DurationUnit* unit = FindDurationUnit(key);
    if (unit == nullptr) Fail("unknown duration field '" + raw_key + "'", offset);
    const int slot = unit->slot;
    const int64_t factor = unit->factor;
    if (v.is_float()) fractional = true;
    parts[slot] += v.as_number() * static_cast<double>(factor);
    if (v.is_int()) exact[slot] = CheckedAdd(exact[slot], CheckedMul(v.as_int(), factor));
  }
  if (fractional) return MakeDuration(parts[0], parts[1], parts[2], parts[3]);
  return MakeDurationExact(exact[0], exact[1], exact[2], exact[3]);
}

Value Construct(const FunctionSpec& spec, TemporalKind kind, const ValueList& args, int64_t now,
                size_t offset) {
  if (args.empty()) return Value::OfTemporal(NowTemporal(kind, std::nullopt, now));
  const Value& a = args[0];
  if (a.is_null()) return Value();
  if (a.is_string()) {
    auto t = ParseTemporal(kind, a.as_string());
    if (!t)
      Fail("text cannot be parsed to a " + std::string(TemporalKindName(kind)) + ": '" +
               a.as_string() + "'",
           offset, "TemporalParseError");
    return Value::OfTemporal(*t);
  }
  if (kind == TemporalKind::kDuration) {
    if (a.is_map()) return Value::OfTemporal(DurationOfMap(a, offset));
    if (a.is_temporal() && a.as_temporal().kind == TemporalKind::kDuration) return a;
    WrongType(spec, a, offset);
  }
  if (a.is_map()) {
    TemporalFields f = FieldsOf(a, offset);
    // {} or only {timezone: …}: the statement's time (there)
    if (a.as_map().empty() || (f.timezone && a.as_map().size() == 1))
      return Value::OfTemporal(NowTemporal(kind, f.timezone, now));
    return Value::OfTemporal(ConstructTemporal(kind, f));
  }
  if (a.is_temporal()) return Value::OfTemporal(ConvertTemporal(kind, a.as_temporal()));
  WrongType(spec, a, offset);
}

int64_t Int(const FunctionSpec& spec, const Value& v, size_t offset) {
  if (!v.is_int()) WrongType(spec, v, offset);
  return v.as_int();
}

}  // namespace

const FunctionSpec* FindTemporalFunction(std::string_view name) {
  for (const auto& f : kTemporalFunctions)
    if (name.size() == std::strlen(f.name) && strncasecmp(name.data(), f.name, name.size()) == 0)
      return &f;
  return nullptr;
}

Value CallTemporal(const FunctionSpec& spec, const ValueList& args, int64_t& now_nanos,
                   size_t offset) {
  if (now_nanos == 0) now_nanos = NowEpochNanos();
  std::string_view name = spec.name;
  size_t dot = name.find('.');
  TemporalKind kind = KindOf(name.substr(0, dot));
  try {
    if (dot == std::string_view::npos) return Construct(spec, kind, args, now_nanos, offset);
    std::string_view fn = name.substr(dot + 1);
    if (fn == "transaction" || fn == "statement" || fn == "realtime") {
      std::optional<std::string> zone;
      if (!args.empty()) {
        if (args[0].is_null()) return Value();
        if (!args[0].is_string()) WrongType(spec, args[0], offset);
        zone = args[0].as_string();
      }
      // realtime reads the clock again; transaction and statement share the statement's
      return Value::OfTemporal(
          NowTemporal(kind, zone, fn == "realtime" ? NowEpochNanos() : now_nanos));
    }
    for (const auto& v : args)
      if (v.is_null()) return Value();
    if (fn == "truncate") {
      if (!args[0].is_string()) WrongType(spec, args[0], offset);
      if (!args[1].is_temporal()) WrongType(spec, args[1], offset);
      TemporalFields f;
      if (args.size() > 2) {
        if (!args[2].is_map()) WrongType(spec, args[2], offset);
        f = FieldsOf(args[2], offset);
      }
      return Value::OfTemporal(
          TruncateTemporal(kind, args[0].as_string(), args[1].as_temporal(), f));
    }
    if (fn == "fromepoch" || fn == "fromepochmillis") {
      TemporalFields f;
      if (fn == "fromepoch") {
        f.epoch_seconds = Int(spec, args[0], offset);
        f.nanosecond = Int(spec, args[1], offset);
      } else {
        f.epoch_millis = Int(spec, args[0], offset);
      }
      return Value::OfTemporal(ConstructTemporal(TemporalKind::kDateTime, f));
    }
    // duration.between / inMonths / inDays / inSeconds
    for (const auto& v : args)
      if (!v.is_temporal() || v.as_temporal().kind == TemporalKind::kDuration)
        WrongType(spec, v, offset);
    BetweenUnit unit = fn == "between"    ? BetweenUnit::kAll
                       : fn == "inMonths" ? BetweenUnit::kMonths
                       : fn == "inDays"   ? BetweenUnit::kDays
                                          : BetweenUnit::kSeconds;
    return Value::OfTemporal(DurationBetween(args[0].as_temporal(), args[1].as_temporal(), unit));
  } catch (const TemporalError& e) {
    Fail(e.what(), offset);
  }
}

namespace {

Value CallTemporalEntry(const FunctionCall& c) {
  return CallTemporal(c.spec, c.args, c.ctx.now_nanos, c.offset);
}

}  // namespace

Value TemporalProperty(const Temporal& t, const std::string& name, size_t offset, size_t length) {
  auto i = [](int64_t v) { return Value::Int(v); };
  if (t.kind == TemporalKind::kDuration) {
    int64_t nanos_in_second = t.nano;
    if (name == "years") return i(t.months / 12);
    if (name == "quarters") return i(t.months / 3);
    if (name == "months") return i(t.months);
    if (name == "weeks") return i(t.days / 7);
    if (name == "days") return i(t.days);
    if (name == "hours") return i(FloorDiv(t.seconds, 3600));
    if (name == "minutes") return i(FloorDiv(t.seconds, 60));
    if (name == "seconds") return i(t.seconds);
    if (name == "milliseconds") return i(t.seconds * 1000 + nanos_in_second / 1000000);
    if (name == "microseconds") return i(t.seconds * 1000000 + nanos_in_second / 1000);
    if (name == "nanoseconds") return i(t.seconds * kNanosPerSecond + nanos_in_second);
    if (name == "quartersOfYear") return i(t.months % 12 / 3);
    if (name == "monthsOfQuarter") return i(t.months % 3);
    if (name == "monthsOfYear") return i(t.months % 12);
    if (name == "daysOfWeek") return i(t.days % 7);
    if (name == "minutesOfHour") return i(FloorMod(FloorDiv(t.seconds, 60), 60));
    if (name == "secondsOfMinute") return i(FloorMod(t.seconds, 60));
    if (name == "millisecondsOfSecond") return i(nanos_in_second / 1000000);
    if (name == "microsecondsOfSecond") return i(nanos_in_second / 1000);
    if (name == "nanosecondsOfSecond") return i(nanos_in_second);
  }
  if (t.HasDate()) {
    CivilDate c = CivilFromDays(t.day);
    if (name == "year") return i(c.year);
    if (name == "quarter") return i((c.month - 1) / 3 + 1);
    if (name == "month") return i(c.month);
    if (name == "week") return i(WeekOfYear(t.day));
    if (name == "weekYear") return i(WeekYear(t.day));
    if (name == "day") return i(c.day);
    if (name == "ordinalDay") return i(t.day - DaysFromCivil(c.year, 1, 1) + 1);
    if (name == "weekDay" || name == "dayOfWeek") return i(DayOfWeek(t.day));
    if (name == "dayOfQuarter")
      return i(t.day - DaysFromCivil(c.year, (c.month - 1) / 3 * 3 + 1, 1) + 1);
  }
  if (t.HasTime()) {
    int64_t secs = t.nanos / kNanosPerSecond, sub = t.nanos % kNanosPerSecond;
    if (name == "hour") return i(secs / 3600);
    if (name == "minute") return i(secs / 60 % 60);
    if (name == "second") return i(secs % 60);
    if (name == "millisecond") return i(sub / 1000000);
    if (name == "microsecond") return i(sub / 1000);
    if (name == "nanosecond") return i(sub);
  }
  if (t.HasZone()) {
    if (name == "timezone") return Value::String(t.zone.empty() ? FormatOffset(t.offset) : t.zone);
    if (name == "offset") return Value::String(FormatOffset(t.offset));
    if (name == "offsetMinutes") return i(t.offset / 60);
    if (name == "offsetSeconds") return i(t.offset);
  }
  if (t.kind == TemporalKind::kDateTime) {
    if (name == "epochSeconds") return i(EpochSecond(t));
    if (name == "epochMillis")
      return i(EpochSecond(t) * 1000 + t.nanos % kNanosPerSecond / 1000000);
  }
  throw RuntimeError("TypeError", "InvalidArgumentType",
                     std::string("a ") + TemporalKindName(t.kind) + " has no field '" + name + "'",
                     offset, length);
}

std::optional<Value> TemporalArithmetic(char op, const Value& a, const Value& b) {
  bool ad = a.is_temporal() && a.as_temporal().kind == TemporalKind::kDuration;
  bool bd = b.is_temporal() && b.as_temporal().kind == TemporalKind::kDuration;
  bool ai = a.is_temporal() && !ad;
  bool bi = b.is_temporal() && !bd;
  switch (op) {
    case '+':
      if (ad && bd) return Value::OfTemporal(AddDurations(a.as_temporal(), b.as_temporal(), 1));
      if (ai && bd) return Value::OfTemporal(PlusDuration(a.as_temporal(), b.as_temporal()));
      if (ad && bi) return Value::OfTemporal(PlusDuration(b.as_temporal(), a.as_temporal()));
      break;
    case '-':
      if (ad && bd) return Value::OfTemporal(AddDurations(a.as_temporal(), b.as_temporal(), -1));
      if (ai && bd)
        return Value::OfTemporal(PlusDuration(a.as_temporal(), NegateDuration(b.as_temporal())));
      break;
    case '*':
      if (ad && b.is_int()) return Value::OfTemporal(MultiplyDuration(a.as_temporal(), b.as_int()));
      if (bd && a.is_int()) return Value::OfTemporal(MultiplyDuration(b.as_temporal(), a.as_int()));
      if (ad && b.is_float())
        return Value::OfTemporal(MultiplyDuration(a.as_temporal(), b.as_float()));
      if (bd && a.is_float())
        return Value::OfTemporal(MultiplyDuration(b.as_temporal(), a.as_float()));
      break;
    case '/':
      if (ad && b.is_number()) {
        if (b.as_number() == 0)
          throw RuntimeError("ArithmeticError", "DivisionByZero", "division by zero");
        return Value::OfTemporal(DivideDuration(a.as_temporal(), b.as_number()));
      }
      break;
    default: break;
  }
  return std::nullopt;
}

}  // namespace kg::query
