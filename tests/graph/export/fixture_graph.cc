#include "tests/graph/export/fixture_graph.h"

#include <cmath>
#include <limits>
#include <string>

namespace kg::exporter::testing {
namespace {

using graph::Evidence;
using graph::NodeIndex;
using graph::Properties;
using graph::PropertyGraph;
using graph::PropertyList;
using graph::PropertyValue;

class Builder {
 public:
  explicit Builder(PropertyGraph& g) : g_(g) {}
  Properties Props(std::initializer_list<std::pair<const char*, PropertyValue>> items) {
    Properties p;
    for (const auto& [k, v] : items) graph::SetProperty(p, g_.Intern(k), v);
    return p;
  }
  NodeIndex Node(std::initializer_list<const char*> labels,
                 std::initializer_list<std::pair<const char*, PropertyValue>> items) {
    std::vector<graph::SymbolId> ids;
    for (const char* l : labels) ids.push_back(g_.Intern(l));
    return g_.AddNode(std::move(ids), Props(items));
  }
  graph::EdgeIndex Edge(const char* type, NodeIndex from, NodeIndex to,
                        std::initializer_list<std::pair<const char*, PropertyValue>> items = {}) {
    return g_.AddEdge(g_.Intern(type), from, to, Props(items));
  }

 private:
  PropertyGraph& g_;
};

}  // namespace

std::unique_ptr<PropertyGraph> MakeFixtureGraph() {
  auto graph = std::make_unique<PropertyGraph>();
  PropertyGraph& g = *graph;
  Builder b(g);
  graph::ArticleRecord article;
  article.id = "baomoi-1001";
  article.published = "2019-12-11";
  article.title = "Hội nghị Tỉnh ủy lần thứ 20";
  const uint32_t a0 = g.AddArticle(article);
  article.id = "baomoi-1002";
  article.published = "2020-06-02";
  const uint32_t a1 = g.AddArticle(article);

  const NodeIndex ky = b.Node({"Person"}, {{"name", "Nguyễn Xuân Ký"},
                                           {"province", "Quảng Ninh"},
                                           {"born", int64_t{1976}},
                                           {"active", true},
                                           {"aliases", PropertyList{"Ký", "Bí thư Ký"}}});
  const NodeIndex role = b.Node({"Role"}, {{"title", "Bí thư Tỉnh ủy"},
                                           {"province", "Quảng Ninh"},
                                           {"titleEn", "Provincial Party Secretary"}});
  const NodeIndex btv = b.Node(
      {"Body"}, {{"name", "Ban Thường vụ Tỉnh ủy"}, {"province", "Quảng Ninh"}, {"kind", "party"}});
  const NodeIndex event = b.Node({"Event"}, {{"name", "Hội nghị Ban Chấp hành Đảng bộ tỉnh"},
                                             {"date", "2019-12-10"},
                                             {"ordinal", int64_t{20}},
                                             {"province", "Quảng Ninh"},
                                             {"active", false}});
  const NodeIndex doc =
      b.Node({"Document"}, {{"number", "02-NQ/TU"},
                            {"type", "Nghị quyết"},
                            {"title", "Về phương hướng, nhiệm vụ năm 2021"},
                            {"province", "Quảng Ninh"},
                            {"years", PropertyList{int64_t{2020}, int64_t{2021}}}});
  const NodeIndex target = b.Node({"Target"}, {{"kind", "indicator"},
                                               {"indicator", "tăng trưởng GRDP"},
                                               {"comparator", ">="},
                                               {"value", 8.5},
                                               {"unit", "%"},
                                               {"year", int64_t{2024}},
                                               {"province", "Quảng Ninh"},
                                               {"weights", PropertyList{int64_t{1}, 2.5}}});
  // Everything a writer must escape, repair or rename.
  const NodeIndex hostile =
      b.Node({"Person", "Official"}, {{"name", "Trần \"Hà\" & <Lê> 'Bảo'"},
                                      {"note", "dòng 1\ndòng 2\tcột\r\nhết\x01\x1f!"},
                                      {"bad",
                                       "a\xff"
                                       "b"},
                                      {"nonchar", "x\xEF\xBF\xBEy"},
                                      {"label", "nhãn riêng"},
                                      {"tên riêng", "Hà"},
                                      {"places", PropertyList{"Hạ Long", "Cẩm Phả; Uông Bí"}},
                                      {"mixed", PropertyList{int64_t{1}, "một", true}},
                                      {"score", 1e20},
                                      {"delta", -0.25}});
  const NodeIndex odd = b.Node({"Nhãn lạ"}, {});
  const NodeIndex finance = b.Node({"Body"}, {{"name", "Sở Tài chính"},
                                              {"province", "Quảng Ninh"},
                                              {"id", "x-1"},
                                              {"ratio", std::numeric_limits<double>::quiet_NaN()}});
  (void)finance;

  const auto holds =
      b.Edge("HOLDS", ky, role, {{"firstSeen", "2019-01-02"}, {"lastSeen", "2020-06-02"}});
  b.Edge("OF", role, btv);
  b.Edge("CHAIRED", ky, event);
  const auto discussed = b.Edge("DISCUSSED", event, doc, {{"action", "quán triệt"}});
  b.Edge("DISCUSSED", event, doc, {{"action", "triển khai"}});  // parallel to the one before
  b.Edge("SET", event, target);
  b.Edge("ISSUED", btv, doc, {{"note", "<&>\"'"}});
  b.Edge("KNOWS", hostile, hostile, {{"since", int64_t{2018}}, {"close", true}});  // self-loop
  b.Edge("RELATED", hostile, odd, {{"type", "lạ"}, {"weight", 0.5}});

  g.AddNodeEvidence(ky, Evidence{a0, 10, 24});
  g.AddNodeEvidence(ky, Evidence{a1, 5, 19});
  g.AddNodeEvidence(ky, Evidence{a0, 80, 94});
  g.AddNodeEvidence(odd, Evidence{});  // added by hand
  g.AddEdgeEvidence(holds, Evidence{a0, 30, 60});
  g.AddNodeEvidence(event, Evidence{a0, 100, 140});
  g.AddNodeEvidence(doc, Evidence{a0, 150, 170});
  g.AddNodeEvidence(target, Evidence{a1, 40, 80});
  g.AddEdgeEvidence(discussed, Evidence{a0, 200, 230});
  return graph;
}

std::unique_ptr<PropertyGraph> MakeLargeGraph(size_t nodes, size_t edges) {
  auto graph = std::make_unique<PropertyGraph>();
  PropertyGraph& g = *graph;
  const graph::SymbolId person = g.Intern("Person"), role = g.Intern("Role");
  const graph::SymbolId name = g.Intern("name"), province = g.Intern("province"),
                        title = g.Intern("title"), year = g.Intern("year");
  const graph::SymbolId holds = g.Intern("HOLDS"), first_seen = g.Intern("firstSeen");
  const char* provinces[] = {"Quảng Ninh", "Hà Giang", "Thừa Thiên Huế", "Bà Rịa – Vũng Tàu"};
  for (size_t i = 0; i < nodes; ++i) {
    const bool is_person = i % 4 != 0;
    Properties p;
    graph::SetProperty(p, is_person ? name : title,
                       (is_person ? "Nguyễn Văn " : "Phó Chủ tịch ") + std::to_string(i));
    graph::SetProperty(p, province, provinces[i % 4]);
    graph::SetProperty(p, year, static_cast<int64_t>(2000 + i % 25));
    g.AddNode({is_person ? person : role}, std::move(p));
  }
  uint64_t state = 88172645463325252ull;  // xorshift: deterministic pseudo-random endpoints
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (size_t i = 0; i < edges && nodes > 0; ++i) {
    const auto from = static_cast<NodeIndex>(next() % nodes);
    const auto to = static_cast<NodeIndex>(next() % nodes);
    Properties p;
    graph::SetProperty(p, first_seen, "2019-0" + std::to_string(1 + i % 9) + "-15");
    g.AddEdge(holds, from, to, std::move(p));
  }
  return graph;
}

}  // namespace kg::exporter::testing
