// Leadership across provinces: who held which core post where and when.
//
// The front door of the leaders module. BuildLeadership() reads a built graph
// (Person -HOLDS-> Role, the HOLDS evidence and the articles' dates) and returns
// plain data: spells (one person, one core post, one province, first and last
// attested date, the evidence), conflicts (two holders of one post whose evidence
// overlaps in time), per-province rows as of a date, comparison measures, names that
// may be two people, and the yearly panel. The renderers (table, CSV, JSON, HTML
// report) only format this data. docs/leaders.md states every rule.
//
// Example:
//   kg::leaders::LeadershipOptions options;
//   options.map = kg::leaders::ProvinceMap::kCurrent;
//   auto built = kg::leaders::BuildLeadership(graph, options);
//   if (!built.error.empty()) { /* e.g. "unknown province 'Quảng Nim'" */ }
//   for (const auto& row : built.leadership.provinces) { ... }
//
// Dates are ISO strings "YYYY-MM-DD"; an unknown date is the empty string (and is
// rendered as null). The date of an attestation is the date of its article: the
// article's first dated event (the Event node with a full date whose evidence in that
// article starts first), else the article's publication date, else unknown; this is
// the rule ingest/graph_builder uses for HOLDS firstSeen/lastSeen, so the two agree.
//
// A province that could not be resolved is the empty string: such spells are kept
// apart in Leadership::unplaced, never guessed (not even from the person's other posts).
//
// Thread safety: BuildLeadership only reads the graph; the result is a value that
// does not point into the graph.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/store/property_graph.h"

