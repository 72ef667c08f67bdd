// Planner, pattern level: the start node of each pattern part, the hops out
// from it (rightwards, then leftwards with directions reversed), named paths,
// and shortest paths with the conditions they can check while searching.
#include <algorithm>

#include "query/name_index.h"
#include "query/planner_internal.h"
#include "query/query_error.h"

namespace kg::query::internal {
namespace {

bool OnlyReads(const Expr& e, const Operator& op) {
  std::vector<std::string> vars;
  CollectVariables(e, vars);
  for (const auto& v : vars)
    if (op.ColumnIndex(v) < 0) return false;
  return true;
}

// `var.key` or `fold(var.key)` with an indexed key: the key, else empty.
std::string IndexedProperty(const Expr& e, const std::string& var) {
  const Expr* p = &e;
  if (p->kind == ExprKind::kFunction && p->children.size() == 1) {
    std::string name = p->name;
    std::transform(name.begin(), name.end(), name.begin(), ::tolower);
    if (name != "fold") return {};
    p = p->children[0].get();
  }
  if (p->kind != ExprKind::kProperty) return {};
  const Expr& subject = *p->children[0];
  if (subject.kind != ExprKind::kVariable || subject.name != var) return {};
  return NameIndex::IsIndexedKey(p->name) ? p->name : std::string();
}

bool IsIdOf(const Expr& e, const std::string& var) {
  if (e.kind != ExprKind::kFunction || e.children.size() != 1) return false;
  std::string name = e.name;
  std::transform(name.begin(), name.end(), name.begin(), ::tolower);
  const Expr& arg = *e.children[0];
  return name == "id" && arg.kind == ExprKind::kVariable && arg.name == var;
}

// How cheaply a node pattern can be found: 0 bound, 1 by id, 2 in the name
// index, 3 by label, 4 by scanning every node.
int Score(const NodePattern& np, const std::string& name, const Operator& op,
          const std::vector<const Expr*>& conjuncts, NodeLookup& lookup) {
  if (op.ColumnIndex(name) >= 0) return 0;
  if (!np.var.empty()) {
    for (const Expr* c : conjuncts) {
      if (c->kind != ExprKind::kBinary || c->op != Op::kEq) continue;
      for (int side = 0; side < 2; ++side) {
        const Expr& here = *c->children[side];
        const Expr& there = *c->children[1 - side];
        if (IsIdOf(here, np.var) && OnlyReads(there, op)) {
          lookup = {NodeLookup::Kind::kId, "", "", &there};
          return 1;
        }
      }
    }
  }
  if (np.properties && np.properties->kind == ExprKind::kMap) {
    const Expr& map = *np.properties;
    for (size_t i = 0; i < map.names.size(); ++i)
      if (NameIndex::IsIndexedKey(map.names[i]) && OnlyReads(*map.children[i], op)) {
        lookup = {NodeLookup::Kind::kName, "", map.names[i], map.children[i].get()};
        return 2;
      }
  }
  if (!np.var.empty()) {
    for (const Expr* c : conjuncts) {
      if (c->kind != ExprKind::kBinary || c->op != Op::kEq) continue;
      for (int side = 0; side < 2; ++side) {
        std::string key = IndexedProperty(*c->children[side], np.var);
        const Expr& there = *c->children[1 - side];
        if (!key.empty() && OnlyReads(there, op)) {
          lookup = {NodeLookup::Kind::kName, "", key, &there};
          return 2;
        }
      }
    }
  }
  if (!np.labels.empty()) {
    lookup = {NodeLookup::Kind::kLabel, np.labels[0], "", nullptr};
    return 3;
  }
  lookup = {};
  return 4;
}

NodeConstraint ConstraintOf(const NodePattern& np) { return {np.labels, np.properties.get()}; }

}  // namespace

OperatorPtr Planner::PlanPattern(OperatorPtr in, const Pattern& pattern,
                                 std::vector<const Expr*>& conjuncts) {
  Uniqueness unique;
  OperatorPtr op = std::move(in);
  for (const PatternPart& part : pattern)
    op = part.kind == PathKind::kPattern ? PlanPart(std::move(op), part, unique, conjuncts)
                                         : PlanShortest(std::move(op), part, unique, conjuncts);
  return op;
}

namespace {

// The start node (a bound one, a lookup, a label, or all nodes).
OperatorPtr StartAt(OperatorPtr op, const NodePattern& np, const std::string& name,
                    const std::vector<const Expr*>& conjuncts) {
  NodeLookup lookup;
  int score = Score(np, name, *op, conjuncts, lookup);
  if (score == 0) {
    int column = op->ColumnIndex(name);
    return NodeScanOp::Check(std::move(op), column, ConstraintOf(np));
  }
  return std::make_unique<NodeScanOp>(std::move(op), name, ConstraintOf(np), lookup);
}

}  // namespace

OperatorPtr Planner::PlanPart(OperatorPtr in, const PatternPart& part, Uniqueness& unique,
                              std::vector<const Expr*>& conjuncts) {
  std::vector<std::string> nodes, rels;
  for (const auto& n : part.nodes) nodes.push_back(n.var.empty() ? Hidden("node") : n.var);
  for (const auto& r : part.rels) rels.push_back(r.var.empty() ? Hidden("rel") : r.var);
  size_t start = 0;
  int best = 99;
  for (size_t i = 0; i < part.nodes.size(); ++i) {
    NodeLookup lookup;
    int s = Score(part.nodes[i], nodes[i], *in, conjuncts, lookup);
    if (s < best) best = s, start = i;
  }
  OperatorPtr op = StartAt(std::move(in), part.nodes[start], nodes[start], conjuncts);
  auto hop = [&](size_t i, bool forward) {
    const RelPattern& rp = part.rels[i];
    size_t from = forward ? i : i + 1, to = forward ? i + 1 : i;
    ExpandSpec spec;
    spec.from = op->ColumnIndex(nodes[from]);
    spec.rel_column = op->ColumnIndex(rels[i]);
    spec.rel_var = rels[i];
    spec.to_column = op->ColumnIndex(nodes[to]);
    spec.to_var = nodes[to];
    spec.rel = {rp.types, forward ? rp.direction : Reverse(rp.direction), rp.properties.get()};
    spec.to = ConstraintOf(part.nodes[to]);
    spec.unique = unique;
    if (rp.var_length) {
      VarExpandSpec v;
      v.hop = std::move(spec);
      v.min_hops = rp.min_hops.value_or(1);
      v.max_hops = rp.max_hops.value_or(std::max(limits_.max_hops, v.min_hops));
      v.reversed = !forward;
      // only the ends matter, and no other relationship of the MATCH constrains the walk:
      // a breadth-first search instead of enumerating every walk (with the far end bound,
      // whether the search reaches it)
      bool reach = distinct_rows_ && rp.var.empty() && part.rels.size() == 1 &&
                   part.path_var.empty() && v.min_hops <= 1 && v.hop.rel_column < 0;
      if (reach) {
        op = std::make_unique<ReachOp>(std::move(op), std::move(v));
      } else {
        op = std::make_unique<VarExpandOp>(std::move(op), std::move(v));
        unique.lists.push_back(op->ColumnIndex(rels[i]));
      }
    } else {
      // only count() reads the relationship and the far node: count them per start row
      auto dead = [&](const std::string& var) { return countable_ && !countable_->count(var); };
      bool count = part.rels.size() == 1 && part.path_var.empty() && spec.rel_column < 0 &&
                   spec.to_column < 0 && dead(rels[i]) && dead(nodes[to]);
      if (count) {
        spec.count_var = weight_column_ = Hidden("count");
        op = std::make_unique<ExpandOp>(std::move(op), std::move(spec));
      } else {
        op = std::make_unique<ExpandOp>(std::move(op), std::move(spec));
        unique.single.push_back(op->ColumnIndex(rels[i]));
      }
    }
    ChargePlan(*op);
  };
  for (size_t i = start; i < part.rels.size(); ++i) hop(i, true);
  for (size_t i = start; i-- > 0;) hop(i, false);
  if (!part.path_var.empty()) {
    std::vector<PathElement> elements;
    for (size_t i = 0; i < part.rels.size(); ++i)
      elements.push_back({op->ColumnIndex(rels[i]), part.rels[i].var_length});
    op = std::make_unique<BuildPathOp>(std::move(op), part.path_var, op->ColumnIndex(nodes[0]),
                                       std::move(elements));
  }
  return op;
}

namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), ::tolower);
  return s;
}

