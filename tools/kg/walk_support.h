// What kg neighbors and kg path share: checking the labels and types that go
// into the Cypher they build, finding the nodes the user names, and the
// statement that lists relationships with their provenance (--with-sources).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "query/render.h"
#include "query/session.h"

namespace kg::tools {

// True for a label or relationship type that can be spliced into a statement
// unquoted: letters, digits, '_' and any non-ASCII, not starting with a digit.
bool IsName(const std::string& s);

// The stable id of the node `argument` names (see query::ResolveNodeArgument).
// When it names none or several, prints "kg COMMAND: message" to stderr and
// returns nullopt.
std::optional<int64_t> ResolveNodeId(query::Session& session, const std::string& argument,
                                     const char* command);

// Completes a statement whose rows bind a relationship `r` (and `step` when
// `with_step`) into the --with-sources listing. In json and jsonl, one row a
// relationship: [step,] from, type, to, articles, sources (sources(r): article,
// span, date, URL, title and the quoted evidence text). In table and csv, one
// row a piece of evidence: [step,] from, type, to, article, start, end,
// published, text (in “quotation marks” in a table). Rows follow step, or
// from, type, to; then article and span.
std::string SourcesReturn(query::OutputFormat format, bool with_step);

}  // namespace kg::tools
