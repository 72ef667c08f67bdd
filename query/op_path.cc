// BuildPath: p = (a)-[r]->(b)-[rs*]-(c) as a path value, from the pattern's
// columns. Nodes between the relationships of a variable-length list are
// recovered by walking the list from the node before it.
#include "query/operators.h"

namespace kg::query {
namespace {

std::vector<std::string> Plus(std::vector<std::string> cols, std::string var) {
  cols.push_back(std::move(var));
  return cols;
}

}  // namespace

BuildPathOp::BuildPathOp(OperatorPtr child, std::string var, int first_node,
                         std::vector<PathElement> rels)
    : Operator(Plus(child->columns(), std::move(var)), std::move(child)),
      first_node_(first_node),
      rels_(std::move(rels)) {}

bool BuildPathOp::Next(Row& out) {
  if (!child_->Next(out)) return false;
  const graph::PropertyGraph& g = *ctx_->graph;
  const Value& first = out[first_node_];
  if (!first.is_node()) {
    out.emplace_back();
    return true;
  }
  PathData path;
  size_t hops = 0;
  for (const PathElement& el : rels_) {
    const Value& v = out[el.column];
    hops += el.is_list && v.is_list() ? v.as_list().size() : 1;
  }
  path.nodes.reserve(hops + 1);
  path.rels.reserve(hops);
  path.nodes.push_back(first.as_node());
  auto step = [&](graph::EdgeIndex e) {
    const graph::EdgeRecord& rec = g.edge(e);
    graph::NodeIndex at = path.nodes.back();
    path.rels.push_back(e);
    path.nodes.push_back(rec.source == at ? rec.target : rec.source);
  };
  for (const PathElement& el : rels_) {
    const Value& v = out[el.column];
    if (el.is_list) {
      if (!v.is_list()) {
        out.emplace_back();
        return true;
      }
      for (const auto& r : v.as_list()) step(r.as_relationship());
    } else if (v.is_relationship()) {
      step(v.as_relationship());
    } else {
      out.emplace_back();
      return true;
    }
  }
  out.reserve(columns_.size());
  out.push_back(Value::Path(std::move(path)));
  return true;
}

std::string BuildPathOp::Describe() const { return "BuildPath " + columns_.back(); }

}  // namespace kg::query