bool Mentions(const Expr& e, const std::string& a, const std::string& b) {
  std::vector<std::string> vars;
  CollectVariables(e, vars);
  for (const auto& v : vars)
    if (v == a || v == b) return true;
  return false;
}

// all(x IN nodes(p) WHERE c), none(x IN relationships(p) WHERE c), all(x IN r WHERE c),
// NOT any(…): a condition on every element, checkable during the search.
bool AsPathPredicate(const Expr& e, const std::string& path, const std::string& rels,
                     PathPredicate& out) {
  const Expr* q = &e;
  bool negated = false;
  if (q->kind == ExprKind::kUnary && q->op == Op::kNot) {
    q = q->children[0].get();
    negated = true;
  }
  if (q->kind != ExprKind::kQuantifier || q->children[1] == nullptr) return false;
  if (!negated && q->name2 == "all")
    out.negated = false;
  else if (!negated && q->name2 == "none")
    out.negated = true;
  else if (negated && q->name2 == "any")
    out.negated = true;
  else
    return false;
  const Expr& list = *q->children[0];
  if (list.kind == ExprKind::kVariable && list.name == rels && !rels.empty()) {
    out.over = PathPredicate::Over::kRelationships;
  } else if (list.kind == ExprKind::kFunction && list.children.size() == 1 &&
             list.children[0]->kind == ExprKind::kVariable && list.children[0]->name == path) {
    std::string fn = Lower(list.name);
    if (fn == "nodes")
      out.over = PathPredicate::Over::kNodes;
    else if (fn == "relationships" || fn == "rels")
      out.over = PathPredicate::Over::kRelationships;
    else
      return false;
  } else {
    return false;
  }
  if (Mentions(*q->children[1], path, rels)) return false;
  out.var = q->name;
  out.condition = q->children[1].get();
  return true;
}

}  // namespace

