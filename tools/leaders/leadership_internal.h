// The steps of BuildLeadership, one file each, in the order they run:
//   attestation_dates.cc   the date of every article (its first dated event, else publication)
//   person_resolution.cc   Person nodes -> persons (clusters of nodes)
//   spell_collection.cc    HOLDS -> spells and Central Committee memberships
//   measures.cc            conflicts, concurrent posts, turnover
//   province_rows.cc       each province's holders as of a date
//   ambiguous_names.cc     names that may be two people
// Internal to the leaders module; use leaders/leadership.h.
#pragma once

#include <string>
#include <vector>

#include "extract/recognise/provinces.h"
#include "graph/store/property_graph.h"
#include "tools/leaders/leadership.h"

namespace kg::leaders::internal {

// Per article index (PropertyGraph::articles()): the date its facts are attested on; "" unknown.
std::vector<std::string> ArticleDates(const graph::PropertyGraph& graph);

// Person nodes grouped into persons. cluster_of[node index] is the cluster's
// representative (its smallest node index) for Person nodes, UINT32_MAX for others.
struct Persons {
  std::vector<graph::NodeIndex> cluster_of;
  std::vector<std::vector<graph::NodeIndex>> members;  // per representative; empty otherwise
  std::vector<std::string> display_name;               // per representative
};
Persons ResolvePersons(const graph::PropertyGraph& graph);

// A node's string property ("" when absent or not a string), and whether it has a label.
std::string StringProperty(const graph::PropertyGraph& graph, graph::NodeIndex node,
                           const char* key);
bool HasLabel(const graph::PropertyGraph& graph, graph::NodeIndex node, graph::SymbolId label);

// The province a Role of `holder` names: the Role's own, else the person node's ("" unknown).
std::string RawProvinceOf(const graph::PropertyGraph& graph, graph::NodeIndex role,
                          graph::NodeIndex holder);

// The province's name in `map` ("" when `unit` is nullptr).
std::string InMap(const extract::ProvinceInfo* unit, ProvinceMap map);
// The provinces of `map`, in the order of extract::AllProvinces().
std::vector<std::string> ProvincesOf(ProvinceMap map);
// A rank for sorting by map order; unknown names after all known ones.
size_t ProvinceRank(const std::string& province);

Attestation MakeAttestation(const graph::PropertyGraph& graph, const graph::Evidence& evidence,
                            const std::vector<std::string>& dates);
void SortAttestations(std::vector<Attestation>& evidence);
// first_seen / last_seen from the dated attestations.
void DateRange(const std::vector<Attestation>& evidence, std::string& first, std::string& last);

struct Collected {
  std::vector<Spell> spells;  // placed and unplaced, unsorted
  std::vector<CentralCommitteeMembership> central_committee;
};
Collected CollectSpells(const graph::PropertyGraph& graph, const Persons& persons,
                        const std::vector<std::string>& dates, ProvinceMap map);

std::vector<Conflict> FindConflicts(const std::vector<Spell>& spells);
std::vector<ConcurrentPosts> FindConcurrentPosts(const std::vector<Spell>& spells);
std::vector<Turnover> CountTurnover(const std::vector<Spell>& spells);

std::vector<ProvinceRow> BuildProvinceRows(const Leadership& leadership,
                                           const std::vector<std::string>& provinces,
                                           bool as_of_asked);

std::vector<AmbiguousName> FindAmbiguousNames(const graph::PropertyGraph& graph,
                                              const Persons& persons,
                                              const std::vector<std::string>& dates);

// The national Party congress term ("2021–2026") a date falls in; "" when none.
std::string CentralCommitteeTermOf(const std::string& date);

// True when [a_first, a_last] and [b_first, b_last] share a day; the shared part in from/to.
bool Overlap(const std::string& a_first, const std::string& a_last, const std::string& b_first,
             const std::string& b_last, std::string& from, std::string& to);

}  // namespace kg::leaders::internal
