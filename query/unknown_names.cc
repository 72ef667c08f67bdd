#include "query/unknown_names.h"

#include <set>

#include "extract/text/closest_name.h"

namespace kg::query {
namespace {

class Checker {
 public:
  explicit Checker(const graph::PropertyGraph& g) : graph_(g) {}

  void Node(const NodePattern& n) {
    for (const auto& label : n.labels)
      Name(label, "no node has the label :", ":", n.offset, n.length);
    MapKeys(n.properties.get(), n.offset, n.length);
    Walk(n.properties.get());
  }
  void Rel(const RelPattern& r) {
    for (const auto& type : r.types)
      Name(type, "no relationship has the type :", ":", r.offset, r.length);
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
        for (const auto& label : x->names)
          Name(label, "no node has the label :", ":", x->offset, x->length);
      if (x->pattern) Part(*x->pattern);
      if (x->subquery) Query(*x->subquery);
      for (const auto& c : x->children)
        if (c) stack.push_back(c.get());
    }
  }

  // The names a query's clauses use; an EXISTS { … } inside walks its own.
  void Query(const SingleQuery& q) {
    for (const auto& c : q.clauses) {
      for (const auto& part : c.pattern) {
        for (const auto& n : part.nodes)
          if (!n.var.empty()) pattern_vars.insert(n.var);
        for (const auto& r : part.rels)
          if (!r.var.empty()) pattern_vars.insert(r.var);
      }
    }
    for (const auto& c : q.clauses) {
      for (const auto& part : c.pattern) Part(part);
      Walk(c.where.get());
      Walk(c.expr.get());
      for (const auto& a : c.arguments) Walk(a.get());
      for (const auto& item : c.projection.items) Walk(item.expr.get());
      for (const auto& item : c.projection.order_by) Walk(item.expr.get());
      Walk(c.projection.where.get());
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
  void Name(const std::string& name, const char* what, const char* sigil, size_t offset,
            size_t length) {
    if (name.empty() || graph_.FindSymbol(name) || !reported_.insert(name).second) return;
    std::string message = what + name;
    // the nearest name the graph has, when near enough to be a typo
    std::string suggestion = text::ClosestName(name, graph_.symbols());
    if (!suggestion.empty()) message += std::string(" (did you mean ") + sigil + suggestion + "?)";
    warnings.push_back({offset, length, message});
  }

  const graph::PropertyGraph& graph_;
  std::set<std::string> reported_;
};

}  // namespace

std::vector<NameWarning> FindUnknownNames(const Statement& statement,
                                          const graph::PropertyGraph& graph) {
  for (const auto& q : statement.queries)
    for (const auto& c : q.clauses)
      if (c.kind == ClauseKind::kCreate || c.kind == ClauseKind::kMerge ||
          c.kind == ClauseKind::kSet)
        return {};  // a statement that writes names may bring them into the graph
  Checker check(graph);
  for (const auto& q : statement.queries) check.Query(q);
  return check.warnings;
}

}  // namespace kg::query
