// The HTML report of a hand-made Leadership: well-formed, escaped, self-contained,
// a bar per dated spell on one time scale, conflicts marked.
#include "tools/leaders/report_html.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <string>
#include <vector>

#include "tools/leaders/html_escape.h"
#include "tools/leaders/report_time_scale.h"
#include "tests/tools/leaders/report_fixture.h"

namespace kg::leaders {
namespace {

using report_testing::ReportFixture;

ReportOptions Options() {
  ReportOptions options;
  options.graph_file = "fixture.kg";
  options.generated_on = "2025-12-02";
  return options;
}

// "" when `doc` is well-formed XML as far as the report needs (DOCTYPE, elements,
// quoted attributes, the five XML entities and character references); else the problem.
std::string XmlProblem(std::string_view doc) {
  std::vector<std::string> open;
  auto bad_reference = [](std::string_view text) -> bool {
    static const std::regex kReference("^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);");
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] != '&') continue;
      const std::string rest(text.substr(i, 12));
      if (!std::regex_search(rest, kReference)) return true;
    }
    return false;
  };
  size_t pos = 0;
  while (pos < doc.size()) {
    const size_t lt = doc.find('<', pos);
    const std::string_view text =
        doc.substr(pos, lt == std::string_view::npos ? doc.npos : lt - pos);
    if (text.find('>') != std::string_view::npos)
      return "raw '>' in text near " + std::to_string(pos);
    if (bad_reference(text)) return "bad '&' in text near " + std::to_string(pos);
    if (lt == std::string_view::npos) break;
    if (doc.substr(lt, 9) == "<!DOCTYPE") {
      pos = doc.find('>', lt) + 1;
      continue;
    }
    const size_t gt = doc.find('>', lt);
    if (gt == std::string_view::npos) return "unclosed tag at " + std::to_string(lt);
    std::string_view tag = doc.substr(lt + 1, gt - lt - 1);
    if (tag.find('<') != std::string_view::npos) return "'<' inside a tag at " + std::to_string(lt);
    if (!tag.empty() && tag[0] == '/') {
      const std::string name(tag.substr(1));
      if (open.empty() || open.back() != name) {
        return "</" + name + "> closes <" + (open.empty() ? "" : open.back()) + "> at " +
               std::to_string(lt);
      }
      open.pop_back();
    } else {
      const bool empty_element = !tag.empty() && tag.back() == '/';
      if (empty_element) tag.remove_suffix(1);
      const size_t name_end = std::min(tag.find(' '), tag.size());
      const std::string name(tag.substr(0, name_end));
      // Attributes: name="value" pairs only.
      static const std::regex kAttributes(R"(^(\s+[A-Za-z_:][-A-Za-z0-9_:.]*="[^"<]*")*\s*$)");
      const std::string attributes(tag.substr(name_end));
      if (!std::regex_match(attributes, kAttributes)) return "bad attributes in <" + name + ">";
      if (bad_reference(attributes)) return "bad '&' in an attribute of <" + name + ">";
      if (!empty_element) open.push_back(name);
    }
    pos = gt + 1;
  }
  return open.empty() ? "" : "<" + open.back() + "> never closed";
}

// The text between `begin` and the next `end`, both included.
std::string Between(const std::string& text, const std::string& begin, const std::string& end) {
  const size_t from = text.find(begin);
  if (from == std::string::npos) return "";
  const size_t to = text.find(end, from);
  return text.substr(from, to == std::string::npos ? std::string::npos : to + end.size() - from);
}

struct Bar {
  bool conflict = false;
  size_t spell = 0;
  std::string first;
  std::string last;
  std::string title;
  double x = 0;
  double y = 0;
  double width = 0;
  std::string stroke;
};

std::vector<Bar> Bars(const std::string& html) {
  static const std::regex kBar(
      R"re(<g class="spell( conflict)?" data-spell="(\d+)" data-post="\w+" data-first="([^"]*)" data-last="([^"]*)"><title>([^<]*)</title><rect class="bar" x="([-\d.]+)" y="([\d.]+)" width="([\d.]+)" height="[\d.]+" rx="3" fill="#[0-9a-f]{6}"( stroke="(#[0-9a-f]{6})")?)re");
  std::vector<Bar> bars;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kBar); it != std::sregex_iterator();
       ++it) {
    const std::smatch& m = *it;
    bars.push_back({m[1].matched, std::stoul(m[2]), m[3], m[4], m[5], std::stod(m[6]),
                    std::stod(m[7]), std::stod(m[8]), m[10]});
  }
  return bars;
}

