// kg's built-in procedures: Neo4j's introspection procedures (what drivers,
// browsers and notebooks call on connecting) and the graph algorithms of
// graph_algorithms.h. docs/query.md lists them with their options.
#include <algorithm>
#include <cmath>
#include <functional>
#include <set>

#include "query/graph_algorithms.h"
#include "query/procedure.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

using Body =
    std::function<void(const ValueList& args, ExecContext& ctx, std::vector<ValueList>& rows)>;

class BuiltinProcedure : public Procedure {
 public:
  BuiltinProcedure(ProcedureSignature signature, Body body)
      : signature_(std::move(signature)), body_(std::move(body)) {}
  const ProcedureSignature& signature() const override { return signature_; }
  void Call(const ValueList& args, ExecContext& ctx, std::vector<ValueList>& rows) const override {
    body_(args, ctx, rows);
  }

 private:
  ProcedureSignature signature_;
  Body body_;
};

[[noreturn]] void BadArgument(const std::string& procedure, const std::string& message) {
  throw RuntimeError("ArgumentError", "InvalidArgumentValue", procedure + ": " + message);
}

// The options map of an algorithm: typed reads with defaults, and an error for
// a key the procedure does not know (a misspelt option must not be ignored).
class Options {
 public:
  Options(const std::string& procedure, const Value& map, std::vector<std::string> known)
      : procedure_(procedure), known_(std::move(known)) {
    if (map.is_null()) return;
    for (const auto& [key, value] : map.as_map()) {
      if (std::find(known_.begin(), known_.end(), key) == known_.end()) {
        std::string list;
        for (const auto& k : known_) list += (list.empty() ? "" : ", ") + k;
        BadArgument(procedure_, "unknown option '" + key + "' (it takes " + list + ")");
      }
      if (!value.is_null()) values_.emplace_back(key, value);
    }
  }

  const Value* Get(const std::string& key) const {
    for (const auto& [k, v] : values_)
      if (k == key) return &v;
    return nullptr;
  }
  double Number(const std::string& key, double fallback, double low, double high) const {
    const Value* v = Get(key);
    if (!v) return fallback;
    if (!v->is_number() || !(v->as_number() >= low && v->as_number() <= high))
      BadArgument(procedure_, key + " must be a number from " + Show(low) + " to " + Show(high));
    return v->as_number();
  }
  int64_t Integer(const std::string& key, int64_t fallback, int64_t low) const {
    const Value* v = Get(key);
    if (!v) return fallback;
    if (!v->is_int() || v->as_int() < low)
      BadArgument(procedure_, key + " must be an integer of at least " + std::to_string(low));
    return v->as_int();
  }
  bool Bool(const std::string& key, bool fallback) const {
    const Value* v = Get(key);
    if (!v) return fallback;
    if (!v->is_bool()) BadArgument(procedure_, key + " must be true or false");
    return v->as_bool();
  }
  EdgeDirection Direction(EdgeDirection fallback) const {
    const Value* v = Get("direction");
    if (!v) return fallback;
    std::string d = v->is_string() ? v->as_string() : "";
    std::transform(d.begin(), d.end(), d.begin(), [](unsigned char c) { return std::toupper(c); });
    if (d == "OUT" || d == "OUTGOING") return EdgeDirection::kOut;
    if (d == "IN" || d == "INCOMING") return EdgeDirection::kIn;
    if (d == "BOTH" || d == "UNDIRECTED") return EdgeDirection::kBoth;
    BadArgument(procedure_, "direction must be 'OUT', 'IN' or 'BOTH'");
  }
  // A name or a list of names, as symbols of the graph (names it has never seen select nothing).
  std::optional<std::vector<graph::SymbolId>> Symbols(const std::string& key,
                                                      const graph::PropertyGraph& g) const {
    const Value* v = Get(key);
    if (!v) return std::nullopt;
    std::vector<Value> names;
    if (v->is_string()) {
      names.push_back(*v);
    } else if (v->is_list()) {
      names = v->as_list();
    }
    std::vector<graph::SymbolId> out;
    for (const Value& name : names) {
      if (!name.is_string())
        BadArgument(procedure_, key + " must be a string or a list of strings");
      if (auto id = g.FindSymbol(name.as_string())) out.push_back(*id);
    }
    if (names.empty() && !v->is_list())
      BadArgument(procedure_, key + " must be a string or a list of strings");
    return out;
  }
  Subgraph View(const graph::PropertyGraph& g) const {
    return Subgraph(g, Symbols("relationshipTypes", g), Symbols("nodeLabels", g));
  }