namespace kg::leaders {

// The core posts of a province's leadership, in display order.
enum class CorePost {
  kSecretary,                       // Bí thư Tỉnh ủy / Thành ủy
  kStandingDeputySecretary,         // Phó Bí thư Thường trực Tỉnh ủy
  kDeputySecretary,                 // Phó Bí thư Tỉnh ủy
  kCommitteeChair,                  // Chủ tịch UBND tỉnh
  kCommitteeViceChair,              // Phó Chủ tịch UBND tỉnh (the standing vice chair too)
  kCouncilChair,                    // Chủ tịch HĐND tỉnh
  kNationalAssemblyDelegationHead,  // Trưởng Đoàn ĐBQH tỉnh
};
inline constexpr int kCorePostCount = 7;

struct CorePostInfo {
  CorePost post;
  const char* id;     // stable machine name: "secretary", "committee_chair", …
  const char* title;  // Vietnamese, as a heading: "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"
  const char* title_en;     // "Provincial Party Secretary"
  bool party;               // a Party post (terms follow Party congresses), else a state post
  bool single_holder;       // one holder at a time (a deputy post has several)
  const char* short_title;  // a narrow column heading: "Bí thư", "CT UBND"
};
const CorePostInfo& Info(CorePost post);
// The post whose Info().id is `id` ("council_chair"); false when none is.
bool ParseCorePostId(const std::string& id, CorePost& post);

// Which province map a comparison is made in.
enum class ProvinceMap {
  kAsAttested,  // the 63 units before 1 July 2025 (an article's own province)
  kCurrent,     // the 34 units after Resolution 202/2025/QH15 (Yên Bái → Lào Cai)
};

// One attestation of a post: an article, its date and the evidence span.
struct Attestation {
  std::string article_id;
  std::string date;  // the article's event date, else its publication date; "" unknown
  std::string url;
  uint32_t start = 0;  // code points in the article's text
  uint32_t end = 0;
  std::string text;  // the evidence quote when the graph kept it, else ""
};

// One person in one core post of one province, from the first to the last attestation.
// A person is a cluster of Person nodes (see person_resolution.h); person_id is the
// smallest node id of the cluster, person_nodes the nodes whose HOLDS make this spell.
struct Spell {
  graph::NodeId person_id = 0;
  std::string person;  // the cluster's name as stored (NFC), its most attested spelling
  CorePost post{};
  std::string role_title;  // the Role's title as extracted ("Bí thư Thành ủy"); the most
                           // attested one when several titles fall in one post
  std::string province;    // in the requested map; "" unknown
  std::string province_as_attested;  // the pre-2025 unit the evidence names; "" unknown
                                     // (the raw value when it names no known unit)
  std::string first_seen;            // "" when no attestation has a date
  std::string last_seen;
  std::vector<Attestation> evidence;        // sorted by date (undated last), article id, start
  size_t article_count() const;             // distinct articles in evidence
  std::vector<graph::NodeId> person_nodes;  // ascending
};

// Two holders of a single-holder post in one province whose spells overlap.
// Compared in the as-attested map, so Yên Bái's and Lào Cai's secretaries of 2017 are
// not a conflict in the current map, where both sit under Lào Cai.
struct Conflict {
  size_t spell_a = 0;  // indexes into Leadership::spells; spell_a starts first
  size_t spell_b = 0;
  std::string overlap_from;
  std::string overlap_to;
};

// A person holding two core posts of one province at once, attested in one article
// or with overlapping spells ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh").
struct ConcurrentPosts {
  graph::NodeId person_id = 0;
  std::string person;
  std::string province;  // in the requested map
  CorePost post_a{};     // post_a comes before post_b in CorePost order
  CorePost post_b{};
  std::string from;  // the overlap of the two spells ("" when only undated articles join them)
  std::string to;
  size_t spell_a = 0;  // indexes into Leadership::spells
  size_t spell_b = 0;
};

// A term of office: Party posts follow provincial Party congresses (2010, 2015, 2020,
// 2025), state posts the People's Council and National Assembly terms (elections of
// 2011, 2016, 2021, 2026). Congress dates differ by province, so a Party term is taken
// to start on 1 October of the congress year (docs/leaders.md).
struct Term {
  std::string label;  // "2020–2025" (en dash)
  std::string from;   // first day, inclusive
  std::string to;     // last day, inclusive
};
std::vector<Term> TermsFor(CorePost post);
// The term of `post` that contains `date`; nullptr when none does or the date is "".
const Term* TermOf(CorePost post, const std::string& date);

// Distinct persons attested in a post of a province within one term (dated evidence only).
struct Turnover {
  std::string province;  // in the requested map
  CorePost post{};
  std::string term;    // Term::label
  size_t holders = 0;  // distinct persons attested in that post in that term
  // The pre-2025 unit counted. In the current map a merged unit has one Turnover per
  // unit it was formed from, so a merger never looks like a change of holder.
  std::string province_as_attested;
};

// An attested membership of the Party Central Committee (or of the Politburo or the
// Secretariat, whose members sit on it): "Ủy viên Ban Chấp hành Trung ương Đảng".
struct CentralCommitteeMembership {
  graph::NodeId person_id = 0;  // the cluster, as in Spell::person_id
  std::string person;
  bool alternate = false;  // "Ủy viên dự khuyết": never counted as membership
  std::string first_seen;
  std::string last_seen;
  std::vector<Attestation> evidence;
};

// One province's leadership as of a date.
struct ProvinceRow {
  std::string province;
  // per CorePost (index by static_cast<int>(post)): the holders as of the date, the
  // latest-attested first; empty when no holder is attested (a gap in the evidence).
  // A single-holder post lists the spell that started last on or before the date and
  // every spell overlapping it (a conflict); a multi-holder post lists the spells attested
  // in the term containing the date up to the date. Spells with no dated evidence are
  // listed only when the post has no dated spell and no as-of date was asked for.
  std::vector<std::vector<size_t>> holders;  // indexes into Leadership::spells
  // A member of the Central Committee is among the secretary holders, attested in the
  // same Central Committee term (between national Party congresses) as the secretary spell.
  bool secretary_in_central_committee = false;
  std::vector<Attestation> central_committee_evidence;  // that membership's attestations
};

struct LeadershipOptions {
  ProvinceMap map = ProvinceMap::kAsAttested;
  std::string as_of;     // "" = the latest evidence; else YYYY-MM-DD (checked)
  std::string province;  // "" = all; otherwise any spelling FindProvince resolves
};

// A name that may be two people: Person-node clusters with the same folded name that
// person resolution kept apart, at least one of them in a core post or the Central
// Committee. Each cluster comes with what it holds and its evidence.
struct HeldRole {
  std::string title;
  std::string province;  // the Role's province, else the person node's; "" unknown
  bool core = false;     // a core post of that province
  CorePost post{};       // when core
  std::string first_seen;
  std::string last_seen;
  size_t article_count = 0;
};
struct NameCluster {
  graph::NodeId person_id = 0;  // smallest node id of the cluster
  std::string person;           // the cluster's display name
  std::vector<graph::NodeId> person_nodes;
  std::vector<std::string> provinces;  // Person.province of its nodes (as attested), sorted
  std::vector<HeldRole> roles;
  std::string first_seen;
  std::string last_seen;
  std::vector<Attestation> evidence;  // every HOLDS attestation of the cluster
};
struct AmbiguousName {
  std::string name;  // a display name of the first cluster
  std::string key;   // the folded name shared by the clusters
  std::vector<NameCluster> clusters;
};

// When the corpus's articles came out (leaders/publication_range.h): their publication
// dates, and for articles without one an estimate from the dates they mention. Empty
// when the graph has neither.
struct PublicationRange {
  std::string from;  // YYYY-MM-DD; "" unknown
  std::string to;
  bool estimated = false;  // partly or wholly from mentioned dates
  size_t articles = 0;     // articles the range rests on: published ones, plus those
                           // mentioning the kept months (an article per month it mentions)
};

struct Leadership {
  std::vector<Spell> spells;    // placed spells, by province (map order), post, first_seen
  std::vector<Spell> unplaced;  // core posts whose province is unknown
  std::vector<Conflict> conflicts;
  std::vector<ConcurrentPosts> concurrent;
  std::vector<Turnover> turnover;        // by province, post, term
  std::vector<ProvinceRow> provinces;    // every province of the map, those with no holder too
  std::vector<AmbiguousName> ambiguous;  // by key
  std::vector<CentralCommitteeMembership> central_committee;  // by person
  ProvinceMap map = ProvinceMap::kAsAttested;                 // as asked
  std::string as_of;             // the date the rows are as of: the option, else the
                                 // latest dated attestation not after the publication
                                 // range's end (the end when none is; "" when nothing
                                 // is dated)
  PublicationRange publication;  // of the whole graph, whatever the province filter
};

// Reads the graph. An unknown province filter or a malformed as-of date is an error
// returned in `error` (the leadership is then empty).
struct LeadershipResult {
  Leadership leadership;
  std::string error;  // non-empty on failure (e.g. "unknown province 'Quảng Nim'")
};
LeadershipResult BuildLeadership(const graph::PropertyGraph& graph,
                                 const LeadershipOptions& options);

// The yearly panel for statistics: one row per person × post × province × year in
// which the spell has at least one dated attestation; placed spells first, then the
// unplaced ones (province ""). Sorted by province, post, person, year.
struct PanelRow {
  graph::NodeId person_id = 0;
  std::string person;
  CorePost post{};
  std::string province;
  int year = 0;
  size_t evidence_count = 0;  // attestations dated in that year
  std::string province_as_attested;
  size_t article_count = 0;  // distinct articles among them
};
std::vector<PanelRow> BuildPanel(const Leadership& leadership);

}  // namespace kg::leaders
