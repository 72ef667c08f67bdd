#include "graph/store/property_graph.h"

#include <gtest/gtest.h>

namespace kg::graph {
namespace {

TEST(PropertyGraph, IdsAreStableDataNotPositions) {
  PropertyGraph g;
  auto person = g.Intern("Person");
  NodeIndex a = g.AddNode({person}, {{g.Intern("name"), "Nguyễn Xuân Ký"}}, "person|a");
  NodeIndex b = g.AddNode({person}, {{g.Intern("name"), "Ngô Chí Cường"}}, "person|b");
  EXPECT_NE(g.node(a).id, g.node(b).id);
  EXPECT_EQ(g.FindNode(g.node(b).id), b);
  EXPECT_EQ(g.FindByEntityKey("person|a"), a);
  EXPECT_FALSE(g.FindByEntityKey("person|c").has_value());
}

TEST(PropertyGraph, PropertiesAreSortedAndNullRemoves) {
  PropertyGraph g;
  auto n = g.AddNode({g.Intern("Document")},
                     {{g.Intern("number"), "01-NQ/TU"}, {g.Intern("date"), "2020-12-02"}});
  ASSERT_NE(g.NodeProperty(n, "number"), nullptr);
  EXPECT_EQ(g.NodeProperty(n, "number")->as_string(), "01-NQ/TU");
  g.SetNodeProperty(n, g.Intern("date"), PropertyValue());
  EXPECT_EQ(g.NodeProperty(n, "date"), nullptr);
}

TEST(PropertyGraph, TopologyFollowsEdgesBothWays) {
  PropertyGraph g;
  auto l = g.Intern("V");
  NodeIndex a = g.AddNode({l}), b = g.AddNode({l}), c = g.AddNode({l});
  auto t = g.Intern("R");
  g.AddEdge(t, a, b);
  g.AddEdge(t, a, c);
  EdgeIndex back = g.AddEdge(t, c, a);
  const CsrGraph& csr = g.Topology();
  EXPECT_EQ(boost::out_degree(a, csr), 2u);
  EXPECT_EQ(boost::in_degree(a, csr), 1u);
  auto [it, end] = boost::in_edges(a, csr);
  EXPECT_EQ(csr[*it], back);
  EXPECT_EQ(g.FindEdge(a, t, b).has_value(), true);
  EXPECT_EQ(g.FindEdge(b, t, a).has_value(), false);
}

TEST(PropertyGraph, EvidenceIsNotDuplicated) {
  PropertyGraph g;
  NodeIndex n = g.AddNode({g.Intern("Person")});
  g.AddNodeEvidence(n, {0, 5, 9});
  g.AddNodeEvidence(n, {0, 5, 9});
  g.AddNodeEvidence(n, {1, 5, 9});
  EXPECT_EQ(g.node(n).evidence.size(), 2u);
}

TEST(PropertyGraph, EvidenceTextFindsTheQuoteOfTheExactSpan) {
  PropertyGraph g;
  ArticleRecord a;
  a.id = "a";
  a.quotes = {{30, 40, "later"}, {5, 9, "first"}, {5, 12, "wider"}, {5, 9, "again"}};
  uint32_t art = g.AddArticle(a);
  ASSERT_EQ(g.articles()[art].quotes.size(), 3u);  // sorted, the first of a span kept
  EXPECT_EQ(g.EvidenceText({art, 5, 9}), "first");
  EXPECT_EQ(g.EvidenceText({art, 5, 12}), "wider");
  EXPECT_EQ(g.EvidenceText({art, 30, 40}), "later");
  EXPECT_EQ(g.EvidenceText({art, 5, 10}), "");
  EXPECT_EQ(g.EvidenceText({Evidence::kManualArticle, 5, 9}), "");
  EXPECT_EQ(g.EvidenceText({art + 1, 5, 9}), "");
}

}  // namespace
}  // namespace kg::graph
