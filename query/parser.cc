// Statement and clause level of the parser; see parser.h.
#include "query/parser.h"

#include "query/lexer.h"
#include "query/parser_internal.h"

namespace kg::query {

ExprPtr MakeExpr(ExprKind kind, size_t offset, size_t length) {
  auto e = std::make_unique<Expr>();
  e->kind = kind;
  e->offset = offset;
  e->length = length;
  return e;
}

Statement Parse(std::string_view text) { return internal::Parser(text).ParseStatement(); }

ExprPtr ParseExpression(std::string_view text) {
  return internal::Parser(text).ParseLoneExpression();
}

namespace internal {

Parser::Parser(std::string_view text) : text_(text), tokens_(Lex(text)) {}

Parser::DepthGuard::DepthGuard(Parser* parser) : p(parser) {
  if (++p->depth_ > kMaxParseDepth) p->Fail("query nested too deeply");
}

const Token& Parser::Peek(size_t k) const {
  size_t i = std::min(pos_ + k, tokens_.size() - 1);
  return tokens_[i];
}

const Token& Parser::Advance() {
  const Token& t = tokens_[pos_];
  if (pos_ + 1 < tokens_.size()) ++pos_;
  return t;
}

size_t Parser::LastEnd() const {
  if (pos_ == 0) return 0;
  const Token& t = tokens_[pos_ - 1];
  return t.offset + t.length;
}

bool Parser::AcceptKeyword(const char* keyword) {
  if (!AtKeyword(keyword)) return false;
  Advance();
  return true;
}

bool Parser::AcceptSymbol(const char* symbol) {
  if (!AtSymbol(symbol)) return false;
  Advance();
  return true;
}

void Parser::ExpectKeyword(const char* keyword) {
  if (!AcceptKeyword(keyword)) Fail(std::string("expected ") + keyword);
}

void Parser::ExpectSymbol(const char* symbol) {
  if (!AcceptSymbol(symbol)) Fail(std::string("expected '") + symbol + "'");
}

std::string Parser::ExpectName(const char* what) {
  if (Peek().kind != TokenKind::kIdentifier) Fail(std::string("expected ") + what);
  return Advance().text;
}

void Parser::FailAt(const Token& t, const std::string& code, const std::string& message) const {
  throw SyntaxError(code, message, t.offset, std::max<size_t>(t.length, 1));
}

void Parser::Fail(const std::string& message) const {
  const Token& t = Peek();
  std::string found = t.kind == TokenKind::kEnd
                          ? "end of input"
                          : "'" + std::string(text_.substr(t.offset, t.length)) + "'";
  FailAt(t, "UnexpectedSyntax", message + ", found " + found);
}

Statement Parser::ParseStatement() {
  Statement s;
  if (AcceptKeyword("EXPLAIN")) s.explain = true;
  if (AtKeyword("PROFILE")) throw UnsupportedError("PROFILE", Peek().offset, Peek().length);
  s.queries.push_back(ParseSingleQuery());
  while (AtKeyword("UNION")) {
    s.union_offsets.push_back(Peek().offset);
    Advance();
    s.union_all.push_back(AcceptKeyword("ALL"));
    s.queries.push_back(ParseSingleQuery());
  }
  AcceptSymbol(";");
  if (Peek().kind != TokenKind::kEnd) Fail("expected a clause or the end of the statement");
  return s;
}

ExprPtr Parser::ParseLoneExpression() {
  ExprPtr e = ParseExpr();
  if (Peek().kind != TokenKind::kEnd) Fail("expected the end of the expression");
  return e;
}

SingleQuery Parser::ParseSingleQuery() {
  SingleQuery q;
  // `}` closes an EXISTS { … } subquery
  while (Peek().kind != TokenKind::kEnd && !AtKeyword("UNION") && !AtSymbol(";") &&
         !AtSymbol("}")) {
    q.clauses.push_back(ParseClause());
  }
  if (q.clauses.empty()) Fail("expected a clause");
  return q;
}

void Parser::RefuseClause() {
  const Token& t = Peek();
  std::string name = t.text;
  for (auto& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (name == "DETACH" && AtKeyword("DELETE", 1)) name = "DETACH DELETE";
  if (name == "LOAD") name = "LOAD CSV";
  if (name == "CALL" && AtSymbol("{", 1)) name = "CALL { … } subquery";
  throw UnsupportedError("the " + name + " clause", t.offset, t.length);
}

Clause Parser::ParseClause() {
  Clause c;
  const Token& start = Peek();
  c.offset = start.offset;
  if (AtKeyword("CALL") && AtSymbol("{", 1)) RefuseClause();
  static const char* kRefused[] = {"FOREACH", "LOAD",  "USE",  "DROP",   "SHOW",  "START",
                                   "USING",   "GRANT", "DENY", "REVOKE", "ALTER", "FINISH"};
  for (const char* k : kRefused)
    if (AtKeyword(k)) RefuseClause();
  if (AtKeyword("OPTIONAL")) {
    Advance();
    if (!AtKeyword("MATCH")) Fail("expected MATCH after OPTIONAL");
    c.optional = true;
  }
  if (AcceptKeyword("MATCH")) {
    c.kind = ClauseKind::kMatch;
    c.pattern = ParsePattern();
    while (AtKeyword("USING")) RefuseClause();
    if (AcceptKeyword("WHERE")) c.where = ParseExpr();
  } else if (AcceptKeyword("UNWIND")) {
    c.kind = ClauseKind::kUnwind;
    c.expr = ParseExpr();
    ExpectKeyword("AS");
    c.alias = ExpectName("a variable name");
  } else if (AcceptKeyword("WITH")) {
    c.kind = ClauseKind::kWith;
    ParseProjection(c.projection, true);
  } else if (AcceptKeyword("RETURN")) {
    c.kind = ClauseKind::kReturn;
    ParseProjection(c.projection, false);
  } else if (AtKeyword("CREATE")) {
    if (AtKeyword("INDEX", 1) || AtKeyword("CONSTRAINT", 1) || AtKeyword("UNIQUE", 1) ||
        AtKeyword("OR", 1) || AtKeyword("DATABASE", 1))
      throw UnsupportedError("CREATE " + Peek(1).text, start.offset,
                             Peek(1).offset + Peek(1).length - start.offset);
    Advance();
    c.kind = ClauseKind::kCreate;
    c.pattern = ParsePattern();
  } else if (AcceptKeyword("CALL")) {
    c.kind = ClauseKind::kCall;
    ParseCall(c);
  } else if (AcceptKeyword("SET")) {
    c.kind = ClauseKind::kSet;
    ParseSetItems(c.set_items);
  } else if (AcceptKeyword("REMOVE")) {
    c.kind = ClauseKind::kRemove;
    ParseRemoveItems(c.set_items);
  } else if (AtKeyword("DELETE") || (AtKeyword("DETACH") && AtKeyword("DELETE", 1))) {
    c.kind = ClauseKind::kDelete;
    c.detach = AcceptKeyword("DETACH");
    ExpectKeyword("DELETE");
    do c.delete_exprs.push_back(ParseExpr());
    while (AcceptSymbol(","));
  } else if (AcceptKeyword("MERGE")) {
    c.kind = ClauseKind::kMerge;
    ParseMerge(c);
  } else {
    Fail(
        "expected a clause (MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN, CREATE, MERGE, SET, "
        "REMOVE, DELETE, CALL)");
  }
  c.length = LastEnd() - c.offset;
  return c;
}

// CALL ns.name(arguments) [YIELD * | YIELD output [AS alias], … [WHERE condition]];
// the parentheses may be left out, the arguments then come from parameters.
void Parser::ParseCall(Clause& c) {
  c.procedure_offset = Peek().offset;
  c.procedure_parts.push_back(ExpectName("a procedure name"));
  while (AcceptSymbol(".")) c.procedure_parts.push_back(ExpectName("a procedure name after '.'"));
  for (const auto& part : c.procedure_parts) c.procedure += (c.procedure.empty() ? "" : ".") + part;
  if (AcceptSymbol("(")) {
    c.explicit_arguments = true;
    if (!AtSymbol(")")) {
      do c.arguments.push_back(ParseExpr());
      while (AcceptSymbol(","));
    }
    ExpectSymbol(")");
  }
  if (!AcceptKeyword("YIELD")) return;
  c.has_yield = true;
  if (AcceptSymbol("*")) {
    c.yield_star = true;
    return;
  }
  do {
    YieldItem item;
    item.offset = Peek().offset;
    item.output = ExpectName("a procedure output");
    item.alias = AcceptKeyword("AS") ? ExpectName("a variable name") : item.output;
    item.length = LastEnd() - item.offset;
    c.yields.push_back(std::move(item));
  } while (AcceptSymbol(","));
  if (AcceptKeyword("WHERE")) c.where = ParseExpr();
}

void Parser::ParseProjection(Projection& p, bool is_with) {
  p.distinct = AcceptKeyword("DISTINCT");
  bool first = true;
  if (AcceptSymbol("*")) {
    p.star = true;
    first = false;
  }
  while (first || AcceptSymbol(",")) {
    first = false;
    ReturnItem item;
    size_t start = Peek().offset;
    item.expr = ParseExpr();
    if (AcceptKeyword("AS")) {
      item.alias = ExpectName("an alias");
      item.aliased = true;
    } else {
      item.alias = std::string(text_.substr(start, item.expr->offset + item.expr->length - start));
    }
    p.items.push_back(std::move(item));
  }
  if (AtKeyword("ORDER")) {
    Advance();
    ExpectKeyword("BY");
    do {
      SortItem s;
      s.expr = ParseExpr();
      if (AcceptKeyword("DESC") || AcceptKeyword("DESCENDING")) {
        s.descending = true;
      } else if (!AcceptKeyword("ASC")) {
        AcceptKeyword("ASCENDING");
      }
      p.order_by.push_back(std::move(s));
    } while (AcceptSymbol(","));
  }
  if (AcceptKeyword("SKIP")) p.skip = ParseExpr();
  if (AcceptKeyword("LIMIT")) p.limit = ParseExpr();
  if (is_with && AcceptKeyword("WHERE")) p.where = ParseExpr();
}

}  // namespace internal
}  // namespace kg::query