// The provinces' sections: the unplaced spells number their bars on their own.
std::string Placed(const std::string& html) { return html.substr(0, html.find("id=\"unplaced\"")); }

size_t Occurrences(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) {
    ++count;
  }
  return count;
}

TEST(ReportHtml, IsWellFormedXmlWithOneSvgPerProvinceAndTheUnplaced) {
  const std::string html = RenderHtmlReport(ReportFixture(), Options());
  EXPECT_EQ(XmlProblem(html), "");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\"/>"), std::string::npos);
  EXPECT_EQ(Occurrences(html, "<svg xmlns=\"http://www.w3.org/2000/svg\""), 3u);
  EXPECT_EQ(Occurrences(html, "<section class=\"province\""), 2u);
}

TEST(ReportHtml, IsWellFormedWhenThereIsNothingToShow) {
  const std::string html = RenderHtmlReport(Leadership{}, Options());
  EXPECT_EQ(XmlProblem(html), "");
  EXPECT_NE(html.find("No province has an attested core post"), std::string::npos);
  EXPECT_EQ(html.find("<svg"), std::string::npos);
}

TEST(ReportHtml, EscapesNamesAndKeepsVietnamese) {
  const std::string html = RenderHtmlReport(ReportFixture(), Options());
  EXPECT_EQ(html.find("Em <\""), std::string::npos);
  EXPECT_EQ(html.find("& co"), std::string::npos);
  EXPECT_NE(html.find("Hoàng Đức Em &lt;&quot;Bí thư&quot;&gt; &amp; co"), std::string::npos);
  EXPECT_NE(html.find("Phạm Thị Minh Dung"), std::string::npos);
  EXPECT_NE(html.find("Phó Bí thư Thường trực Tỉnh ủy"), std::string::npos);
}

TEST(HtmlEscape, EscapesMarkupRepairsUtf8AndDropsForbiddenControls) {
  EXPECT_EQ(HtmlEscaped("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
  EXPECT_EQ(HtmlEscaped("x\xC3y"), "x\xEF\xBF\xBDy");
  EXPECT_EQ(HtmlEscaped(std::string("a\x01\x0B"
                                    "b\tc\n",
                                    7)),
            "ab&#9;c&#10;");  // TAB and LF as references: the exporter's XML escaper
  EXPECT_EQ(HtmlEscaped("Ủy ban"), "Ủy ban");
  EXPECT_TRUE(IsWebUrl("HTTPS://baoquangninh.vn/a"));
  EXPECT_FALSE(IsWebUrl("javascript:alert(1)"));
  EXPECT_FALSE(IsWebUrl("https://"));
}

TEST(ReportHtml, DrawsABarPerDatedSpellAndHatchesTheUndated) {
  const Leadership leadership = ReportFixture();
  const std::string html = RenderHtmlReport(leadership, Options());
  const std::string quang_ninh = Between(html, "id=\"p-quang-ninh\"", "</section>");
  const std::string yen_bai = Between(html, "id=\"p-yen-bai\"", "</section>");
  ASSERT_FALSE(quang_ninh.empty());
  ASSERT_FALSE(yen_bai.empty());
  std::vector<size_t> drawn;
  for (const Bar& bar : Bars(quang_ninh)) drawn.push_back(bar.spell);
  std::sort(drawn.begin(), drawn.end());
  EXPECT_EQ(drawn, (std::vector<size_t>{0, 1, 2, 3, 4}));
  drawn.clear();
  for (const Bar& bar : Bars(yen_bai)) drawn.push_back(bar.spell);
  std::sort(drawn.begin(), drawn.end());
  EXPECT_EQ(drawn, (std::vector<size_t>{5, 6}));  // spell 7 has no date:
  EXPECT_NE(yen_bai.find("<g class=\"spell undated\" data-spell=\"7\""), std::string::npos);
  EXPECT_NE(yen_bai.find("<line class=\"hatch\""), std::string::npos);  // hatched
  EXPECT_NE(yen_bai.find("Đặng Văn Hùng"), std::string::npos);          // and in the table
  const std::string unplaced = Between(html, "id=\"unplaced\"", "</section>");
  ASSERT_EQ(Bars(unplaced).size(), 1u);
  EXPECT_NE(unplaced.find("Lê Văn Không Rõ"), std::string::npos);
}

TEST(ReportHtml, BarsShareOneTimeScaleMonotoneInDate) {
  const std::string html = RenderHtmlReport(ReportFixture(), Options());
  std::vector<Bar> bars = Bars(html);
  ASSERT_EQ(bars.size(), 8u);  // the unplaced spell too: one scale for the whole report
  std::sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.first < b.first; });
  for (size_t i = 1; i < bars.size(); ++i) {
    EXPECT_LE(bars[i - 1].x, bars[i].x) << bars[i - 1].first << " vs " << bars[i].first;
    if (bars[i - 1].first < bars[i].first) {
      EXPECT_LT(bars[i - 1].x, bars[i].x);
    }
  }
  // Width grows with the length of the spell: 2019-03..2023-11 is longer than 2020-02..2021-01.
  const std::vector<Bar> placed = Bars(Placed(html));
  auto find = [&](size_t spell) {
    return *std::find_if(placed.begin(), placed.end(),
                         [&](const Bar& b) { return b.spell == spell; });
  };
  EXPECT_GT(find(0).width, 2 * find(1).width);
  // The single-date spell is still visible, and narrower than any real span.
  EXPECT_GE(find(4).width, 5.0);
  EXPECT_LT(find(4).width, find(1).width);
}

