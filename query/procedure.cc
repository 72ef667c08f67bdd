#include "query/procedure.h"

namespace kg::query {

const char* ProcedureTypeName(ProcedureType t) {
  switch (t) {
    case ProcedureType::kAny: return "ANY?";
    case ProcedureType::kString: return "STRING?";
    case ProcedureType::kInteger: return "INTEGER?";
    case ProcedureType::kFloat: return "FLOAT?";
    case ProcedureType::kNumber: return "NUMBER?";
    case ProcedureType::kBoolean: return "BOOLEAN?";
    case ProcedureType::kMap: return "MAP?";
    case ProcedureType::kList: return "LIST? OF ANY?";
    case ProcedureType::kNode: return "NODE?";
  }
  return "?";
}

size_t ProcedureSignature::RequiredInputs() const {
  size_t n = 0;
  for (const auto& in : inputs)
    if (!in.default_value) ++n;
  return n;
}

std::string ProcedureSignature::Text() const {
  auto fields = [](const std::vector<ProcedureField>& list, bool with_defaults) {
    std::string out;
    for (const auto& f : list) {
      if (!out.empty()) out += ", ";
      out += f.name;
      if (with_defaults && f.default_value) out += " = …";
      out += std::string(" :: ") + ProcedureTypeName(f.type);
    }
    return out;
  };
  return name + "(" + fields(inputs, true) + ") :: (" + fields(outputs, false) + ")";
}

bool AcceptsValue(ProcedureType type, const Value& v) {
  if (v.is_null()) return true;
  switch (type) {
    case ProcedureType::kAny: return true;
    case ProcedureType::kString: return v.is_string();
    case ProcedureType::kInteger: return v.is_int();
    case ProcedureType::kFloat:
    case ProcedureType::kNumber: return v.is_number();
    case ProcedureType::kBoolean: return v.is_bool();
    case ProcedureType::kMap: return v.is_map();
    case ProcedureType::kList: return v.is_list();
    case ProcedureType::kNode: return v.is_node();
  }
  return false;
}

Value CoerceArgument(ProcedureType type, Value v) {
  if (type == ProcedureType::kFloat && v.is_int())
    return Value::Float(static_cast<double>(v.as_int()));
  return v;
}

ProcedureRegistry::ProcedureRegistry() { AddBuiltinProcedures(*this); }

void ProcedureRegistry::Add(std::shared_ptr<const Procedure> procedure) {
  std::string name = procedure->signature().name;
  procedures_[name] = std::move(procedure);
}

const Procedure* ProcedureRegistry::Find(std::string_view name) const {
  auto it = procedures_.find(name);
  return it == procedures_.end() ? nullptr : it->second.get();
}

std::vector<const Procedure*> ProcedureRegistry::All() const {
  std::vector<const Procedure*> out;
  for (const auto& [name, p] : procedures_) out.push_back(p.get());
  return out;
}

}  // namespace kg::query
