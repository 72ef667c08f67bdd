#include "extract/ingest/evidence_quotes.h"

#include <gtest/gtest.h>

#include "extract/text/utf8.h"

namespace kg::ingest {
namespace {

using extract::Span;

// The code point span of the first `needle` in `text`.
Span Find(const std::string& text, const std::string& needle) {
  size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  text::CharOffsetMap chars(text);
  return {chars.ToChar(at), chars.ToChar(at + needle.size())};
}

// One holds fact a span, sentences as given.
std::vector<graph::EvidenceQuote> Quote(const std::string& text, std::vector<Span> spans,
                                        std::vector<Span> sentences) {
  extract::ArticleFacts f;
  for (const Span& s : spans) f.holds.push_back({0, "", "", "", {}, s});
  f.sentences = std::move(sentences);
  return QuoteEvidence(text, f);
}

TEST(EvidenceQuotes, QuoteIsTheSentenceThatHoldsTheSpan) {
  std::string text = "Tiêu đề\n\nCâu một. Đồng chí Nguyễn Xuân Ký chủ trì. Câu ba.\n";
  auto q = Quote(text, {Find(text, "Nguyễn Xuân Ký")},
                 {Find(text, "Tiêu đề"), Find(text, "Câu một."),
                  Find(text, "Đồng chí Nguyễn Xuân Ký chủ trì."), Find(text, "Câu ba.")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Đồng chí Nguyễn Xuân Ký chủ trì.");
  EXPECT_EQ(q[0].start, Find(text, "Nguyễn Xuân Ký").start);
}

TEST(EvidenceQuotes, SpanAcrossSentencesQuotesThemAll) {
  std::string text = "Câu một. Đồng chí Ký chủ trì. Câu ba.";
  Span span{Find(text, "một").start, Find(text, "Ký").end};
  auto q =
      Quote(text, {span},
            {Find(text, "Câu một."), Find(text, "Đồng chí Ký chủ trì."), Find(text, "Câu ba.")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Câu một. Đồng chí Ký chủ trì.");
}

TEST(EvidenceQuotes, OutsideSentencesTheLineIsQuoted) {
  std::string text = "Thứ ba - 02/06/2020 15:51\nNội dung.";
  auto q = Quote(text, {Find(text, "02/06/2020")}, {Find(text, "Nội dung.")});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Thứ ba - 02/06/2020 15:51");
}

TEST(EvidenceQuotes, WhiteSpaceIsCollapsedAndTextMadeNfc) {
  std::string text = "  Đồng chí \t Ky\xCC\x81   chủ trì.  ";  // "Ký" decomposed
  Span all{0, static_cast<uint32_t>(text::CodePointCount(text))};
  auto q = Quote(text, {Find(text, "Ky")}, {all});
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].text, "Đồng chí Ký chủ trì.");
}

TEST(EvidenceQuotes, LongSentenceIsCutAroundTheSpanAtSpaces) {
  std::string filler;
  for (int i = 0; i < 60; ++i) filler += "nội dung ";
  std::string text = "Mở đầu " + filler + "Nguyễn Xuân Ký " + filler + "kết thúc.";
  Span all{0, static_cast<uint32_t>(text::CodePointCount(text))};
  auto q = Quote(text, {Find(text, "Nguyễn Xuân Ký")}, {all});
  ASSERT_EQ(q.size(), 1u);
  const std::string& t = q[0].text;
  EXPECT_NE(t.find("Nguyễn Xuân Ký"), std::string::npos);
  EXPECT_EQ(t.rfind("…", 0), 0u) << t;
  EXPECT_EQ(t.substr(t.size() - 3), "…") << t;
  EXPECT_LE(text::CodePointCount(t), kMaxQuoteChars + 2);
  EXPECT_GE(text::CodePointCount(t), kMaxQuoteChars - 30);
  std::string inner = t.substr(3, t.size() - 6);  // without the two "…"
  EXPECT_NE(text.find(" " + inner + " "), std::string::npos) << "cut between words: " << t;
}

TEST(EvidenceQuotes, OneQuoteASpanSortedAndEmptyOrOutOfRangeSpansSkipped) {
  std::string text = "Câu một. Câu hai.";
  Span one = Find(text, "một"), two = Find(text, "hai");
  auto q = Quote(text, {two, one, two, {3, 3}, {10, 400}},
                 {Find(text, "Câu một."), Find(text, "Câu hai.")});
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].text, "Câu một.");
  EXPECT_EQ(q[1].text, "Câu hai.");
}

}  // namespace
}  // namespace kg::ingest
