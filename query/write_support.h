// What the write operators (Create, Merge, Set/Remove, Delete) share: changes made
// through the statement's transaction (ExecContext::tx), counted in ExecContext::stats
// as the TCK counts side effects, and the name index kept right for the clauses after.
#pragma once

#include <optional>

#include "query/ast.h"
#include "query/exec_context.h"
#include "query/operator.h"

namespace kg::query {

// A node or relationship a write acts on.
struct WriteTarget {
  bool is_node = true;
  uint32_t index = 0;
};

// The entity `v` names; nullopt for null (writes to null do nothing). A deleted
// entity or a value of another type is an error pointing at `at`.
std::optional<WriteTarget> TargetOf(const Value& v, const Expr& at, const ExecContext& ctx);

// Whether a live node carries `label` now (the index's list, checked against the graph).
bool LabelCarried(const ExecContext& ctx, graph::SymbolId label);
// Call before adding `label` to a node or taking it away: remembers whether a live
// node carried it before the statement, for the labels added/removed counters.
void NoteLabelChange(ExecContext& ctx, graph::SymbolId label);

// Sets one property (null removes it), counting what changed.
void WriteProperty(ExecContext& ctx, WriteTarget target, graph::SymbolId key, const Value& value,
                   const Expr& at);
// SET n = map / n += map (and a node or relationship standing for its properties).
void WriteProperties(ExecContext& ctx, WriteTarget target, const Value& source, bool replace,
                     const Expr& at);
// Counts a node or relationship about to be deleted, with its properties.
void CountDeletion(ExecContext& ctx, WriteTarget target);
// One SET or REMOVE item, for the row in `env`.
void ApplySetItem(const SetItem& item, Env& env, ExecContext& ctx);

// The stored form of a CREATE / MERGE property map (null entries left out).
graph::Properties StoredProperties(const Expr* map, Env& env, ExecContext& ctx);

// Creates what `part` describes for one row (CREATE, and MERGE when nothing matched):
// variables at columns below `bound_width`, or already set in `row`, are existing
// nodes; the others are created and stored in `row` at their column.
void CreatePatternPart(const PatternPart& part, const std::vector<std::string>& columns,
                       size_t bound_width, Row& row, Env& env, ExecContext& ctx);

// Rebuilds the name index when a write made it stale.
void RefreshIndex(ExecContext& ctx);

// When the statement ends: the labels added / removed counters, and the check that
// no deleted node kept a relationship (ConstraintVerificationFailed otherwise).
void FinishWrites(ExecContext& ctx);

}  // namespace kg::query
