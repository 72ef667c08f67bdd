// The Cypher export, run through kg's own query engine into an empty graph,
// rebuilds the graph it was written from.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "graph/export/escape.h"
#include "graph/export/exporter.h"
#include "graph/store/value.h"
#include "query/engine.h"
#include "query/query_error.h"
#include "tests/graph/export/fixture_graph.h"

namespace kg::graph {
// gtest shows values as JSON
void PrintTo(const PropertyValue& v, std::ostream* os) { *os << ToJson(v); }
}  // namespace kg::graph

namespace kg::exporter {
namespace {

using graph::PropertyGraph;
using graph::PropertyValue;

// The statements of a kg Cypher script: comment lines skipped, statements end
// with ';' at the end of a line (string literals never hold a raw line break).
std::vector<std::string> Statements(const std::string& script) {
  std::vector<std::string> out;
  std::istringstream in(script);
  std::string line, statement;
  while (std::getline(in, line)) {
    if (line.rfind("//", 0) == 0) continue;
    statement += line + "\n";
    if (!line.empty() && line.back() == ';') {
      statement.erase(statement.size() - 2);  // the ';' and the line break
      out.push_back(std::move(statement));
      statement.clear();
    }
  }
  EXPECT_TRUE(statement.empty()) << "unterminated: " << statement;
  return out;
}

// What the script must carry of a value: NaN is left out (Cypher has no NaN
// literal), lists of mixed kinds become JSON text (Neo4j stores only lists of
// one kind), lists of integers and floats become lists of floats, invalid
// UTF-8 is repaired.
std::optional<PropertyValue> Expected(const PropertyValue& v) {
  if (v.is_double() && std::isnan(v.as_double())) return std::nullopt;
  if (v.is_string()) {
    std::string storage;
    return std::string(ValidUtf8(v.as_string(), storage));
  }
  if (!v.is_list()) return v;
  bool ints = false, doubles = false, others = false;
  for (const auto& item : v.as_list()) {
    ints |= item.is_int();
    doubles |= item.is_double();
    others |= !item.is_int() && !item.is_double();
  }
  std::set<size_t> kinds;  // variant alternatives seen
  for (const auto& item : v.as_list()) kinds.insert(item.v.index());
  if (ints && doubles && !others) {
    graph::PropertyList as_doubles;
    for (const auto& item : v.as_list())
      as_doubles.push_back(item.is_int() ? static_cast<double>(item.as_int()) : item.as_double());
    return as_doubles;
  }
  if (kinds.size() > 1) return graph::ToJson(v);
  return v;
}

// Properties by name, kgId taken out.
std::map<std::string, PropertyValue> Named(const PropertyGraph& g, const graph::Properties& props,
                                           bool expected) {
  std::map<std::string, PropertyValue> out;
  for (const auto& [key, value] : props) {
    if (g.SymbolName(key) == "kgId") continue;
    if (!expected) {
      out[g.SymbolName(key)] = value;
    } else if (auto v = Expected(value)) {
      out[g.SymbolName(key)] = *v;
    }
  }
  return out;
}

std::vector<std::string> Labels(const PropertyGraph& g, graph::NodeIndex n) {
  std::vector<std::string> out;
  for (auto l : g.node(n).labels) out.push_back(g.SymbolName(l));
  return out;
}

std::string KgId(const PropertyGraph& g, const graph::Properties& props) {
  auto key = g.FindSymbol("kgId");
  const PropertyValue* v = key ? graph::FindProperty(props, *key) : nullptr;
  return v && v->is_string() ? v->as_string() : std::string();
}

// Runs the script of `original` into an empty graph and compares the two.
void ExpectRoundTrip(const PropertyGraph& original, bool with_sources) {
  std::ostringstream script;
  ExportOptions options{.format = Format::kCypher, .with_provenance = with_sources};
  ASSERT_TRUE(ExportToStream(original, Selection::All(original), options, script).ok());

  PropertyGraph rebuilt;
  query::Engine engine(rebuilt);
  for (const std::string& statement : Statements(script.str())) {
    try {
      engine.Run(statement);
    } catch (const query::QueryError& e) {
      FAIL() << e.what() << "\nin: " << statement;
    }
  }
  ASSERT_EQ(rebuilt.node_count(), original.node_count());
  ASSERT_EQ(rebuilt.edge_count(), original.edge_count());
  auto rebuilt_props = [&](const graph::Properties& props) {
    auto named = Named(rebuilt, props, false);
    if (with_sources) {
      EXPECT_TRUE(named.count("articles") && named["articles"].is_list());
      EXPECT_TRUE(named.count("evidence") && named["evidence"].is_string());
      named.erase("articles");
      named.erase("evidence");
    }
    return named;
  };
  std::map<std::string, graph::NodeIndex> by_id;
  for (graph::NodeIndex n = 0; n < rebuilt.node_count(); ++n)
    by_id[KgId(rebuilt, rebuilt.node(n).properties)] = n;
  for (graph::NodeIndex n = 0; n < original.node_count(); ++n) {
    const std::string id = "n" + std::to_string(original.node(n).id);
    ASSERT_TRUE(by_id.count(id)) << id;
    const graph::NodeIndex m = by_id[id];
    EXPECT_EQ(Labels(rebuilt, m), Labels(original, n)) << id;
    EXPECT_EQ(rebuilt_props(rebuilt.node(m).properties),
              Named(original, original.node(n).properties, true))
        << id;
  }
  std::map<std::string, graph::EdgeIndex> edges;
  for (graph::EdgeIndex e = 0; e < rebuilt.edge_count(); ++e)
    edges[KgId(rebuilt, rebuilt.edge(e).properties)] = e;
  for (graph::EdgeIndex e = 0; e < original.edge_count(); ++e) {
    const auto& want = original.edge(e);
    const std::string id = "e" + std::to_string(want.id);
    ASSERT_TRUE(edges.count(id)) << id;
    const auto& got = rebuilt.edge(edges[id]);
    EXPECT_EQ(rebuilt.SymbolName(got.type), original.SymbolName(want.type)) << id;
    EXPECT_EQ(KgId(rebuilt, rebuilt.node(got.source).properties),
              "n" + std::to_string(original.node(want.source).id));
    EXPECT_EQ(KgId(rebuilt, rebuilt.node(got.target).properties),
              "n" + std::to_string(original.node(want.target).id));
    EXPECT_EQ(rebuilt_props(got.properties), Named(original, want.properties, true)) << id;
  }
}

TEST(CypherRoundTrip, KgEngineRebuildsTheFixtureGraph) {
  ExpectRoundTrip(*testing::MakeFixtureGraph(), false);
}

TEST(CypherRoundTrip, WithSources) { ExpectRoundTrip(*testing::MakeFixtureGraph(), true); }

TEST(CypherRoundTrip, SeveralCreateBatches) {
  ExpectRoundTrip(*testing::MakeLargeGraph(250, 700), false);
}

}  // namespace
}  // namespace kg::exporter
