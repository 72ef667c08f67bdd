// Pattern level of the parser: (a:Label {k: v})-[r:T*1..3]->(b), named paths,
// shortestPath / allShortestPaths; see parser.h.
#include <cerrno>
#include <cstdlib>

#include "query/parser_internal.h"

namespace kg::query::internal {

Pattern Parser::ParsePattern() {
  Pattern pattern;
  do {
    pattern.push_back(ParsePatternPart());
  } while (AcceptSymbol(","));
  return pattern;
}

PatternPart Parser::ParsePatternPart() {
  PatternPart part;
  part.offset = Peek().offset;
  if (Peek().kind == TokenKind::kIdentifier && AtSymbol("=", 1)) {
    part.path_var = Advance().text;
    Advance();
  }
  bool shortest = AtKeyword("SHORTESTPATH");
  bool all_shortest = AtKeyword("ALLSHORTESTPATHS");
  if ((shortest || all_shortest) && AtSymbol("(", 1)) {
    Advance();
    Advance();
    part.kind = shortest ? PathKind::kShortest : PathKind::kAllShortest;
    ParsePatternElement(part);
    ExpectSymbol(")");
  } else {
    ParsePatternElement(part);
  }
  part.length = LastEnd() - part.offset;
  return part;
}

void Parser::ParsePatternElement(PatternPart& part) {
  DepthGuard guard(this);
  // a parenthesised element: ((a)-->(b)); a node pattern never starts with "(("
  if (AtSymbol("(") && AtSymbol("(", 1)) {
    Advance();
    ParsePatternElement(part);
    ExpectSymbol(")");
    return;
  }
  part.nodes.push_back(ParseNodePattern());
  while (AtRelationship()) {
    part.rels.push_back(ParseRelPattern());
    part.nodes.push_back(ParseNodePattern());
  }
}

bool Parser::AtRelationship() const { return AtSymbol("-") || (AtSymbol("<") && AtSymbol("-", 1)); }

NodePattern Parser::ParseNodePattern() {
  NodePattern n;
  n.offset = Peek().offset;
  ExpectSymbol("(");
  if (Peek().kind == TokenKind::kIdentifier) n.var = Advance().text;
  while (AcceptSymbol(":")) n.labels.push_back(ExpectName("a label"));
  if (AtSymbol("{")) {
    n.properties = ParseMapLiteral();
  } else if (Peek().kind == TokenKind::kParameter) {
    const Token& t = Advance();
    n.properties = MakeExpr(ExprKind::kParameter, t.offset, t.length);
    n.properties->name = t.text;
  }
  ExpectSymbol(")");
  n.length = LastEnd() - n.offset;
  return n;
}

namespace {

int64_t HopCount(const Token& t, const Parser& p) {
  errno = 0;
  long long v = std::strtoll(t.text.c_str(), nullptr, 10);
  if (errno == ERANGE) p.FailAt(t, "IntegerOverflow", "hop count too large");
  return v;
}

}  // namespace

RelPattern Parser::ParseRelPattern() {
  RelPattern r;
  r.offset = Peek().offset;
  bool left = AcceptSymbol("<");
  ExpectSymbol("-");
  if (AcceptSymbol("[")) {
    if (Peek().kind == TokenKind::kIdentifier) r.var = Advance().text;
    if (AcceptSymbol(":")) {
      r.types.push_back(ExpectName("a relationship type"));
      while (AcceptSymbol("|")) {
        AcceptSymbol(":");
        r.types.push_back(ExpectName("a relationship type"));
      }
    }
    if (AtSymbol(".."))
      FailAt(Peek(), "InvalidRelationshipPattern",
             "a variable-length relationship needs '*' before its bounds");
    if (AcceptSymbol("*")) {
      r.var_length = true;
      if (AtSymbol("-") && Peek(1).kind == TokenKind::kInteger)
        FailAt(Peek(), "InvalidRelationshipPattern", "a hop count cannot be negative");
      if (Peek().kind == TokenKind::kInteger) {
        r.min_hops = HopCount(Advance(), *this);
        if (!AtSymbol("..")) r.max_hops = r.min_hops;
      }
      if (AcceptSymbol("..")) {
        if (Peek().kind == TokenKind::kInteger) r.max_hops = HopCount(Advance(), *this);
      }
    }
    if (AtSymbol("{")) {
      r.properties = ParseMapLiteral();
    } else if (Peek().kind == TokenKind::kParameter) {
      const Token& t = Advance();
      r.properties = MakeExpr(ExprKind::kParameter, t.offset, t.length);
      r.properties->name = t.text;
    }
    ExpectSymbol("]");
  }
  ExpectSymbol("-");
  bool right = AcceptSymbol(">");
  r.direction = (left == right) ? Direction::kBoth : (right ? Direction::kOut : Direction::kIn);
  r.length = LastEnd() - r.offset;
  return r;
}

}  // namespace kg::query::internal
