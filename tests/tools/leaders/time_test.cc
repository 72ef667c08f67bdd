// The leaders module and time (docs/leaders.md, "Time"): the corpus's publication range,
// "as of" never past it, dates outside its window flagged and kept off the report's
// axes, undated holders drawn in the timeline lanes.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "tests/tools/leaders/leadership_fixture.h"
#include "tools/leaders/leadership.h"
#include "tools/leaders/leadership_tables.h"
#include "tools/leaders/publication_range.h"
#include "tools/leaders/report_html.h"

namespace kg::leaders {
namespace {

using graph::NodeIndex;
using testing_fixture::Fixture;

// An article with no publication date that mentions `dates` (one Event each).
uint32_t UndatedArticleMentioning(Fixture& f, const std::vector<std::string>& dates) {
  const uint32_t article = f.Article(f.Next(), "");
  uint32_t start = 100;
  for (const std::string& date : dates) f.Event(article, date, start += 10);
  return article;
}

// A 2017 corpus with no publication dates: most articles mention months of 2017, one
// recalls 1957 and one plans for 2030.
void AddCorpusOf2017(Fixture& f) {
  for (int i = 0; i < 9; ++i) UndatedArticleMentioning(f, {"2017-03-0" + std::to_string(i + 1)});
  for (int i = 0; i < 3; ++i) UndatedArticleMentioning(f, {"2017-05-10"});
  for (int i = 0; i < 3; ++i) UndatedArticleMentioning(f, {"2017-09-20"});  // a third of 9: kept
  for (int i = 0; i < 2; ++i) UndatedArticleMentioning(f, {"2017-11-11"});  // below a third
  UndatedArticleMentioning(f, {"1957-01-01"});
  UndatedArticleMentioning(f, {"2030-07-06"});
}

TEST(PublicationRange, FromPublishedDates) {
  Fixture f;
  f.Article("a", "2019-04-02");
  f.Article("b", "2018-12-30");
  f.Article("c", "2019-01-15");
  const PublicationRange range = ComputePublicationRange(f.g);
  EXPECT_EQ(range.from, "2018-12-30");
  EXPECT_EQ(range.to, "2019-04-02");
  EXPECT_FALSE(range.estimated);
  EXPECT_EQ(range.articles, 3u);
}

TEST(PublicationRange, EstimatedFromTheMonthsMostArticlesMention) {
  Fixture f;
  AddCorpusOf2017(f);
  const PublicationRange range = ComputePublicationRange(f.g);
  EXPECT_TRUE(range.estimated);
  EXPECT_EQ(range.from, "2017-03-01");
  EXPECT_EQ(range.to, "2017-09-30");  // the last day of the last month kept
  EXPECT_EQ(range.articles, 9u + 3u + 3u);
}

TEST(PublicationRange, MentionsWidenThePublishedRangeOnlyForUndatedArticles) {
  Fixture f;
  const uint32_t published = f.Article("p", "2020-06-01");
  f.Event(published, "2031-01-01", 5);  // a published article's mention is not its date
  UndatedArticleMentioning(f, {"2020-08-15"});
  const PublicationRange range = ComputePublicationRange(f.g);
  EXPECT_EQ(range.from, "2020-06-01");
  EXPECT_EQ(range.to, "2020-08-31");
  EXPECT_TRUE(range.estimated);
}

TEST(PublicationRange, EmptyGraphHasNoRangeAndNoAsOf) {
  Fixture f;
  const PublicationRange range = ComputePublicationRange(f.g);
  EXPECT_EQ(range.from, "");
  EXPECT_EQ(range.to, "");
  EXPECT_EQ(range.articles, 0u);
  EXPECT_FALSE(OutsidePublicationWindow(range, "1900-01-01"));
  const Leadership l = f.Build();
  EXPECT_EQ(l.as_of, "");
  EXPECT_EQ(l.publication.from, "");
}

TEST(PublicationRange, WindowReachesFiveYearsBackAndNotPastTheEnd) {
  const PublicationRange range{.from = "2017-03-01", .to = "2017-09-30"};
  EXPECT_FALSE(OutsidePublicationWindow(range, "2012-03-01"));
  EXPECT_TRUE(OutsidePublicationWindow(range, "2012-02-29"));
  EXPECT_FALSE(OutsidePublicationWindow(range, "2017-09-30"));
  EXPECT_TRUE(OutsidePublicationWindow(range, "2017-10-01"));
  EXPECT_FALSE(OutsidePublicationWindow(range, ""));
}

// A secretary attested in 2017 and, by an article's plan, in 2030; a vice chair attested
// by a history piece in 1957 only; a council chair in no dated article.
Leadership BuildCorpusOf2017(Fixture& f, const LeadershipOptions& options = {}) {
  AddCorpusOf2017(f);
  const NodeIndex secretary = f.AddPerson("Nguyễn Văn Một", "Lào Cai");
  const NodeIndex post = f.AddRole("Bí thư Tỉnh ủy", "Lào Cai");
  f.Holds(secretary, post, UndatedArticleMentioning(f, {"2017-05-20"}));
  f.Holds(secretary, post, UndatedArticleMentioning(f, {"2030-07-06"}));
  const NodeIndex elder = f.AddPerson("Trần Văn Hai", "Lào Cai");
  f.Holds(elder, f.AddRole("Phó Chủ tịch UBND tỉnh", "Lào Cai"),
          UndatedArticleMentioning(f, {"1957-02-03"}));
  const NodeIndex chair = f.AddPerson("Lê Thị Ba", "Lào Cai");
  f.Holds(chair, f.AddRole("Chủ tịch HĐND tỉnh", "Lào Cai"), f.Article(f.Next(), ""));
  return f.Build(options);
}

TEST(LeadershipAsOf, NeverPastThePublicationRange) {
  Fixture f;
  const Leadership l = BuildCorpusOf2017(f);
  EXPECT_EQ(l.publication.to, "2017-09-30");
  // the latest evidence inside the range, not the plan for 2030
  EXPECT_EQ(l.as_of, "2017-05-20");
}

TEST(LeadershipAsOf, RangeEndWhenNoEvidenceFallsInside) {
  Fixture f;
  for (int i = 0; i < 3; ++i) f.Article(f.Next(), "2017-0" + std::to_string(i + 1) + "-15");
  const NodeIndex p = f.AddPerson("Phạm Văn Bốn", "Hà Giang");
  const uint32_t article = f.Article(f.Next(), "2017-04-01");
  f.Event(article, "2025-01-01", 0);  // the article's first dated event is a plan
  f.Holds(p, f.AddRole("Bí thư Tỉnh ủy", "Hà Giang"), article, 10);
  const Leadership l = f.Build();
  EXPECT_EQ(l.publication.to, "2017-04-01");
  EXPECT_EQ(l.as_of, "2017-04-01");
}

TEST(LeadershipAsOf, AnAskedDateIsKeptEvenPastTheRange) {
  Fixture f;
  LeadershipOptions options;
  options.as_of = "2031-01-01";
  EXPECT_EQ(BuildCorpusOf2017(f, options).as_of, "2031-01-01");
}

TEST(LeadershipTime, DatesOutsideTheWindowAreFlaggedInTheHistory) {
  Fixture f;
  const Leadership l = BuildCorpusOf2017(f);
  const TextTable t = HistoryTable(l, {});
  const auto person = std::find(t.columns.begin(), t.columns.end(), "person") - t.columns.begin();
  const auto flagged = std::find(t.columns.begin(), t.columns.end(), "outside_publication_range") -
                       t.columns.begin();
  ASSERT_LT(static_cast<size_t>(flagged), t.columns.size());
  std::set<std::string> seen;
  for (const auto& row : t.rows) {
    const std::string& name = row[person].text;
    seen.insert(name);
    const std::string dates = row[flagged].Flat();
    if (name == "Nguyễn Văn Một") {
      EXPECT_EQ(dates, "2030-07-06");
    }
    if (name == "Trần Văn Hai") {
      EXPECT_EQ(dates, "1957-02-03");
    }
    if (name == "Lê Thị Ba") {
      EXPECT_EQ(dates, "");
    }
  }
  EXPECT_EQ(seen.size(), 3u);
}

TEST(LeadershipTime, TheTerminalTableMarksAFlaggedHolder) {
  Fixture f;
  LeadershipOptions options;
  options.as_of = "2031-01-01";  // so that the secretary of "2030" is the row's holder
  const Leadership l = BuildCorpusOf2017(f, options);
  TableOptions compact;
  compact.compact = true;
  compact.all_provinces = false;
  const TextTable t = ProvinceTable(l, compact);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_NE(t.rows[0][1].text.find("Nguyễn Văn Một"), std::string::npos);
  EXPECT_NE(t.rows[0][1].text.find("\u2691"), std::string::npos);
  // the CSV view names the holder and the date instead
  const TextTable full = ProvinceTable(l, {});
  EXPECT_EQ(full.rows.size(), l.provinces.size());
  bool named = false;
  for (const auto& row : full.rows)
    if (row[0].text == "Lào Cai")
      named = row.back().Flat().find("Nguyễn Văn Một (secretary): 2030-07-06") != std::string::npos;
  EXPECT_TRUE(named);
}

// The years labelled on the report's axes.
std::set<int> AxisYears(const std::string& html) {
  std::set<int> years;
  static const std::regex kYear("<text class=\"year\"[^>]*>([0-9]+)</text>");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kYear);
       it != std::sregex_iterator(); ++it)
    years.insert(std::stoi((*it)[1]));
  return years;
}

