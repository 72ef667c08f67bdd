// Names that may be two people: one folded name, several persons after resolution, at
// least one of them in a core post or on the Central Committee. Each person comes with
// what it holds and the evidence, so an analyst can decide.
#include <algorithm>
#include <map>
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

NameCluster Describe(const graph::PropertyGraph& graph, const Persons& persons,
                     graph::NodeIndex root,
                     const std::vector<std::vector<graph::EdgeIndex>>& holds_of,
                     const std::vector<std::string>& dates, bool& notable) {
  NameCluster c;
  c.person_id = graph.node(root).id;
  c.person = persons.display_name[root];
  std::set<std::string> provinces;
  for (graph::NodeIndex node : persons.members[root]) {
    c.person_nodes.push_back(graph.node(node).id);
    const std::string province = StringProperty(graph, node, schema::kProvince);
    if (!province.empty()) provinces.insert(province);
    for (graph::EdgeIndex e : holds_of[node]) {
      const graph::EdgeRecord& edge = graph.edge(e);
      HeldRole role;
      role.title = StringProperty(graph, edge.target, schema::kTitle);
      role.province = RawProvinceOf(graph, edge.target, node);
      const extract::ProvinceInfo* unit =
          role.province.empty() ? nullptr : extract::FindProvince(role.province);
      if (const auto post = CorePostOf(role.title, unit); post) {
        role.core = true;
        role.post = *post;
      }
      if (role.core || CentralCommitteeOf(role.title) == CentralCommittee::kMember) notable = true;
      std::vector<Attestation> evidence;
      for (const graph::Evidence& ev : edge.evidence)
        evidence.push_back(MakeAttestation(graph, ev, dates));
      SortAttestations(evidence);
      DateRange(evidence, role.first_seen, role.last_seen);
      std::set<std::string> articles;
      for (const Attestation& a : evidence) articles.insert(a.article_id);
      role.article_count = articles.size();
      c.evidence.insert(c.evidence.end(), evidence.begin(), evidence.end());
      c.roles.push_back(std::move(role));
    }
  }
  c.provinces.assign(provinces.begin(), provinces.end());
  SortAttestations(c.evidence);
  DateRange(c.evidence, c.first_seen, c.last_seen);
  return c;
}

}  // namespace

std::vector<AmbiguousName> FindAmbiguousNames(const graph::PropertyGraph& graph,
                                              const Persons& persons,
                                              const std::vector<std::string>& dates) {
  std::vector<std::vector<graph::EdgeIndex>> holds_of(graph.node_count());
  if (const auto holds = graph.FindSymbol(schema::kHolds); holds)
    for (graph::EdgeIndex e = 0; e < graph.edge_count(); ++e)
      if (graph.edge(e).type == *holds) holds_of[graph.edge(e).source].push_back(e);

  std::map<std::string, std::vector<graph::NodeIndex>> roots_by_name;
  for (graph::NodeIndex root = 0; root < graph.node_count(); ++root)
    if (!persons.members[root].empty())
      roots_by_name[text::Fold(persons.display_name[root])].push_back(root);

  std::vector<AmbiguousName> out;
  for (const auto& [key, roots] : roots_by_name) {
    if (roots.size() < 2) continue;
    AmbiguousName name;
    name.key = key;
    bool notable = false;
    for (graph::NodeIndex root : roots)
      name.clusters.push_back(Describe(graph, persons, root, holds_of, dates, notable));
    if (!notable) continue;
    name.name = name.clusters.front().person;
    out.push_back(std::move(name));
  }
  return out;
}

}  // namespace kg::leaders::internal