TEST(ReportHtml, MarksConflictsInTheTimelineTableAndContents) {
  const std::string html = RenderHtmlReport(ReportFixture(), Options());
  for (const Bar& bar : Bars(Placed(html))) {
    EXPECT_EQ(bar.conflict, bar.spell == 0 || bar.spell == 1) << bar.spell;
    EXPECT_EQ(bar.stroke, bar.conflict ? "#d62020" : "") << bar.spell;
    if (bar.conflict) {
      EXPECT_NE(bar.title.find("CONFLICT with"), std::string::npos);
    }
  }
  // The two overlapping secretaries do not share a row.
  double y0 = -1, y1 = -1;
  for (const Bar& bar : Bars(Between(html, "id=\"p-quang-ninh\"", "</section>"))) {
    if (bar.spell == 0) y0 = bar.y;
    if (bar.spell == 1) y1 = bar.y;
  }
  ASSERT_GE(y0, 0);
  ASSERT_GE(y1, 0);
  EXPECT_NE(y0, y1);
  const std::string quang_ninh = Between(html, "id=\"p-quang-ninh\"", "</section>");
  EXPECT_NE(quang_ninh.find("conflict-mark"), std::string::npos);
  EXPECT_EQ(Between(html, "id=\"p-yen-bai\"", "</section>").find("conflict-mark"),
            std::string::npos);
  const std::string contents = Between(html, "<nav class=\"toc\">", "</nav>");
  EXPECT_EQ(Occurrences(contents, "title=\"conflict\""), 1u);
  EXPECT_LT(contents.find("title=\"conflict\""), contents.find("Yên Bái"));
}

TEST(ReportHtml, TooltipsListTheEvidenceUpToTheLimit) {
  ReportOptions options = Options();
  std::vector<Bar> bars = Bars(Placed(RenderHtmlReport(ReportFixture(), options)));
  const Bar& ky =
      *std::find_if(bars.begin(), bars.end(), [](const Bar& b) { return b.spell == 0; });
  for (const char* article : {"qn-001", "qn-002", "qn-003"}) {
    EXPECT_NE(ky.title.find(article), std::string::npos) << article;
  }
  options.tooltip_evidence_limit = 1;
  bars = Bars(Placed(RenderHtmlReport(ReportFixture(), options)));
  const Bar& limited =
      *std::find_if(bars.begin(), bars.end(), [](const Bar& b) { return b.spell == 0; });
  EXPECT_NE(limited.title.find("qn-001"), std::string::npos);
  EXPECT_EQ(limited.title.find("qn-003"), std::string::npos);
  EXPECT_NE(limited.title.find("2 more"), std::string::npos);
}

TEST(ReportHtml, LoadsNothingAndLinksOnlyToAnchorsAndEvidence) {
  const std::string html = RenderHtmlReport(ReportFixture(), Options());
  for (const char* forbidden : {"src=", "<script", "<link", "<img", "<iframe", "<object", "url(",
                                "@import", "@font-face", "javascript:alert(1)\""}) {
    EXPECT_EQ(html.find(forbidden), std::string::npos) << forbidden;
  }
  EXPECT_NE(html.find("javascript:alert(1)"), std::string::npos);  // shown as text
  static const std::regex kHref(R"re(href="([^"]*)")re");
  size_t anchors = 0, articles = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kHref);
       it != std::sregex_iterator(); ++it) {
    const std::string target = (*it)[1];
    if (target.rfind('#', 0) == 0) {
      ++anchors;
      EXPECT_NE(html.find("id=\"" + target.substr(1) + "\""), std::string::npos) << target;
    } else {
      ++articles;
      EXPECT_EQ(target.rfind(report_testing::kFixtureUrlPrefix, 0), 0u) << target;
    }
  }
  EXPECT_GT(anchors, 0u);
  EXPECT_GT(articles, 0u);
}

