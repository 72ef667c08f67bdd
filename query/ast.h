// The abstract syntax tree the parser builds and the binder, planner and
// executor read. Every node keeps the byte span of the query text it came from
// (offset, length) so later phases can point errors at it, and so an unaliased
// RETURN column is named by the text the user wrote.
//
// The tree is owned by a Statement; later phases hold plain pointers into it,
// valid as long as the Statement lives.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "query/value.h"

namespace kg::query {

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;
struct PatternPart;
struct SingleQuery;
struct FunctionSpec;  // functions.h

enum class ExprKind {
  kLiteral,            // literal
  kParameter,          // $name
  kVariable,           // name
  kProperty,           // children[0].name
  kLabelCheck,         // children[0]:names[0]:names[1]…
  kIndex,              // children[0][children[1]]
  kSlice,              // children[0][children[1]..children[2]], either bound may be null
  kList,               // [children…]
  kMap,                // {names[i]: children[i]}
  kUnary,              // op children[0]  (kNot, kNeg, kPos)
  kBinary,             // children[0] op children[1]
  kIsNull,             // children[0] IS NULL
  kIsNotNull,          // children[0] IS NOT NULL
  kFunction,           // name(DISTINCT? children…)
  kCountStar,          // count(*)
  kCase,               // see CaseShape below
  kListComprehension,  // [name IN children[0] WHERE children[1] | children[2]]
  kQuantifier,         // name2(name IN children[0] WHERE children[1]), name2 = all/any/none/single
  kReduce,             // reduce(name = children[0], name2 IN children[1] | children[2])
  kPatternComprehension,  // [pattern WHERE children[0] | children[1]]
  kPatternPredicate,      // a pattern used as a boolean: (a)-->(b)
  kMapProjection,         // children[0]{map_items…}
  kExistsSubquery,        // EXISTS { subquery }: whether it has a row
};

enum class Op {
  kNone,
  kOr,
  kXor,
  kAnd,
  kNot,
  kEq,
  kNe,
  kLt,
  kLe,
  kGt,
  kGe,
  kRegex,
  kStartsWith,
  kEndsWith,
  kContains,
  kIn,
  kAdd,
  kSub,
  kMul,
  kDiv,
  kMod,
  kPow,
  kNeg,
  kPos
};
const char* OpText(Op op);

struct MapProjectionItem {
  enum class Kind { kProperty, kAllProperties, kLiteral, kVariable };
  Kind kind = Kind::kProperty;
  std::string key;  // property, entry or variable name
  ExprPtr value;    // kLiteral only
};

struct Expr {
  ExprKind kind = ExprKind::kLiteral;
  Op op = Op::kNone;
  size_t offset = 0;
  size_t length = 0;
  Value literal;
  std::string name;
  std::string name2;
  std::vector<std::string> names;
  std::vector<ExprPtr> children;  // entries may be null where documented
  bool distinct = false;
  // kCase: has_subject -> children[0] is the subject; then when/then pairs;
  // has_else -> the last child is the ELSE branch.
  bool has_subject = false;
  bool has_else = false;
  std::shared_ptr<PatternPart> pattern;  // pattern predicate / comprehension
  // kExistsSubquery: `EXISTS { (a)-->(b) WHERE c }` is held as `MATCH (a)-->(b) WHERE c`
  std::shared_ptr<SingleQuery> subquery;
  std::vector<MapProjectionItem> map_items;
  // kFunction: the function `name` calls, looked up once by the parser; null when there is
  // no function of that name (the binder reports it).
  const FunctionSpec* function = nullptr;
  // Executor cache: the interned id of `name` as a property key once found in
  // the graph (symbols are never removed, so a found id stays right).
  mutable int64_t symbol = -1;
  // Levels of binary operators below and including this node: "1+1+…+1" builds a tree as
  // deep as it is long, and the binder, planner and evaluator recurse on it (parser.h).
  int height = 1;
};

ExprPtr MakeExpr(ExprKind kind, size_t offset, size_t length = 0);

enum class Direction { kOut, kIn, kBoth };  // ->, <-, -

struct NodePattern {
  std::string var;  // empty when anonymous
  std::vector<std::string> labels;
  ExprPtr properties;  // a kMap or kParameter, or null
  size_t offset = 0;
  size_t length = 0;
};

struct RelPattern {
  std::string var;
  std::vector<std::string> types;  // alternatives: [:A|B]
  Direction direction = Direction::kBoth;
  bool var_length = false;  // *, *2, *1..3, *..3, *2..
  std::optional<int64_t> min_hops;
  std::optional<int64_t> max_hops;
  ExprPtr properties;
  size_t offset = 0;
  size_t length = 0;
};

enum class PathKind { kPattern, kShortest, kAllShortest };

// (n0)-[r0]-(n1)-[r1]-…: nodes.size() == rels.size() + 1.
struct PatternPart {
  std::string path_var;  // p = …
  PathKind kind = PathKind::kPattern;
  std::vector<NodePattern> nodes;
  std::vector<RelPattern> rels;
  size_t offset = 0;
  size_t length = 0;
};
using Pattern = std::vector<PatternPart>;

enum class ClauseKind {
  kMatch,
  kUnwind,
  kWith,
  kReturn,
  kCreate,
  kCall,
  kSet,
  kRemove,
  kDelete,
  kMerge
};

// One item of SET or REMOVE (also MERGE's ON CREATE SET / ON MATCH SET).
struct SetItem {
  enum class Kind {
    kProperty,        // SET target = value        target: a kProperty expression
    kReplaceAll,      // SET target = value        target: a variable; value a map or an entity
    kMergeMap,        // SET target += value
    kAddLabels,       // SET target:A:B
    kRemoveProperty,  // REMOVE target             target: a kProperty expression
    kRemoveLabels,    // REMOVE target:A:B
  };
  Kind kind = Kind::kProperty;
  ExprPtr target;
  std::vector<std::string> labels;
  ExprPtr value;
  size_t offset = 0;
  size_t length = 0;
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

struct ReturnItem {
  ExprPtr expr;
  std::string alias;  // the column name: the alias, or the expression's text
  bool aliased = false;
};

struct Projection {
  bool distinct = false;
  bool star = false;  // RETURN * / WITH *
  std::vector<ReturnItem> items;
  std::vector<SortItem> order_by;
  ExprPtr skip;
  ExprPtr limit;
  ExprPtr where;  // WITH … WHERE
};

// CALL proc(…) YIELD output [AS alias], …: one output of the procedure.
struct YieldItem {
  std::string output;
  std::string alias;  // the variable; the output's name when not renamed
  size_t offset = 0;
  size_t length = 0;
};

struct Clause {
  ClauseKind kind = ClauseKind::kMatch;
  size_t offset = 0;
  size_t length = 0;
  bool optional = false;  // OPTIONAL MATCH
  Pattern pattern;        // MATCH, CREATE
  ExprPtr where;          // MATCH … WHERE
  ExprPtr expr;           // UNWIND expr
  std::string alias;      // UNWIND … AS alias
  Projection projection;  // WITH, RETURN
  // CALL name(arguments) YIELD yields WHERE where
  std::string procedure;                     // the parts joined by '.': "kg.pagerank"
  std::vector<std::string> procedure_parts;  // as written, for printing (a part may hold '.')
  size_t procedure_offset = 0;
  std::vector<ExprPtr> arguments;
  bool explicit_arguments = false;  // written with parentheses
  bool has_yield = false;
  bool yield_star = false;  // YIELD *
  std::vector<YieldItem> yields;
  // SET / REMOVE items; MERGE … ON CREATE SET / ON MATCH SET
  std::vector<SetItem> set_items;
  std::vector<SetItem> on_create;
  std::vector<SetItem> on_match;
  // [DETACH] DELETE expressions
  std::vector<ExprPtr> delete_exprs;
  bool detach = false;
};

struct SingleQuery {
  std::vector<Clause> clauses;
};

// One statement: single queries joined by UNION [ALL].
struct Statement {
  std::vector<SingleQuery> queries;
  std::vector<bool> union_all;        // queries.size() - 1 entries
  std::vector<size_t> union_offsets;  // where each UNION keyword stands
  bool explain = false;               // EXPLAIN prefix
};

}  // namespace kg::query
