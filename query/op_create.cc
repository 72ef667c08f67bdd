// CREATE: new nodes and relationships with properties, marked as manual
// provenance (Evidence with kManualArticle). Eager, as every write operator: all
// input rows are read first, so nothing upstream iterates the graph while it
// changes; the name index catches up before any row goes on.
#include "query/evaluator.h"
#include "query/operators.h"
#include "query/query_error.h"
#include "query/write_support.h"

namespace kg::query {
namespace {

std::vector<std::string> Plus(std::vector<std::string> cols, const std::vector<std::string>& more) {
  cols.insert(cols.end(), more.begin(), more.end());
  return cols;
}

int ColumnOf(const std::vector<std::string>& columns, const std::string& name) {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == name) return static_cast<int>(i);
  return -1;
}

}  // namespace

void CreatePatternPart(const PatternPart& part, const std::vector<std::string>& columns,
                       size_t bound_width, Row& row, Env& env, ExecContext& ctx) {
  graph::PropertyGraph& g = *ctx.graph;
  auto node_for = [&](const NodePattern& np) -> graph::NodeIndex {
    int idx = np.var.empty() ? -1 : ColumnOf(columns, np.var);
    if (idx >= 0 && (static_cast<size_t>(idx) < bound_width || !row[idx].is_null())) {
      const Value& v = row[idx];
      if (!v.is_node())
        throw RuntimeError(
            "SemanticError", "CreateNullNode",
            "cannot create a relationship to '" + np.var + "': it is " + TypeName(v.type()),
            np.offset, np.length);
      if (g.node_deleted(v.as_node()))
        throw RuntimeError("EntityNotFound", "DeletedEntityAccess",
                           "cannot create a relationship to '" + np.var + "': it was deleted",
                           np.offset, np.length);
      return v.as_node();
    }
    std::vector<graph::SymbolId> labels;
    for (const auto& l : np.labels) {
      graph::SymbolId id = g.Intern(l);
      NoteLabelChange(ctx, id);
      labels.push_back(id);
    }
    graph::Properties props = StoredProperties(np.properties.get(), env, ctx);
    graph::NodeIndex n = g.AddNode(std::move(labels), std::move(props));
    g.AddNodeEvidence(n, ctx.write_evidence);
    ++ctx.stats.nodes_created;
    if (idx >= 0) row[idx] = Value::Node(n);
    return n;
  };
  PathData path;
  graph::NodeIndex left = node_for(part.nodes[0]);
  path.nodes.push_back(left);
  for (size_t i = 0; i < part.rels.size(); ++i) {
    graph::NodeIndex right = node_for(part.nodes[i + 1]);
    const RelPattern& rp = part.rels[i];
    graph::Properties props = StoredProperties(rp.properties.get(), env, ctx);
    graph::NodeIndex source = rp.direction == Direction::kIn ? right : left;
    graph::NodeIndex target = rp.direction == Direction::kIn ? left : right;
    graph::EdgeIndex e = g.AddEdge(g.Intern(rp.types.at(0)), source, target, std::move(props));
    g.AddEdgeEvidence(e, ctx.write_evidence);
    ++ctx.stats.relationships_created;
    if (!rp.var.empty()) row[ColumnOf(columns, rp.var)] = Value::Relationship(e);
    path.rels.push_back(e);
    path.nodes.push_back(right);
    left = right;
  }
  if (!part.path_var.empty()) row[ColumnOf(columns, part.path_var)] = Value::Path(std::move(path));
}

CreateOp::CreateOp(OperatorPtr child, const Pattern* pattern, std::vector<std::string> new_columns)
    : WriteOp(Plus(child->columns(), new_columns), std::move(child)), pattern_(pattern) {}

void CreateOp::Write(std::vector<Row>& rows) {
  for (Row& row : rows) {
    row.resize(columns_.size());
    Env env(&columns_, &row);
    for (const PatternPart& part : *pattern_)
      CreatePatternPart(part, columns_, child_->columns().size(), row, env, *ctx_);
    ctx_->budget->Tick();
  }
}

std::string CreateOp::Describe() const { return "Create"; }

}  // namespace kg::query
