// The executor's operators (see operator.h for the protocol). Each is small
// and lives in its own op_*.cc file:
//
//   NodeScan, Expand, VarExpand, ShortestPath   match patterns (op_scan, op_expand, …)
//   BuildPath                                   named paths p = (…)
//   Filter, Project, Trim, Unwind               row-at-a-time
//   Optional                                    OPTIONAL MATCH (an Apply)
//   Aggregate, Distinct, Sort, SkipLimit        projections (WITH, RETURN)
//   ProcedureCall                               CALL (op_call)
//   Union, Discard                              statement shape
//   Create, Merge, Set, Delete                  writes (write_operators.h)
#pragma once

#include <optional>
#include <set>

#include "query/ast.h"
#include "query/operator.h"
#include "query/pattern_checks.h"
#include "query/procedure.h"
#include "query/write_operators.h"

namespace kg::query {

// ---- pattern matching ----

// How NodeScan finds its candidates before checking the constraint.
struct NodeLookup {
  enum class Kind { kAll, kLabel, kName, kId };
  Kind kind = Kind::kAll;
  std::string label;            // kLabel
  std::string key;              // kName: a NameIndex key (name, title, number)
  const Expr* value = nullptr;  // kName: the compared value; kId: the id
};

// Binds a new node variable to every node that satisfies the constraint, or —
// when `bound_column` >= 0 — checks the node already in that column.
class NodeScanOp : public Operator {
 public:
  NodeScanOp(OperatorPtr child, std::string var, NodeConstraint constraint, NodeLookup lookup);
  static OperatorPtr Check(OperatorPtr child, int column, NodeConstraint constraint);
  void Open(ExecContext& ctx) override;
  bool Next(Row& out) override;
  std::string Describe() const override;

 private:
  bool NextInput();
  NodeConstraint constraint_;
  NodeLookup lookup_;
  int bound_column_ = -1;
  std::string var_;
  Row input_;
  bool have_input_ = false;
  ResolvedNode resolved_;
  std::vector<graph::NodeIndex> candidates_;
  const std::vector<graph::NodeIndex>* source_ = &candidates_;  // candidates_ or an index list
  bool scan_all_ = false;
  size_t pos_ = 0, end_ = 0;
};

// Relationship-uniqueness inside one MATCH: the columns holding relationships
// (single or lists from variable-length patterns) matched earlier in the clause.
struct Uniqueness {
  std::vector<int> single;
  std::vector<int> lists;
  bool Excludes(const Row& row, graph::EdgeIndex e) const;
};

struct ExpandSpec {
  int from = 0;         // column of the node expanded from
  std::string rel_var;  // the new column, when rel_column < 0
  int rel_column = -1;  // a relationship bound before
  std::string to_var;   // the new column, when to_column < 0
  int to_column = -1;   // a node bound before
  RelConstraint rel;
  NodeConstraint to;
  Uniqueness unique;
  // When not empty: instead of a row per relationship, one row per input row that
  // has any, with this column holding how many (an Int). The planner asks for it
  // when only count(…) reads the hop's relationship and far node.
  std::string count_var;
};

// One hop: (from)-[rel]-(to); or, with spec.count_var, how many such hops.
class ExpandOp : public Operator {
 public:
  ExpandOp(OperatorPtr child, ExpandSpec spec);
  void Open(ExecContext& ctx) override;
  bool Next(Row& out) override;
  std::string Describe() const override;

 private:
  bool NextInput();
  ExpandSpec spec_;
  Row input_;
  ResolvedRel rel_;
  ResolvedNode to_;
  std::vector<std::pair<graph::EdgeIndex, graph::NodeIndex>> candidates_;
  size_t pos_ = 0;
};

struct VarExpandSpec {
  ExpandSpec hop;  // rel_var names the list column
  int64_t min_hops = 1;
  int64_t max_hops = 1;
  bool reversed = false;  // matched right to left: store the list reversed
};

// (from)-[rels*min..max]-(to): every relationship-unique walk, depth first.
class VarExpandOp : public Operator {
 public:
  VarExpandOp(OperatorPtr child, VarExpandSpec spec);
  void Open(ExecContext& ctx) override;
  bool Next(Row& out) override;
  std::string Describe() const override;

 private:
  struct Frame {
    std::vector<std::pair<graph::EdgeIndex, graph::NodeIndex>> next;
    size_t pos = 0;
  };
  bool NextInput();
  bool Emit(graph::NodeIndex at, Row& out);
  void PushFrame(graph::NodeIndex node);
  VarExpandSpec spec_;
  Row input_;
  ResolvedRel rel_;
  ResolvedNode to_;
  std::vector<Frame> stack_;
  std::vector<graph::EdgeIndex> path_;
  bool have_input_ = false;
  bool zero_pending_ = false;
  bool bound_pending_ = false;  // a bound list checked as a walk, to emit once
  graph::NodeIndex bound_end_ = 0;
  const graph::CsrGraph* topology_ = nullptr;
  graph::NodeIndex start_ = 0;
};

// (from)-[*min..max]-(to) when only the distinct end nodes matter (the planner checks that
// the next projection is DISTINCT or aggregates only with DISTINCT / min / max): a
// breadth-first search with a visited set gives each reachable end once, in time linear in
// what it reaches, where VarExpand would enumerate every walk. min is 0 or 1; the start
// node itself is an end for min 1 only when a closed walk of at most max relationships
// returns to it (a cycle through it, found from the BFS tree).
class ReachOp : public Operator {
 public:
  ReachOp(OperatorPtr child, VarExpandSpec spec);
  void Open(ExecContext& ctx) override;
  bool Next(Row& out) override;
  std::string Describe() const override;

