// Parser: query text -> Statement (ast.h).
//
//   Statement s = Parse("MATCH (n:Person) RETURN n.name");
//
// Recursive descent over the lexer's tokens, following the openCypher grammar
// for the subset kg implements: MATCH / OPTIONAL MATCH / UNWIND / WITH /
// RETURN / CREATE, UNION [ALL], patterns with variable-length relationships,
// shortestPath / allShortestPaths, and the full expression language.
// Clauses kg does not implement (DELETE, SET, MERGE, REMOVE, CALL, FOREACH,
// LOAD CSV, …) are refused by name with UnsupportedError.
//
// Throws SyntaxError (with the offending token's span) or UnsupportedError.
// Nesting deeper than kMaxParseDepth is a SyntaxError, never a stack overflow.
#pragma once

#include <string_view>

#include "query/ast.h"

namespace kg::query {

inline constexpr int kMaxParseDepth = 400;

Statement Parse(std::string_view text);

// A lone expression (used for --param values and tests).
ExprPtr ParseExpression(std::string_view text);

}  // namespace kg::query
