// The leadership report: one self-contained HTML page for an analyst.
//
// RenderHtmlReport() formats a Leadership (see leaders/leadership.h) as a page
// with a header (graph file, Leadership::map, Leadership::as_of, the publication
// range, counts), a table of contents, one section per province that has evidence (a
// row per core post and an inline SVG timeline: a lane per post, a bar per spell from
// its first to its last attestation inside the publication window, undated spells
// hatched across their lane, conflicts outlined in red, the evidence in each bar's
// tooltip), the spells whose province is unknown, and the measures (concurrent
// posts, turnover per term, gaps, names that may be two people).
//
// Self-contained: inline CSS and SVG, no scripts, fonts, images or stylesheets to
// fetch, nothing with a src attribute. The only links are the page's own anchors
// ("#…") and the evidence articles' http(s) URLs, which are never loaded when the
// page is viewed; any other URL is shown as text only.
//
// The page is well-formed XML as well as HTML5 (every element closed, only the
// XML entities), so XML tools can check it. Deterministic: the generation date is
// an option, not the clock.
//
// Example:
//   auto built = kg::leaders::BuildLeadership(graph, leadership_options);
//   kg::leaders::ReportOptions options{.graph_file = "news.kg", .generated_on = "2025-12-02"};
//   std::string html = kg::leaders::RenderHtmlReport(built.leadership, options);
//
// Thread-safe: reads the Leadership only.
#pragma once

#include <cstddef>
#include <string>

#include "tools/leaders/leadership.h"

namespace kg::leaders {

struct ReportOptions {
  std::string title = "Provincial leadership";
  std::string graph_file;              // shown in the header, e.g. "news.kg"
  std::string generated_on;            // "YYYY-MM-DD", shown in the header; "" leaves it out
  size_t tooltip_evidence_limit = 12;  // articles listed in a bar's tooltip, then "… N more"
};

std::string RenderHtmlReport(const Leadership& leadership, const ReportOptions& options);

}  // namespace kg::leaders