 private:
  // Breadth first from start; with a target (a bound end), it stops once it finds it.
  void Search(graph::NodeIndex start, std::optional<graph::NodeIndex> target);
  bool StartOnCycle(graph::NodeIndex start);
  VarExpandSpec spec_;
  Row input_;
  ResolvedRel rel_;
  ResolvedNode to_;
  std::vector<graph::NodeIndex> reached_;  // the ends for the current input row
  size_t pos_ = 0;
  // per node, valid for the nodes in visited_: distance, the relationship it was
  // discovered by, and the start's neighbour its tree path passes (its branch)
  std::vector<int32_t> depth_;
  std::vector<graph::EdgeIndex> tree_edge_;
  std::vector<graph::NodeIndex> branch_;
  std::vector<graph::NodeIndex> visited_;
};

// Per-element conditions that a shortest-path search applies while it searches.
struct PathPredicate {
  enum class Over { kNodes, kRelationships };
  Over over = Over::kNodes;
  bool negated = false;  // none(x IN … WHERE p) instead of all(…)
  std::string var;
  const Expr* condition = nullptr;
};

struct ShortestPathSpec {
  int from = 0, to = 0;  // columns of the bound end nodes
  std::string path_var;  // may be hidden
  std::string rel_var;   // the relationship list, may be hidden
  RelConstraint rel;
  int64_t min_hops = 1;
  int64_t max_hops = 1;
  bool all = false;
  std::vector<PathPredicate> predicates;
};

// shortestPath / allShortestPaths by bidirectional breadth-first search.
class ShortestPathOp : public Operator {
 public:
  ShortestPathOp(OperatorPtr child, ShortestPathSpec spec);
  void Open(ExecContext& ctx) override;
  bool Next(Row& out) override;
  std::string Describe() const override;

 private:
  bool NextInput();
  ShortestPathSpec spec_;
  Row input_;
  std::vector<PathData> paths_;
  size_t pos_ = 0;
};

// Builds a named path from the pattern's node and relationship columns.
struct PathElement {
  int column = 0;
  bool is_list = false;  // a variable-length relationship list
};
class BuildPathOp : public Operator {
 public:
  BuildPathOp(OperatorPtr child, std::string var, int first_node, std::vector<PathElement> rels);
  bool Next(Row& out) override;
  std::string Describe() const override;

 private:
  int first_node_;
  std::vector<PathElement> rels_;
};

// ---- row at a time ----

class FilterOp : public Operator {
 public:
  FilterOp(OperatorPtr child, const Expr* condition);
  bool Next(Row& out) override;
  std::string Describe() const override;

 private:
  const Expr* condition_;
};

struct ProjectItem {
  std::string name;
  const Expr* expr = nullptr;
};

// Computes `items`; with keep_input the child's columns follow them (so that a
// later ORDER BY can still see the variables of before the projection).
class ProjectOp : public Operator {
 public:
  ProjectOp(OperatorPtr child, std::vector<ProjectItem> items, bool keep_input);
  bool Next(Row& out) override;
  std::string Describe() const override;

 private:
  std::vector<ProjectItem> items_;
  bool keep_input_;
  Row input_;
};

// Keeps the first `count` columns.
class TrimOp : public Operator {
 public:
  TrimOp(OperatorPtr child, size_t count);
  bool Next(Row& out) override;
  std::string Describe() const override;
};

class UnwindOp : public Operator {
 public:
  UnwindOp(OperatorPtr child, const Expr* list, std::string var);
  void Open(ExecContext& ctx) override;
  bool Next(Row& out) override;
  std::string Describe() const override;

 private:
  const Expr* list_;
  Row input_;
  Value items_;
  size_t pos_ = 0, size_ = 0;
};

// OPTIONAL MATCH: for each outer row, the inner plan's rows, or the outer row
// with nulls for the new columns when the inner plan has none.
class OptionalOp : public Operator {
 public:
  OptionalOp(OperatorPtr outer, OperatorPtr inner, ArgumentOp* argument);
  void Open(ExecContext& ctx) override;
  bool Next(Row& out) override;
  std::string Describe() const override;
  std::vector<const Operator*> Children() const override;

