// Lookahead for the two places where an expression may open like a pattern:
// `(a)-->(b)` used as a boolean and `[(a)-->(b) | …]`. The scan reads tokens
// only: it builds nothing and throws nothing, so the parser picks one reading
// before it parses and never backtracks through an exception. It follows
// parser_pattern.cc token for token, except that a map's values are skipped as
// balanced tokens (they are expressions, checked when the pattern is parsed).
#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include "query/parser.h"
#include "query/parser_internal.h"

namespace kg::query::internal {
namespace {

constexpr size_t kNo = Parser::kNotAPattern;

bool HopCountFits(const Token& t) {
  errno = 0;
  std::strtoll(t.text.c_str(), nullptr, 10);
  return errno != ERANGE;
}

}  // namespace

const Token& Parser::TokenAt(size_t i) const { return tokens_[std::min(i, tokens_.size() - 1)]; }

bool Parser::SymbolAt(size_t i, const char* symbol) const { return TokenAt(i).IsSymbol(symbol); }

size_t Parser::ScanPatternPart(size_t pos, size_t* rels) const {
  if (TokenAt(pos).kind == TokenKind::kIdentifier && SymbolAt(pos + 1, "=")) pos += 2;
  const Token& t = TokenAt(pos);
  if ((t.IsKeyword("SHORTESTPATH") || t.IsKeyword("ALLSHORTESTPATHS")) && SymbolAt(pos + 1, "(")) {
    pos = ScanPatternElement(pos + 2, rels);
    if (pos == kNo || !SymbolAt(pos, ")")) return kNo;
    return pos + 1;
  }
  return ScanPatternElement(pos, rels);
}

size_t Parser::ScanPatternElement(size_t pos, size_t* rels) const {
  // ((a)-->(b)): the parser nests one level per "(("; past its depth limit the
  // pattern reading fails and the parser reports the depth on the expression.
  int open = 0;
  while (SymbolAt(pos, "(") && SymbolAt(pos + 1, "(")) {
    if (depth_ + ++open >= kMaxParseDepth) return kNo;
    ++pos;
  }
  if (depth_ + open + 1 > kMaxParseDepth) return kNo;
  pos = ScanNodePattern(pos);
  *rels = 0;
  while (pos != kNo && (SymbolAt(pos, "-") || (SymbolAt(pos, "<") && SymbolAt(pos + 1, "-")))) {
    pos = ScanRelPattern(pos);
    if (pos != kNo) pos = ScanNodePattern(pos);
    ++*rels;
  }
  for (; pos != kNo && open > 0; --open) pos = SymbolAt(pos, ")") ? pos + 1 : kNo;
  return pos;
}

size_t Parser::ScanNodePattern(size_t pos) const {
  if (!SymbolAt(pos, "(")) return kNo;
  ++pos;
  if (TokenAt(pos).kind == TokenKind::kIdentifier) ++pos;
  while (SymbolAt(pos, ":")) {
    if (TokenAt(pos + 1).kind != TokenKind::kIdentifier) return kNo;
    pos += 2;
  }
  if (SymbolAt(pos, "{"))
    pos = ScanMapLiteral(pos);
  else if (TokenAt(pos).kind == TokenKind::kParameter)
    ++pos;
  if (pos == kNo || !SymbolAt(pos, ")")) return kNo;
  return pos + 1;
}

size_t Parser::ScanRelPattern(size_t pos) const {
  if (SymbolAt(pos, "<")) ++pos;
  if (!SymbolAt(pos, "-")) return kNo;
  ++pos;
  if (SymbolAt(pos, "[")) {
    ++pos;
    if (TokenAt(pos).kind == TokenKind::kIdentifier) ++pos;
    if (SymbolAt(pos, ":")) {
      if (TokenAt(pos + 1).kind != TokenKind::kIdentifier) return kNo;
      pos += 2;
      while (SymbolAt(pos, "|")) {  // :A|B or :A|:B
        ++pos;
        if (SymbolAt(pos, ":")) ++pos;
        if (TokenAt(pos).kind != TokenKind::kIdentifier) return kNo;
        ++pos;
      }
    }
    if (SymbolAt(pos, "..")) return kNo;  // the parser's error, which the expression reading gets
    if (SymbolAt(pos, "*")) {
      ++pos;
      if (SymbolAt(pos, "-") && TokenAt(pos + 1).kind == TokenKind::kInteger) return kNo;
      if (TokenAt(pos).kind == TokenKind::kInteger) {
        if (!HopCountFits(TokenAt(pos))) return kNo;
        ++pos;
      }
      if (SymbolAt(pos, "..")) {
        ++pos;
        if (TokenAt(pos).kind == TokenKind::kInteger) {
          if (!HopCountFits(TokenAt(pos))) return kNo;
          ++pos;
        }
      }
    }
    if (SymbolAt(pos, "{"))
      pos = ScanMapLiteral(pos);
    else if (TokenAt(pos).kind == TokenKind::kParameter)
      ++pos;
    if (pos == kNo || !SymbolAt(pos, "]")) return kNo;
    ++pos;
  }
  if (!SymbolAt(pos, "-")) return kNo;
  ++pos;
  if (SymbolAt(pos, ">")) ++pos;
  return pos;
}

size_t Parser::ScanMapLiteral(size_t pos) const {
  ++pos;  // "{"
  if (SymbolAt(pos, "}")) return pos + 1;
  for (;;) {
    TokenKind key = TokenAt(pos).kind;
    if (key != TokenKind::kString && key != TokenKind::kIdentifier) return kNo;
    if (!SymbolAt(pos + 1, ":")) return kNo;
    pos += 2;
    // the value: tokens up to a "," or "}" outside brackets, at least one
    size_t value_start = pos;
    int nesting = 0;
    for (;; ++pos) {
      const Token& t = TokenAt(pos);
      if (t.kind == TokenKind::kEnd) return kNo;
      if (nesting == 0 && (t.IsSymbol(",") || t.IsSymbol("}"))) break;
      if (t.IsSymbol("(") || t.IsSymbol("[") || t.IsSymbol("{")) ++nesting;
      if (t.IsSymbol(")") || t.IsSymbol("]") || t.IsSymbol("}")) {
        if (nesting == 0) return kNo;
        --nesting;
      }
    }
    if (pos == value_start) return kNo;
    if (SymbolAt(pos, "}")) return pos + 1;
    ++pos;  // ","
  }
}

}  // namespace kg::query::internal
