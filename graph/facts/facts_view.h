// The facts view (shared/docs/facts-format.md): the graph flattened into one
// JSON object a line, one fact per (node or relationship, article) that
// attests it, with the evidence span in that article. Articles in the order
// they entered the graph; within an article: holds, event, chaired, document,
// issued, discussed, target, assigned, each by evidence position.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/store/property_graph.h"

namespace kg::facts {

// Writes every fact; when `article_id` is not empty, only that article's.
void WriteFactsView(const graph::PropertyGraph& graph, std::ostream& out,
                    const std::string& article_id = {});

// The same facts, each handed to `visit` as one JSON object without its line break.
void ForEachFact(const graph::PropertyGraph& graph, const std::string& article_id,
                 const std::function<void(std::string_view json_line)>& visit);

}  // namespace kg::facts
