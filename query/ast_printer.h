// Prints an AST back as query text. The output is canonical — keywords upper
// case, every operator application parenthesised, one space between tokens —
// and parses back to an equal tree, so Print(Parse(Print(Parse(q)))) ==
// Print(Parse(q)) for every query q that parses (the round-trip test checks it).
#pragma once

#include <string>

#include "query/ast.h"

namespace kg::query {

std::string PrintStatement(const Statement& statement);
std::string PrintSingleQuery(const SingleQuery& query);
std::string PrintExpr(const Expr& expr);
std::string PrintPatternPart(const PatternPart& part);
// A string literal with quotes and escapes, as the lexer reads it back.
std::string QuoteString(const std::string& s);
// An identifier, in backticks when it is not a plain one.
std::string QuoteName(const std::string& name);

}  // namespace kg::query
