#include "query/ast_printer.h"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace kg::query {

const char* OpText(Op op) {
  switch (op) {
    case Op::kNone: return "";
    case Op::kOr: return "OR";
    case Op::kXor: return "XOR";
    case Op::kAnd: return "AND";
    case Op::kNot: return "NOT";
    case Op::kEq: return "=";
    case Op::kNe: return "<>";
    case Op::kLt: return "<";
    case Op::kLe: return "<=";
    case Op::kGt: return ">";
    case Op::kGe: return ">=";
    case Op::kRegex: return "=~";
    case Op::kStartsWith: return "STARTS WITH";
    case Op::kEndsWith: return "ENDS WITH";
    case Op::kContains: return "CONTAINS";
    case Op::kIn: return "IN";
    case Op::kAdd: return "+";
    case Op::kSub: return "-";
    case Op::kMul: return "*";
    case Op::kDiv: return "/";
    case Op::kMod: return "%";
    case Op::kPow: return "^";
    case Op::kNeg: return "-";
    case Op::kPos: return "+";
  }
  return "?";
}

std::string QuoteString(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    switch (c) {
      case '\'': out += "\\'"; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default: out.push_back(c);
    }
  }
  return out + "'";
}

std::string QuoteName(const std::string& name) {
  bool plain = !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0]));
  for (unsigned char c : name) plain = plain && (std::isalnum(c) || c == '_' || c >= 0x80);
  // the lexer skips a no-break space and a byte order mark between tokens: a name holding one
  // must be quoted to read back the same (found by parser_fuzz)
  if (name.find("\xC2\xA0") != std::string::npos || name.find("\xEF\xBB\xBF") != std::string::npos)
    plain = false;
  if (plain) return name;
  std::string out = "`";
  for (char c : name) {
    if (c == '`')
      out += "``";
    else
      out.push_back(c);
  }
  return out + "`";
}

namespace {

std::string Literal(const Value& v) {
  switch (v.type()) {
    case ValueType::kNull: return "NULL";
    case ValueType::kBool: return v.as_bool() ? "TRUE" : "FALSE";
    case ValueType::kInt: return std::to_string(v.as_int());
    case ValueType::kFloat: {
      double d = v.as_float();
      char buf[40];
      for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, d);
        if (std::strtod(buf, nullptr) == d) break;
      }
      std::string s = buf;
      if (s.find_first_of(".eEn") == std::string::npos) s += ".0";  // "inf", "nan" have 'n'
      return s;
    }
    case ValueType::kString: return QuoteString(v.as_string());
    default: return "NULL";
  }
}

std::string Opt(const ExprPtr& e) { return e ? PrintExpr(*e) : ""; }

std::string Properties(const ExprPtr& e) { return e ? " " + PrintExpr(*e) : ""; }

}  // namespace

