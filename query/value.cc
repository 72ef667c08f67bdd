#include "query/value.h"

#include <algorithm>
#include <cstdio>

#include "graph/store/date_value.h"

namespace kg::query {

const char* TypeName(ValueType type) {
  switch (type) {
    case ValueType::kNull: return "Null";
    case ValueType::kBool: return "Boolean";
    case ValueType::kInt: return "Integer";
    case ValueType::kFloat: return "Float";
    case ValueType::kString: return "String";
    case ValueType::kList: return "List";
    case ValueType::kMap: return "Map";
    case ValueType::kNode: return "Node";
    case ValueType::kRelationship: return "Relationship";
    case ValueType::kPath: return "Path";
    case ValueType::kTemporal: return "Temporal";
  }
  return "?";
}

const char* TypeNameOf(const Value& v) {
  return v.is_temporal() ? TemporalKindName(v.as_temporal().kind) : TypeName(v.type());
}

Value Value::OfTemporal(Temporal t) {
  return Value(Storage(std::make_shared<const Temporal>(std::move(t))));
}

Value Value::List(ValueList items) {
  return Value(Storage(std::make_shared<const ValueList>(std::move(items))));
}

Value Value::Map(ValueMap entries) {
  std::stable_sort(entries.begin(), entries.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  ValueMap out;
  out.reserve(entries.size());
  for (auto& e : entries) {
    if (!out.empty() && out.back().first == e.first) {
      out.back().second = std::move(e.second);
    } else {
      out.push_back(std::move(e));
    }
  }
  return Value(Storage(std::make_shared<const ValueMap>(std::move(out))));
}

Value Value::Path(PathData path) {
  return Value(Storage(std::make_shared<const PathData>(std::move(path))));
}

const Value* Value::Find(std::string_view key) const {
  if (!is_map()) return nullptr;
  const ValueMap& m = as_map();
  auto it = std::lower_bound(m.begin(), m.end(), key,
                             [](const auto& e, std::string_view k) { return e.first < k; });
  if (it == m.end() || it->first != key) return nullptr;
  return &it->second;
}

namespace {

using TemporalKindOnDisk = graph::TemporalProperty::Kind;

// A date whose year is unknown ('--06-28', graph/store/date_value.h) as the query
// engine shows it: {day: 28, month: 6, year: null}. It compares with no date, so a
// year-less event never passes `e.date >= date('2020-01-01')` on a guessed year,
// while `e.date.month` and `e.date.day` still answer.
Value MonthDayValue(const std::string& text) {
  const auto month_day = graph::ParseIsoMonthDay(text);
  if (!month_day) return Value::String(text);
  return Value::Map({{"day", Value::Int(month_day->second)},
                     {"month", Value::Int(month_day->first)},
                     {"year", Value()}});
}

// The inverse: exactly {day, month, year: null} naming a day of some year.
std::optional<graph::PropertyValue> MonthDayProperty(const ValueMap& map) {
  if (map.size() != 3) return std::nullopt;
  const Value *day = nullptr, *month = nullptr, *year = nullptr;
  for (const auto& [key, value] : map) {
    if (key == "day")
      day = &value;
    else if (key == "month")
      month = &value;
    else if (key == "year")
      year = &value;
  }
  if (!day || !month || !year || !year->is_null() || !day->is_int() || !month->is_int())
    return std::nullopt;
  if (month->as_int() < 1 || month->as_int() > 12 || day->as_int() < 1 || day->as_int() > 31)
    return std::nullopt;
  char text[8];
  std::snprintf(text, sizeof text, "--%02d-%02d", static_cast<int>(month->as_int()),
                static_cast<int>(day->as_int()));
  if (!graph::IsIsoMonthDay(text)) return std::nullopt;
  return graph::PropertyValue(graph::TemporalProperty{TemporalKindOnDisk::kMonthDay, text});
}

}  // namespace

Value FromProperty(const graph::PropertyValue& p) {
  if (p.is_null()) return Value();
  if (p.is_bool()) return Value::Bool(p.as_bool());
  if (p.is_int()) return Value::Int(p.as_int());
  if (p.is_double()) return Value::Float(p.as_double());
  if (p.is_string()) return Value::String(p.as_string());
  if (p.is_temporal()) {
    if (p.as_temporal().kind == TemporalKindOnDisk::kMonthDay)
      return MonthDayValue(p.as_temporal().text);
    auto kind = static_cast<TemporalKind>(p.as_temporal().kind);
    auto t = ParseTemporal(kind, p.as_temporal().text);
    return t ? Value::OfTemporal(std::move(*t)) : Value::String(p.as_temporal().text);
  }
  ValueList items;
  items.reserve(p.as_list().size());
  for (const auto& item : p.as_list()) items.push_back(FromProperty(item));
  return Value::List(std::move(items));
}

std::optional<graph::PropertyValue> ToProperty(const Value& v) {
  switch (v.type()) {
    case ValueType::kNull: return graph::PropertyValue();
    case ValueType::kBool: return graph::PropertyValue(v.as_bool());
    case ValueType::kInt: return graph::PropertyValue(v.as_int());
    case ValueType::kFloat: return graph::PropertyValue(v.as_float());
    case ValueType::kString: return graph::PropertyValue(v.as_string());
    case ValueType::kTemporal:
      return graph::PropertyValue(
          graph::TemporalProperty{static_cast<graph::TemporalProperty::Kind>(v.as_temporal().kind),
                                  FormatTemporal(v.as_temporal())});
    case ValueType::kMap: return MonthDayProperty(v.as_map());
    case ValueType::kList: {
      graph::PropertyList items;
      for (const auto& item : v.as_list()) {
        auto p = ToProperty(item);
        if (!p || p->is_list()) return std::nullopt;
        items.push_back(std::move(*p));
      }
      return graph::PropertyValue(std::move(items));
    }
    default: return std::nullopt;
  }
}

size_t ApproxBytes(const Value& v) {
  size_t bytes = sizeof(Value);
  if (v.is_string()) {
    bytes += v.as_string().size();
  } else if (v.is_list()) {
    for (const Value& item : v.as_list())
      bytes += sizeof(Value) + (item.is_string() ? item.as_string().size() : 0) +
               (item.is_list() ? item.as_list().size() * sizeof(Value) : 0);
  } else if (v.is_map()) {
    for (const auto& [k, item] : v.as_map())
      bytes += sizeof(Value) + k.size() + (item.is_string() ? item.as_string().size() : 0);
  }
  return bytes;
}

}  // namespace kg::query
