#include "graph/export/property_schema.h"

#include <algorithm>
#include <cmath>

#include "graph/export/output.h"

namespace kg::exporter {
namespace {

uint8_t KindOf(const graph::PropertyValue& v) {
  if (v.is_bool()) return kKindBool;
  if (v.is_int()) return kKindInt;
  if (v.is_double()) return kKindDouble;
  if (v.is_temporal() && v.as_temporal().kind == graph::TemporalProperty::Kind::kDate)
    return kKindDate;
  if (IsMonthDay(v)) return kKindMonthDay;
  if (v.is_string() || v.is_temporal()) return kKindString;
  if (v.is_list()) return kKindList;
  return 0;
}

ScalarType TypeOfKinds(uint8_t kinds) {
  if (kinds == kKindBool) return ScalarType::kBoolean;
  if (kinds == kKindInt) return ScalarType::kLong;
  if (kinds != 0 && (kinds & ~(kKindInt | kKindDouble)) == 0) return ScalarType::kDouble;
  if (kinds == kKindDate) return ScalarType::kDate;
  return ScalarType::kString;
}

void Observe(const graph::PropertyValue& value, PropertyColumn& column) {
  column.kinds |= KindOf(value);
  if (!value.is_list()) return;
  for (const auto& item : value.as_list()) {
    const uint8_t kind = KindOf(item);
    if (kind == 0 || kind == kKindList) column.odd_list = true;
    column.element_kinds |= kind;
    if (item.is_string() && item.as_string().find(';') != std::string::npos)
      column.delimiter_in_list = true;
  }
}

void Gather(const graph::PropertyGraph& graph, const graph::Properties& props,
            std::vector<PropertyColumn>& columns, std::vector<int>& column_of) {
  for (const auto& [key, value] : props) {
    if (value.is_null()) continue;
    if (key >= column_of.size()) column_of.resize(graph.symbol_count(), -1);
    int& slot = column_of[key];
    if (slot < 0) {
      slot = static_cast<int>(columns.size());
      PropertyColumn column;
      column.key = key;
      column.key_name = graph.SymbolName(key);
      columns.push_back(std::move(column));
    }
    Observe(value, columns[slot]);
  }
}

void SortByName(std::vector<PropertyColumn>& columns, std::vector<int>& column_of) {
  std::sort(columns.begin(), columns.end(),
            [](const auto& a, const auto& b) { return a.key_name < b.key_name; });
  for (size_t i = 0; i < columns.size(); ++i) column_of[columns[i].key] = static_cast<int>(i);
}

}  // namespace

ScalarType PropertyColumn::Type() const {
  return kinds == (kKindDate | kKindMonthDay) ? ScalarType::kDate : TypeOfKinds(kinds);
}

int PropertyColumn::ColumnFor(const graph::PropertyValue& value, int self) const {
  return month_day_column >= 0 && IsMonthDay(value) ? month_day_column : self;
}

bool IsMonthDay(const graph::PropertyValue& value) {
  return value.is_temporal() &&
         value.as_temporal().kind == graph::TemporalProperty::Kind::kMonthDay;
}

void AddMonthDayColumns(std::vector<PropertyColumn>& columns) {
  std::set<std::string> taken;
  for (const auto& column : columns) taken.insert(column.name);
  const size_t count = columns.size();
  for (size_t i = 0; i < count; ++i) {
    if (columns[i].kinds != (kKindDate | kKindMonthDay)) continue;
    PropertyColumn month_days;
    month_days.key = columns[i].key;
    month_days.key_name = columns[i].key_name;
    month_days.kinds = kKindString;
    std::string name = columns[i].name + "MonthDay";
    for (int n = 2; taken.count(name); ++n)
      name = columns[i].name + "MonthDay_" + std::to_string(n);
    taken.insert(name);
    month_days.name = std::move(name);
    columns[i].month_day_column = static_cast<int>(columns.size());
    columns.push_back(std::move(month_days));
  }
}

bool PropertyColumn::IsTypedList(bool for_csv) const {
  return kinds == kKindList && !odd_list && !(for_csv && delimiter_in_list) &&
         (element_kinds == 0 || TypeOfKinds(element_kinds) != ScalarType::kString ||
          element_kinds == kKindString);
}

ScalarType PropertyColumn::ElementType() const {
  return element_kinds == 0 ? ScalarType::kString : TypeOfKinds(element_kinds);
}

PropertySchema PropertySchema::Collect(const graph::PropertyGraph& graph,
                                       const Selection& selection) {
  PropertySchema schema;
  schema.node_column_of_.assign(graph.symbol_count(), -1);
  schema.edge_column_of_.assign(graph.symbol_count(), -1);
  for (size_t i = 0; i < selection.node_count(); ++i) {
    Gather(graph, graph.node(selection.node(i)).properties, schema.node_columns_,
           schema.node_column_of_);
  }
  for (size_t i = 0; i < selection.edge_count(); ++i) {
    Gather(graph, graph.edge(selection.edge(i)).properties, schema.edge_columns_,
           schema.edge_column_of_);
  }
  SortByName(schema.node_columns_, schema.node_column_of_);
  SortByName(schema.edge_columns_, schema.edge_column_of_);
  return schema;
}

void AssignNames(std::vector<PropertyColumn>& columns, const std::set<std::string>& reserved,
                 const std::function<std::string(const std::string&)>& sanitize) {
  std::set<std::string> taken = reserved;
  for (auto& column : columns) {
    std::string name = sanitize(column.key_name);
    if (reserved.count(name)) name = sanitize("prop." + name);
    std::string candidate = name;
    for (int n = 2; taken.count(candidate); ++n) candidate = name + "_" + std::to_string(n);
    taken.insert(candidate);
    column.name = std::move(candidate);
  }
}

void AppendScalarText(const graph::PropertyValue& value, std::string& out) {
  if (value.is_bool()) {
    out += value.as_bool() ? "true" : "false";
  } else if (value.is_int()) {
    AppendInt(value.as_int(), out);
  } else if (value.is_double()) {
    const double d = value.as_double();
    if (std::isnan(d)) {
      out += "NaN";
    } else if (std::isinf(d)) {
      out += d > 0 ? "INF" : "-INF";
    } else {
      AppendDouble(d, out);
    }
  } else if (value.is_string()) {
    out += value.as_string();
  } else if (value.is_temporal()) {
    out += value.as_temporal().text;
  } else if (value.is_list()) {
    out += graph::ToJson(value);
  }
}

}  // namespace kg::exporter
