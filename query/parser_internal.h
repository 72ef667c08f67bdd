// Internal to the parser (parser*.cc); use parser.h instead.
#pragma once

#include <unordered_set>

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
  [[noreturn]] void FailAt(const Token& t, const std::string& code, const std::string& message) const;
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
  // Token positions where a pattern (in parentheses) or a pattern comprehension (in
  // brackets) was tried and failed. The parser tries the pattern first and backtracks; without
  // remembering, text nested n deep is tried 2^n times ('({a: ({a: (…' took minutes at 14).
  std::unordered_set<size_t> not_a_pattern_;
  std::unordered_set<size_t> not_a_comprehension_;
};

}  // namespace kg::query::internal