 private:
  OperatorPtr inner_;
  ArgumentOp* argument_;
  Row outer_row_;
  bool have_outer_ = false;
  bool matched_ = false;
};

// ---- projections ----

// Groups by `keys` and computes every aggregate call found in `outputs` and
// `extras`; each is evaluated once per group, against a representative input
// row. Extras (ORDER BY keys) also see the outputs by name, as locals.
class AggregateOp : public Operator {
 public:
  ~AggregateOp() override;
  // weight_column >= 0: the child's column holding how many matches each input row
  // stands for (an Expand counting hops); every aggregate call is then a count of
  // values that cannot be null, and adds that many.
  // keep_rows false: no output or extra reads the input's variables except as keys (the
  // planner checks), so no representative input row is kept per group.
  AggregateOp(OperatorPtr child, std::vector<ProjectItem> keys, std::vector<ProjectItem> outputs,
              std::vector<ProjectItem> extras, int weight_column = -1, bool keep_rows = true);
  void Open(ExecContext& ctx) override;
  bool Next(Row& out) override;
  std::string Describe() const override;

 private:
  void Run();
  std::vector<ProjectItem> keys_;
  std::vector<ProjectItem> outputs_;
  std::vector<ProjectItem> extras_;
  std::vector<const Expr*> calls_;  // aggregate calls inside outputs and extras
  int weight_column_;
  bool keep_rows_;
  // The groups, once the input is consumed; each output row is made when asked for,
  // so a LIMIT after a sort keeps k rows, not one per group.
  struct State;
  std::unique_ptr<State> state_;
  size_t pos_ = 0;
};

// Drops rows equal (Cypher equivalence) to an earlier one on the first `width` columns.
class DistinctOp : public Operator {
 public:
  DistinctOp(OperatorPtr child, size_t width);
  void Open(ExecContext& ctx) override;
  bool Next(Row& out) override;
  std::string Describe() const override;

 private:
  size_t width_;
  struct State;
  std::shared_ptr<State> seen_;
};

struct SortKey {
  const Expr* expr = nullptr;
  bool descending = false;
};

// ORDER BY: holds its input, then yields it sorted. Given the projection's SKIP and
// LIMIT (constant expressions) it keeps only the first SKIP + LIMIT rows (a top-k heap).
class SortOp : public Operator {
 public:
  SortOp(OperatorPtr child, std::vector<SortKey> keys, const Expr* skip = nullptr,
         const Expr* limit = nullptr);
  void Open(ExecContext& ctx) override;
  bool Next(Row& out) override;
  std::string Describe() const override;

 private:
  void Run();
  std::vector<SortKey> keys_;
  const Expr* skip_;
  const Expr* limit_;
  size_t held_bytes_ = 0;  // charged to the memory budget
  std::vector<Row> rows_;
  size_t pos_ = 0;
  bool done_ = false;
};

// SKIP and LIMIT: constant expressions, evaluated when the operator opens.
// With `drain`, the child is run to its end even after the limit (a CREATE
// upstream must make all of its changes).
class SkipLimitOp : public Operator {
 public:
  SkipLimitOp(OperatorPtr child, const Expr* skip, const Expr* limit, bool drain = false);
  void Open(ExecContext& ctx) override;
  bool Next(Row& out) override;
  std::string Describe() const override;

 private:
  const Expr* skip_;
  const Expr* limit_;
  bool drain_;
  int64_t to_skip_ = 0;
  int64_t remaining_ = -1;  // -1: no limit
};

// ---- procedures ----

struct ProcedureCallSpec {
  const Procedure* procedure = nullptr;
  std::vector<const Expr*> arguments;      // as written; defaults fill the rest
  bool arguments_from_parameters = false;  // CALL name without parentheses
  std::vector<size_t> outputs;             // the output yielded into each new column
  size_t offset = 0, length = 0;           // the clause, for errors
};

// CALL: for each input row, the procedure's result rows, each appended with the
// yielded outputs. A void procedure (no outputs) passes each input row through once.
class ProcedureCallOp : public Operator {
 public:
  ProcedureCallOp(OperatorPtr child, ProcedureCallSpec spec, std::vector<std::string> new_columns);
  void Open(ExecContext& ctx) override;
  bool Next(Row& out) override;
  std::string Describe() const override;

 private:
  void CallFor(const Row& input);
  ProcedureCallSpec spec_;
  Row input_;
  std::vector<ValueList> results_;
  size_t pos_ = 0;
  size_t held_bytes_ = 0;  // charged to the memory budget
};

// ---- writes and statement shape ----

// CREATE, MERGE, SET / REMOVE, DELETE: write_operators.h.

// UNION ALL of the branches in turn (UNION = this under a Distinct).
class UnionOp : public Operator {
 public:
  explicit UnionOp(std::vector<OperatorPtr> branches);
  void Open(ExecContext& ctx) override;
  bool Next(Row& out) override;
  std::string Describe() const override;
  std::vector<const Operator*> Children() const override;

 private:
  std::vector<OperatorPtr> branches_;
  size_t current_ = 0;
};

// Runs the child to the end and yields nothing (a query ending in CREATE).
class DiscardOp : public Operator {
 public:
  explicit DiscardOp(OperatorPtr child);
  bool Next(Row& out) override;
  std::string Describe() const override;
};

}  // namespace kg::query
