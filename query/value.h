// Runtime values of the query engine: what expressions evaluate to and what
// result rows hold. Besides the storable property types (null, boolean,
// integer, float, string, list) a runtime value may be a map, a node, a
// relationship or a path. Nodes and relationships are positions in the graph
// being queried (graph::NodeIndex / EdgeIndex); they are only meaningful
// together with that graph and stay valid while it is not reloaded.
//
// Values are cheap to copy: lists, maps and paths share their immutable payload.
// Comparison, ordering and equality follow openCypher (see value_compare.h).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "graph/store/property_graph.h"
#include "query/temporal/temporal.h"

namespace kg::query {

class Value;
// What a value holds in memory, roughly: the value itself, a string's bytes, a list's or
// map's elements one level down (deeper levels were counted when they were built). For
// the memory budget (limits.h), never recursive.
size_t ApproxBytes(const Value& v);

class Value;
using ValueList = std::vector<Value>;
// Map entries sorted by key, keys unique.
using ValueMap = std::vector<std::pair<std::string, Value>>;

struct NodeRef {
  graph::NodeIndex index = 0;
};
struct RelRef {
  graph::EdgeIndex index = 0;
};
// A path alternates nodes and relationships: nodes.size() == rels.size() + 1.
struct PathData {
  std::vector<graph::NodeIndex> nodes;
  std::vector<graph::EdgeIndex> rels;
};

enum class ValueType {
  kNull,
  kBool,
  kInt,
  kFloat,
  kString,
  kList,
  kMap,
  kNode,
  kRelationship,
  kPath,
  kTemporal
};

// Name of a type as error messages show it ("Integer", "Node", …).
const char* TypeName(ValueType type);
// Same, but a temporal value names its kind ("Date", "Duration", …).
const char* TypeNameOf(const Value& v);

class Value {
 public:
  Value() = default;
  static Value Null() { return Value(); }
  static Value Bool(bool b) { return Value(Storage(b)); }
  static Value Int(int64_t i) { return Value(Storage(i)); }
  static Value Float(double d) { return Value(Storage(d)); }
  static Value String(std::string s) { return Value(Storage(std::move(s))); }
  static Value List(ValueList items);
  // Sorts the entries; a later duplicate key wins.
  static Value Map(ValueMap entries);
  static Value Node(graph::NodeIndex i) { return Value(Storage(NodeRef{i})); }
  static Value Relationship(graph::EdgeIndex i) { return Value(Storage(RelRef{i})); }
  static Value Path(PathData path);
  // A date, time, date-time or duration (query/temporal/temporal.h).
  static Value OfTemporal(Temporal t);

  ValueType type() const { return static_cast<ValueType>(v_.index()); }
  bool is_null() const { return v_.index() == 0; }
  bool is_bool() const { return type() == ValueType::kBool; }
  bool is_int() const { return type() == ValueType::kInt; }
  bool is_float() const { return type() == ValueType::kFloat; }
  bool is_number() const { return is_int() || is_float(); }
  bool is_string() const { return type() == ValueType::kString; }
  bool is_list() const { return type() == ValueType::kList; }
  bool is_map() const { return type() == ValueType::kMap; }
  bool is_node() const { return type() == ValueType::kNode; }
  bool is_relationship() const { return type() == ValueType::kRelationship; }
  bool is_path() const { return type() == ValueType::kPath; }
  bool is_temporal() const { return type() == ValueType::kTemporal; }

  bool as_bool() const { return std::get<bool>(v_); }
  int64_t as_int() const { return std::get<int64_t>(v_); }
  double as_float() const { return std::get<double>(v_); }
  // Integer or float as a double.
  double as_number() const { return is_int() ? static_cast<double>(as_int()) : as_float(); }
  const std::string& as_string() const { return std::get<std::string>(v_); }
  const ValueList& as_list() const { return *std::get<std::shared_ptr<const ValueList>>(v_); }
  const ValueMap& as_map() const { return *std::get<std::shared_ptr<const ValueMap>>(v_); }
  graph::NodeIndex as_node() const { return std::get<NodeRef>(v_).index; }
  graph::EdgeIndex as_relationship() const { return std::get<RelRef>(v_).index; }
  const PathData& as_path() const { return *std::get<std::shared_ptr<const PathData>>(v_); }
  const Temporal& as_temporal() const { return *std::get<std::shared_ptr<const Temporal>>(v_); }

  // Entry of a map value, or nullptr.
  const Value* Find(std::string_view key) const;

 private:
  using Storage =
      std::variant<std::monostate, bool, int64_t, double, std::string,
                   std::shared_ptr<const ValueList>, std::shared_ptr<const ValueMap>, NodeRef,
                   RelRef, std::shared_ptr<const PathData>, std::shared_ptr<const Temporal>>;
  explicit Value(Storage v) : v_(std::move(v)) {}
  Storage v_;
};

// Conversions between stored property values and runtime values. A runtime
// value that cannot be stored (a map, a node, a list holding one) yields
// nullopt from ToProperty.
Value FromProperty(const graph::PropertyValue& p);
std::optional<graph::PropertyValue> ToProperty(const Value& v);

}  // namespace kg::query
