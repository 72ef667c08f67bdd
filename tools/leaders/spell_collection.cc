// HOLDS relationships -> spells (person × core post × province) and Central Committee
// memberships, each with its attestations.
#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "graph/schema.h"
#include "tools/leaders/core_posts.h"
#include "tools/leaders/leadership_internal.h"

namespace kg::leaders::internal {

namespace schema = graph::schema;
namespace {

struct SpellDraft {
  std::vector<Attestation> evidence;
  std::map<std::string, size_t> titles;  // title -> attestations
  std::vector<graph::NodeId> nodes;
  const extract::ProvinceInfo* unit = nullptr;
};

std::string MostAttested(const std::map<std::string, size_t>& counts) {
  std::string best;
  size_t most = 0;
  for (const auto& [title, n] : counts)
    if (n > most) best = title, most = n;
  return best;
}

}  // namespace

Collected CollectSpells(const graph::PropertyGraph& graph, const Persons& persons,
                        const std::vector<std::string>& dates, ProvinceMap map) {
  Collected out;
  const auto holds = graph.FindSymbol(schema::kHolds);
  if (!holds) return out;
  // (cluster, post, province as attested) -> draft
  std::map<std::tuple<graph::NodeIndex, int, std::string>, SpellDraft> drafts;
  std::map<std::pair<graph::NodeIndex, bool>, CentralCommitteeMembership> memberships;
  for (graph::EdgeIndex e = 0; e < graph.edge_count(); ++e) {
    const graph::EdgeRecord& edge = graph.edge(e);
    if (edge.type != *holds) continue;
    const graph::NodeIndex cluster = persons.cluster_of[edge.source];
    if (cluster == UINT32_MAX) continue;  // HOLDS from something that is no Person
    // a past post ("nguyên Bí thư") is no attestation of holding it at that date
    if (const auto former = graph.FindSymbol(schema::kFormer); former)
      if (const graph::PropertyValue* f = graph.EdgeProperty(e, *former);
          f != nullptr && f->is_bool() && f->as_bool())
        continue;
    const std::string title = StringProperty(graph, edge.target, schema::kTitle);

    const CentralCommittee cc = CentralCommitteeOf(title);
    if (cc != CentralCommittee::kNone) {
      auto& m = memberships[{cluster, cc == CentralCommittee::kAlternate}];
      m.person_id = graph.node(cluster).id;
      m.person = persons.display_name[cluster];
      m.alternate = cc == CentralCommittee::kAlternate;
      for (const graph::Evidence& ev : edge.evidence)
        m.evidence.push_back(MakeAttestation(graph, ev, dates));
      continue;
    }

    const std::string raw = RawProvinceOf(graph, edge.target, edge.source);
    const extract::ProvinceInfo* unit = raw.empty() ? nullptr : extract::FindProvince(raw);
    const std::optional<CorePost> post = CorePostOf(title, unit);
    if (!post) continue;
    SpellDraft& draft = drafts[{cluster, static_cast<int>(*post), unit ? unit->name : raw}];
    draft.unit = unit;
    for (const graph::Evidence& ev : edge.evidence)
      draft.evidence.push_back(MakeAttestation(graph, ev, dates));
    draft.titles[title] += edge.evidence.size();
    draft.nodes.push_back(graph.node(edge.source).id);
  }

  for (auto& [key, draft] : drafts) {
    const auto& [cluster, post, as_attested] = key;
    Spell spell;
    spell.person_id = graph.node(cluster).id;
    spell.person = persons.display_name[cluster];
    spell.post = static_cast<CorePost>(post);
    spell.role_title = MostAttested(draft.titles);
    spell.province = InMap(draft.unit, map);
    spell.province_as_attested = as_attested;
    spell.evidence = std::move(draft.evidence);
    SortAttestations(spell.evidence);
    DateRange(spell.evidence, spell.first_seen, spell.last_seen);
    std::sort(draft.nodes.begin(), draft.nodes.end());
    draft.nodes.erase(std::unique(draft.nodes.begin(), draft.nodes.end()), draft.nodes.end());
    spell.person_nodes = std::move(draft.nodes);
    out.spells.push_back(std::move(spell));
  }
  for (auto& [key, m] : memberships) {
    SortAttestations(m.evidence);
    DateRange(m.evidence, m.first_seen, m.last_seen);
    out.central_committee.push_back(std::move(m));
  }
  return out;
}

}  // namespace kg::leaders::internal
