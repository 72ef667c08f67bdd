#include "extract/ingest/graph_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>

#include "extract/corpus/corpus_reader.h"
#include "extract/pipeline.h"
#include "extract/ingest/corpus_build.h"
#include "extract/ingest/evidence_quotes.h"
#include "extract/text/normalize.h"
#include "extract/text/utf8.h"

namespace kg::ingest {
namespace {

const std::string kSeeds = std::string(KG_SOURCE_DIR) + "/seeds";

// White space removed: quotes collapse runs of it (and no-break spaces) to one space.
std::string Squeeze(std::string_view s) {
  std::string out;
  for (size_t pos = 0; pos < s.size();) {
    char32_t c = text::DecodeAt(s, pos);
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xA0) text::AppendUtf8(c, out);
  }
  return out;
}

// text[start:end] in code points, as the evidence contract reads it.
std::string Slice(const std::string& text, uint32_t start, uint32_t end) {
  size_t pos = 0, from = 0;
  for (uint32_t i = 0; pos < text.size() && i < end; ++i) {
    if (i == start) from = pos;
    text::DecodeAt(text, pos);
  }
  return text.substr(from, pos - from);
}

class SeedGraph : public ::testing::Test {
 protected:
  void SetUp() override {
    GraphBuilder builder(graph_);
    corpus::ReadCorpus(
        {kSeeds},
        [&](corpus::RawArticle&& a) {
          builder.AddArticle(a, extract::ExtractArticle(a));
          texts_[a.id] = a.text;
        },
        [](const corpus::InputIssue& issue) { FAIL() << issue.where << ": " << issue.reason; });
    ASSERT_EQ(graph_.articles().size(), 5u);
  }
  const std::string& Text(const graph::Evidence& e) {
    return texts_[graph_.articles()[e.article].id];
  }

  graph::PropertyGraph graph_;
  std::map<std::string, std::string> texts_;
};

TEST_F(SeedGraph, EveryEvidenceHasAQuoteThatContainsItsText) {
  size_t checked = 0;
  auto check = [&](const graph::Evidence& e) {
    if (e.start == e.end) return;  // a person without a post: no span to quote
    std::string_view quote = graph_.EvidenceText(e);
    ASSERT_FALSE(quote.empty()) << graph_.articles()[e.article].id << " " << e.start;
    std::string words =
        text::ToNfc(Slice(Text(e), std::min(e.start, e.end), std::max(e.start, e.end)));
    if (text::CodePointCount(words) < 250) {
      EXPECT_NE(Squeeze(quote).find(Squeeze(words)), std::string::npos)
          << "'" << words << "' in '" << quote << "'";
    }
    EXPECT_LE(text::CodePointCount(quote), kMaxQuoteChars + 2);
    ++checked;
  };
  for (graph::NodeIndex n = 0; n < graph_.node_count(); ++n)
    for (const auto& e : graph_.node(n).evidence) check(e);
  for (graph::EdgeIndex r = 0; r < graph_.edge_count(); ++r)
    for (const auto& e : graph_.edge(r).evidence) check(e);
  EXPECT_GT(checked, 100u);
}

TEST_F(SeedGraph, HoldsIsQuotedWithTheSentenceThatNamesThePost) {
  auto ky = graph_.FindByEntityKey(PersonKey("Nguyễn Xuân Ký", "Quảng Ninh"));
  ASSERT_TRUE(ky.has_value());
  auto article = graph_.FindArticle("003_cfea28b52d9c8a20");
  ASSERT_TRUE(article.has_value());
  bool found = false;
  for (graph::EdgeIndex r = 0; r < graph_.edge_count(); ++r) {
    const auto& edge = graph_.edge(r);
    if (edge.source != *ky || graph_.SymbolName(edge.type) != "HOLDS") continue;
    const std::string_view words = "dưới sự chủ trì của đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy";
    for (const auto& e : edge.evidence)
      if (e.article == *article && graph_.EvidenceText(e).find(words) != std::string_view::npos)
        found = true;
  }
  EXPECT_TRUE(found);
}

TEST_F(SeedGraph, KgBuildKeepsTheSameQuotesOnAnyNumberOfThreads) {
  for (int jobs : {1, 2}) {
    graph::PropertyGraph built;
    BuildCorpus({kSeeds}, built, {jobs}, [](const corpus::InputIssue&) {});
    ASSERT_EQ(built.articles().size(), graph_.articles().size());
    for (size_t i = 0; i < built.articles().size(); ++i)
      EXPECT_EQ(built.articles()[i].quotes, graph_.articles()[i].quotes) << "jobs " << jobs;
  }
}

}  // namespace
}  // namespace kg::ingest

namespace kg::ingest {
namespace {

// A past post ("nguyên Bí thư") is a HOLDS with former: true until an article gives it as
// current; only current attestations date it (firstSeen/lastSeen).
std::optional<bool> FormerOfOnlyHolds(const graph::PropertyGraph& g) {
  std::optional<bool> former;
  for (graph::EdgeIndex e = 0; e < g.edge_count(); ++e) {
    if (g.SymbolName(g.edge(e).type) != "HOLDS") continue;
    const graph::PropertyValue* f = g.EdgeProperty(e, "former");
    former = f != nullptr && f->is_bool() && f->as_bool();
  }
  return former;
}

corpus::RawArticle Article(const std::string& id, const std::string& published,
                           const std::string& text) {
  corpus::RawArticle a;
  a.id = id;
  a.published = published;
  a.text = text;
  return a;
}

TEST(FormerPosts, APastPostIsMarkedUntilAnArticleGivesItAsCurrent) {
  graph::PropertyGraph g;
  GraphBuilder builder(g);
  auto past =
      Article("a1", "2019-05-02",
              "Kỷ luật cán bộ\nÔng Lê Văn Thành, nguyên Bí thư Tỉnh ủy Phú Yên, bị cảnh cáo.\n");
  builder.AddArticle(past, extract::ExtractArticle(past));
  EXPECT_EQ(FormerOfOnlyHolds(g), std::optional<bool>(true));
  for (graph::EdgeIndex e = 0; e < g.edge_count(); ++e)
    EXPECT_EQ(g.EdgeProperty(e, "firstSeen"), nullptr) << "a past post dated as held";

  auto current =
      Article("a2", "2016-03-01",
              "Hội nghị Tỉnh ủy\nÔng Lê Văn Thành, Bí thư Tỉnh ủy Phú Yên, chủ trì hội nghị.\n");
  builder.AddArticle(current, extract::ExtractArticle(current));
  EXPECT_EQ(FormerOfOnlyHolds(g), std::optional<bool>(false));
}

}  // namespace
}  // namespace kg::ingest
