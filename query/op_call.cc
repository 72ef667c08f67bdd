// CALL proc(args) YIELD …: runs the procedure once per input row.
#include "query/ast_printer.h"
#include "query/evaluator.h"
#include "query/operators.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

std::vector<std::string> Plus(std::vector<std::string> cols, std::vector<std::string> more) {
  cols.insert(cols.end(), more.begin(), more.end());
  return cols;
}

}  // namespace

ProcedureCallOp::ProcedureCallOp(OperatorPtr child, ProcedureCallSpec spec,
                                 std::vector<std::string> new_columns)
    : Operator(Plus(child->columns(), std::move(new_columns)), std::move(child)),
      spec_(std::move(spec)) {}

void ProcedureCallOp::Open(ExecContext& ctx) {
  Operator::Open(ctx);
  ctx.budget->Release(held_bytes_);
  held_bytes_ = 0;
  results_.clear();
  pos_ = 0;
}

void ProcedureCallOp::CallFor(const Row& input) {
  const ProcedureSignature& sig = spec_.procedure->signature();
  Env env(&child_->columns(), &input);
  ValueList args;
  for (size_t i = 0; i < sig.inputs.size(); ++i) {
    const ProcedureField& in = sig.inputs[i];
    Value v;
    if (i < spec_.arguments.size()) {
      v = Evaluate(*spec_.arguments[i], env, *ctx_);
    } else if (spec_.arguments_from_parameters && ctx_->params->count(in.name)) {
      v = ctx_->params->at(in.name);
    } else {
      v = in.default_value.value_or(Value());
    }
    if (!AcceptsValue(in.type, v))
      throw RuntimeError("TypeError", "InvalidArgumentType",
                         sig.name + ": " + in.name + " must be " + ProcedureTypeName(in.type) +
                             ", not " + TypeName(v.type()),
                         spec_.offset, spec_.length);
    args.push_back(CoerceArgument(in.type, std::move(v)));
  }
  ctx_->budget->Release(held_bytes_);
  results_.clear();
  pos_ = 0;
  spec_.procedure->Call(args, *ctx_, results_);
  // the rows are held until they are all pulled: charged to --max-memory
  held_bytes_ = 0;
  for (const ValueList& row : results_) {
    held_bytes_ += sizeof(ValueList);
    for (const Value& v : row) held_bytes_ += ApproxBytes(v);
  }
  ctx_->budget->Keep(held_bytes_, "a procedure's result holds");
}

bool ProcedureCallOp::Next(Row& out) {
  if (spec_.procedure->signature().outputs.empty()) {
    if (!child_->Next(input_)) return false;
    CallFor(input_);
    out = input_;
    return true;
  }
  while (pos_ >= results_.size()) {
    if (!child_->Next(input_)) return false;
    CallFor(input_);
  }
  out = input_;
  for (size_t output : spec_.outputs) out.push_back(results_[pos_][output]);
  ++pos_;
  ctx_->budget->Tick();
  return true;
}

std::string ProcedureCallOp::Describe() const {
  std::string text = "ProcedureCall " + spec_.procedure->signature().name + "(";
  for (size_t i = 0; i < spec_.arguments.size(); ++i)
    text += (i ? ", " : "") + PrintExpr(*spec_.arguments[i]);
  if (spec_.arguments_from_parameters) text += "parameters";
  text += ")";
  const size_t first = columns_.size() - spec_.outputs.size();
  for (size_t i = 0; i < spec_.outputs.size(); ++i)
    text += (i ? ", " : " YIELD ") + spec_.procedure->signature().outputs[spec_.outputs[i]].name +
            " AS " + columns_[first + i];
  return text;
}

}  // namespace kg::query
