// Names a read query uses that the graph has never seen: a label, relationship type or
// property key that is no symbol of the graph. Such a pattern matches nothing and such a
// property is always null — almost always a typo (:Persn, :HOLD, n.nmae). Neo4j reports
// these as notifications; kg prints them as warnings on stderr and still runs the query.
#pragma once

#include <string>
#include <vector>

#include "graph/store/property_graph.h"
#include "query/ast.h"

namespace kg::query {

struct NameWarning {
  size_t offset = 0;  // in the statement
  size_t length = 0;
  std::string message;  // "no node has the label :Persn (did you mean :Person?)"
};

// A statement that creates anything is not checked: the names it writes are new on purpose.
std::vector<NameWarning> FindUnknownNames(const Statement& statement,
                                          const graph::PropertyGraph& graph);

}  // namespace kg::query
