// Property values stored on nodes and relationships: the types a property graph
// may hold (openCypher's storable values: null, booleans, integers, floats,
// strings, temporal values and homogeneous-or-not lists of them).
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace kg::graph {

struct PropertyValue;
using PropertyList = std::vector<PropertyValue>;

// A temporal value (date, localtime, time, localdatetime, datetime, duration) as the
// query engine writes it: its kind and its ISO 8601 text ('2020-06-02',
// '2015-07-21T21:40:32.142+01:00[Europe/Stockholm]', 'P1Y2M'), which the engine
// reads back exactly (query/temporal/). Exports show the text.
// kMonthDay is a date whose year is unknown, '--06-28' (graph/store/date_value.h):
// extraction writes it, the query engine shows it as a {year: null, month, day} map.
struct TemporalProperty {
  enum class Kind : uint8_t {
    kDate,
    kLocalTime,
    kTime,
    kLocalDateTime,
    kDateTime,
    kDuration,
    kMonthDay
  };
  Kind kind = Kind::kDate;
  std::string text;
  bool operator==(const TemporalProperty& o) const { return kind == o.kind && text == o.text; }
};

struct PropertyValue {
  using Storage = std::variant<std::monostate, bool, int64_t, double, std::string, PropertyList,
                               TemporalProperty>;
  Storage v;

  PropertyValue() = default;
  PropertyValue(bool b) : v(b) {}                         // NOLINT(google-explicit-constructor)
  PropertyValue(int64_t i) : v(i) {}                      // NOLINT
  PropertyValue(int i) : v(static_cast<int64_t>(i)) {}    // NOLINT
  PropertyValue(double d) : v(d) {}                       // NOLINT
  PropertyValue(std::string s) : v(std::move(s)) {}       // NOLINT
  PropertyValue(const char* s) : v(std::string(s)) {}     // NOLINT
  PropertyValue(PropertyList l) : v(std::move(l)) {}      // NOLINT
  PropertyValue(TemporalProperty t) : v(std::move(t)) {}  // NOLINT

  bool is_null() const { return std::holds_alternative<std::monostate>(v); }
  bool is_bool() const { return std::holds_alternative<bool>(v); }
  bool is_int() const { return std::holds_alternative<int64_t>(v); }
  bool is_double() const { return std::holds_alternative<double>(v); }
  bool is_string() const { return std::holds_alternative<std::string>(v); }
  bool is_list() const { return std::holds_alternative<PropertyList>(v); }
  bool is_temporal() const { return std::holds_alternative<TemporalProperty>(v); }
  bool as_bool() const { return std::get<bool>(v); }
  int64_t as_int() const { return std::get<int64_t>(v); }
  double as_double() const { return std::get<double>(v); }
  const std::string& as_string() const { return std::get<std::string>(v); }
  const PropertyList& as_list() const { return std::get<PropertyList>(v); }
  const TemporalProperty& as_temporal() const { return std::get<TemporalProperty>(v); }

  bool operator==(const PropertyValue& o) const { return v == o.v; }
  bool operator!=(const PropertyValue& o) const { return !(v == o.v); }
};

// Compact JSON text of a value (used by dumps, exports and tests).
std::string ToJson(const PropertyValue& value);

}  // namespace kg::graph
