// Binder: the semantic checks between parsing and planning. It walks the
// statement with the variables in scope and rejects what the parser cannot
// see — undefined or conflicting variables, misplaced aggregates, bad clause
// order, UNION column mismatches, wrong function arities, constant type errors
// (properties(1), type(node)) — with the error codes the openCypher TCK uses
// (BindError, category SyntaxError as the TCK files them).
//
// It also records, for every pattern predicate, pattern comprehension and
// EXISTS { … } subquery, the names in scope where it stands (row variables and
// comprehension locals): the planner gives its sub-plan exactly those as its
// argument. An EXISTS subquery is bound as a query starting from that scope; it
// may not write and needs no RETURN.
//
// CALL clauses are checked against the procedures' signatures (argument count
// and types, outputs, YIELD names).
//
// Bind does not touch the graph; it reads `params` only to report a missing
// parameter before anything runs.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "query/ast.h"
#include "query/exec_context.h"
#include "query/procedure.h"

namespace kg::query {

// What the binder knows statically about a variable or an expression.
enum class StaticType {
  kAny,
  kNode,
  kRelationship,
  kRelationshipList,
  kPath,
  kList,
  kMap,
  kBool,
  kInt,
  kFloat,
  kString,
  kNull
};
const char* StaticTypeName(StaticType t);

struct BoundStatement {
  std::unordered_map<const Expr*, std::vector<std::string>> pattern_scopes;
  // each CALL clause's procedure, found in the registry
  std::unordered_map<const Clause*, const Procedure*> procedures;
};

// `procedures`: what CALL may name (an Engine passes its registry).
BoundStatement Bind(const Statement& statement, const Params& params,
                    const ProcedureRegistry& procedures);

}  // namespace kg::query
