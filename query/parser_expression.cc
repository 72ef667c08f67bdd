// Expression level of the parser, one function per precedence level (lowest
// first): OR, XOR, AND, NOT, comparison, string/list/null predicates, + -,
// * / %, ^, unary + -, postfix (property, index, slice, label check), atoms.
#include <cerrno>
#include <cmath>
#include <algorithm>
#include <cstdlib>

#include "query/parser.h"
#include "query/parser_internal.h"

namespace kg::query::internal {
namespace {

ExprPtr Binary(Op op, ExprPtr left, ExprPtr right) {
  const int height = 1 + std::max(left->height, right->height);
  if (height > kMaxParseDepth)  // a chain of 20,000 "+1" must be an error, not a stack overflow
    throw SyntaxError("UnexpectedSyntax",
                      "expression nested too deeply: more than " + std::to_string(kMaxParseDepth) +
                          " operators in a chain",
                      right->offset, std::max<size_t>(right->length, 1));
  auto e = MakeExpr(ExprKind::kBinary, left->offset);
  e->height = height;
  e->op = op;
  e->length = right->offset + right->length - left->offset;
  e->children.push_back(std::move(left));
  e->children.push_back(std::move(right));
  return e;
}

}  // namespace

ExprPtr Parser::ParseExpr() {
  DepthGuard guard(this);
  return ParseOr();
}

ExprPtr Parser::ParseOr() {
  ExprPtr left = ParseXor();
  while (AcceptKeyword("OR")) left = Binary(Op::kOr, std::move(left), ParseXor());
  return left;
}

ExprPtr Parser::ParseXor() {
  ExprPtr left = ParseAnd();
  while (AcceptKeyword("XOR")) left = Binary(Op::kXor, std::move(left), ParseAnd());
  return left;
}

ExprPtr Parser::ParseAnd() {
  ExprPtr left = ParseNot();
  while (AcceptKeyword("AND")) left = Binary(Op::kAnd, std::move(left), ParseNot());
  return left;
}

ExprPtr Parser::ParseNot() {
  if (AtKeyword("NOT")) {
    DepthGuard guard(this);
    size_t start = Advance().offset;
    auto e = MakeExpr(ExprKind::kUnary, start);
    e->op = Op::kNot;
    e->children.push_back(ParseNot());
    Finish(*e, start);
    return e;
  }
  return ParseComparison();
}

ExprPtr Parser::ParseComparison() {
  auto comparison_op = [this]() -> Op {
    const Token& t = Peek();
    if (t.kind != TokenKind::kSymbol) return Op::kNone;
    if (t.text == "=") return Op::kEq;
    if (t.text == "<>" || t.text == "!=") return Op::kNe;
    if (t.text == "<") return Op::kLt;
    if (t.text == "<=") return Op::kLe;
    if (t.text == ">") return Op::kGt;
    if (t.text == ">=") return Op::kGe;
    return Op::kNone;
  };
  ExprPtr left = ParsePredicate();
  ExprPtr result;
  Op op;
  while ((op = comparison_op()) != Op::kNone) {
    Advance();
    size_t mark = Mark();
    ExprPtr right = ParsePredicate();
    bool chained = comparison_op() != Op::kNone;
    ExprPtr next_left;
    if (chained) {  // a < b < c means a < b AND b < c: parse b twice
      size_t after = Mark();
      Reset(mark);
      next_left = ParsePredicate();
      Reset(after);
    }
    ExprPtr cmp = Binary(op, std::move(left), std::move(right));
    result = result ? Binary(Op::kAnd, std::move(result), std::move(cmp)) : std::move(cmp);
    if (!chained) return result;
    left = std::move(next_left);
  }
  return result ? std::move(result) : std::move(left);
}

ExprPtr Parser::ParsePredicate() {
  ExprPtr left = ParseAddSub();
  while (true) {
    Op op = Op::kNone;
    if (AtSymbol("=~")) {
      Advance();
      op = Op::kRegex;
    } else if (AtKeyword("STARTS") && AtKeyword("WITH", 1)) {
      Advance(), Advance();
      op = Op::kStartsWith;
    } else if (AtKeyword("ENDS") && AtKeyword("WITH", 1)) {
      Advance(), Advance();
      op = Op::kEndsWith;
    } else if (AtKeyword("CONTAINS")) {
      Advance();
      op = Op::kContains;
    } else if (AtKeyword("IN")) {
      Advance();
      op = Op::kIn;
    } else if (AtKeyword("IS")) {
      Advance();
      bool negated = AcceptKeyword("NOT");
      ExpectKeyword("NULL");
      auto e = MakeExpr(negated ? ExprKind::kIsNotNull : ExprKind::kIsNull, left->offset);
      e->children.push_back(std::move(left));
      Finish(*e, e->offset);
      left = std::move(e);
      continue;
    } else {
      return left;
    }
    left = Binary(op, std::move(left), ParseAddSub());
  }
}

ExprPtr Parser::ParseAddSub() {
  ExprPtr left = ParseMulDiv();
  while (AtSymbol("+") || AtSymbol("-")) {
    Op op = Advance().text == "+" ? Op::kAdd : Op::kSub;
    left = Binary(op, std::move(left), ParseMulDiv());
  }
  return left;
}

ExprPtr Parser::ParseMulDiv() {
  ExprPtr left = ParsePower();
  while (AtSymbol("*") || AtSymbol("/") || AtSymbol("%")) {
    const std::string& t = Advance().text;
    Op op = t == "*" ? Op::kMul : (t == "/" ? Op::kDiv : Op::kMod);
    left = Binary(op, std::move(left), ParsePower());
  }
  return left;
}

ExprPtr Parser::ParsePower() {
  ExprPtr left = ParseUnary();
  while (AcceptSymbol("^")) left = Binary(Op::kPow, std::move(left), ParseUnary());
  return left;
}

ExprPtr Parser::ParseUnary() {
  if (AtSymbol("-") || AtSymbol("+")) {
    DepthGuard guard(this);
    const Token& t = Advance();
    size_t start = t.offset;
    bool minus = t.text == "-";
    if (minus && (Peek().kind == TokenKind::kInteger || Peek().kind == TokenKind::kFloat) &&
        !AtSymbol(".", 1) && !AtSymbol("[", 1)) {
      return ParseNumber(true, start);
    }
    auto e = MakeExpr(ExprKind::kUnary, start);
    e->op = minus ? Op::kNeg : Op::kPos;
    e->children.push_back(ParseUnary());
    Finish(*e, start);
    return e;
  }
  return ParsePostfix();
}

ExprPtr Parser::ParsePostfix() {
  ExprPtr e = ParseAtom();
  size_t start = e->offset;
  while (true) {
    if (AtSymbol(".") && Peek(1).kind == TokenKind::kIdentifier) {
      Advance();
      auto p = MakeExpr(ExprKind::kProperty, start);
      p->name = Advance().text;
      p->children.push_back(std::move(e));
      Finish(*p, start);
      e = std::move(p);
    } else if (AtSymbol("[")) {
      DepthGuard guard(this);
      Advance();
      ExprPtr from, to;
      bool slice = false;
      if (!AtSymbol("..")) from = ParseExpr();
      if (AcceptSymbol("..")) {
        slice = true;
        if (!AtSymbol("]")) to = ParseExpr();
      }
      ExpectSymbol("]");
      auto x = MakeExpr(slice ? ExprKind::kSlice : ExprKind::kIndex, start);
      x->children.push_back(std::move(e));
      x->children.push_back(std::move(from));
      if (slice) x->children.push_back(std::move(to));
      Finish(*x, start);
      e = std::move(x);
    } else if (AtSymbol(":") && Peek(1).kind == TokenKind::kIdentifier) {
      auto l = MakeExpr(ExprKind::kLabelCheck, start);
      while (AcceptSymbol(":")) l->names.push_back(ExpectName("a label"));
      l->children.push_back(std::move(e));
      Finish(*l, start);
      e = std::move(l);
    } else if (AtSymbol("{") && e->kind == ExprKind::kVariable) {
      e = ParseMapProjection(std::move(e));
    } else {
      return e;
    }
  }
}

ExprPtr Parser::ParseNumber(bool negative, size_t start) {
  const Token& t = Advance();
  auto e = MakeExpr(ExprKind::kLiteral, start);
  if (t.kind == TokenKind::kFloat) {
    errno = 0;
    double d = std::strtod(t.text.c_str(), nullptr);
    if (errno == ERANGE && std::isinf(d))
      FailAt(t, "FloatingPointOverflow", "float literal out of range");
    e->literal = Value::Float(negative ? -d : d);
  } else {
    std::string digits = t.text;
    int base = 10;
    if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X')) {
      base = 16;
      digits = digits.substr(2);
    } else if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'o' || digits[1] == 'O')) {
      base = 8;
      digits = digits.substr(2);
    }
    if (negative) digits = "-" + digits;
    errno = 0;
    long long v = std::strtoll(digits.c_str(), nullptr, base);
    if (errno == ERANGE) FailAt(t, "IntegerOverflow", "integer literal out of range");
    e->literal = Value::Int(v);
  }
  Finish(*e, start);
  return e;
}

}  // namespace kg::query::internal
