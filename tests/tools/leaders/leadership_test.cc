// The leadership core (leaders/leadership.h) on small hand-made graphs, one rule per
// test, and on the graph of the five seed articles.
#include "tools/leaders/leadership.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract/corpus/corpus_reader.h"
#include "tools/leaders/leadership_tables.h"
#include "graph/store/property_graph.h"
#include "extract/ingest/corpus_build.h"
#include "extract/text/normalize.h"
#include "tests/tools/leaders/leadership_fixture.h"

namespace kg::leaders {
namespace {

using graph::NodeIndex;
using testing_fixture::Fixture;

std::vector<const Spell*> SpellsOf(const Leadership& l, const std::string& person) {
  std::vector<const Spell*> out;
  for (const Spell& s : l.spells)
    if (s.person == person) out.push_back(&s);
  return out;
}

const Spell* FindSpell(const Leadership& l, const std::string& person, CorePost post) {
  for (const Spell& s : l.spells)
    if (s.person == person && s.post == post) return &s;
  return nullptr;
}

const ProvinceRow* Row(const Leadership& l, const std::string& province) {
  for (const ProvinceRow& r : l.provinces)
    if (r.province == province) return &r;
  return nullptr;
}

// The names of a row's holders of `post`, in the row's order.
std::vector<std::string> HolderNames(const Leadership& l, const std::string& province,
                                     CorePost post) {
  std::vector<std::string> names;
  const ProvinceRow* row = Row(l, province);
  if (row == nullptr) return {"<no row for " + province + ">"};
  for (size_t i : row->holders[static_cast<int>(post)]) names.push_back(l.spells[i].person);
  return names;
}

// --- spells -------------------------------------------------------------------------

TEST(LeadershipSpells, FirstAndLastSeenFromEvidenceDates) {
  Fixture f;
  const NodeIndex p = f.AddPerson("Trần Văn Một", "Thái Bình");
  const NodeIndex r = f.AddRole("Bí thư Tỉnh ủy", "Thái Bình");
  f.Holds(p, r, f.Article("b", "2021-03-01"));
  f.Holds(p, r, f.Article("u", ""));  // undated
  const uint32_t a = f.Article("a", "2020-01-05");
  f.Holds(p, r, a, 0);
  f.Holds(p, r, a, 40);  // a second span in one article
  const Leadership l = f.Build();

  ASSERT_EQ(l.spells.size(), 1u);
  const Spell& s = l.spells[0];
  EXPECT_EQ(s.person, "Trần Văn Một");
  EXPECT_EQ(s.post, CorePost::kSecretary);
  EXPECT_EQ(s.province, "Thái Bình");
  EXPECT_EQ(s.province_as_attested, "Thái Bình");
  EXPECT_EQ(s.role_title, "Bí thư Tỉnh ủy");
  EXPECT_EQ(s.first_seen, "2020-01-05");
  EXPECT_EQ(s.last_seen, "2021-03-01");
  EXPECT_EQ(s.article_count(), 3u);
  ASSERT_EQ(s.evidence.size(), 4u);
  // sorted by date, undated last
  EXPECT_EQ(s.evidence[0].article_id, "a");
  EXPECT_EQ(s.evidence[0].start, 0u);
  EXPECT_EQ(s.evidence[1].article_id, "a");
  EXPECT_EQ(s.evidence[1].start, 40u);
  EXPECT_EQ(s.evidence[2].article_id, "b");
  EXPECT_EQ(s.evidence[2].url, "https://example.test/b");
  EXPECT_EQ(s.evidence[3].article_id, "u");
  EXPECT_EQ(s.evidence[3].date, "");
  EXPECT_EQ(s.person_id, f.Id(p));
  EXPECT_EQ(s.person_nodes, std::vector<graph::NodeId>{f.Id(p)});
  EXPECT_EQ(l.as_of, "2021-03-01");
  EXPECT_EQ(HolderNames(l, "Thái Bình", CorePost::kSecretary),
            std::vector<std::string>{"Trần Văn Một"});
}

TEST(LeadershipSpells, OnlyUndatedEvidenceGivesEmptyFirstSeen) {
  Fixture f;
  f.Holder("Trần Văn Hai", "Chủ tịch UBND tỉnh", "Nam Định", {"", ""});
  const Leadership l = f.Build();
  ASSERT_EQ(l.spells.size(), 1u);
  EXPECT_EQ(l.spells[0].first_seen, "");
  EXPECT_EQ(l.spells[0].last_seen, "");
  EXPECT_EQ(l.spells[0].article_count(), 2u);
  EXPECT_EQ(l.as_of, "");
  // with no dated spell and no as-of asked for, the undated spell is listed
  EXPECT_EQ(HolderNames(l, "Nam Định", CorePost::kCommitteeChair),
            std::vector<std::string>{"Trần Văn Hai"});
  // with an as-of asked for it is not
  LeadershipOptions options;
  options.as_of = "2020-01-01";
  EXPECT_TRUE(HolderNames(f.Build(options), "Nam Định", CorePost::kCommitteeChair).empty());
}

TEST(LeadershipSpells, FirstDatedEventOverridesPublicationDate) {
  Fixture f;
  const NodeIndex p = f.AddPerson("Trần Văn Ba", "Hà Nam");
  const NodeIndex r = f.AddRole("Bí thư Tỉnh ủy", "Hà Nam");
  const uint32_t a = f.Article("events", "2022-01-01");
  // node order is neither the first nor the last: the one that starts first decides
  f.Event(a, "2019-05-05", 30);
  f.Event(a, "2018-03-04", 10);  // starts first: the article's date
  f.Event(a, "2019-08-08", 50);
  f.Event(a, "2017", 5);  // no full date: ignored
  f.Holds(p, r, a);
  const uint32_t b = f.Article("plain", "2022-02-02");
  f.Holds(p, r, b);
  const uint32_t c = f.Article("event-only", "");  // undated, but its event has a date
  f.Event(c, "2023-07-08", 0);
  f.Holds(p, r, c);
  const Leadership l = f.Build();
  ASSERT_EQ(l.spells.size(), 1u);
  const Spell& s = l.spells[0];
  EXPECT_EQ(s.first_seen, "2018-03-04");
  EXPECT_EQ(s.last_seen, "2023-07-08");
  ASSERT_EQ(s.evidence.size(), 3u);
  EXPECT_EQ(s.evidence[0].article_id, "events");
  EXPECT_EQ(s.evidence[0].date, "2018-03-04");
  EXPECT_EQ(s.evidence[1].date, "2022-02-02");
  EXPECT_EQ(s.evidence[2].date, "2023-07-08");
}

TEST(LeadershipSpells, NonCoreRolesMakeNoSpell) {
  Fixture f;
  f.Holder("Trần Văn Bốn", "Giám đốc Sở Tài chính", "Hà Nam", {"2020-01-01"});
  f.Holder("Trần Văn Năm", "Bí thư Huyện ủy", "Hà Nam", {"2020-01-01"});
  f.Holder("Trần Văn Sáu", "Phó Chủ tịch HĐND tỉnh", "Hà Nam", {"2020-01-01"});
  const Leadership l = f.Build();
  EXPECT_TRUE(l.spells.empty());
  EXPECT_TRUE(l.unplaced.empty());
}

// --- conflicts ----------------------------------------------------------------------

TEST(LeadershipConflicts, OverlappingSecretariesConflict) {
  Fixture f;
  f.Holder("Phạm Văn Bê", "Bí thư Tỉnh ủy", "Hưng Yên", {"2020-03-01", "2021-01-01"});
  f.Holder("Phạm Văn An", "Bí thư Tỉnh ủy", "Hưng Yên", {"2020-01-01", "2020-06-01"});
  const Leadership l = f.Build();
  ASSERT_EQ(l.spells.size(), 2u);
  ASSERT_EQ(l.conflicts.size(), 1u);
  const Conflict& c = l.conflicts[0];
  EXPECT_EQ(l.spells[c.spell_a].person, "Phạm Văn An");  // starts first
  EXPECT_EQ(l.spells[c.spell_b].person, "Phạm Văn Bê");
  EXPECT_EQ(c.overlap_from, "2020-03-01");
  EXPECT_EQ(c.overlap_to, "2020-06-01");
  // the row shows the conflict rather than hiding it
  EXPECT_EQ(HolderNames(l, "Hưng Yên", CorePost::kSecretary),
            (std::vector<std::string>{"Phạm Văn Bê", "Phạm Văn An"}));
}

TEST(LeadershipConflicts, SuccessiveSecretariesDoNotConflict) {
  Fixture f;
  f.Holder("Phạm Văn An", "Bí thư Tỉnh ủy", "Hưng Yên", {"2019-01-01", "2019-12-31"});
  f.Holder("Phạm Văn Bê", "Bí thư Tỉnh ủy", "Hưng Yên", {"2020-01-01", "2021-01-01"});
  const Leadership l = f.Build();
  ASSERT_EQ(l.spells.size(), 2u);
  EXPECT_TRUE(l.conflicts.empty());
  EXPECT_EQ(HolderNames(l, "Hưng Yên", CorePost::kSecretary),
            std::vector<std::string>{"Phạm Văn Bê"});
}

TEST(LeadershipConflicts, SeveralViceChairsAreNoConflict) {
  Fixture f;
  f.Holder("Phạm Văn An", "Phó Chủ tịch UBND tỉnh", "Hưng Yên", {"2020-01-01", "2021-01-01"});
  f.Holder("Phạm Văn Bê", "Phó Chủ tịch UBND tỉnh", "Hưng Yên", {"2020-02-01", "2020-12-01"});
  const Leadership l = f.Build();
  ASSERT_EQ(l.spells.size(), 2u);
  EXPECT_EQ(l.spells[0].post, CorePost::kCommitteeViceChair);
  EXPECT_TRUE(l.conflicts.empty());
  // both are listed: a multi-holder post
  EXPECT_EQ(HolderNames(l, "Hưng Yên", CorePost::kCommitteeViceChair).size(), 2u);
}

// --- concurrent posts, Central Committee ------------------------------------------

TEST(LeadershipConcurrent, SecretaryAndCouncilChair) {
  Fixture f;
  const NodeIndex p = f.AddPerson("Đỗ Văn Kiêm", "Ninh Bình");
  const NodeIndex secretary = f.AddRole("Bí thư Tỉnh ủy", "Ninh Bình");
  const NodeIndex chair = f.AddRole("Chủ tịch HĐND tỉnh", "Ninh Bình");
  const uint32_t a1 = f.Article("a1", "2021-06-01");
  const uint32_t a2 = f.Article("a2", "2022-06-01");
  const uint32_t a3 = f.Article("a3", "2023-06-01");
  f.Holds(p, secretary, a1);
  f.Holds(p, secretary, a3);
  f.Holds(p, chair, a2, 20);
  f.Holds(p, chair, a3, 20);
  const Leadership l = f.Build();
  ASSERT_EQ(l.spells.size(), 2u);
  ASSERT_EQ(l.concurrent.size(), 1u);
  const ConcurrentPosts& c = l.concurrent[0];
  EXPECT_EQ(c.person, "Đỗ Văn Kiêm");
  EXPECT_EQ(c.person_id, f.Id(p));
  EXPECT_EQ(c.province, "Ninh Bình");
  EXPECT_EQ(c.post_a, CorePost::kSecretary);
  EXPECT_EQ(c.post_b, CorePost::kCouncilChair);
  EXPECT_EQ(c.from, "2022-06-01");
  EXPECT_EQ(c.to, "2023-06-01");
  EXPECT_EQ(l.spells[c.spell_a].post, CorePost::kSecretary);
  EXPECT_EQ(l.spells[c.spell_b].post, CorePost::kCouncilChair);
  EXPECT_TRUE(l.conflicts.empty());  // one person in two posts is no conflict
}

TEST(LeadershipCentralCommittee, MemberSecretaryButNotAlternate) {
  Fixture f;
  const NodeIndex member = f.AddPerson("Vũ Đại Thắng", "Quảng Bình");
  const NodeIndex member_post = f.AddRole("Bí thư Tỉnh ủy", "Quảng Bình");
  const NodeIndex cc = f.AddRole("Ủy viên Ban Chấp hành Trung ương Đảng");
  const uint32_t a1 = f.Article("qb", "2022-04-01");
  f.Holds(member, member_post, a1);
  f.Holds(member, cc, a1, 30);

  const NodeIndex alternate = f.AddPerson("Hoàng Văn Dự", "Quảng Trị");
  const NodeIndex alternate_post = f.AddRole("Bí thư Tỉnh ủy", "Quảng Trị");
  const NodeIndex acc = f.AddRole("Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng");
  const uint32_t a2 = f.Article("qt", "2022-04-01");
  f.Holds(alternate, alternate_post, a2);
  f.Holds(alternate, acc, a2, 30);

  const Leadership l = f.Build();
  ASSERT_EQ(l.spells.size(), 2u);  // the memberships are no core posts
  const ProvinceRow* qb = Row(l, "Quảng Bình");
  const ProvinceRow* qt = Row(l, "Quảng Trị");
  ASSERT_NE(qb, nullptr);
  ASSERT_NE(qt, nullptr);
  EXPECT_TRUE(qb->secretary_in_central_committee);
  ASSERT_EQ(qb->central_committee_evidence.size(), 1u);
  EXPECT_EQ(qb->central_committee_evidence[0].article_id, "qb");
  EXPECT_FALSE(qt->secretary_in_central_committee);
  EXPECT_TRUE(qt->central_committee_evidence.empty());

  ASSERT_EQ(l.central_committee.size(), 2u);
  for (const CentralCommitteeMembership& m : l.central_committee) {
    if (m.person == "Hoàng Văn Dự") {
      EXPECT_TRUE(m.alternate);
    } else {
      EXPECT_EQ(m.person, "Vũ Đại Thắng");
      EXPECT_FALSE(m.alternate);
      EXPECT_EQ(m.first_seen, "2022-04-01");
    }
  }
}

// The tables say "true" for an attested membership and leave the cell empty otherwise:
// the corpus never states that a secretary is not a member.
TEST(LeadershipCentralCommittee, UnattestedMembershipIsEmptyNotFalse) {
  Fixture f;
  const NodeIndex member = f.AddPerson("Vũ Đại Thắng", "Quảng Bình");
  f.Holds(member, f.AddRole("Bí thư Tỉnh ủy", "Quảng Bình"), f.Article("qb", "2022-04-01"));
  f.Holds(member, f.AddRole("Ủy viên Ban Chấp hành Trung ương Đảng"),
          f.Article("qb2", "2022-04-02"));
  const NodeIndex other = f.AddPerson("Hoàng Văn Dự", "Quảng Trị");
  f.Holds(other, f.AddRole("Bí thư Tỉnh ủy", "Quảng Trị"), f.Article("qt", "2022-04-01"));
  const Leadership l = f.Build();
  for (const TextTable& t : {ProvinceTable(l, {}), MeasuresTable(l)}) {
    const auto column =
        std::find(t.columns.begin(), t.columns.end(), "secretary_in_central_committee");
    ASSERT_NE(column, t.columns.end());
    const size_t c = static_cast<size_t>(column - t.columns.begin());
    for (const auto& row : t.rows) {
      if (row[0].text == "Quảng Bình") {
        EXPECT_EQ(row[c].kind, Cell::Kind::kTrue);
      }
      if (row[0].text == "Quảng Trị") {
        EXPECT_TRUE(row[c].is_null());
      }
      EXPECT_NE(row[c].text, "false");
    }
  }
}

TEST(LeadershipCentralCommittee, MembershipOfAnotherTermDoesNotCount) {
  Fixture f;
  const NodeIndex p = f.AddPerson("Vũ Đại Thắng", "Quảng Bình");
  f.Holds(p, f.AddRole("Bí thư Tỉnh ủy", "Quảng Bình"), f.Article("s", "2022-04-01"));
  // a membership attested only in the 2011–2016 Central Committee term
  f.Holds(p, f.AddRole("Ủy viên Ban Chấp hành Trung ương Đảng"), f.Article("m", "2012-04-01"));
  const Leadership l = f.Build();
  ASSERT_NE(Row(l, "Quảng Bình"), nullptr);
  EXPECT_FALSE(Row(l, "Quảng Bình")->secretary_in_central_committee);
}

// --- terms and turnover -------------------------------------------------------------

TEST(LeadershipTerms, PartyAndStateBoundaries) {
  const Term* before = TermOf(CorePost::kSecretary, "2020-09-30");
  const Term* after = TermOf(CorePost::kSecretary, "2020-10-01");
  ASSERT_NE(before, nullptr);
  ASSERT_NE(after, nullptr);
  EXPECT_EQ(before->label, "2015\u20132020");
  EXPECT_EQ(before->from, "2015-10-01");
  EXPECT_EQ(before->to, "2020-09-30");
  EXPECT_EQ(after->label, "2020\u20132025");
  EXPECT_EQ(after->from, "2020-10-01");
  // state posts follow the People's Council elections (23 May 2021)
  ASSERT_NE(TermOf(CorePost::kCommitteeChair, "2021-05-22"), nullptr);
  EXPECT_EQ(TermOf(CorePost::kCommitteeChair, "2021-05-22")->label, "2016\u20132021");
  ASSERT_NE(TermOf(CorePost::kCouncilChair, "2021-05-23"), nullptr);
  EXPECT_EQ(TermOf(CorePost::kCouncilChair, "2021-05-23")->label, "2021\u20132026");
  // a state post's term is not the Party's
  EXPECT_EQ(TermOf(CorePost::kCommitteeChair, "2020-10-01")->label, "2016\u20132021");
  EXPECT_EQ(TermOf(CorePost::kSecretary, ""), nullptr);
  EXPECT_EQ(TermOf(CorePost::kSecretary, "1990-01-01"), nullptr);
  // consecutive terms: each ends the day before the next starts
  const std::vector<Term> terms = TermsFor(CorePost::kDeputySecretary);
  ASSERT_GE(terms.size(), 2u);
  for (size_t i = 0; i + 1 < terms.size(); ++i) EXPECT_LT(terms[i].to, terms[i + 1].from);
}

TEST(LeadershipTurnover, TwoSecretariesInOneTerm) {
  Fixture f;
  f.Holder("Bùi Văn Cũ", "Bí thư Tỉnh ủy", "Thái Bình", {"2016-03-01", "2016-09-01"});
  f.Holder("Bùi Văn Mới", "Bí thư Tỉnh ủy", "Thái Bình", {"2019-05-01", "2020-11-01"});
  const Leadership l = f.Build();
  const Turnover* t1520 = nullptr;
  const Turnover* t2025 = nullptr;
  for (const Turnover& t : l.turnover) {
    EXPECT_EQ(t.province, "Thái Bình");
    EXPECT_EQ(t.post, CorePost::kSecretary);
    if (t.term == "2015\u20132020") t1520 = &t;
    if (t.term == "2020\u20132025") t2025 = &t;
  }
  ASSERT_NE(t1520, nullptr);
  EXPECT_EQ(t1520->holders, 2u);
  EXPECT_EQ(t1520->province_as_attested, "Thái Bình");
  ASSERT_NE(t2025, nullptr);
  EXPECT_EQ(t2025->holders, 1u);
  EXPECT_EQ(l.turnover.size(), 2u);
}

// --- as-of and filters -------------------------------------------------------------

TEST(LeadershipAsOf, RowBetweenTwoSpellsListsTheEarlierHolder) {
  Fixture f;
  f.Holder("Lý Văn Trước", "Bí thư Tỉnh ủy", "Lạng Sơn", {"2015-01-01", "2016-01-01"});
  f.Holder("Lý Văn Sau", "Bí thư Tỉnh ủy", "Lạng Sơn", {"2018-01-01", "2019-01-01"});
  LeadershipOptions options;
  options.as_of = "2017-01-01";
  const Leadership then = f.Build(options);
  EXPECT_EQ(then.as_of, "2017-01-01");
  EXPECT_EQ(HolderNames(then, "Lạng Sơn", CorePost::kSecretary),
            std::vector<std::string>{"Lý Văn Trước"});
  options.as_of = "2014-12-31";  // before any evidence: a gap
  EXPECT_TRUE(HolderNames(f.Build(options), "Lạng Sơn", CorePost::kSecretary).empty());
  const Leadership latest = f.Build();
  EXPECT_EQ(latest.as_of, "2019-01-01");
  EXPECT_EQ(HolderNames(latest, "Lạng Sơn", CorePost::kSecretary),
            std::vector<std::string>{"Lý Văn Sau"});
  EXPECT_EQ(latest.provinces.size(), 63u);  // every province of the map, those with no holder too
}

TEST(LeadershipAsOf, MalformedDateIsAnError) {
  Fixture f;
  f.Holder("Lý Văn Trước", "Bí thư Tỉnh ủy", "Lạng Sơn", {"2015-01-01"});
  for (const char* bad : {"2020-13-01", "2020/01/01", "2020-1-01", "yesterday", "2020-00-10",
                          "2020-01-32", "2020-02-31", "2021-02-29", "2020-04-31"}) {
    LeadershipOptions options;
    options.as_of = bad;
    const LeadershipResult r = BuildLeadership(f.g, options);
    EXPECT_NE(r.error, "") << bad;
    EXPECT_TRUE(r.leadership.spells.empty()) << bad;
    EXPECT_TRUE(r.leadership.provinces.empty()) << bad;
  }
}

TEST(LeadershipAsOf, LeapDayIsADate) {
  Fixture f;
  f.Holder("Lý Văn Trước", "Bí thư Tỉnh ủy", "Lạng Sơn", {"2015-01-01"});
  LeadershipOptions options;
  options.as_of = "2020-02-29";
  EXPECT_EQ(BuildLeadership(f.g, options).error, "");
}

TEST(LeadershipFilter, ProvinceFilterAndUnknownProvince) {
  Fixture f;
  f.Holder("Ngô Văn Một", "Bí thư Tỉnh ủy", "Quảng Ninh", {"2020-01-01"});
  f.Holder("Ngô Văn Hai", "Bí thư Tỉnh ủy", "Lạng Sơn", {"2020-01-01"});
  LeadershipOptions options;
  options.province = "Quang Ninh";
  const Leadership l = f.Build(options);
  ASSERT_EQ(l.spells.size(), 1u);
  EXPECT_EQ(l.spells[0].person, "Ngô Văn Một");
  ASSERT_EQ(l.provinces.size(), 1u);
  EXPECT_EQ(l.provinces[0].province, "Quảng Ninh");

  options.province = "Quảng Nim";
  const LeadershipResult r = BuildLeadership(f.g, options);
  EXPECT_NE(r.error.find("unknown province"), std::string::npos) << r.error;
  EXPECT_TRUE(r.leadership.spells.empty());
}

// --- the 2025 map, province names, city posts ----------------------------------------

TEST(LeadershipMap, YenBaiCountsUnderLaoCaiInTheCurrentMap) {
  Fixture f;
  f.Holder("Đỗ Đức Yên", "Bí thư Tỉnh ủy", "Yên Bái", {"2017-03-01", "2017-09-01"});
  f.Holder("Đặng Xuân Lào", "Bí thư Tỉnh ủy", "Lào Cai", {"2017-05-01", "2017-11-01"});
  LeadershipOptions options;
  options.map = ProvinceMap::kCurrent;
  const Leadership now = f.Build(options);
  EXPECT_EQ(now.map, ProvinceMap::kCurrent);
  const Spell* yb = FindSpell(now, "Đỗ Đức Yên", CorePost::kSecretary);
  const Spell* lc = FindSpell(now, "Đặng Xuân Lào", CorePost::kSecretary);
  ASSERT_NE(yb, nullptr);
  ASSERT_NE(lc, nullptr);
  EXPECT_EQ(yb->province, "Lào Cai");
  EXPECT_EQ(yb->province_as_attested, "Yên Bái");
  EXPECT_EQ(lc->province, "Lào Cai");
  EXPECT_EQ(lc->province_as_attested, "Lào Cai");
  EXPECT_TRUE(now.conflicts.empty());  // two pre-2025 units, not two holders of one post
  // one turnover per unit the merged province was formed from
  size_t units = 0;
  for (const Turnover& t : now.turnover) {
    EXPECT_EQ(t.province, "Lào Cai");
    EXPECT_EQ(t.holders, 1u);
    ++units;
  }
  EXPECT_EQ(units, 2u);
  EXPECT_EQ(now.provinces.size(), 34u);
  EXPECT_EQ(Row(now, "Yên Bái"), nullptr);
  ASSERT_NE(Row(now, "Lào Cai"), nullptr);

  const Leadership then = f.Build();
  const Spell* yb_then = FindSpell(then, "Đỗ Đức Yên", CorePost::kSecretary);
  ASSERT_NE(yb_then, nullptr);
  EXPECT_EQ(yb_then->province, "Yên Bái");
  EXPECT_TRUE(then.conflicts.empty());

  // the filter is in the requested map: 'Yên Bái' is part of Lào Cai now
  options.province = "Yên Bái";
  EXPECT_EQ(f.Build(options).spells.size(), 2u);
}

TEST(LeadershipMap, KeptUnitKeepsItsName) {
  Fixture f;
  f.Holder("Ngô Văn Một", "Bí thư Tỉnh ủy", "Quảng Ninh", {"2020-01-01"});
  LeadershipOptions options;
  options.map = ProvinceMap::kCurrent;
  const Leadership l = f.Build(options);
  ASSERT_EQ(l.spells.size(), 1u);
  EXPECT_EQ(l.spells[0].province, "Quảng Ninh");
  EXPECT_EQ(l.spells[0].province_as_attested, "Quảng Ninh");
}

TEST(LeadershipMap, NameVariantsAreOneProvince) {
  Fixture f;
  f.Holder("Y Một", "Bí thư Tỉnh ủy", "Đác Lắc", {"2019-01-01", "2019-06-01"});
  f.Holder("Y Hai", "Bí thư Tỉnh ủy", "Đắk Lắk", {"2019-03-01", "2019-09-01"});
  const Leadership l = f.Build();
  ASSERT_EQ(l.spells.size(), 2u);
  for (const Spell& s : l.spells) {
    EXPECT_EQ(s.province, "Đắk Lắk");
    EXPECT_EQ(s.province_as_attested, "Đắk Lắk");
  }
  // one unit, so two secretaries at once are a conflict
  ASSERT_EQ(l.conflicts.size(), 1u);
  EXPECT_EQ(l.conflicts[0].overlap_from, "2019-03-01");
  EXPECT_EQ(l.conflicts[0].overlap_to, "2019-06-01");
}

TEST(LeadershipMap, CitySecretaryOnlyInCentrallyRunCities) {
  Fixture f;
  f.Holder("Cao Tường Huy", "Bí thư Thành ủy", "Quảng Ninh", {"2020-01-01"});  // Hạ Long's
  f.Holder("Đinh Tiến Dũng", "Bí thư Thành ủy", "Hà Nội", {"2020-01-01"});
  const Leadership l = f.Build();
  EXPECT_TRUE(SpellsOf(l, "Cao Tường Huy").empty());
  const Spell* hn = FindSpell(l, "Đinh Tiến Dũng", CorePost::kSecretary);
  ASSERT_NE(hn, nullptr);
  EXPECT_EQ(hn->province, "Hà Nội");
  EXPECT_EQ(hn->role_title, "Bí thư Thành ủy");
  EXPECT_TRUE(HolderNames(l, "Quảng Ninh", CorePost::kSecretary).empty());
}

// --- persons --------------------------------------------------------------------------

TEST(LeadershipPersons, SameNameInOneArticleIsOnePerson) {
  Fixture f;
  const NodeIndex a = f.AddPerson("Trịnh Văn Chung", "Hải Dương");
  const NodeIndex b = f.AddPerson("Trịnh Văn Chung", "Hải Phòng");
  const uint32_t shared = f.Article("shared", "2020-05-05");
  f.Holds(a, f.AddRole("Bí thư Tỉnh ủy", "Hải Dương"), shared);
  f.Holds(b, f.AddRole("Chủ tịch UBND thành phố", "Hải Phòng"), shared, 100);
  const Leadership l = f.Build();
  const auto spells = SpellsOf(l, "Trịnh Văn Chung");
  ASSERT_EQ(spells.size(), 2u);
  EXPECT_EQ(spells[0]->person_id, f.Id(a));
  EXPECT_EQ(spells[1]->person_id, f.Id(a));
  EXPECT_TRUE(l.ambiguous.empty());
}

TEST(LeadershipPersons, TransferJoinsTheTwoProvinceNodes) {
  Fixture f;
  // Bắc Ninh's chair, later written about in a Hà Nội article as Bắc Ninh's secretary
  const NodeIndex home = f.AddPerson("Nguyễn Anh Tuấn", "Bắc Ninh");
  f.Holds(home, f.AddRole("Chủ tịch UBND tỉnh", "Bắc Ninh"), f.Article("bn", "2019-01-01"));
  const NodeIndex away = f.AddPerson("Nguyễn Anh Tuấn", "Hà Nội");
  f.Holds(away, f.AddRole("Bí thư Tỉnh ủy", "Bắc Ninh"), f.Article("hn", "2021-01-01"));
  const Leadership l = f.Build();
  const Spell* chair = FindSpell(l, "Nguyễn Anh Tuấn", CorePost::kCommitteeChair);
  const Spell* secretary = FindSpell(l, "Nguyễn Anh Tuấn", CorePost::kSecretary);
  ASSERT_NE(chair, nullptr);
  ASSERT_NE(secretary, nullptr);
  EXPECT_EQ(chair->person_id, f.Id(home));
  EXPECT_EQ(secretary->person_id, f.Id(home));
  EXPECT_EQ(secretary->person_nodes, std::vector<graph::NodeId>{f.Id(away)});
  EXPECT_EQ(secretary->province, "Bắc Ninh");
  EXPECT_TRUE(l.ambiguous.empty());
}

TEST(LeadershipPersons, TransferMatchesProvincesWhateverTheSpelling) {
  Fixture f;
  // the home node written "Đắk Lắk", the Role of the Hà Nội article "Đác Lắc"
  const NodeIndex home = f.AddPerson("Trần Văn Hòa", "Đắk Lắk");
  f.Holds(home, f.AddRole("Chủ tịch UBND tỉnh", "Đắk Lắk"), f.Article("dl", "2019-01-01"));
  const NodeIndex away = f.AddPerson("Trần Văn Hòa", "Hà Nội");
  f.Holds(away, f.AddRole("Bí thư Tỉnh ủy", "Đác Lắc"), f.Article("hn", "2021-01-01"));
  const Leadership l = f.Build();
  const Spell* secretary = FindSpell(l, "Trần Văn Hòa", CorePost::kSecretary);
  ASSERT_NE(secretary, nullptr);
  EXPECT_EQ(secretary->person_id, f.Id(home));
  EXPECT_TRUE(l.ambiguous.empty());
}

TEST(LeadershipPersons, NamesakesWithNothingInCommonAreAmbiguous) {
  Fixture f;
  const NodeIndex na = f.Holder("Lê Văn Thành", "Bí thư Tỉnh ủy", "Nghệ An", {"2020-01-01"});
  const NodeIndex cm = f.Holder("Lê Văn Thành", "Chủ tịch UBND tỉnh", "Cà Mau", {"2020-02-01"});
  const Leadership l = f.Build();
  const Spell* secretary = FindSpell(l, "Lê Văn Thành", CorePost::kSecretary);
  const Spell* chair = FindSpell(l, "Lê Văn Thành", CorePost::kCommitteeChair);
  ASSERT_NE(secretary, nullptr);
  ASSERT_NE(chair, nullptr);
  EXPECT_EQ(secretary->person_id, f.Id(na));
  EXPECT_EQ(chair->person_id, f.Id(cm));
  EXPECT_TRUE(l.concurrent.empty());
  ASSERT_EQ(l.ambiguous.size(), 1u);
  const AmbiguousName& name = l.ambiguous[0];
  EXPECT_EQ(name.key, text::Fold("Lê Văn Thành"));
  EXPECT_EQ(name.name, "Lê Văn Thành");
  ASSERT_EQ(name.clusters.size(), 2u);
  std::vector<std::string> provinces;
  for (const NameCluster& c : name.clusters) {
    ASSERT_EQ(c.provinces.size(), 1u);
    provinces.push_back(c.provinces[0]);
    ASSERT_EQ(c.roles.size(), 1u);
    EXPECT_TRUE(c.roles[0].core);
    EXPECT_EQ(c.roles[0].article_count, 1u);
    EXPECT_EQ(c.evidence.size(), 1u);
  }
  std::sort(provinces.begin(), provinces.end());
  EXPECT_EQ(provinces, (std::vector<std::string>{"Cà Mau", "Nghệ An"}));
}

// A name cut by a typo ("Đinh La thăng" read as "Đinh La") is the one longer name that
// starts with it and holds the same post; two such longer names leave it apart.
TEST(LeadershipPersons, CutNameJoinsTheOneFullNameWithTheSamePost) {
  Fixture f;
  const NodeIndex post = f.AddRole("Bí thư Thành ủy", "TP Hồ Chí Minh");
  const NodeIndex full = f.AddPerson("Đinh La Thăng", "TP Hồ Chí Minh");
  const NodeIndex cut = f.AddPerson("Đinh La", "TP Hồ Chí Minh");
  f.Holds(full, post, f.Article("a1", "2017-01-10"));
  f.Holds(full, post, f.Article("a2", "2017-03-10"));
  f.Holds(cut, post, f.Article("a3", "2017-02-07"));
  const Leadership joined = f.Build();
  const Spell* spell = FindSpell(joined, "Đinh La Thăng", CorePost::kSecretary);
  ASSERT_NE(spell, nullptr);
  EXPECT_EQ(spell->evidence.size(), 3u);
  EXPECT_EQ(FindSpell(joined, "Đinh La", CorePost::kSecretary), nullptr);

  Fixture g;
  const NodeIndex post2 = g.AddRole("Bí thư Thành ủy", "TP Hồ Chí Minh");
  const NodeIndex one = g.AddPerson("Đinh La Thăng", "TP Hồ Chí Minh");
  const NodeIndex two = g.AddPerson("Đinh La Hùng", "TP Hồ Chí Minh");
  const NodeIndex short_name = g.AddPerson("Đinh La", "TP Hồ Chí Minh");
  g.Holds(one, post2, g.Article("b1", "2017-01-10"));
  g.Holds(two, post2, g.Article("b2", "2017-01-11"));
  g.Holds(short_name, post2, g.Article("b3", "2017-01-12"));
  EXPECT_NE(FindSpell(g.Build(), "Đinh La", CorePost::kSecretary), nullptr);  // which one? unknown
}

TEST(LeadershipPersons, UnknownProvinceIsUnplacedNeverGuessed) {
  Fixture f;
  // no province on the person nor on the secretary Role; the same node chairs Quảng Ninh's
  // committee, which must not place the secretary spell there
  const NodeIndex p = f.AddPerson("Hồ Văn Nào");
  f.Holds(p, f.AddRole("Bí thư Tỉnh ủy"), f.Article("s", "2024-01-04"));
  f.Holds(p, f.AddRole("Chủ tịch UBND tỉnh", "Quảng Ninh"), f.Article("c", "2023-01-01"));
  // a province that names no known unit
  f.Holder("Hồ Văn Đâu", "Chủ tịch HĐND tỉnh", "Atlantis", {"2022-02-02"});
  const Leadership l = f.Build();

  ASSERT_EQ(l.spells.size(), 1u);
  EXPECT_EQ(l.spells[0].post, CorePost::kCommitteeChair);
  EXPECT_EQ(l.spells[0].province, "Quảng Ninh");
  ASSERT_EQ(l.unplaced.size(), 2u);
  for (const Spell& s : l.unplaced) EXPECT_EQ(s.province, "");
  const Spell* secretary = nullptr;
  const Spell* council = nullptr;
  for (const Spell& s : l.unplaced) (s.post == CorePost::kSecretary ? secretary : council) = &s;
  ASSERT_NE(secretary, nullptr);
  ASSERT_NE(council, nullptr);
  EXPECT_EQ(secretary->person, "Hồ Văn Nào");
  EXPECT_EQ(secretary->province_as_attested, "");
  EXPECT_EQ(secretary->first_seen, "2024-01-04");
  EXPECT_EQ(council->post, CorePost::kCouncilChair);
  EXPECT_EQ(council->province_as_attested, "Atlantis");
  EXPECT_TRUE(HolderNames(l, "Quảng Ninh", CorePost::kSecretary).empty());
  EXPECT_TRUE(l.concurrent.empty());  // an unplaced spell is in no province
  EXPECT_EQ(l.as_of, "2024-01-04");   // unplaced evidence counts for the latest date

  // a province filter leaves the unplaced spells out
  LeadershipOptions options;
  options.province = "Quảng Ninh";
  EXPECT_TRUE(f.Build(options).unplaced.empty());
}

// --- panel ----------------------------------------------------------------------------

TEST(LeadershipPanel, RowsPerYearWithEvidenceCounts) {
  Fixture f;
  const NodeIndex p = f.AddPerson("Mai Văn Năm", "Phú Thọ");
  const NodeIndex r = f.AddRole("Chủ tịch UBND tỉnh", "Phú Thọ");
  const uint32_t a = f.Article("p1", "2019-02-01");
  f.Holds(p, r, a, 0);
  f.Holds(p, r, a, 50);
  f.Holds(p, r, f.Article("p2", "2019-11-01"));
  f.Holds(p, r, f.Article("p3", "2020-04-01"));
  f.Holds(p, r, f.Article("p4", ""));                             // undated: in no year
  f.Holder("Mai Văn Sáu", "Bí thư Tỉnh ủy", "", {"2021-01-01"});  // unplaced
  const Leadership l = f.Build();
  const std::vector<PanelRow> panel = BuildPanel(l);
  ASSERT_EQ(panel.size(), 3u);
  EXPECT_EQ(panel[0].person, "Mai Văn Năm");
  EXPECT_EQ(panel[0].post, CorePost::kCommitteeChair);
  EXPECT_EQ(panel[0].province, "Phú Thọ");
  EXPECT_EQ(panel[0].province_as_attested, "Phú Thọ");
  EXPECT_EQ(panel[0].person_id, f.Id(p));
  EXPECT_EQ(panel[0].year, 2019);
  EXPECT_EQ(panel[0].evidence_count, 3u);
  EXPECT_EQ(panel[0].article_count, 2u);
  EXPECT_EQ(panel[1].year, 2020);
  EXPECT_EQ(panel[1].evidence_count, 1u);
  EXPECT_EQ(panel[1].article_count, 1u);
  // the unplaced spells come last
  EXPECT_EQ(panel[2].person, "Mai Văn Sáu");
  EXPECT_EQ(panel[2].province, "");
  EXPECT_EQ(panel[2].year, 2021);
}

// --- the seeds ------------------------------------------------------------------------

class SeedLeadership : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    graph_ = new graph::PropertyGraph;
    std::vector<std::string> issues;
    const ingest::BuildReport report =
        ingest::BuildCorpus({KG_SOURCE_DIR "/seeds"}, *graph_, ingest::BuildOptions{},
                            [&](const corpus::InputIssue&) { issues.push_back("issue"); });
    ASSERT_EQ(report.articles_added, 5u);
    ASSERT_TRUE(issues.empty());
  }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }
  static graph::PropertyGraph* graph_;
};
graph::PropertyGraph* SeedLeadership::graph_ = nullptr;

