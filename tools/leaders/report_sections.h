// The sections of the HTML report, each appended to `out` as HTML.
// Internal to the HTML report: use leaders/report_html.h instead.
#pragma once

#include <string>

#include "tools/leaders/report_context.h"

namespace kg::leaders {

// One province: a summary line, the timeline, a row per core post, the evidence.
void AppendProvinceSection(const ReportContext& context, const std::string& province,
                           std::string& out);

// The spells whose province is unknown: a timeline and a table.
void AppendUnplacedSection(const ReportContext& context, std::string& out);

// Concurrent posts, turnover per term, the gaps as of the as-of date, and the names
// that may be two people.
void AppendMeasuresSection(const ReportContext& context, std::string& out);

// The holders of `post` as of the as-of date (indexes into Leadership::spells): the
// province row's, or when there is none the spells attested last.
std::vector<size_t> HoldersAsOf(const ReportContext& context, const std::string& province,
                                CorePost post);

}  // namespace kg::leaders
