// Procedures: what `CALL name(args) YIELD outputs` runs. A procedure has a
// signature (named, typed inputs and outputs, as Neo4j declares them) and
// produces rows of its outputs for one set of arguments.
//
// An Engine owns a ProcedureRegistry that starts with kg's built-ins (the
// introspection procedures db.labels(), db.relationshipTypes(),
// db.propertyKeys() that tools call, and the graph algorithms kg.degree,
// kg.pagerank, kg.wcc, kg.betweenness, kg.bfs; builtin_procedures.cc). A
// program embedding the engine may add its own (the TCK runner adds the
// table-backed procedures its scenarios declare).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "query/exec_context.h"
#include "query/value.h"

namespace kg::query {

// The types a signature declares; kAny accepts every value. Null is always accepted.
enum class ProcedureType { kAny, kString, kInteger, kFloat, kNumber, kBoolean, kMap, kList, kNode };
const char* ProcedureTypeName(ProcedureType t);  // "STRING?", … as Neo4j prints signatures

struct ProcedureField {
  std::string name;
  ProcedureType type = ProcedureType::kAny;
  std::optional<Value> default_value;  // an input that may be left out
};

struct ProcedureSignature {
  std::string name;  // dotted: "kg.pagerank"
  std::vector<ProcedureField> inputs;
  std::vector<ProcedureField> outputs;  // empty: a void procedure, rows pass through
  std::string description;              // one line, for docs and errors

  size_t RequiredInputs() const;
  // "kg.bfs(start :: NODE?, config = {} :: MAP?) :: (node :: NODE?, depth :: INTEGER?)"
  std::string Text() const;
};

class Procedure {
 public:
  virtual ~Procedure() = default;
  virtual const ProcedureSignature& signature() const = 0;
  // Appends the result rows (one value per output, in signature order) for
  // `args`: as many as the signature's inputs, defaults filled in, each already
  // of its declared type (integers widened for FLOAT). Throws QueryError
  // (usually RuntimeError) for arguments it cannot use.
  virtual void Call(const ValueList& args, ExecContext& ctx,
                    std::vector<ValueList>& rows) const = 0;
};

// Whether `v` may be passed where `type` is declared (null always may).
bool AcceptsValue(ProcedureType type, const Value& v);
// `v` as `type` wants it: an integer passed to a FLOAT becomes a float.
Value CoerceArgument(ProcedureType type, Value v);

class ProcedureRegistry {
 public:
  // kg's built-in procedures.
  ProcedureRegistry();

  // Adds a procedure; one of the same name is replaced.
  void Add(std::shared_ptr<const Procedure> procedure);
  // By exact name (Neo4j's names are case-sensitive); nullptr when unknown.
  const Procedure* Find(std::string_view name) const;
  std::vector<const Procedure*> All() const;  // by name

 private:
  std::map<std::string, std::shared_ptr<const Procedure>, std::less<>> procedures_;
};

// Registers kg's built-ins (builtin_procedures.cc).
void AddBuiltinProcedures(ProcedureRegistry& registry);

}  // namespace kg::query
