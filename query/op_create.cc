// CREATE: new nodes and relationships with properties, marked as manual
// provenance (Evidence with kManualArticle). Eager: all input rows are read
// first, so nothing upstream iterates the graph while it changes; the name
// index catches up before any row goes on.
#include "query/evaluator.h"
#include "query/operators.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

std::vector<std::string> Plus(std::vector<std::string> cols, const std::vector<std::string>& more) {
  cols.insert(cols.end(), more.begin(), more.end());
  return cols;
}

graph::Properties ToStored(const Expr* map, Env& env, ExecContext& ctx, graph::PropertyGraph& g) {
  graph::Properties props;
  if (map == nullptr) return props;
  Value v = Evaluate(*map, env, ctx);
  if (v.is_null()) return props;
  if (!v.is_map())
    throw RuntimeError("TypeError", "InvalidArgumentType", "properties must be a Map", map->offset,
                       map->length);
  for (const auto& [key, value] : v.as_map()) {
    if (value.is_null()) continue;
    auto stored = ToProperty(value);
    if (!stored)
      throw RuntimeError("TypeError", "InvalidPropertyType",
                         std::string("a ") + TypeName(value.type()) +
                             " cannot be stored as property '" + key + "'",
                         map->offset, map->length);
    props.emplace_back(g.Intern(key), std::move(*stored));
    ++ctx.stats.properties_set;
  }
  return props;
}

}  // namespace

CreateOp::CreateOp(OperatorPtr child, const Pattern* pattern, std::vector<std::string> new_columns)
    : Operator(Plus(child->columns(), new_columns), std::move(child)), pattern_(pattern) {}

void CreateOp::Open(ExecContext& ctx) {
  Operator::Open(ctx);
  rows_.clear();
  pos_ = 0;
  done_ = false;
}

void CreateOp::CreatePart(const PatternPart& part, Row& row, Env& env) {
  graph::PropertyGraph& g = *ctx_->graph;
  size_t child_width = child_->columns().size();
  auto node_for = [&](const NodePattern& np) -> graph::NodeIndex {
    int idx = np.var.empty() ? -1 : ColumnIndex(np.var);
    if (idx >= 0 && (static_cast<size_t>(idx) < child_width || !row[idx].is_null())) {
      const Value& v = row[idx];
      if (!v.is_node())
        throw RuntimeError(
            "SemanticError", "CreateNullNode",
            "cannot create a relationship to '" + np.var + "': it is " + TypeName(v.type()),
            np.offset, np.length);
      return v.as_node();
    }
    std::vector<graph::SymbolId> labels;
    for (const auto& l : np.labels) {
      graph::SymbolId id = g.Intern(l);
      if (ctx_->index->WithLabel(id).empty() && new_labels_.insert(id).second)
        ++ctx_->stats.labels_added;
      labels.push_back(id);
    }
    graph::Properties props = ToStored(np.properties.get(), env, *ctx_, g);
    graph::NodeIndex n = g.AddNode(std::move(labels), std::move(props));
    g.AddNodeEvidence(n, graph::Evidence{});
    ++ctx_->stats.nodes_created;
    if (idx >= 0) row[idx] = Value::Node(n);
    return n;
  };
  PathData path;
  graph::NodeIndex left = node_for(part.nodes[0]);
  path.nodes.push_back(left);
  for (size_t i = 0; i < part.rels.size(); ++i) {
    graph::NodeIndex right = node_for(part.nodes[i + 1]);
    const RelPattern& rp = part.rels[i];
    graph::Properties props = ToStored(rp.properties.get(), env, *ctx_, g);
    graph::NodeIndex source = rp.direction == Direction::kIn ? right : left;
    graph::NodeIndex target = rp.direction == Direction::kIn ? left : right;
    graph::EdgeIndex e = g.AddEdge(g.Intern(rp.types.at(0)), source, target, std::move(props));
    g.AddEdgeEvidence(e, graph::Evidence{});
    ++ctx_->stats.relationships_created;
    if (!rp.var.empty()) row[ColumnIndex(rp.var)] = Value::Relationship(e);
    path.rels.push_back(e);
    path.nodes.push_back(right);
    left = right;
  }
  if (!part.path_var.empty()) row[ColumnIndex(part.path_var)] = Value::Path(std::move(path));
}

void CreateOp::Run() {
  std::vector<Row> inputs;
  Row input;
  while (child_->Next(input)) {
    inputs.push_back(input);
    ctx_->budget->CheckRows(inputs.size());
  }
  for (Row& row : inputs) {
    row.resize(columns_.size());
    Env env(&columns_, &row);
    for (const PatternPart& part : *pattern_) CreatePart(part, row, env);
    ctx_->budget->Tick();
  }
  ctx_->index->CatchUp(*ctx_->graph);
  rows_ = std::move(inputs);
}

bool CreateOp::Next(Row& out) {
  if (!done_) {
    Run();
    done_ = true;
  }
  if (pos_ >= rows_.size()) return false;
  out = std::move(rows_[pos_++]);
  return true;
}

std::string CreateOp::Describe() const { return "Create"; }

}  // namespace kg::query