OperatorPtr Planner::PlanShortest(OperatorPtr in, const PatternPart& part, Uniqueness& unique,
                                  std::vector<const Expr*>& conjuncts) {
  const char* what = part.kind == PathKind::kShortest ? "shortestPath" : "allShortestPaths";
  if (part.rels.size() != 1)
    throw UnsupportedError(std::string(what) + " over more than one relationship", part.offset,
                           part.length);
  const RelPattern& rp = part.rels[0];
  ShortestPathSpec spec;
  spec.min_hops = rp.var_length ? rp.min_hops.value_or(1) : 1;
  spec.max_hops = rp.var_length ? rp.max_hops.value_or(std::max<int64_t>(limits_.max_hops, 1)) : 1;
  if (spec.min_hops > 1)
    throw UnsupportedError(std::string(what) + " with a minimum length above 1", rp.offset,
                           rp.length);
  if (!rp.var.empty() && in->ColumnIndex(rp.var) >= 0)
    throw UnsupportedError(std::string(what) + " over a relationship variable bound before",
                           rp.offset, rp.length);
  std::string names[2];
  OperatorPtr op = std::move(in);
  for (int i = 0; i < 2; ++i) {
    names[i] = part.nodes[i].var.empty() ? Hidden("node") : part.nodes[i].var;
    op = StartAt(std::move(op), part.nodes[i], names[i], conjuncts);
  }
  spec.from = op->ColumnIndex(names[0]);
  spec.to = op->ColumnIndex(names[1]);
  spec.rel_var = rp.var.empty() ? Hidden("rels") : rp.var;
  spec.path_var = part.path_var.empty() ? Hidden("path") : part.path_var;
  spec.rel = {rp.types, rp.direction, rp.properties.get()};
  spec.all = part.kind == PathKind::kAllShortest;
  std::vector<const Expr*> rest;
  for (const Expr* c : conjuncts) {
    if (!Mentions(*c, part.path_var, rp.var)) {
      rest.push_back(c);
      continue;
    }
    PathPredicate pred;
    if (!AsPathPredicate(*c, part.path_var, rp.var, pred))
      throw UnsupportedError(
          "a WHERE condition on a shortest path other than all() / none() over nodes(p) or "
          "relationships(p)",
          c->offset, c->length);
    spec.predicates.push_back(pred);
  }
  conjuncts = std::move(rest);
  std::string rel_column = spec.rel_var;
  op = std::make_unique<ShortestPathOp>(std::move(op), std::move(spec));
  unique.lists.push_back(op->ColumnIndex(rel_column));
  return op;
}

}  // namespace kg::query::internal