std::string PrintExpr(const Expr& e) {
  std::string out;
  switch (e.kind) {
    case ExprKind::kLiteral: return Literal(e.literal);
    case ExprKind::kParameter: return "$" + QuoteName(e.name);
    case ExprKind::kVariable: return QuoteName(e.name);
    case ExprKind::kProperty: return PrintExpr(*e.children[0]) + "." + QuoteName(e.name);
    case ExprKind::kLabelCheck:
      out = "(" + PrintExpr(*e.children[0]);
      for (const auto& l : e.names) out += ":" + QuoteName(l);
      return out + ")";
    case ExprKind::kIndex: return PrintExpr(*e.children[0]) + "[" + PrintExpr(*e.children[1]) + "]";
    case ExprKind::kSlice:
      return PrintExpr(*e.children[0]) + "[" + Opt(e.children[1]) + ".." + Opt(e.children[2]) + "]";
    case ExprKind::kList:
      out = "[";
      for (size_t i = 0; i < e.children.size(); ++i)
        out += (i ? ", " : "") + PrintExpr(*e.children[i]);
      return out + "]";
    case ExprKind::kMap:
      out = "{";
      for (size_t i = 0; i < e.children.size(); ++i)
        out += (i ? ", " : "") + QuoteName(e.names[i]) + ": " + PrintExpr(*e.children[i]);
      return out + "}";
    case ExprKind::kUnary: {
      // -(5) must not read back as the literal -5
      const Expr& c = *e.children[0];
      bool wrap = c.kind == ExprKind::kLiteral && c.literal.is_number();
      return std::string("(") + OpText(e.op) + (e.op == Op::kNot ? " " : "") +
             (wrap ? "(" + PrintExpr(c) + ")" : PrintExpr(c)) + ")";
    }
    case ExprKind::kBinary:
      return "(" + PrintExpr(*e.children[0]) + " " + OpText(e.op) + " " +
             PrintExpr(*e.children[1]) + ")";
    case ExprKind::kIsNull: return "(" + PrintExpr(*e.children[0]) + " IS NULL)";
    case ExprKind::kIsNotNull: return "(" + PrintExpr(*e.children[0]) + " IS NOT NULL)";
    case ExprKind::kFunction:
      out = e.name + "(" + (e.distinct ? "DISTINCT " : "");
      for (size_t i = 0; i < e.children.size(); ++i)
        out += (i ? ", " : "") + PrintExpr(*e.children[i]);
      return out + ")";
    case ExprKind::kCountStar: return "count(*)";
    case ExprKind::kCase: {
      out = "CASE";
      size_t i = 0;
      if (e.has_subject) out += " " + PrintExpr(*e.children[i++]);
      size_t whens_end = e.children.size() - (e.has_else ? 1 : 0);
      for (; i < whens_end; i += 2)
        out += " WHEN " + PrintExpr(*e.children[i]) + " THEN " + PrintExpr(*e.children[i + 1]);
      if (e.has_else) out += " ELSE " + PrintExpr(*e.children.back());
      return out + " END";
    }
    case ExprKind::kListComprehension:
      out = "[" + QuoteName(e.name) + " IN " + PrintExpr(*e.children[0]);
      if (e.children[1]) out += " WHERE " + PrintExpr(*e.children[1]);
      if (e.children[2]) out += " | " + PrintExpr(*e.children[2]);
      return out + "]";
    case ExprKind::kQuantifier:
      out = e.name2 + "(" + QuoteName(e.name) + " IN " + PrintExpr(*e.children[0]);
      if (e.children[1]) out += " WHERE " + PrintExpr(*e.children[1]);
      return out + ")";
    case ExprKind::kReduce:
      return "reduce(" + QuoteName(e.name) + " = " + PrintExpr(*e.children[0]) + ", " +
             QuoteName(e.name2) + " IN " + PrintExpr(*e.children[1]) + " | " +
             PrintExpr(*e.children[2]) + ")";
    case ExprKind::kPatternComprehension:
      out = "[" + PrintPatternPart(*e.pattern);
      if (e.children[0]) out += " WHERE " + PrintExpr(*e.children[0]);
      return out + " | " + PrintExpr(*e.children[1]) + "]";
    case ExprKind::kPatternPredicate: return PrintPatternPart(*e.pattern);
    case ExprKind::kExistsSubquery: return "EXISTS { " + PrintSingleQuery(*e.subquery) + " }";
    case ExprKind::kMapProjection: {
      out = PrintExpr(*e.children[0]) + "{";
      for (size_t i = 0; i < e.map_items.size(); ++i) {
        const auto& item = e.map_items[i];
        out += i ? ", " : "";
        switch (item.kind) {
          case MapProjectionItem::Kind::kProperty: out += "." + QuoteName(item.key); break;
          case MapProjectionItem::Kind::kAllProperties: out += ".*"; break;
          case MapProjectionItem::Kind::kLiteral:
            out += QuoteName(item.key) + ": " + PrintExpr(*item.value);
            break;
          case MapProjectionItem::Kind::kVariable: out += QuoteName(item.key); break;
        }
      }
      return out + "}";
    }
  }
  return out;
}

std::string PrintPatternPart(const PatternPart& part) {
  std::string out;
  if (!part.path_var.empty()) out += QuoteName(part.path_var) + " = ";
  if (part.kind != PathKind::kPattern)
    out += part.kind == PathKind::kShortest ? "shortestPath(" : "allShortestPaths(";
  for (size_t i = 0; i < part.nodes.size(); ++i) {
    const NodePattern& n = part.nodes[i];
    out += "(" + (n.var.empty() ? "" : QuoteName(n.var));
    for (const auto& l : n.labels) out += ":" + QuoteName(l);
    out += Properties(n.properties) + ")";
    if (i >= part.rels.size()) break;
    const RelPattern& r = part.rels[i];
    out += r.direction == Direction::kIn ? "<-[" : "-[";
    out += r.var.empty() ? "" : QuoteName(r.var);
    for (size_t t = 0; t < r.types.size(); ++t) out += (t ? "|" : ":") + QuoteName(r.types[t]);
    if (r.var_length) {
      out += "*";
      if (r.min_hops && r.max_hops && *r.min_hops == *r.max_hops) {
        out += std::to_string(*r.min_hops);
      } else if (r.min_hops || r.max_hops) {
        if (r.min_hops) out += std::to_string(*r.min_hops);
        out += "..";
        if (r.max_hops) out += std::to_string(*r.max_hops);
      }
    }
    out += Properties(r.properties);
    out += r.direction == Direction::kOut ? "]->" : "]-";
  }
  if (part.kind != PathKind::kPattern) out += ")";
  return out;
}

