// Boost.Graph's own read_graphml reads kg's GraphML back.
#include <gtest/gtest.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <sstream>
#include <string>

#include "graph/export/exporter.h"
#include "tests/graph/export/fixture_graph.h"

namespace kg::exporter {
namespace {

struct Vertex {
  std::string label, type, name, note;
  long born = 0;
  bool active = false;
  double score = 0;
};
struct Edge {
  std::string label, type;
  bool close = false;
};
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, Vertex, Edge>;

std::string Graphml(const graph::PropertyGraph& g, Flavor flavor) {
  std::ostringstream out;
  EXPECT_TRUE(
      ExportToStream(g, Selection::All(g), {.format = Format::kGraphml, .flavor = flavor}, out)
          .ok());
  return out.str();
}

boost::dynamic_properties Properties(BoostGraph& bg) {
  // Properties not named here are skipped (ignore_other_properties).
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&Vertex::label, bg));
  dp.property("kgType", boost::get(&Vertex::type, bg));
  dp.property("name", boost::get(&Vertex::name, bg));
  dp.property("note", boost::get(&Vertex::note, bg));
  dp.property("born", boost::get(&Vertex::born, bg));
  dp.property("active", boost::get(&Vertex::active, bg));
  dp.property("score", boost::get(&Vertex::score, bg));
  dp.property("label", boost::get(&Edge::label, bg));
  dp.property("kgType", boost::get(&Edge::type, bg));
  dp.property("close", boost::get(&Edge::close, bg));
  return dp;
}

TEST(BoostReadGraphml, ReadsTheBoostFlavourBack) {
  auto g = testing::MakeFixtureGraph();
  std::istringstream in(Graphml(*g, Flavor::kBoost));
  BoostGraph bg;
  auto dp = Properties(bg);
  ASSERT_NO_THROW(boost::read_graphml(in, bg, dp));
  ASSERT_EQ(boost::num_vertices(bg), g->node_count());
  ASSERT_EQ(boost::num_edges(bg), g->edge_count());
  // vertices come in file order: n0…n8
  EXPECT_EQ(bg[0].label, "Nguyễn Xuân Ký");
  EXPECT_EQ(bg[0].born, 1976);
  EXPECT_TRUE(bg[0].active);
  EXPECT_FALSE(bg[3].active);
  EXPECT_EQ(bg[4].label, "Nghị quyết 02-NQ/TU");
  EXPECT_EQ(bg[6].type, "Person:Official");
  EXPECT_EQ(bg[6].name, "Trần \"Hà\" & <Lê> 'Bảo'");
  EXPECT_EQ(bg[6].note, "dòng 1\ndòng 2\tcột\r\nhết!");  // CR kept, controls gone
  EXPECT_DOUBLE_EQ(bg[6].score, 1e20);
  // the parallel DISCUSSED pair stays two edges, the self-loop stays a loop
  size_t discussed = 0;
  for (auto e : boost::make_iterator_range(boost::out_edges(3, bg)))
    if (boost::target(e, bg) == 4) {
      ++discussed;
      EXPECT_EQ(bg[e].type, "DISCUSSED");
    }
  EXPECT_EQ(discussed, 2u);
  auto [loop, found] = boost::edge(6, 6, bg);
  ASSERT_TRUE(found);
  EXPECT_EQ(bg[loop].label, "KNOWS");
  EXPECT_TRUE(bg[loop].close);
}

TEST(BoostReadGraphml, ReadsPlainExportsWithoutBooleans) {
  auto g = testing::MakeLargeGraph(200, 600);
  std::istringstream in(Graphml(*g, Flavor::kPlain));
  BoostGraph bg;
  auto dp = Properties(bg);
  ASSERT_NO_THROW(boost::read_graphml(in, bg, dp));
  EXPECT_EQ(boost::num_vertices(bg), 200u);
  EXPECT_EQ(boost::num_edges(bg), 600u);
  EXPECT_EQ(bg[1].name, "Nguyễn Văn 1");
  EXPECT_EQ(bg[0].type, "Role");
}

// Boost 1.74 reads booleans with lexical_cast<bool>: "true" is an error there,
// which is why the boost flavour exists. If this starts passing, Boost learnt
// true/false and the flavour can go.
TEST(BoostReadGraphml, PlainBooleansNeedTheBoostFlavour) {
  auto g = testing::MakeFixtureGraph();
  std::istringstream in(Graphml(*g, Flavor::kPlain));
  BoostGraph bg;
  auto dp = Properties(bg);
  EXPECT_THROW(boost::read_graphml(in, bg, dp), boost::parse_error);
}

}  // namespace
}  // namespace kg::exporter
