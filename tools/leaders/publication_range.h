// The corpus's publication range: the dates between which its articles came out.
//
// "As of" never passes its end, and the report's axes span the evidence dated inside
// a window around it, so that a 2017 corpus that mentions a plan for 2030 or a
// founding in 1957 is not drawn as 1957–2030 (docs/leaders.md, "Time").
//
// Thread-safe: pure functions.
#pragma once

#include <cstddef>
#include <string>

#include "graph/store/property_graph.h"
#include "tools/leaders/leadership.h"

namespace kg::leaders {

// Evidence dated more than this many years before the range (or after its end) is
// outside the corpus's sane window: flagged, and left off the report's axes.
inline constexpr int kYearsBeforePublication = 5;

// From the articles' publication dates, widened by an estimate for the articles that
// have none: from the dates they mention (Event dates of at least year and month), the
// months mentioned by at least a third as many of them as the busiest month, from the
// first day of the first such month to the last day of the last (`estimated` is then
// true). A graph with neither gives an empty range.
PublicationRange ComputePublicationRange(const graph::PropertyGraph& graph);

// True when `date` ("YYYY-MM-DD") lies after range.to or more than
// kYearsBeforePublication years before range.from. False for "" and for an empty range.
bool OutsidePublicationWindow(const PublicationRange& range, const std::string& date);

// The dated attestations of `spell` outside the window, ascending and distinct.
std::vector<std::string> DatesOutsideWindow(const PublicationRange& range, const Spell& spell);

// first_seen / last_seen of `spell` counting only the dates inside the window ("" when none).
void DatesInsideWindow(const PublicationRange& range, const Spell& spell, std::string& first,
                       std::string& last);

}  // namespace kg::leaders