TEST(ReportHtml, HeaderSaysWhatItCoversAndIsDeterministic) {
  const Leadership leadership = ReportFixture();
  const std::string html = RenderHtmlReport(leadership, Options());
  EXPECT_EQ(html, RenderHtmlReport(leadership, Options()));
  const std::string header = Between(html, "<header>", "</header>");
  EXPECT_NE(header.find("fixture.kg"), std::string::npos);
  EXPECT_NE(header.find("2025-06-30"), std::string::npos);
  EXPECT_NE(header.find("Generated 2025-12-02"), std::string::npos);
  EXPECT_NE(header.find("<b>2</b> of 3 provinces with evidence"), std::string::npos);
  EXPECT_NE(header.find("<b>9</b> spells"), std::string::npos);
  EXPECT_NE(header.find("<b>1</b> conflict<"), std::string::npos);
  // Without an as-of date the latest evidence stands in, and says so.
  Leadership latest = leadership;
  latest.as_of.clear();
  EXPECT_NE(RenderHtmlReport(latest, Options()).find("2025-03-03</b> (the latest evidence)"),
            std::string::npos);
  EXPECT_EQ(header.find("latest evidence"), std::string::npos);
  latest.map = ProvinceMap::kCurrent;
  EXPECT_NE(RenderHtmlReport(latest, Options()).find("the 34 units"), std::string::npos);
}

TEST(ReportHtml, MeasuresListConcurrentPostsTurnoverAndGaps) {
  const std::string html = RenderHtmlReport(ReportFixture(), Options());
  const std::string measures = Between(html, "id=\"measures\"", "</section>");
  EXPECT_NE(Between(measures, "id=\"concurrent\"", "</table>").find("Nguyễn Văn An"),
            std::string::npos);
  EXPECT_EQ(Occurrences(Between(measures, "id=\"turnover\"", "</table>"), "term high"), 2u);
  EXPECT_NE(measures.find("with no attested core post:</b> Hà Nội."), std::string::npos);
  // Quảng Ninh has 3 of 7 posts empty as of the date, Yên Bái 5.
  const std::string table = Between(measures, "<table class=\"coverage\">", "</table>");
  EXPECT_EQ(Occurrences(table, "<td class=\"gap\">"), 8u);
  const std::string ambiguous = Between(measures, "id=\"ambiguous\"", "</table>");
  EXPECT_EQ(Occurrences(ambiguous, "<div class=\"cluster\">"), 2u);
  EXPECT_NE(ambiguous.find("Giám đốc Sở Tài chính (Cà Mau)"), std::string::npos);
}

TEST(ReportTimeScale, ParsesIsoDatesStrictly) {
  EXPECT_EQ(IsoDayNumber("1970-01-01"), 0);
  EXPECT_EQ(IsoDayNumber("1970-01-02"), 1);
  EXPECT_EQ(IsoDayNumber("2024-03-01").value() - IsoDayNumber("2024-02-28").value(), 2);
  EXPECT_EQ(IsoDayNumber("2021"), IsoDayNumber("2021-01-01"));
  EXPECT_EQ(IsoDayNumber("2021-05"), IsoDayNumber("2021-05-01"));
  for (const char* bad :
       {"", "2021-02-30", "2021-13-01", "2021-1-01", "20210101", "2021-05-01x", "abcd"}) {
    EXPECT_FALSE(IsoDayNumber(bad).has_value()) << bad;
  }
  YearSpan span;
  EXPECT_TRUE(span.empty());
  span.Include(*IsoDayNumber("2020-06-01"));
  span.Include(*IsoDayNumber("2018-12-31"));
  EXPECT_EQ(span.first_year, 2018);
  EXPECT_EQ(span.end_year, 2021);
  const YearScale scale(span, 100, 400);
  EXPECT_DOUBLE_EQ(scale.YearX(2018), 100);
  EXPECT_DOUBLE_EQ(scale.YearX(2021), 400);
  EXPECT_LT(scale.X(*IsoDayNumber("2019-06-30")), scale.X(*IsoDayNumber("2019-07-01")));
}

}  // namespace
}  // namespace kg::leaders
