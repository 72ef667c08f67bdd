// Persons across articles. kg build makes one Person node per (folded name, province
// as resolved for the article); here nodes with the same folded name are joined into
// one person when the evidence says they are one:
//   1. the two nodes have evidence in one article (one name in one article is one person);
//   2. one node holds a Role in the other's province (a transfer: the secretary of Lào
//      Cai written about in a Hà Nội article, "được điều động … giữ chức");
//   3. the two hold the same Role node and its title names no local body ("Ủy viên Ban
//      Chấp hành Trung ương Đảng", "Bộ trưởng Bộ Tài chính"): one such post, one person;
//   4. a node with no province holds a core post title that exactly one other cluster of
//      that name holds too (its spells stay unplaced all the same);
//   5. a two-syllable name is the start of exactly one longer name holding the same Role
//      node (a name cut by a typo: "Đinh La thăng" read as "Đinh La").
// Anything else stays apart, and kg leaders --ambiguous lists it.
#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <vector>

#include "graph/schema.h"
#include "tools/leaders/core_posts.h"
#include "tools/leaders/leadership_internal.h"
#include "extract/text/normalize.h"

namespace kg::leaders::internal {

namespace schema = graph::schema;
namespace {

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  graph::NodeIndex Find(graph::NodeIndex x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Join(graph::NodeIndex a, graph::NodeIndex b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);  // the smallest index represents
  }

 private:
  std::vector<graph::NodeIndex> parent_;
};

// The province as one key whatever the spelling ("Đác Lắc" and "Đắk Lắk" agree): the
// resolved unit's name, else the folded text as written; "" when none.
std::string ProvinceKey(const graph::PropertyGraph& graph, graph::NodeIndex node) {
  const std::string written = StringProperty(graph, node, schema::kProvince);
  if (written.empty()) return {};
  const extract::ProvinceInfo* unit = extract::FindProvince(written);
  return unit != nullptr ? unit->name : text::Fold(written);
}

}  // namespace

Persons ResolvePersons(const graph::PropertyGraph& graph) {
  const size_t n = graph.node_count();
  Persons persons;
  persons.cluster_of.assign(n, UINT32_MAX);
  persons.members.resize(n);
  persons.display_name.resize(n);
  const auto person_label = graph.FindSymbol(schema::kPerson);
  if (!person_label) return persons;

  std::map<std::string, std::vector<graph::NodeIndex>> by_name;  // folded name -> nodes
  std::vector<std::string> folded_province(n);
  for (graph::NodeIndex i = 0; i < n; ++i) {
    if (!HasLabel(graph, i, *person_label)) continue;
    by_name[text::Fold(StringProperty(graph, i, schema::kName))].push_back(i);
    folded_province[i] = ProvinceKey(graph, i);
  }

  // what each person node holds
  std::vector<std::vector<graph::NodeIndex>> roles_of(n);
  if (const auto holds = graph.FindSymbol(schema::kHolds); holds) {
    for (graph::EdgeIndex e = 0; e < graph.edge_count(); ++e) {
      const graph::EdgeRecord& edge = graph.edge(e);
      if (edge.type == *holds) roles_of[edge.source].push_back(edge.target);
    }
  }

  UnionFind clusters(n);
  for (const auto& [name, nodes] : by_name) {
    if (nodes.size() < 2) continue;
    std::map<uint32_t, graph::NodeIndex> first_in_article;             // rule 1
    std::map<std::string, std::vector<graph::NodeIndex>> by_province;  // rule 2
    std::map<graph::NodeIndex, graph::NodeIndex> first_holder;         // rule 3
    for (graph::NodeIndex node : nodes) {
      for (const graph::Evidence& e : graph.node(node).evidence) {
        if (e.article == graph::Evidence::kManualArticle) continue;
        auto [it, fresh] = first_in_article.emplace(e.article, node);
        if (!fresh) clusters.Join(it->second, node);
      }
      if (!folded_province[node].empty()) by_province[folded_province[node]].push_back(node);
    }
    for (graph::NodeIndex node : nodes) {
      for (graph::NodeIndex role : roles_of[node]) {
        const std::string role_province = ProvinceKey(graph, role);
        if (!role_province.empty() && role_province != folded_province[node])
          for (graph::NodeIndex other : by_province[role_province]) clusters.Join(node, other);
        if (!IsLocalTitle(StringProperty(graph, role, schema::kTitle))) {
          auto [it, fresh] = first_holder.emplace(role, node);
          if (!fresh) clusters.Join(it->second, node);
        }
      }
    }
    // rule 4: a province-less node joins the one cluster holding the same core post
    for (graph::NodeIndex node : nodes) {
      if (!folded_province[node].empty()) continue;
      for (graph::NodeIndex role : roles_of[node]) {
        const auto post = ClassifyTitle(StringProperty(graph, role, schema::kTitle));
        if (!post) continue;
        std::set<graph::NodeIndex> candidates;
        for (graph::NodeIndex other : nodes) {
          if (folded_province[other].empty()) continue;
          for (graph::NodeIndex other_role : roles_of[other]) {
            const auto other_post =
                ClassifyTitle(StringProperty(graph, other_role, schema::kTitle));
            if (other_post && other_post->post == post->post)
              candidates.insert(clusters.Find(other));
          }
        }
        if (candidates.size() == 1) clusters.Join(node, *candidates.begin());
      }
    }
  }

  // rule 5: a name cut to its first two syllables ("Đinh La" where the article wrote "Đinh
  // La thăng") joins the one longer name that begins with them and holds the same post
  std::map<graph::NodeIndex, std::vector<graph::NodeIndex>> holders_of;  // role -> persons
  for (graph::NodeIndex i = 0; i < n; ++i)
    for (graph::NodeIndex role : roles_of[i]) holders_of[role].push_back(i);
  for (const auto& [name, nodes] : by_name) {
    if (std::count(name.begin(), name.end(), ' ') != 1) continue;
    for (graph::NodeIndex node : nodes) {
      std::set<graph::NodeIndex> candidates;
      for (graph::NodeIndex role : roles_of[node])
        for (graph::NodeIndex other : holders_of[role]) {
          const std::string other_name = text::Fold(StringProperty(graph, other, schema::kName));
          if (other_name.size() > name.size() + 1 &&
              other_name.compare(0, name.size() + 1, name + " ") == 0)
            candidates.insert(clusters.Find(other));
        }
      if (candidates.size() == 1) clusters.Join(node, *candidates.begin());
    }
  }

  for (const auto& [name, nodes] : by_name) {
    for (graph::NodeIndex node : nodes) {
      const graph::NodeIndex root = clusters.Find(node);
      persons.cluster_of[node] = root;
      persons.members[root].push_back(node);
    }
  }
  // the display name: the spelling with the most evidence, then the smallest node
  for (graph::NodeIndex root = 0; root < n; ++root) {
    auto& members = persons.members[root];
    if (members.empty()) continue;
    std::sort(members.begin(), members.end());
    std::map<std::string, size_t> weight;
    for (graph::NodeIndex node : members)
      weight[StringProperty(graph, node, schema::kName)] += graph.node(node).evidence.size();
    std::string best = StringProperty(graph, members.front(), "name");
    for (const auto& [spelling, w] : weight)
      if (w > weight[best]) best = spelling;
    persons.display_name[root] = best;
  }
  return persons;
}

}  // namespace kg::leaders::internal
