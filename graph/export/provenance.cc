#include "graph/export/provenance.h"

#include <algorithm>

#include "graph/export/escape.h"
#include "graph/export/output.h"

namespace kg::exporter {

std::vector<std::string> ArticleIds(const graph::PropertyGraph& graph,
                                    const graph::EvidenceList& evidence) {
  std::vector<std::string> ids;
  for (const auto& e : evidence) {
    if (e.article == graph::Evidence::kManualArticle || e.article >= graph.articles().size())
      continue;
    const std::string& id = graph.articles()[e.article].id;
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  return ids;
}

std::string ArticlesJson(const graph::PropertyGraph& graph, const graph::EvidenceList& evidence) {
  std::string out = "[";
  bool first = true;
  for (const auto& id : ArticleIds(graph, evidence)) {
    if (!first) out.push_back(',');
    first = false;
    AppendJsonString(id, out);
  }
  out.push_back(']');
  return out;
}

std::string EvidenceJson(const graph::PropertyGraph& graph, const graph::EvidenceList& evidence) {
  std::string out = "[";
  bool first = true;
  for (const auto& e : evidence) {
    if (!first) out.push_back(',');
    first = false;
    out += "{\"article\":";
    if (e.article == graph::Evidence::kManualArticle || e.article >= graph.articles().size()) {
      out += "null";
    } else {
      AppendJsonString(graph.articles()[e.article].id, out);
    }
    out += ",\"start\":";
    AppendUint(e.start, out);
    out += ",\"end\":";
    AppendUint(e.end, out);
    out.push_back('}');
  }
  out.push_back(']');
  return out;
}

}  // namespace kg::exporter