 private:
  static std::string Show(double x) {
    std::string s = std::to_string(x);
    while (s.size() > 1 && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }
  std::string procedure_;
  std::vector<std::string> known_;
  std::vector<std::pair<std::string, Value>> values_;
};

ProcedureField Out(std::string name, ProcedureType type) { return {std::move(name), type, {}}; }
ProcedureField Config() { return {"config", ProcedureType::kMap, Value::Map({})}; }

void AddIntrospection(ProcedureRegistry& registry) {
  // db.labels / relationshipTypes / propertyKeys: the names in use, sorted
  auto names =
      [](std::string output,
         std::function<void(const graph::PropertyGraph&, std::set<std::string>&)> collect) {
        return [output, collect](const ValueList&, ExecContext& ctx, std::vector<ValueList>& rows) {
          std::set<std::string> found;
          collect(*ctx.graph, found);
          for (const auto& name : found) rows.push_back({Value::String(name)});
        };
      };
  registry.Add(std::make_shared<BuiltinProcedure>(
      ProcedureSignature{"db.labels",
                         {},
                         {Out("label", ProcedureType::kString)},
                         "the labels of the graph's nodes"},
      names("label", [](const graph::PropertyGraph& g, std::set<std::string>& out) {
        for (graph::NodeIndex v = 0; v < g.node_count(); ++v)
          for (graph::SymbolId l : g.node(v).labels) out.insert(g.SymbolName(l));
      })));
  registry.Add(std::make_shared<BuiltinProcedure>(
      ProcedureSignature{"db.relationshipTypes",
                         {},
                         {Out("relationshipType", ProcedureType::kString)},
                         "the types of the graph's relationships"},
      names("relationshipType", [](const graph::PropertyGraph& g, std::set<std::string>& out) {
        for (graph::EdgeIndex e = 0; e < g.edge_count(); ++e)
          out.insert(g.SymbolName(g.edge(e).type));
      })));
  registry.Add(std::make_shared<BuiltinProcedure>(
      ProcedureSignature{"db.propertyKeys",
                         {},
                         {Out("propertyKey", ProcedureType::kString)},
                         "the property keys of the graph's nodes and relationships"},
      names("propertyKey", [](const graph::PropertyGraph& g, std::set<std::string>& out) {
        for (graph::NodeIndex v = 0; v < g.node_count(); ++v)
          for (const auto& [key, value] : g.node(v).properties) out.insert(g.SymbolName(key));
        for (graph::EdgeIndex e = 0; e < g.edge_count(); ++e)
          for (const auto& [key, value] : g.edge(e).properties) out.insert(g.SymbolName(key));
      })));
}

void AddAlgorithms(ProcedureRegistry& registry) {
  const std::vector<std::string> view = {"relationshipTypes", "nodeLabels"};
  auto with = [&](std::vector<std::string> more) {
    more.insert(more.end(), view.begin(), view.end());
    return more;
  };

  registry.Add(std::make_shared<BuiltinProcedure>(
      ProcedureSignature{
          "kg.degree",
          {Config()},
          {Out("node", ProcedureType::kNode), Out("degree", ProcedureType::kInteger)},
          "relationships at each node (direction 'BOTH' by default)"},
      [opts = with({"direction"})](const ValueList& args, ExecContext& ctx,
                                   std::vector<ValueList>& rows) {
        Options o("kg.degree", args[0], opts);
        Subgraph g = o.View(*ctx.graph);
        std::vector<int64_t> d = Degrees(g, o.Direction(EdgeDirection::kBoth), *ctx.budget);
        for (graph::NodeIndex v = 0; v < d.size(); ++v)
          if (d[v] >= 0) rows.push_back({Value::Node(v), Value::Int(d[v])});
      }));

  registry.Add(std::make_shared<BuiltinProcedure>(
      ProcedureSignature{"kg.pagerank",
                         {Config()},
                         {Out("node", ProcedureType::kNode), Out("score", ProcedureType::kFloat)},
                         "PageRank, scores summing to 1 (igraph's PRPACK definition)"},
      [opts = with({"damping", "maxIterations", "tolerance", "directed"})](
          const ValueList& args, ExecContext& ctx, std::vector<ValueList>& rows) {
        Options o("kg.pagerank", args[0], opts);
        PageRankOptions p;
        p.damping = o.Number("damping", p.damping, 0, 1);
        p.max_iterations = o.Integer("maxIterations", p.max_iterations, 1);
        p.tolerance = o.Number("tolerance", p.tolerance, 0, 1);
        p.directed = o.Bool("directed", p.directed);
        std::vector<double> score = PageRank(o.View(*ctx.graph), p, *ctx.budget);
        for (graph::NodeIndex v = 0; v < score.size(); ++v)
          if (!std::isnan(score[v])) rows.push_back({Value::Node(v), Value::Float(score[v])});
      }));

  registry.Add(std::make_shared<BuiltinProcedure>(
      ProcedureSignature{
          "kg.wcc",
          {Config()},
          {Out("node", ProcedureType::kNode), Out("componentId", ProcedureType::kInteger)},
          "weakly connected components, numbered 0, 1, … by their first node"},
      [opts = view](const ValueList& args, ExecContext& ctx, std::vector<ValueList>& rows) {
        Options o("kg.wcc", args[0], opts);
        std::vector<int64_t> component = WeakComponents(o.View(*ctx.graph), *ctx.budget);
        for (graph::NodeIndex v = 0; v < component.size(); ++v)
          if (component[v] >= 0) rows.push_back({Value::Node(v), Value::Int(component[v])});
      }));

  registry.Add(std::make_shared<BuiltinProcedure>(
      ProcedureSignature{"kg.betweenness",
                         {Config()},
                         {Out("node", ProcedureType::kNode), Out("score", ProcedureType::kFloat)},
                         "betweenness centrality (Brandes), exact or from a sample of sources"},
      [opts = with({"samples", "seed", "directed"})](const ValueList& args, ExecContext& ctx,
                                                     std::vector<ValueList>& rows) {
        Options o("kg.betweenness", args[0], opts);
        BetweennessOptions b;
        b.samples = o.Integer("samples", b.samples, 1);
        b.seed = static_cast<uint64_t>(o.Integer("seed", static_cast<int64_t>(b.seed), 0));
        b.directed = o.Bool("directed", b.directed);
        std::vector<double> score = Betweenness(o.View(*ctx.graph), b, *ctx.budget);
        for (graph::NodeIndex v = 0; v < score.size(); ++v)
          if (!std::isnan(score[v])) rows.push_back({Value::Node(v), Value::Float(score[v])});
      }));

  registry.Add(std::make_shared<BuiltinProcedure>(
      ProcedureSignature{"kg.bfs",
                         {{"start", ProcedureType::kNode, {}}, Config()},
                         {Out("node", ProcedureType::kNode), Out("depth", ProcedureType::kInteger)},
                         "nodes reachable from start, breadth first, with their distance"},
      [opts = with({"maxDepth", "direction"})](const ValueList& args, ExecContext& ctx,
                                               std::vector<ValueList>& rows) {
        Options o("kg.bfs", args[1], opts);
        if (args[0].is_null()) return;  // like a MATCH from a null node: nothing
        int64_t max_depth = o.Integer("maxDepth", -1, 0);
        std::vector<Reached> reached =
            BreadthFirst(o.View(*ctx.graph), args[0].as_node(), o.Direction(EdgeDirection::kBoth),
                         max_depth, *ctx.budget);
        for (const Reached& r : reached) rows.push_back({Value::Node(r.node), Value::Int(r.depth)});
      }));
}

}  // namespace

void AddBuiltinProcedures(ProcedureRegistry& registry) {
  AddIntrospection(registry);
  AddAlgorithms(registry);
}

}  // namespace kg::query
