// Corrections that survive a rebuild: Cypher scripts that `kg build --corrections FILE`
// runs on the graph after every build and --append (docs/curation.md).
//
// Each statement runs in its own transaction with its own provenance: an article record
// "correction:FILE:LINE" (site "correction") that everything the statement creates or
// changes carries as evidence, so `kg facts`, exports and `sources(n)` show where a fact
// came from. A statement that changes nothing — its MATCH no longer finds its target,
// or it was applied before — is reported, not skipped silently.
#pragma once

#include <string>
#include <vector>

#include "graph/base/status.h"
#include "graph/store/property_graph.h"

namespace kg::query {

struct CorrectionOutcome {
  std::string where;    // "fixes.cypher:12"
  std::string changes;  // "deleted 1 relationship", or empty when nothing changed
};

// Runs every statement of each file in order. The first failing statement (a missing
// file, a syntax or runtime error) stops and is returned as an error naming
// FILE:LINE:COLUMN; the statements before it keep their changes, so the caller decides
// whether to save (kg build does not).
Result<std::vector<CorrectionOutcome>> ApplyCorrections(graph::PropertyGraph& graph,
                                                        const std::vector<std::string>& files);

}  // namespace kg::query