namespace {

std::string PrintProjection(const Projection& p, bool is_with) {
  std::string out = p.distinct ? " DISTINCT" : "";
  bool first = true;
  if (p.star) {
    out += " *";
    first = false;
  }
  for (const auto& item : p.items) {
    out += first ? " " : ", ";
    first = false;
    out += PrintExpr(*item.expr);
    if (item.aliased) out += " AS " + QuoteName(item.alias);
  }
  for (size_t i = 0; i < p.order_by.size(); ++i) {
    out += i ? ", " : " ORDER BY ";
    out += PrintExpr(*p.order_by[i].expr) + (p.order_by[i].descending ? " DESC" : "");
  }
  if (p.skip) out += " SKIP " + PrintExpr(*p.skip);
  if (p.limit) out += " LIMIT " + PrintExpr(*p.limit);
  if (is_with && p.where) out += " WHERE " + PrintExpr(*p.where);
  return out;
}

std::string PrintPattern(const Pattern& pattern) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) out += (i ? ", " : "") + PrintPatternPart(pattern[i]);
  return out;
}

std::string PrintCall(const Clause& c) {
  std::string out = "CALL ";
  for (size_t i = 0; i < c.procedure_parts.size(); ++i)
    out += (i ? "." : "") + QuoteName(c.procedure_parts[i]);
  if (c.explicit_arguments) {
    out += "(";
    for (size_t i = 0; i < c.arguments.size(); ++i)
      out += (i ? ", " : "") + PrintExpr(*c.arguments[i]);
    out += ")";
  }
  if (c.yield_star) out += " YIELD *";
  for (size_t i = 0; i < c.yields.size(); ++i) {
    const YieldItem& y = c.yields[i];
    out += (i ? ", " : " YIELD ") + QuoteName(y.output);
    if (y.alias != y.output) out += " AS " + QuoteName(y.alias);
  }
  if (c.where) out += " WHERE " + PrintExpr(*c.where);
  return out;
}

}  // namespace

std::string PrintSetItems(const std::vector<SetItem>& items) {
  std::string out;
  for (const SetItem& item : items) {
    out += out.empty() ? "" : ", ";
    out += PrintExpr(*item.target);
    for (const auto& l : item.labels) out += ":" + QuoteName(l);
    switch (item.kind) {
      case SetItem::Kind::kProperty:
      case SetItem::Kind::kReplaceAll: out += " = " + PrintExpr(*item.value); break;
      case SetItem::Kind::kMergeMap: out += " += " + PrintExpr(*item.value); break;
      default: break;
    }
  }
  return out;
}

std::string PrintStatement(const Statement& s) {
  std::string out = s.explain ? "EXPLAIN " : "";
  for (size_t q = 0; q < s.queries.size(); ++q) {
    if (q > 0) out += s.union_all[q - 1] ? " UNION ALL " : " UNION ";
    out += PrintSingleQuery(s.queries[q]);
  }
  return out;
}

std::string PrintSingleQuery(const SingleQuery& q) {
  std::string out;
  bool first = true;
  for (const Clause& c : q.clauses) {
    out += first ? "" : " ";
    first = false;
    switch (c.kind) {
      case ClauseKind::kMatch:
        out += (c.optional ? "OPTIONAL MATCH " : "MATCH ") + PrintPattern(c.pattern);
        if (c.where) out += " WHERE " + PrintExpr(*c.where);
        break;
      case ClauseKind::kUnwind:
        out += "UNWIND " + PrintExpr(*c.expr) + " AS " + QuoteName(c.alias);
        break;
      case ClauseKind::kWith: out += "WITH" + PrintProjection(c.projection, true); break;
      case ClauseKind::kReturn: out += "RETURN" + PrintProjection(c.projection, false); break;
      case ClauseKind::kCreate: out += "CREATE " + PrintPattern(c.pattern); break;
      case ClauseKind::kCall: out += PrintCall(c); break;
      case ClauseKind::kSet: out += "SET " + PrintSetItems(c.set_items); break;
      case ClauseKind::kRemove: out += "REMOVE " + PrintSetItems(c.set_items); break;
      case ClauseKind::kDelete: {
        out += c.detach ? "DETACH DELETE " : "DELETE ";
        for (size_t i = 0; i < c.delete_exprs.size(); ++i)
          out += (i ? ", " : "") + PrintExpr(*c.delete_exprs[i]);
        break;
      }
      case ClauseKind::kMerge:
        out += "MERGE " + PrintPattern(c.pattern);
        if (!c.on_create.empty()) out += " ON CREATE SET " + PrintSetItems(c.on_create);
        if (!c.on_match.empty()) out += " ON MATCH SET " + PrintSetItems(c.on_match);
        break;
    }
  }
  return out;
}

}  // namespace kg::query
