// A query session for the command line (kg query / neighbors / path): a graph
// opened from a .kg file or fresh in memory (":memory:", as in SQLite), an
// Engine over it, and scripts run statement by statement with results printed
// in turn and the first error shown as `file:line:col` with carets.
//
// Not thread-safe. The graph lives as long as the session.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/base/status.h"
#include "graph/store/property_graph.h"
#include "query/engine.h"
#include "query/limits.h"
#include "query/render.h"

namespace kg::query {

inline constexpr const char* kMemoryGraph = ":memory:";

class Session {
 public:
  // ":memory:" or the path of a graph saved by kg build. A missing or damaged
  // file is an error naming it.
  static Result<std::unique_ptr<Session>> Open(const std::string& graph);

  // Runs each statement of `script` (see script.h); prints each result to
  // `out` in `format`, or its plan when `explain`. Stops at the first error,
  // printed to `err` against `file_name` (the script's name, or "-e"); returns
  // false then. Statements that created something count in changed().
  bool RunScript(std::string_view file_name, std::string_view script, const Params& params,
                 const Limits& limits, OutputFormat format, bool explain, std::ostream& out,
                 std::ostream& err);

  // Runs one statement built by a command (neighbors, path); errors as above.
  bool RunOne(std::string_view statement, const Params& params, const Limits& limits,
              OutputFormat format, std::ostream& out, std::ostream& err);

  bool in_memory() const { return path_.empty(); }
  bool changed() const { return changed_; }
  // What the statements run so far changed, added up.
  const WriteStats& changes() const { return changes_; }
  // Saves the graph back to its file (atomically); an error for ":memory:".
  Status Save();

  graph::PropertyGraph& graph() { return *graph_; }
  Engine& engine() { return *engine_; }

 private:
  std::string path_;
  std::unique_ptr<graph::PropertyGraph> graph_;
  std::unique_ptr<Engine> engine_;
  bool changed_ = false;
  WriteStats changes_;
};

// Adds one statement's counters to a running total.
void AddStats(WriteStats& total, const WriteStats& s);

// Applies a --max-rows / --max-expansions / --timeout (ms) / --max-hops value.
Status SetLimit(Limits& limits, const std::string& option, const std::string& value);

// Finds the node a user names on the command line: an id (digits), or a name,
// title or document number compared folded (case and diacritics ignored) through
// the name index. Several matches are an error that lists them.
Result<graph::NodeIndex> ResolveNodeArgument(const Engine& engine, const graph::PropertyGraph& g,
                                             const std::string& argument);

}  // namespace kg::query
