// Internal to the parser (parser*.cc); use parser.h instead.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "query/ast.h"
#include "query/query_error.h"
#include "query/token.h"

namespace kg::query::internal {

class Parser {
 public:
  explicit Parser(std::string_view text);

  Statement ParseStatement();
  ExprPtr ParseLoneExpression();

  // --- tokens (parser.cc) ---
  const Token& Peek(size_t k = 0) const;
  const Token& Advance();
  bool AtKeyword(const char* keyword, size_t k = 0) const { return Peek(k).IsKeyword(keyword); }
  bool AtSymbol(const char* symbol, size_t k = 0) const { return Peek(k).IsSymbol(symbol); }
  bool AcceptKeyword(const char* keyword);
  bool AcceptSymbol(const char* symbol);
  void ExpectKeyword(const char* keyword);
  void ExpectSymbol(const char* symbol);
  std::string ExpectName(const char* what);  // identifier (keywords allowed)
  [[noreturn]] void Fail(const std::string& message) const;
  [[noreturn]] void FailAt(const Token& t, const std::string& code,
                           const std::string& message) const;
  size_t Mark() const { return pos_; }
  void Reset(size_t mark) { pos_ = mark; }
  // End offset of the last consumed token.
  size_t LastEnd() const;
  void Finish(Expr& e, size_t start) const { e.offset = start, e.length = LastEnd() - start; }
  std::string_view text() const { return text_; }

  // --- clauses (parser.cc) ---
  SingleQuery ParseSingleQuery();
  Clause ParseClause();
  void ParseCall(Clause& c);
  void ParseSetItems(std::vector<SetItem>& items);
  void ParseRemoveItems(std::vector<SetItem>& items);
  void ParseMerge(Clause& c);
  void ParseProjection(Projection& p, bool is_with);
  [[noreturn]] void RefuseClause();

  // --- patterns (parser_pattern.cc) ---
  Pattern ParsePattern();
  PatternPart ParsePatternPart();
  void ParsePatternElement(PatternPart& part);
  NodePattern ParseNodePattern();
  RelPattern ParseRelPattern();
  // True when a relationship pattern starts here: `-` or `<-`.
  bool AtRelationship() const;

  // --- lookahead (parser_lookahead.cc) ---
  // Each Scan reads the tokens from `pos` as the matching Parse would and returns
  // the position after them, or kNotAPattern where that Parse would fail.
  static constexpr size_t kNotAPattern = static_cast<size_t>(-1);
  size_t ScanPatternPart(size_t pos, size_t* rels) const;
  size_t ScanPatternElement(size_t pos, size_t* rels) const;  // *rels: relationships read
  size_t ScanNodePattern(size_t pos) const;
  size_t ScanRelPattern(size_t pos) const;
  size_t ScanMapLiteral(size_t pos) const;
  const Token& TokenAt(size_t i) const;  // tokens_[i], or the end token past it
  bool SymbolAt(size_t i, const char* symbol) const;

  // --- expressions (parser_expression.cc) ---
  ExprPtr ParseExpr();
  ExprPtr ParseOr();
  ExprPtr ParseXor();
  ExprPtr ParseAnd();
  ExprPtr ParseNot();
  ExprPtr ParseComparison();
  ExprPtr ParsePredicate();
  ExprPtr ParseAddSub();
  ExprPtr ParseMulDiv();
  ExprPtr ParsePower();
  ExprPtr ParseUnary();
  ExprPtr ParsePostfix();
  ExprPtr ParseAtom();
  ExprPtr ParseMapLiteral();
  ExprPtr ParseParenthesized();
  ExprPtr ParseBracket();
  ExprPtr ParseCase();
  ExprPtr ParseFunctionOrVariable();
  ExprPtr ParseMapProjection(ExprPtr subject);
  ExprPtr ParseExistsSubquery();
  ExprPtr ParseNumber(bool negative, size_t start);

  struct DepthGuard {
    explicit DepthGuard(Parser* p);
    ~DepthGuard() { --p->depth_; }
    Parser* p;
  };

 private:
  std::string_view text_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  int depth_ = 0;
};

}  // namespace kg::query::internal
