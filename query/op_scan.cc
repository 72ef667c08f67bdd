// NodeScan: the start of a pattern part — every node, the nodes of a label, or
// a name-index / id lookup — filtered by the node pattern's labels and properties.
#include "query/evaluator.h"
#include "query/name_index.h"
#include "query/operators.h"

namespace kg::query {
namespace {

std::vector<std::string> With(std::vector<std::string> cols, const std::string& var, bool add) {
  if (add) cols.push_back(var);
  return cols;
}

}  // namespace

NodeScanOp::NodeScanOp(OperatorPtr child, std::string var, NodeConstraint constraint,
                       NodeLookup lookup)
    : Operator(With(child->columns(), var, true), std::move(child)),
      constraint_(std::move(constraint)),
      lookup_(std::move(lookup)),
      var_(std::move(var)) {}

OperatorPtr NodeScanOp::Check(OperatorPtr child, int column, NodeConstraint constraint) {
  std::string var = child->columns()[column];
  auto op =
      std::make_unique<NodeScanOp>(std::move(child), var, std::move(constraint), NodeLookup{});
  op->columns_.pop_back();
  op->bound_column_ = column;
  return op;
}

void NodeScanOp::Open(ExecContext& ctx) {
  Operator::Open(ctx);
  have_input_ = false;
  pos_ = end_ = 0;
  candidates_.clear();
}

bool NodeScanOp::NextInput() {
  if (!child_->Next(input_)) return false;
  Env env(&child_->columns(), &input_);
  resolved_ = ResolveNode(constraint_, env, *ctx_);
  candidates_.clear();
  source_ = &candidates_;
  scan_all_ = false;
  pos_ = 0;
  const graph::PropertyGraph& g = *ctx_->graph;
  if (bound_column_ >= 0) {
    const Value& v = input_[bound_column_];
    if (v.is_node()) candidates_.push_back(v.as_node());
  } else if (resolved_.impossible) {
    // nothing can match
  } else if (lookup_.kind == NodeLookup::Kind::kId) {
    Value id = Evaluate(*lookup_.value, env, *ctx_);
    if (id.is_int() && id.as_int() >= 0)
      if (auto n = g.FindNode(static_cast<graph::NodeId>(id.as_int()))) candidates_.push_back(*n);
  } else if (lookup_.kind == NodeLookup::Kind::kName) {
    Value v = Evaluate(*lookup_.value, env, *ctx_);
    if (v.is_string()) candidates_ = ctx_->index->Lookup(lookup_.key, v.as_string());
  } else if (lookup_.kind == NodeLookup::Kind::kLabel) {
    auto id = g.FindSymbol(lookup_.label);
    if (id) source_ = &ctx_->index->WithLabel(*id);
  } else {
    scan_all_ = true;
  }
  end_ = scan_all_ ? g.node_count() : source_->size();
  return true;
}

bool NodeScanOp::Next(Row& out) {
  const graph::PropertyGraph& g = *ctx_->graph;
  while (true) {
    if (!have_input_ || pos_ >= end_) {
      if (!NextInput()) return false;
      have_input_ = true;
      continue;
    }
    graph::NodeIndex n = scan_all_ ? static_cast<graph::NodeIndex>(pos_) : (*source_)[pos_];
    ++pos_;
    ctx_->budget->Tick();
    if (g.node_deleted(n) || !resolved_.Matches(g, n)) continue;
    out = input_;
    if (bound_column_ < 0) out.push_back(Value::Node(n));
    return true;
  }
}

std::string NodeScanOp::Describe() const {
  std::string out = bound_column_ >= 0 ? "CheckNode " : "NodeScan ";
  out += var_;
  for (const auto& l : constraint_.labels) out += ":" + l;
  if (constraint_.properties) out += " {…}";
  switch (lookup_.kind) {
    case NodeLookup::Kind::kAll: break;
    case NodeLookup::Kind::kLabel: out += " by label " + lookup_.label; break;
    case NodeLookup::Kind::kName: out += " by folded " + lookup_.key + " (name index)"; break;
    case NodeLookup::Kind::kId: out += " by id"; break;
  }
  return out;
}

}  // namespace kg::query
