// MERGE: match the pattern for each row, or create it when nothing matches.
#include "query/evaluator.h"
#include "query/query_error.h"
#include "query/write_operators.h"
#include "query/write_support.h"

namespace kg::query {
namespace {

// MERGE cannot match on null ("{num: null}" would never match, and creating it
// would store nothing): Neo4j refuses it, so does kg.
void RefuseNullProperties(const ExprPtr& map, Env& env, ExecContext& ctx) {
  if (!map) return;
  Value v = Evaluate(*map, env, ctx);
  if (!v.is_map()) return;
  for (const auto& [key, value] : v.as_map())
    if (value.is_null())
      throw RuntimeError("SemanticError", "MergeReadOwnWrites",
                         "MERGE cannot match or create property '" + key + "' with a null value",
                         map->offset, map->length);
}

}  // namespace

MergeOp::MergeOp(OperatorPtr child, OperatorPtr match, ArgumentOp* argument, const Clause* clause)
    : WriteOp(match->columns(), std::move(child)),
      match_(std::move(match)),
      argument_(argument),
      clause_(clause) {}

void MergeOp::Write(std::vector<Row>& rows) {
  const PatternPart& part = clause_->pattern.at(0);
  const size_t bound_width = child_->columns().size();
  std::vector<Row> out;
  for (Row& input : rows) {
    {
      Env env(&child_->columns(), &input);
      for (const NodePattern& n : part.nodes) RefuseNullProperties(n.properties, env, *ctx_);
      for (const RelPattern& r : part.rels) RefuseNullProperties(r.properties, env, *ctx_);
    }
    RefreshIndex(*ctx_);  // what earlier rows created is matched too
    argument_->SetRow(&input);
    match_->Open(*ctx_);
    std::vector<Row> matched;
    Row row;
    while (match_->Next(row)) matched.push_back(row);
    if (matched.empty()) {
      Row created = input;
      created.resize(columns_.size());
      Env env(&columns_, &created);
      CreatePatternPart(part, columns_, bound_width, created, env, *ctx_);
      for (const SetItem& item : clause_->on_create) ApplySetItem(item, env, *ctx_);
      out.push_back(std::move(created));
    } else {
      for (Row& m : matched) {
        Env env(&columns_, &m);
        for (const SetItem& item : clause_->on_match) ApplySetItem(item, env, *ctx_);
        out.push_back(std::move(m));
      }
    }
    ctx_->budget->Tick();
    ctx_->budget->CheckRows(out.size());
  }
  rows = std::move(out);
}

std::string MergeOp::Describe() const { return "Merge"; }

std::vector<const Operator*> MergeOp::Children() const { return {child_.get(), match_.get()}; }

}  // namespace kg::query