TEST_F(SeedLeadership, QuangNinh) {
  const LeadershipResult built = BuildLeadership(*graph_, {});
  ASSERT_EQ(built.error, "");
  const Leadership& l = built.leadership;
  const ProvinceRow* qn = Row(l, "Quảng Ninh");
  ASSERT_NE(qn, nullptr);

  const auto& secretaries = qn->holders[static_cast<int>(CorePost::kSecretary)];
  ASSERT_EQ(secretaries.size(), 1u);
  const Spell& secretary = l.spells[secretaries[0]];
  EXPECT_EQ(secretary.person, "Nguyễn Xuân Ký");
  EXPECT_EQ(secretary.first_seen, "2020-06-02");
  EXPECT_EQ(secretary.last_seen, "2024-06-21");
  EXPECT_EQ(secretary.article_count(), 3u);

  const auto& council = qn->holders[static_cast<int>(CorePost::kCouncilChair)];
  ASSERT_EQ(council.size(), 1u);
  EXPECT_EQ(l.spells[council[0]].person, "Nguyễn Xuân Ký");
  EXPECT_EQ(l.spells[council[0]].person_id, secretary.person_id);

  const auto& committee = qn->holders[static_cast<int>(CorePost::kCommitteeChair)];
  ASSERT_EQ(committee.size(), 1u);
  EXPECT_EQ(l.spells[committee[0]].person, "Nguyễn Văn Thắng");
  EXPECT_EQ(l.spells[committee[0]].first_seen, "2019-12-05");

  EXPECT_TRUE(qn->secretary_in_central_committee);
  EXPECT_FALSE(qn->central_committee_evidence.empty());

  bool concurrent = false;
  for (const ConcurrentPosts& c : l.concurrent)
    if (c.person == "Nguyễn Xuân Ký" && c.province == "Quảng Ninh" &&
        c.post_a == CorePost::kSecretary && c.post_b == CorePost::kCouncilChair)
      concurrent = true;
  EXPECT_TRUE(concurrent);
  EXPECT_TRUE(l.conflicts.empty());
}

TEST_F(SeedLeadership, NgoChiCuongIsUnplaced) {
  const LeadershipResult built = BuildLeadership(*graph_, {});
  ASSERT_EQ(built.error, "");
  const Spell* cuong = nullptr;
  for (const Spell& s : built.leadership.unplaced)
    if (s.person == "Ngô Chí Cường" && s.post == CorePost::kSecretary) cuong = &s;
  ASSERT_NE(cuong, nullptr);
  EXPECT_EQ(cuong->province, "");
  ASSERT_FALSE(cuong->evidence.empty());
  EXPECT_EQ(cuong->evidence[0].article_id, "001_cf156c17a21173ad");
  for (const Spell& s : built.leadership.spells) EXPECT_NE(s.person, "Ngô Chí Cường");
}

}  // namespace
}  // namespace kg::leaders
