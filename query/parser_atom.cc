// Atoms of the expression grammar: literals, parameters, variables, function
// calls, CASE, list/map literals, comprehensions, quantifiers, pattern
// predicates and map projections; see parser.h.
#include "query/functions.h"
#include "query/parser_internal.h"

namespace kg::query::internal {
namespace {

bool IsReservedWord(const Token& t) {
  static const char* kReserved[] = {"MATCH",    "RETURN", "WITH",  "WHERE",  "UNWIND", "CREATE",
                                    "OPTIONAL", "ORDER",  "SKIP",  "LIMIT",  "UNION",  "DELETE",
                                    "DETACH",   "SET",    "MERGE", "REMOVE", "AS",     "THEN",
                                    "ELSE",     "END",    "WHEN"};
  for (const char* k : kReserved)
    if (t.IsKeyword(k)) return true;
  return false;
}

}  // namespace

ExprPtr Parser::ParseAtom() {
  DepthGuard guard(this);
  const Token& t = Peek();
  size_t start = t.offset;
  switch (t.kind) {
    case TokenKind::kInteger:
    case TokenKind::kFloat: return ParseNumber(false, start);
    case TokenKind::kString: {
      auto e = MakeExpr(ExprKind::kLiteral, start, t.length);
      e->literal = Value::String(Advance().text);
      return e;
    }
    case TokenKind::kParameter: {
      auto e = MakeExpr(ExprKind::kParameter, start, t.length);
      e->name = Advance().text;
      return e;
    }
    case TokenKind::kSymbol:
      if (t.text == "(") return ParseParenthesized();
      if (t.text == "[") return ParseBracket();
      if (t.text == "{") return ParseMapLiteral();
      Fail("expected an expression");
    case TokenKind::kIdentifier: return ParseFunctionOrVariable();
    case TokenKind::kEnd: Fail("expected an expression");
  }
  Fail("expected an expression");
}

ExprPtr Parser::ParseMapLiteral() {
  size_t start = Peek().offset;
  ExpectSymbol("{");
  auto e = MakeExpr(ExprKind::kMap, start);
  if (!AtSymbol("}")) {
    do {
      if (Peek().kind == TokenKind::kString) {
        e->names.push_back(Advance().text);
      } else {
        e->names.push_back(ExpectName("a property key"));
      }
      ExpectSymbol(":");
      e->children.push_back(ParseExpr());
    } while (AcceptSymbol(","));
  }
  ExpectSymbol("}");
  Finish(*e, start);
  return e;
}

ExprPtr Parser::ParseParenthesized() {
  size_t start = Peek().offset;
  // (a)-->(b) as a boolean when the tokens read as a pattern with a relationship,
  // else ( expr ); the lookahead decides, so a text nested n deep is read once
  size_t rels = 0;
  if (ScanPatternElement(Mark(), &rels) != kNotAPattern && rels > 0) {
    PatternPart part;
    part.offset = start;
    ParsePatternElement(part);
    part.length = LastEnd() - start;
    auto e = MakeExpr(ExprKind::kPatternPredicate, start);
    e->pattern = std::make_shared<PatternPart>(std::move(part));
    Finish(*e, start);
    return e;
  }
  Advance();
  ExprPtr inner = ParseExpr();
  ExpectSymbol(")");
  // keep the parentheses in the span so column names read as written
  inner->offset = std::min(inner->offset, start);
  Finish(*inner, start);
  return inner;
}

ExprPtr Parser::ParseBracket() {
  size_t start = Peek().offset;
  // [x IN list WHERE … | …]
  if (Peek(1).kind == TokenKind::kIdentifier && AtKeyword("IN", 2)) {
    Advance();
    auto e = MakeExpr(ExprKind::kListComprehension, start);
    e->name = Advance().text;
    Advance();
    e->children.push_back(ParseExpr());
    e->children.push_back(AcceptKeyword("WHERE") ? ParseExpr() : nullptr);
    e->children.push_back(AcceptSymbol("|") ? ParseExpr() : nullptr);
    ExpectSymbol("]");
    Finish(*e, start);
    return e;
  }
  // [p = (a)-->(b) WHERE … | …] or [(a)-->(b) | …]: a pattern followed by WHERE or |
  bool named = Peek(1).kind == TokenKind::kIdentifier && AtSymbol("=", 2) && AtSymbol("(", 3);
  if (named || AtSymbol("(", 1)) {
    size_t rels = 0;
    size_t end = ScanPatternPart(Mark() + 1, &rels);
    bool comprehension =
        end != kNotAPattern && (TokenAt(end).IsKeyword("WHERE") || SymbolAt(end, "|"));
    // a named path that is not a pattern: the pattern's own syntax error says why
    if (comprehension || (named && end == kNotAPattern)) {
      Advance();
      PatternPart part = ParsePatternPart();
      auto e = MakeExpr(ExprKind::kPatternComprehension, start);
      e->children.push_back(AcceptKeyword("WHERE") ? ParseExpr() : nullptr);
      ExpectSymbol("|");
      e->children.push_back(ParseExpr());
      ExpectSymbol("]");
      e->pattern = std::make_shared<PatternPart>(std::move(part));
      Finish(*e, start);
      return e;
    }
  }
  Advance();
  auto e = MakeExpr(ExprKind::kList, start);
  if (!AtSymbol("]")) {
    do {
      e->children.push_back(ParseExpr());
    } while (AcceptSymbol(","));
  }
  ExpectSymbol("]");
  Finish(*e, start);
  return e;
}

ExprPtr Parser::ParseCase() {
  size_t start = Advance().offset;
  auto e = MakeExpr(ExprKind::kCase, start);
  if (!AtKeyword("WHEN")) {
    e->has_subject = true;
    e->children.push_back(ParseExpr());
  }
  if (!AtKeyword("WHEN")) Fail("expected WHEN");
  while (AcceptKeyword("WHEN")) {
    e->children.push_back(ParseExpr());
    ExpectKeyword("THEN");
    e->children.push_back(ParseExpr());
  }
  if (AcceptKeyword("ELSE")) {
    e->has_else = true;
    e->children.push_back(ParseExpr());
  }
  ExpectKeyword("END");
  Finish(*e, start);
  return e;
}

ExprPtr Parser::ParseFunctionOrVariable() {
  const Token& t = Peek();
  size_t start = t.offset;
  if (!t.quoted) {
    if (t.IsKeyword("TRUE") || t.IsKeyword("FALSE")) {
      auto e = MakeExpr(ExprKind::kLiteral, start, t.length);
      e->literal = Value::Bool(Advance().IsKeyword("TRUE"));
      return e;
    }
    if (t.IsKeyword("NULL")) {
      Advance();
      return MakeExpr(ExprKind::kLiteral, start, t.length);
    }
    if (t.IsKeyword("CASE")) return ParseCase();
    if (t.IsKeyword("EXISTS") && AtSymbol("{", 1)) return ParseExistsSubquery();
    if (t.IsKeyword("COUNT") && AtSymbol("{", 1))
      throw UnsupportedError("COUNT { … } subqueries", start, t.length);
    if ((t.IsKeyword("SHORTESTPATH") || t.IsKeyword("ALLSHORTESTPATHS")) && AtSymbol("(", 1))
      throw UnsupportedError(t.text + " as an expression (use it in MATCH)", start, t.length);
    if (t.IsKeyword("COUNT") && AtSymbol("(", 1) && AtSymbol("*", 2) && AtSymbol(")", 3)) {
      Advance(), Advance(), Advance(), Advance();
      auto e = MakeExpr(ExprKind::kCountStar, start);
      Finish(*e, start);
      return e;
    }
    bool quantifier =
        t.IsKeyword("ALL") || t.IsKeyword("ANY") || t.IsKeyword("NONE") || t.IsKeyword("SINGLE");
    if (quantifier && AtSymbol("(", 1) && Peek(2).kind == TokenKind::kIdentifier &&
        AtKeyword("IN", 3)) {
      auto e = MakeExpr(ExprKind::kQuantifier, start);
      e->name2 = Advance().text;
      for (auto& c : e->name2) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      Advance();
      e->name = Advance().text;
      Advance();
      e->children.push_back(ParseExpr());
      e->children.push_back(AcceptKeyword("WHERE") ? ParseExpr() : nullptr);
      ExpectSymbol(")");
      Finish(*e, start);
      return e;
    }
    if (t.IsKeyword("REDUCE") && AtSymbol("(", 1)) {
      Advance(), Advance();
      auto e = MakeExpr(ExprKind::kReduce, start);
      e->name = ExpectName("an accumulator name");
      ExpectSymbol("=");
      e->children.push_back(ParseExpr());
      ExpectSymbol(",");
      e->name2 = ExpectName("a variable name");
      ExpectKeyword("IN");
      e->children.push_back(ParseExpr());
      ExpectSymbol("|");
      e->children.push_back(ParseExpr());
      ExpectSymbol(")");
      Finish(*e, start);
      return e;
    }
  }
  // clause keywords cannot be variables: `WHERE x >` followed by RETURN is an
  // incomplete expression, not a comparison with a variable named RETURN
  if (!t.quoted && IsReservedWord(t) && !AtSymbol("(", 1)) Fail("expected an expression");
  // function call, possibly namespaced: name(…), a.b.name(…)
  size_t k = 1;
  while (AtSymbol(".", k) && Peek(k + 1).kind == TokenKind::kIdentifier) k += 2;
  if (AtSymbol("(", k)) {
    auto e = MakeExpr(ExprKind::kFunction, start);
    for (size_t i = 0; i < k; ++i) e->name += Advance().text;
    e->function = FindFunction(e->name);
    Advance();
    e->distinct = AcceptKeyword("DISTINCT");
    if (!AtSymbol(")")) {
      do {
        e->children.push_back(ParseExpr());
      } while (AcceptSymbol(","));
    }
    ExpectSymbol(")");
    Finish(*e, start);
    return e;
  }
  auto e = MakeExpr(ExprKind::kVariable, start, t.length);
  e->name = Advance().text;
  return e;
}

// EXISTS { pattern [WHERE condition] } or EXISTS { MATCH … [RETURN …] }. The short form
// is kept as the MATCH clause it means, so both forms bind and plan alike.
ExprPtr Parser::ParseExistsSubquery() {
  DepthGuard guard(this);
  size_t start = Peek().offset;
  Advance(), Advance();
  auto e = MakeExpr(ExprKind::kExistsSubquery, start);
  auto query = std::make_shared<SingleQuery>();
  bool short_form = AtSymbol("(") || (Peek().kind == TokenKind::kIdentifier && AtSymbol("=", 1));
  if (short_form) {
    Clause c;
    c.kind = ClauseKind::kMatch;
    c.offset = Peek().offset;
    c.pattern = ParsePattern();
    if (AcceptKeyword("WHERE")) c.where = ParseExpr();
    c.length = LastEnd() - c.offset;
    query->clauses.push_back(std::move(c));
  } else {
    *query = ParseSingleQuery();
    if (AtKeyword("UNION"))
      throw UnsupportedError("UNION inside EXISTS { … }", Peek().offset, Peek().length);
  }
  ExpectSymbol("}");
  e->subquery = std::move(query);
  Finish(*e, start);
  return e;
}

ExprPtr Parser::ParseMapProjection(ExprPtr subject) {
  size_t start = subject->offset;
  auto e = MakeExpr(ExprKind::kMapProjection, start);
  e->children.push_back(std::move(subject));
  ExpectSymbol("{");
  if (!AtSymbol("}")) {
    do {
      MapProjectionItem item;
      if (AcceptSymbol(".")) {
        if (AcceptSymbol("*")) {
          item.kind = MapProjectionItem::Kind::kAllProperties;
        } else {
          item.kind = MapProjectionItem::Kind::kProperty;
          item.key = ExpectName("a property key");
        }
      } else if (Peek().kind == TokenKind::kIdentifier && AtSymbol(":", 1)) {
        item.kind = MapProjectionItem::Kind::kLiteral;
        item.key = Advance().text;
        Advance();
        item.value = ParseExpr();
      } else {
        item.kind = MapProjectionItem::Kind::kVariable;
        item.key = ExpectName("a map projection item");
      }
      e->map_items.push_back(std::move(item));
    } while (AcceptSymbol(","));
  }
  ExpectSymbol("}");
  Finish(*e, start);
  return e;
}

}  // namespace kg::query::internal
