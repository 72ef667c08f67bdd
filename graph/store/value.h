// Property values stored on nodes and relationships: the types a property graph
// may hold (openCypher's storable values: null, booleans, integers, floats,
// strings and homogeneous-or-not lists of them).
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace kg::graph {

struct PropertyValue;
using PropertyList = std::vector<PropertyValue>;

struct PropertyValue {
  using Storage = std::variant<std::monostate, bool, int64_t, double, std::string, PropertyList>;
  Storage v;

  PropertyValue() = default;
  PropertyValue(bool b) : v(b) {}  // NOLINT(google-explicit-constructor)
  PropertyValue(int64_t i) : v(i) {}  // NOLINT
  PropertyValue(int i) : v(static_cast<int64_t>(i)) {}  // NOLINT
  PropertyValue(double d) : v(d) {}  // NOLINT
  PropertyValue(std::string s) : v(std::move(s)) {}  // NOLINT
  PropertyValue(const char* s) : v(std::string(s)) {}  // NOLINT
  PropertyValue(PropertyList l) : v(std::move(l)) {}  // NOLINT

  bool is_null() const { return std::holds_alternative<std::monostate>(v); }
  bool is_bool() const { return std::holds_alternative<bool>(v); }
  bool is_int() const { return std::holds_alternative<int64_t>(v); }
  bool is_double() const { return std::holds_alternative<double>(v); }
  bool is_string() const { return std::holds_alternative<std::string>(v); }
  bool is_list() const { return std::holds_alternative<PropertyList>(v); }
  bool as_bool() const { return std::get<bool>(v); }
  int64_t as_int() const { return std::get<int64_t>(v); }
  double as_double() const { return std::get<double>(v); }
  const std::string& as_string() const { return std::get<std::string>(v); }
  const PropertyList& as_list() const { return std::get<PropertyList>(v); }

  bool operator==(const PropertyValue& o) const { return v == o.v; }
  bool operator!=(const PropertyValue& o) const { return !(v == o.v); }
};

// Compact JSON text of a value (used by dumps, exports and tests).
std::string ToJson(const PropertyValue& value);

}  // namespace kg::graph