TEST(LeadershipReport, AxesSpanTheWindowNotThePlansAndHistory) {
  Fixture f;
  const std::string html = RenderHtmlReport(BuildCorpusOf2017(f), {});
  const std::set<int> years = AxisYears(html);
  ASSERT_FALSE(years.empty());
  EXPECT_GE(*years.begin(), 2012);
  EXPECT_LE(*years.rbegin(), 2018);
  EXPECT_NE(html.find("As of <b>2017-05-20</b>"), std::string::npos);
  EXPECT_NE(html.find("Publication range <b>2017-03-01 \u2013 2017-09-30</b>"), std::string::npos);
  EXPECT_NE(html.find("\u2691 outside the publication range"), std::string::npos);
}

TEST(LeadershipReport, UndatedHoldersAreHatchedInTheirLane) {
  Fixture f;
  const std::string html = RenderHtmlReport(BuildCorpusOf2017(f), {});
  // the council chair (undated) and the 1957 vice chair (no date inside the window)
  for (const char* post : {"council_chair", "committee_vice_chair"}) {
    const std::regex bar("<g class=\"spell undated[^\"]*\"[^>]*data-post=\"" + std::string(post) +
                         "\"");
    EXPECT_TRUE(std::regex_search(html, bar)) << post;
  }
  EXPECT_NE(html.find("Lê Thị Ba (undated)"), std::string::npos);
  EXPECT_TRUE(std::regex_search(
      html,
      std::regex(
          "data-post=\"council_chair\"[^>]*><title>[^<]*</title><rect class=\"bar undated\"[^>]*/>"
          "<line class=\"hatch\"[^>]*stroke-dasharray")));
  EXPECT_NE(html.find("swatch undated"), std::string::npos);  // the legend
  // the secretary is dated inside the window: a plain bar
  EXPECT_TRUE(std::regex_search(
      html, std::regex("<g class=\"spell outside\"[^>]*data-post=\"secretary\"")));
}

}  // namespace
}  // namespace kg::leaders
