// The query module's front door: run openCypher statements against a graph.
//
//   kg::query::Engine engine(graph);
//   QueryResult r = engine.Run("MATCH (p:Person) WHERE fold(p.name) = fold($q) RETURN p.name",
//                              {{"q", Value::String("nguyen xuan ky")}});
//
// Each Run goes lexer -> parser -> binder -> planner -> executor (see
// docs/query.md). A failure at any stage throws a QueryError (query_error.h):
// SyntaxError, BindError, UnsupportedError, RuntimeError or BudgetError, each
// with the byte span of the statement it points at (RenderError shows it).
// A statement that fails part-way through its writes changes nothing: what it did
// is undone. Nodes and relationships in a QueryResult are positions in the graph,
// valid until the next Run (which first drops what earlier statements deleted).
//
// Values in a QueryResult that are nodes, relationships or paths refer to the
// engine's graph by position: they stay valid while the graph lives and is not
// reloaded.
//
// Not thread-safe: one statement at a time per Engine (CREATE mutates the graph).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/store/property_graph.h"
#include "query/exec_context.h"
#include "query/limits.h"
#include "query/name_index.h"
#include "query/procedure.h"
#include "query/unknown_names.h"
#include "query/value.h"

namespace kg::query {

struct QueryResult {
  std::vector<std::string> columns;
  std::vector<ValueList> rows;
  WriteStats stats;
  // labels, types and property keys the statement reads but the graph has never seen
  std::vector<NameWarning> warnings;
  std::string plan;  // EXPLAIN: the plan instead of rows
};

class Engine {
 public:
  // `graph` must outlive the engine. Builds the name index (a pass over the nodes).
  explicit Engine(graph::PropertyGraph& graph);

  QueryResult Run(std::string_view statement, const Params& params = {}, const Limits& limits = {});

  // The plan Run would execute, as text (EXPLAIN).
  std::string Explain(std::string_view statement, const Params& params = {},
                      const Limits& limits = {});

  // Rebuilds the name index, after labels or indexed properties of existing
  // nodes were changed outside the engine.
  void Reindex();

  // The evidence everything this engine's writes create or change carries: by default
  // manual (kManualArticle); `kg build --corrections` gives each statement its own
  // "correction:FILE:LINE" record.
  void SetWriteEvidence(graph::Evidence evidence) { write_evidence_ = evidence; }

  const NameIndex& index() const { return index_; }
  // What CALL may name: kg's built-ins, and whatever a caller adds.
  ProcedureRegistry& procedures() { return procedures_; }
  graph::PropertyGraph& graph() { return graph_; }

 private:
  graph::PropertyGraph& graph_;
  NameIndex index_;
  ProcedureRegistry procedures_;
  graph::Evidence write_evidence_;
};

}  // namespace kg::query
