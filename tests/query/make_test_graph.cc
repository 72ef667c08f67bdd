// make_test_graph OUT.kg STATEMENTS: runs CREATE statements on an empty graph
// and saves it, for the command-line tests of kg query / neighbors / path.
// Relationships and nodes made this way carry manual provenance; --article ID
// attaches every node and relationship to an article record instead, with
// evidence spans [i, i + 10) so --with-sources has something to show.
#include <iostream>

#include "graph/file/graph_file.h"
#include "query/engine.h"
#include "query/query_error.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: make_test_graph OUT.kg STATEMENTS [--article ID]\n";
    return 2;
  }
  kg::graph::PropertyGraph g;
  kg::query::Engine engine(g);
  try {
    engine.Run(argv[2]);
  } catch (const kg::query::QueryError& e) {
    std::cerr << kg::query::RenderError("statements", argv[2], 0, e);
    return 1;
  }
  if (argc >= 5 && std::string(argv[3]) == "--article") {
    kg::graph::ArticleRecord art;
    art.id = argv[4];
    art.published = "2020-06-02";
    art.url = "https://example.vn/" + art.id;
    uint32_t a = g.AddArticle(art);
    for (kg::graph::NodeIndex n = 0; n < g.node_count(); ++n)
      g.AddNodeEvidence(n, {a, n * 10, n * 10 + 10});
    for (kg::graph::EdgeIndex e = 0; e < g.edge_count(); ++e)
      g.AddEdgeEvidence(e, {a, e * 7, e * 7 + 12});
  }
  kg::Status st = kg::graph::SaveGraph(g, argv[1]);
  if (!st.ok()) {
    std::cerr << st.message() << "\n";
    return 1;
  }
  return 0;
}
