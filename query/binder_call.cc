// Binder, CALL: the procedure exists, its arguments fit its signature, and its
// YIELD names are outputs that bind fresh variables.
#include <algorithm>

#include "extract/text/closest_name.h"
#include "query/binder_internal.h"

namespace kg::query::internal {
namespace {

StaticType OutputType(ProcedureType t) {
  switch (t) {
    case ProcedureType::kString: return StaticType::kString;
    case ProcedureType::kInteger: return StaticType::kInt;
    case ProcedureType::kFloat: return StaticType::kFloat;
    case ProcedureType::kBoolean: return StaticType::kBool;
    case ProcedureType::kMap: return StaticType::kMap;
    case ProcedureType::kList: return StaticType::kList;
    case ProcedureType::kNode: return StaticType::kNode;
    case ProcedureType::kAny:
    case ProcedureType::kNumber: break;
  }
  return StaticType::kAny;
}

// Whether an argument whose type the binder knows can be passed as `want`.
bool Fits(StaticType have, ProcedureType want) {
  if (have == StaticType::kAny || have == StaticType::kNull || want == ProcedureType::kAny)
    return true;
  switch (want) {
    case ProcedureType::kFloat:
    case ProcedureType::kNumber: return have == StaticType::kInt || have == StaticType::kFloat;
    case ProcedureType::kList:
      return have == StaticType::kList || have == StaticType::kRelationshipList;
    default: return have == OutputType(want);
  }
}

}  // namespace

std::vector<std::string> Binder::BindCall(const Clause& c, Scope& scope, bool standalone,
                                          bool last) {
  const Procedure* procedure = procedures_.Find(c.procedure);
  if (procedure == nullptr) {
    std::vector<std::string> names;
    for (const Procedure* p : procedures_.All()) names.push_back(p->signature().name);
    throw BindError("ProcedureError", "ProcedureNotFound",
                    "there is no procedure " + c.procedure + text::DidYouMean(c.procedure, names),
                    c.procedure_offset, c.procedure.size());
  }
  out_.procedures[&c] = procedure;
  const ProcedureSignature& sig = procedure->signature();

  if (c.explicit_arguments) {
    const size_t given = c.arguments.size(), low = sig.RequiredInputs(), high = sig.inputs.size();
    if (given < low || given > high)
      Fail("InvalidNumberOfArguments",
           sig.name + " takes " +
               (low == high ? std::to_string(low)
                            : std::to_string(low) + " to " + std::to_string(high)) +
               " argument" + (high == 1 ? "" : "s") + ", not " + std::to_string(given) + ": " +
               sig.Text(),
           c.offset, c.length);
    for (size_t i = 0; i < given; ++i) {
      const Expr& arg = *c.arguments[i];
      BindExpr(arg, scope, {});
      StaticType type = InferType(arg, scope);
      if (!Fits(type, sig.inputs[i].type))
        Fail("InvalidArgumentType",
             sig.name + ": " + sig.inputs[i].name + " must be " +
                 ProcedureTypeName(sig.inputs[i].type) + ", not " + StaticTypeName(type),
             arg.offset, arg.length);
    }
  } else if (!sig.inputs.empty()) {
    // CALL name without parentheses: the arguments are the parameters of the same names
    if (!standalone)
      Fail("InvalidArgumentPassingMode",
           "inside a query, " + sig.name +
               "'s arguments must be written in parentheses: " + sig.Text(),
           c.procedure_offset, c.procedure.size());
    for (const ProcedureField& in : sig.inputs)
      if (!in.default_value && !params_.count(in.name))
        throw BindError("ParameterMissing", "MissingParameter",
                        "parameter $" + in.name + " is not given (" + sig.name +
                            " without parentheses takes its arguments from parameters)",
                        c.procedure_offset, c.procedure.size());
  }

  if (c.yield_star && !standalone)
    Fail("UnexpectedSyntax", "YIELD * is only allowed when CALL is the whole query", c.offset,
         c.length);
  std::vector<std::string> columns;
  if (c.has_yield && !c.yield_star) {
    for (const YieldItem& y : c.yields) {
      auto output = std::find_if(sig.outputs.begin(), sig.outputs.end(),
                                 [&](const ProcedureField& f) { return f.name == y.output; });
      if (output == sig.outputs.end())
        Fail("UndefinedVariable", sig.name + " has no output '" + y.output + "': " + sig.Text(),
             y.offset, y.length);
      if (scope.Find(y.alias))
        Fail("VariableAlreadyBound", "variable '" + y.alias + "' is already defined", y.offset,
             y.length);
      scope.Add(y.alias, OutputType(output->type));
      columns.push_back(y.alias);
    }
  } else if (standalone) {
    for (const ProcedureField& out : sig.outputs) columns.push_back(out.name);
  }
  if (c.where) {
    BindExpr(*c.where, scope, {});
    CheckCondition(*c.where, scope);
  }
  if (last && !standalone && !sig.outputs.empty())
    Fail("InvalidClauseComposition",
         "a query cannot end with a CALL that yields rows (add a RETURN)", c.offset, 4);
  return columns;
}

}  // namespace kg::query::internal
