#include "query/unknown_names.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace kg::query {
namespace {

// Optimal string alignment distance, case ignored; enough for "did you mean".
size_t Distance(const std::string& a, const std::string& b) {
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1,
                          d[i - 1][j - 1] + (lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1)});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

class Checker {
 public:
  explicit Checker(const graph::PropertyGraph& g) : graph_(g) {}

  void Node(const NodePattern& n) {
    for (const auto& label : n.labels) Name(label, "no node has the label :", ":", n.offset, n.length);
    MapKeys(n.properties.get(), n.offset, n.length);
    Walk(n.properties.get());
  }
  void Rel(const RelPattern& r) {
    for (const auto& type : r.types) Name(type, "no relationship has the type :", ":", r.offset, r.length);
    MapKeys(r.properties.get(), r.offset, r.length);
    Walk(r.properties.get());
  }
  void Part(const PatternPart& p) {
    for (const auto& n : p.nodes) Node(n);
    for (const auto& r : p.rels) Rel(r);
  }
  void Walk(const Expr* e) {
    if (e == nullptr) return;
    // an explicit stack: expressions may be 400 levels deep (parser.h)
    std::vector<const Expr*> stack{e};
    while (!stack.empty()) {
      const Expr* x = stack.back();
      stack.pop_back();
      // only on a pattern's variable: m.x of a map is no graph property
      if (x->kind == ExprKind::kProperty && x->children[0] &&
          x->children[0]->kind == ExprKind::kVariable && pattern_vars.count(x->children[0]->name))
        Name(x->name, "no node or relationship has the property ", ".", x->offset, x->length);
      if (x->kind == ExprKind::kLabelCheck)
        for (const auto& label : x->names) Name(label, "no node has the label :", ":", x->offset, x->length);
      if (x->pattern) Part(*x->pattern);
      for (const auto& c : x->children)
        if (c) stack.push_back(c.get());
    }
  }

  std::vector<NameWarning> warnings;
  std::set<std::string> pattern_vars;  // variables of MATCH patterns

 private:
  void MapKeys(const Expr* map, size_t offset, size_t length) {
    if (map == nullptr || map->kind != ExprKind::kMap) return;
    for (const auto& key : map->names)
      Name(key, "no node or relationship has the property ", ".", offset, length);
  }
  void Name(const std::string& name, const char* what, const char* sigil, size_t offset, size_t length) {
    if (name.empty() || graph_.FindSymbol(name) || !reported_.insert(name).second) return;
    std::string message = what + name;
    // the nearest name the graph has, when near enough to be a typo
    const size_t allowed = std::clamp<size_t>(name.size() / 3, 1, 3);
    size_t best = allowed + 1;
    std::string suggestion;
    if (name.size() <= 64)
      for (const auto& symbol : graph_.symbols()) {
        if (symbol.size() > name.size() + allowed || symbol.size() + allowed < name.size()) continue;
        const size_t d = Distance(name, symbol);
        if (d < best) best = d, suggestion = symbol;
      }
    if (!suggestion.empty()) message += std::string(" (did you mean ") + sigil + suggestion + "?)";
    warnings.push_back({offset, length, message});
  }

  const graph::PropertyGraph& graph_;
  std::set<std::string> reported_;
};

}  // namespace

std::vector<NameWarning> FindUnknownNames(const Statement& statement, const graph::PropertyGraph& graph) {
  for (const auto& q : statement.queries)
    for (const auto& c : q.clauses)
      if (c.kind == ClauseKind::kCreate) return {};
  Checker check(graph);
  for (const auto& q : statement.queries)
    for (const auto& c : q.clauses)
      for (const auto& part : c.pattern) {
        for (const auto& n : part.nodes)
          if (!n.var.empty()) check.pattern_vars.insert(n.var);
        for (const auto& r : part.rels)
          if (!r.var.empty()) check.pattern_vars.insert(r.var);
      }
  for (const auto& q : statement.queries)
    for (const auto& c : q.clauses) {
      for (const auto& part : c.pattern) check.Part(part);
      check.Walk(c.where.get());
      check.Walk(c.expr.get());
      for (const auto& item : c.projection.items) check.Walk(item.expr.get());
      for (const auto& item : c.projection.order_by) check.Walk(item.expr.get());
      check.Walk(c.projection.where.get());
    }
  return check.warnings;
}

}  // namespace kg::query
