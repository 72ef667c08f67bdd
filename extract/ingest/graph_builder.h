// Entity resolution: merges one article's facts into the property graph.
//
// One person, post, body, event or document is one node across articles,
// identified by an entity key built from what identifies it in the world:
//   Person   name + province of their provincial posts (two namesakes in two
//            provinces stay two; a name with no province stays apart from both)
//   Role     title + province            Body      name + province
//   Event    date + province + convener  Document  number (+ province if local)
//   Target   province + year + indicator + value + unit (indicators), or
//            body + date + task (tasks)
// Every node and relationship gets the article's evidence appended, and the
// article record a quote of each evidence span (evidence_quotes.h). Not
// thread-safe: one builder per graph, fed from one thread.
#pragma once

#include <vector>

#include "extract/corpus/article.h"
#include "extract/relate/article_facts.h"
#include "graph/store/property_graph.h"

namespace kg::ingest {

class GraphBuilder {
 public:
  explicit GraphBuilder(graph::PropertyGraph& graph);

  // Adds the article and its facts, with the quotes of their evidence taken
  // from article.text. Returns false (and adds nothing) when an article with
  // this id is already in the graph.
  bool AddArticle(const corpus::RawArticle& article, const extract::ArticleFacts& facts);
  // The same with the quotes made beforehand (QuoteEvidence), so that the
  // text can be dropped first; article.text is not read.
  bool AddArticle(const corpus::RawArticle& article, const extract::ArticleFacts& facts,
                  std::vector<graph::EvidenceQuote> quotes);

 private:
  graph::NodeIndex Upsert(const char* label, const std::string& key, graph::Properties props,
                          const extract::Span& span);
  graph::EdgeIndex Link(const char* type, graph::NodeIndex from, graph::NodeIndex to,
                        graph::Properties props, const extract::Span& span);
  graph::NodeIndex AddBody(const extract::BodyRef& body, const extract::Span& span);
  graph::SymbolId Key(const char* name) { return graph_.Intern(name); }
  void Put(graph::Properties& props, const char* key, graph::PropertyValue value);
  void WidenSeen(graph::EdgeIndex holds, const std::string& date);

  graph::PropertyGraph& graph_;
  uint32_t article_ = 0;
};

// The key under which entities merge; exposed for tests and `kg stats`.
std::string PersonKey(const std::string& name, const std::string& province);

}  // namespace kg::ingest
