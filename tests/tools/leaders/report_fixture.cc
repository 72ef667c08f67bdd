#include "tests/tools/leaders/report_fixture.h"

#include <string>
#include <utility>

namespace kg::leaders::report_testing {
namespace {

Attestation At(std::string date, std::string article) {
  Attestation attestation;
  attestation.date = std::move(date);
  attestation.article_id = article;
  attestation.url = std::string(kFixtureUrlPrefix) + article + ".html";
  attestation.start = 10;
  attestation.end = 40;
  return attestation;
}

Spell MakeSpell(graph::NodeId person_id, std::string person, CorePost post, std::string province,
                std::vector<Attestation> evidence) {
  Spell spell;
  spell.person_id = person_id;
  spell.person = std::move(person);
  spell.post = post;
  spell.role_title = Info(post).title;
  spell.province = province;
  spell.province_as_attested = std::move(province);
  spell.evidence = std::move(evidence);
  for (const Attestation& attestation : spell.evidence) {
    if (attestation.date.empty()) continue;
    if (spell.first_seen.empty() || attestation.date < spell.first_seen)
      spell.first_seen = attestation.date;
    if (attestation.date > spell.last_seen) spell.last_seen = attestation.date;
  }
  return spell;
}

}  // namespace

Leadership ReportFixture() {
  Leadership l;
  const std::string qn = "Quảng Ninh";
  const std::string yb = "Yên Bái";
  // 0..4: Quảng Ninh. Spells 0 and 1 overlap in the single-holder secretary post.
  l.spells.push_back(MakeSpell(
      1, "Nguyễn Văn An", CorePost::kSecretary, qn,
      {At("2019-03-01", "qn-001"), At("2021-06-15", "qn-002"), At("2023-11-20", "qn-003")}));
  l.spells.push_back(MakeSpell(2, "Trần Thị Bình", CorePost::kSecretary, qn,
                               {At("2020-02-10", "qn-004"), At("2021-01-05", "qn-005")}));
  l.spells.push_back(MakeSpell(3, "Lê Văn Cường", CorePost::kCommitteeChair, qn,
                               {At("2021-08-01", "qn-006"), At("2024-05-30", "qn-007")}));
  l.spells.push_back(MakeSpell(1, "Nguyễn Văn An", CorePost::kCouncilChair, qn,
                               {At("2021-06-15", "qn-002"), At("2023-01-09", "qn-008")}));
  // A single-date spell: one article.
  l.spells.push_back(MakeSpell(4, "Phạm Thị Minh Dung", CorePost::kStandingDeputySecretary, qn,
                               {At("2022-04-04", "qn-009")}));
  // 5..7: Yên Bái, with a name that needs escaping and an undated spell.
  l.spells.push_back(MakeSpell(5, "Hoàng Đức Em <\"Bí thư\"> & co", CorePost::kSecretary, yb,
                               {At("2020-10-01", "yb-001"), At("2022-12-12", "yb-002")}));
  l.spells.push_back(MakeSpell(6, "Vũ Huy Giang", CorePost::kCommitteeChair, yb,
                               {At("2021-01-20", "yb-003"), At("2025-03-03", "yb-004")}));
  l.spells.push_back(
      MakeSpell(7, "Đặng Văn Hùng", CorePost::kCommitteeViceChair, yb, {At("", "yb-005")}));
  l.spells[7].evidence[0].url = "javascript:alert(1)";  // never a link

  l.unplaced.push_back(MakeSpell(8, "Lê Văn Không Rõ", CorePost::kCommitteeChair, "",
                                 {At("2018-07-07", "xx-001"), At("2019-09-09", "xx-002")}));

  l.conflicts.push_back({0, 1, "2020-02-10", "2021-01-05"});
  ConcurrentPosts concurrent;
  concurrent.person_id = 1;
  concurrent.person = "Nguyễn Văn An";
  concurrent.province = qn;
  concurrent.post_a = CorePost::kSecretary;
  concurrent.post_b = CorePost::kCouncilChair;
  concurrent.from = "2021-06-15";
  concurrent.to = "2023-01-09";
  concurrent.spell_a = 0;
  concurrent.spell_b = 3;
  l.concurrent.push_back(concurrent);
  l.turnover.push_back({qn, CorePost::kSecretary, "2015–2020", 2, qn});
  l.turnover.push_back({qn, CorePost::kSecretary, "2020–2025", 2, qn});
  l.turnover.push_back({yb, CorePost::kCommitteeChair, "2021–2026", 1, yb});

  // Two persons named "Ngô Văn Khánh": a chair in Yên Bái, a director elsewhere.
  AmbiguousName ambiguous;
  ambiguous.name = "Ngô Văn Khánh";
  ambiguous.key = "ngo van khanh";
  NameCluster chair;
  chair.person_id = 9;
  chair.person = "Ngô Văn Khánh";
  chair.person_nodes = {9};
  chair.provinces = {yb};
  chair.roles.push_back(
      {"Chủ tịch UBND tỉnh", yb, true, CorePost::kCommitteeChair, "2016-05-01", "2018-03-01", 3});
  chair.first_seen = "2016-05-01";
  chair.last_seen = "2018-03-01";
  NameCluster director = chair;
  director.person_id = 10;
  director.person_nodes = {10};
  director.provinces = {"Cà Mau"};
  director.roles = {{"Giám đốc Sở Tài chính", "Cà Mau", false, CorePost::kSecretary, "2022-01-01",
                     "2022-01-01", 1}};
  director.first_seen = director.last_seen = "2022-01-01";
  ambiguous.clusters = {chair, director};
  l.ambiguous.push_back(ambiguous);

  for (const std::string& name : {std::string("Hà Nội"), qn, yb}) {
    ProvinceRow row;
    row.province = name;
    row.holders.assign(kCorePostCount, {});
    l.provinces.push_back(row);
  }
  auto holders = [&](size_t province, CorePost post) -> std::vector<size_t>& {
    return l.provinces[province].holders[static_cast<int>(post)];
  };
  holders(1, CorePost::kSecretary) = {0};
  holders(1, CorePost::kCommitteeChair) = {2};
  holders(1, CorePost::kCouncilChair) = {3};
  holders(1, CorePost::kStandingDeputySecretary) = {4};
  holders(2, CorePost::kSecretary) = {5};
  holders(2, CorePost::kCommitteeChair) = {6};
  l.provinces[1].secretary_in_central_committee = true;
  l.provinces[1].central_committee_evidence = {At("2021-02-01", "tw-001")};
  l.map = ProvinceMap::kAsAttested;
  l.as_of = "2025-06-30";
  return l;
}

}  // namespace kg::leaders::report_testing
