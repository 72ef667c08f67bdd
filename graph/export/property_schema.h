// What the properties of a selection look like, gathered in one pass before a
// writer starts: for each property key of nodes and of relationships, the kinds
// of values seen, and from that the one type a typed format (GraphML attr.type,
// neo4j-admin header, Kùzu column) gives it. Also the export names of keys:
// formats reserve some names (`label`, `type`, `id`…), and a property whose name
// collides is renamed `prop.<name>`; names a format cannot carry are sanitised.
// Internal to export/: use export/exporter.h instead.
//
// Valid while the graph is not mutated. Thread-compatible.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "graph/export/selection.h"
#include "graph/store/property_graph.h"

namespace kg::exporter {

// kDate: ISO dates; typed formats write them as dates (neo4j-admin `:date`, Cypher
// `date('…')`, Kùzu DATE), the others as their ISO text.
enum class ScalarType { kBoolean, kLong, kDouble, kString, kDate };

// Bits of the value kinds seen for one key. Temporals other than dates and
// month-days count as strings (their ISO text).
inline constexpr uint8_t kKindBool = 1, kKindInt = 2, kKindDouble = 4, kKindString = 8,
                         kKindList = 16, kKindDate = 32, kKindMonthDay = 64;

struct PropertyColumn {
  graph::SymbolId key = 0;
  std::string key_name;            // the property's name in the graph
  std::string name;                // its name in the export (set by AssignNames)
  uint8_t kinds = 0;               // kKind* bits of the values
  uint8_t element_kinds = 0;       // kKind* bits of list elements
  bool odd_list = false;           // a list holds null or a nested list
  bool delimiter_in_list = false;  // a string element holds ';' (neo4j's array delimiter)
  // A date column that also holds year-less dates ('--06-28', which no date type can
  // hold) sends them to a string column beside it, `<name>MonthDay`: its position in
  // the columns, set by AddMonthDayColumns; -1 when there is none.
  int month_day_column = -1;

  // The type when lists are written as JSON text: boolean, long, double
  // (ints and doubles mixed), date (dates, maybe with year-less dates), or string
  // (anything else).
  ScalarType Type() const;
  // The column a value goes to: a year-less date to the month-day column when there is one.
  int ColumnFor(const graph::PropertyValue& value, int self) const;
  // True when every value is a list of one scalar kind (ints and doubles mixed
  // count as doubles) with no null or nested list: a LIST in Cypher. With
  // `for_csv`, also no ';' in a string element: a typed array in neo4j-admin.
  // ElementType() is then its element type.
  bool IsTypedList(bool for_csv) const;
  ScalarType ElementType() const;
};

class PropertySchema {
 public:
  static PropertySchema Collect(const graph::PropertyGraph& graph, const Selection& selection);

  // Columns sorted by key name.
  std::vector<PropertyColumn>& node_columns() { return node_columns_; }
  std::vector<PropertyColumn>& edge_columns() { return edge_columns_; }
  const std::vector<PropertyColumn>& node_columns() const { return node_columns_; }
  const std::vector<PropertyColumn>& edge_columns() const { return edge_columns_; }
  // Column position of a key, or -1 when no selected node/relationship has it.
  int NodeColumn(graph::SymbolId key) const {
    return key < node_column_of_.size() ? node_column_of_[key] : -1;
  }
  int EdgeColumn(graph::SymbolId key) const {
    return key < edge_column_of_.size() ? edge_column_of_[key] : -1;
  }

 private:
  std::vector<PropertyColumn> node_columns_;
  std::vector<PropertyColumn> edge_columns_;
  std::vector<int> node_column_of_;
  std::vector<int> edge_column_of_;
};

// Sets `name` of every column: `sanitize(key_name)`, prefixed "prop." when it is in
// `reserved`, and suffixed _2, _3… when two columns would share a name.
void AssignNames(std::vector<PropertyColumn>& columns, const std::set<std::string>& reserved,
                 const std::function<std::string(const std::string&)>& sanitize);

// For the typed formats: gives every date column that also holds year-less dates
// its `<name>MonthDay` string column (appended, named apart from `columns`' names).
// Call after AssignNames.
void AddMonthDayColumns(std::vector<PropertyColumn>& columns);

// True for a month-day value (a date whose year is unknown).
bool IsMonthDay(const graph::PropertyValue& value);

// The value as plain text (before any escaping): booleans true/false, integers
// in decimal, doubles in shortest round-trip form (non-finite: NaN, INF, -INF),
// strings as they are, lists as JSON. Valid in a column of the value's Type().
void AppendScalarText(const graph::PropertyValue& value, std::string& out);

}  // namespace kg::exporter
