// Provenance of a node or relationship as JSON text, for exports made with
// --with-sources (ExportOptions::with_provenance):
//   articles  ["baomoi-123", "baomoi-456"]            article ids, first-seen order
//   evidence  [{"article":"baomoi-123","start":10,"end":24}, …]
// Spans count Unicode code points of the article text. Evidence added by hand
// (Evidence::kManualArticle) has "article": null and no entry in `articles`.
// Internal to export/: use export/exporter.h instead.
#pragma once

#include <string>
#include <vector>

#include "graph/store/property_graph.h"

namespace kg::exporter {

// Names the provenance properties take in exports; formats reserve them.
inline constexpr char kArticlesName[] = "articles";
inline constexpr char kEvidenceName[] = "evidence";

std::string ArticlesJson(const graph::PropertyGraph& graph, const graph::EvidenceList& evidence);
std::string EvidenceJson(const graph::PropertyGraph& graph, const graph::EvidenceList& evidence);
// Article ids, first-seen order, without duplicates or manual evidence.
std::vector<std::string> ArticleIds(const graph::PropertyGraph& graph,
                                    const graph::EvidenceList& evidence);

}  // namespace kg::exporter
