#include "tools/eval/eval.h"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

namespace kg::facts {
namespace {

EvalReport Eval(std::string_view gold, std::string_view output) {
  FactsFile g = ParseFacts(gold, "gold.jsonl");
  FactsFile o = ParseFacts(output, "out.jsonl");
  EXPECT_TRUE(g.errors.empty()) << g.errors.front();
  EXPECT_TRUE(o.errors.empty()) << o.errors.front();
  return Score(g, o);
}

// "tp/fp/fn"
std::string Str(const Counts& c) {
  return std::to_string(c.tp) + "/" + std::to_string(c.fp) + "/" + std::to_string(c.fn);
}

std::string Of(const EvalReport& r, std::string_view kind) {
  for (const auto& k : r.kinds)
    if (k.kind == kind) return Str(k.counts);
  return "absent";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::string kSeedsGold = std::string(KG_SOURCE_DIR) + "/tests/data/seeds-gold.jsonl";

// ---- field rules end to end ----------------------------------------------------

TEST(Score, HoldsNormalisedOnBothSides) {
  auto r = Eval(
      R"({"article":"a1","fact":"holds","person":"Trần Thị Hoà","role":"Chủ tịch Hội đồng nhân dân tỉnh","province":"Khánh Hòa"}
{"article":"a1","fact":"holds","person":"Phạm Văn Thuỷ","role":"Ủy viên Ban Chấp hành Trung ương Đảng","province":null}
{"article":"a1","fact":"holds","person":"Lê Minh","role":"Tỉnh ủy viên","province":"Bà Rịa - Vũng Tàu"}
)",
      R"({"article":"a1","fact":"holds","person":"TRẦN THỊ HÒA","role":"Chủ tịch HĐND tỉnh","province":"Khánh Hoà","evidence":{"start":3,"end":9}}
{"article":"a1","fact":"holds","person":"Phạm Văn Thủy","role":"Uỷ viên TW Đảng","province":null}
{"article":"a1","fact":"holds","person":"Lê  Minh","role":"Ủy viên BCH Đảng bộ tỉnh","province":"Bà Rịa–Vũng Tàu"}
)");
  EXPECT_EQ(Of(r, "holds"), "3/0/0");
  EXPECT_EQ(*r.overall.F1(), 1.0);
}

TEST(Score, DifferentRoleIsBothFalsePositiveAndFalseNegative) {
  auto r = Eval(
      R"({"article":"a1","fact":"holds","person":"Đỗ Văn Chiến","role":"Bí thư Tỉnh ủy","province":"Tuyên Quang"})",
      R"({"article":"a1","fact":"holds","person":"Đỗ Văn Chiến","role":"Phó Bí thư Tỉnh ủy","province":"Tuyên Quang"})");
  EXPECT_EQ(Of(r, "holds"), "0/1/1");
  EXPECT_EQ(*r.overall.Precision(), 0.0);
  EXPECT_EQ(*r.overall.F1(), 0.0);
}

TEST(Score, NullProvinceMatchesOnlyNull) {
  auto r = Eval(
      R"({"article":"a1","fact":"holds","person":"Ngô Chí Cường","role":"Bí thư Tỉnh ủy","province":null}
{"article":"a1","fact":"holds","person":"Ngô Chí Cường","role":"Chủ tịch Hội đồng nhân dân tỉnh","province":"Trà Vinh"})",
      R"({"article":"a1","fact":"holds","person":"Ngô Chí Cường","role":"Bí thư Tỉnh ủy","province":"Trà Vinh"}
{"article":"a1","fact":"holds","person":"Ngô Chí Cường","role":"Chủ tịch Hội đồng nhân dân tỉnh"})");
  // the second output lacks province: absent means null
  EXPECT_EQ(Of(r, "holds"), "0/2/2");
}

TEST(Score, UnscoredFieldsDoNotMatter) {
  auto r = Eval(
      R"({"article":"a1","fact":"document","number":"12-NQ/TU","province":"Nghệ An","type":"Nghị quyết","title":"Về phát triển du lịch"}
{"article":"a1","fact":"event","date":"2023-03-14","province":"Nghệ An","body":"Tỉnh ủy","ordinal":7})",
      R"({"article":"a1","fact":"document","number":"12-NQ/TU","province":"Nghệ An","type":"Chỉ thị","title":null}
{"article":"a1","fact":"event","date":"2023-03-14","province":"Nghệ An","body":"Ban Thường vụ Tỉnh ủy","ordinal":8})");
  EXPECT_EQ(Of(r, "document"), "1/0/0");
  EXPECT_EQ(Of(r, "event"), "1/0/0");
}

TEST(Score, TargetValueToleranceAndYearAsNumber) {
  auto r = Eval(
      R"({"article":"a1","fact":"target","value":8.5,"unit":"%","year":2024,"province":"Hà Tĩnh","comparator":">="}
{"article":"a1","fact":"target","value":88000000,"unit":"VND","year":2025,"province":"Hà Tĩnh"}
{"article":"a1","fact":"target","value":520,"unit":"doanh nghiệp","year":2024,"province":"Hà Tĩnh"})",
      R"({"article":"a1","fact":"target","value":8.50000001,"unit":"%","year":2024.0,"province":"Hà Tĩnh","comparator":">"}
{"article":"a1","fact":"target","value":88000000.0,"unit":"VND","year":"2025","province":"Hà Tĩnh"}
{"article":"a1","fact":"target","value":521,"unit":"doanh nghiệp","year":2024,"province":"Hà Tĩnh"})");
  EXPECT_EQ(Of(r, "target"), "2/1/1");
}

TEST(Score, TargetUnitMustAgree) {
  auto r = Eval(
      R"({"article":"a1","fact":"target","value":23000,"unit":"lao động","year":2024,"province":null})",
      R"({"article":"a1","fact":"target","value":23000,"unit":"việc làm","year":2024,"province":null})");
  EXPECT_EQ(Of(r, "target"), "0/1/1");
}

TEST(Score, DocumentNumberNeedsItsProvince) {
  auto r = Eval(
      R"({"article":"a1","fact":"document","number":"01-NQ/TU","province":"Lào Cai"}
{"article":"a1","fact":"issued","body":"Ban Chấp hành Đảng bộ tỉnh","province":"Lào Cai","number":"01-NQ/TU"})",
      R"({"article":"a1","fact":"document","number":"01-NQ/TU","province":"Yên Bái"}
{"article":"a1","fact":"issued","body":"Tỉnh uỷ","province":"Lào Cai","number":"01 - NQ/TU"})");
  EXPECT_EQ(Of(r, "document"), "0/1/1");
  EXPECT_EQ(Of(r, "issued"), "1/0/0");
}

TEST(Score, AssignedDropsCua) {
  auto r = Eval(
      R"({"article":"a1","fact":"assigned","body":"Đoàn giám sát của Tỉnh ủy","province":"Quảng Bình","date":"2022-08-30","task":"hoàn thiện báo cáo"})",
      R"({"article":"a1","fact":"assigned","body":"Đoàn giám sát Tỉnh ủy","province":"Quảng Bình","date":"2022-08-30"})");
  EXPECT_EQ(Of(r, "assigned"), "1/0/0");
}

// ---- dates -----------------------------------------------------------------------

TEST(Score, GoldDateWithoutYear) {
  auto r = Eval(
      R"({"article":"a1","fact":"chaired","person":"Hoàng Trung Dũng","date":"--09-15"}
{"article":"a2","fact":"chaired","person":"Hoàng Trung Dũng","date":"--09-15"}
{"article":"a3","fact":"chaired","person":"Hoàng Trung Dũng","date":"--09-15"}
{"article":"a4","fact":"chaired","person":"Hoàng Trung Dũng","date":"2023-09-15"})",
      R"({"article":"a1","fact":"chaired","person":"Hoàng Trung Dũng","date":"2021-09-15"}
{"article":"a2","fact":"chaired","person":"Hoàng Trung Dũng","date":null}
{"article":"a3","fact":"chaired","person":"Hoàng Trung Dũng","date":"2021-09-16"}
{"article":"a4","fact":"chaired","person":"Hoàng Trung Dũng","date":"--09-15"})");
  EXPECT_EQ(Of(r, "chaired"), "2/2/2");
}

// ---- one to one ----------------------------------------------------------------

TEST(Score, TwoEqualGoldFactsNeedTwoOutputs) {
  auto gold = R"({"article":"a1","fact":"discussed","date":"2021-01-09","number":"04-CT/TU"}
{"article":"a1","fact":"discussed","date":"2021-01-09","number":"04-CT/TU"})";
  EXPECT_EQ(
      Of(Eval(gold,
              R"({"article":"a1","fact":"discussed","date":"2021-01-09","number":"04-CT/TU"})"),
         "discussed"),
      "1/0/1");
  EXPECT_EQ(Of(Eval(gold, std::string(gold)), "discussed"), "2/0/0");
}

TEST(Score, TwoEqualOutputsForOneGoldFact) {
  auto r = Eval(R"({"article":"a1","fact":"discussed","date":"2021-01-09","number":"04-CT/TU"})",
                R"({"article":"a1","fact":"discussed","date":"2021-01-09","number":"04-CT/TU"}
{"article":"a1","fact":"discussed","date":"2021-01-09","number":"04-CT/TU"})");
  EXPECT_EQ(Of(r, "discussed"), "1/1/0");
}

TEST(Score, MatchingIsMaximumNotFirstCome) {
  // The --09-15 gold fact, first in the file, could take the 2023-09-15 output; a
  // first-come matcher would then leave the full-date gold fact unmatched.
  auto r = Eval(
      R"({"article":"a1","fact":"chaired","person":"Vương Quốc Tuấn","date":"--09-15"}
{"article":"a1","fact":"chaired","person":"Vương Quốc Tuấn","date":"2023-09-15"})",
      R"({"article":"a1","fact":"chaired","person":"Vương Quốc Tuấn","date":"2023-09-15"}
{"article":"a1","fact":"chaired","person":"Vương Quốc Tuấn","date":null})");
  EXPECT_EQ(Of(r, "chaired"), "2/0/0");
}

TEST(Score, ToleranceNeedsAugmentingPaths) {
  // No pair is exact, so "exact first" does not help. g2 = 100.0001 comes first and
  // may take o1 = 100.00005 (which also fits g1 = 100); o2 = 100.0002 fits only g2.
  // A first-come matcher leaves g1 alone; the maximum matching gives both a partner.
  auto r = Eval(
      R"({"article":"a1","fact":"target","value":100.0001,"unit":"%","year":2030,"province":null}
{"article":"a1","fact":"target","value":100,"unit":"%","year":2030,"province":null})",
      R"({"article":"a1","fact":"target","value":100.00005,"unit":"%","year":2030,"province":null}
{"article":"a1","fact":"target","value":100.0002,"unit":"%","year":2030,"province":null})");
  EXPECT_EQ(Of(r, "target"), "2/0/0");
  // and without the bridge the far output is a false positive
  r = Eval(
      R"({"article":"a1","fact":"target","value":100,"unit":"%","year":2030,"province":null})",
      R"({"article":"a1","fact":"target","value":100.0002,"unit":"%","year":2030,"province":null})");
  EXPECT_EQ(Of(r, "target"), "0/1/1");
}

// ---- optional ----------------------------------------------------------------------

TEST(Score, OptionalGoldCountsNeitherWay) {
  const char* gold =
      R"({"article":"a1","fact":"event","date":"2024-01-03","province":null,"optional":true}
{"article":"a1","fact":"event","date":"2024-01-04","province":null})";
  // matched optional: no TP, no FP
  auto r = Eval(gold, R"({"article":"a1","fact":"event","date":"2024-01-03","province":null}
{"article":"a1","fact":"event","date":"2024-01-04","province":null})");
  EXPECT_EQ(Of(r, "event"), "1/0/0");
  EXPECT_EQ(r.output_optional_matched, 1u);
  // missing optional: no FN
  r = Eval(gold, R"({"article":"a1","fact":"event","date":"2024-01-04","province":null})");
  EXPECT_EQ(Of(r, "event"), "1/0/0");
  EXPECT_EQ(r.output_optional_matched, 0u);
  EXPECT_EQ(r.gold_optional, 1u);
}

TEST(Score, NonOptionalGoldHasPriority) {
  // The optional gold fact comes first and accepts anything ("*"); the one output
  // must still go to the non-optional gold fact.
  auto r = Eval(
      R"({"article":"a1","fact":"issued","body":"*","province":"*","number":"35-CT/TW","optional":true}
{"article":"a1","fact":"issued","body":"Ban Bí thư","province":null,"number":"35-CT/TW"})",
      R"({"article":"a1","fact":"issued","body":"Ban Bí thư","province":null,"number":"35-CT/TW"})");
  EXPECT_EQ(Of(r, "issued"), "1/0/0");
  EXPECT_EQ(r.output_optional_matched, 0u);
}

TEST(Score, SecondOutputGoesToOptionalNotFalsePositive) {
  auto r = Eval(
      R"({"article":"a1","fact":"issued","body":"Ban Bí thư","province":null,"number":"35-CT/TW"}
{"article":"a1","fact":"issued","body":"*","province":"*","number":"35-CT/TW","optional":true})",
      R"({"article":"a1","fact":"issued","body":"Bộ Chính trị","province":null,"number":"35-CT/TW"}
{"article":"a1","fact":"issued","body":"Ban Bí thư","province":null,"number":"35-CT/TW"})");
  EXPECT_EQ(Of(r, "issued"), "1/0/0");
  EXPECT_EQ(r.output_optional_matched, 1u);
}

TEST(Score, OptionalInOutputIsIgnored) {
  auto r = Eval(
      R"({"article":"a1","fact":"chaired","person":"Lâm Văn Mẫn","date":"2022-05-05"})",
      R"({"article":"a1","fact":"chaired","person":"Lâm Văn Mẫn","date":"2022-05-06","optional":true})");
  EXPECT_EQ(Of(r, "chaired"), "0/1/1");
}

TEST(Score, WildcardOnlyInGold) {
  auto r = Eval(
      R"({"article":"a1","fact":"assigned","body":"Sở Y tế","province":"An Giang","date":"2020-04-01"})",
      R"({"article":"a1","fact":"assigned","body":"*","province":"*","date":"2020-04-01"})");
  EXPECT_EQ(Of(r, "assigned"), "0/1/1");
}

// ---- unscored, ignored, articles --------------------------------------------------

TEST(Score, EventsWithoutDateAndDocumentsWithoutNumberAreNotScored) {
  auto r = Eval(
      R"({"article":"a1","fact":"event","date":null,"province":"Sơn La","name":"Hội nghị"}
{"article":"a1","fact":"document","number":null,"province":"Sơn La","title":"Nghị quyết năm 2024"}
{"article":"a1","fact":"event","date":"2024-02-01","province":"Sơn La"})",
      R"({"article":"a1","fact":"event","province":"Sơn La"}
{"article":"a1","fact":"document","number":null,"province":"Sơn La","title":"Nghị quyết năm 2024"}
{"article":"a1","fact":"document","number":null,"province":"Điện Biên"}
{"article":"a1","fact":"event","date":"2024-02-01","province":"Sơn La"})");
  EXPECT_EQ(Of(r, "event"), "1/0/0");
  EXPECT_EQ(Of(r, "document"), "0/0/0");
  EXPECT_EQ(r.gold_unscored, 2u);
  EXPECT_EQ(r.output_unscored, 3u);
  EXPECT_EQ(*r.overall.Precision(), 1.0);
}

TEST(Score, KindsGoldDoesNotListAreIgnored) {
  auto r = Eval(
      R"({"article":"a1","fact":"holds","person":"Lê Quang Tùng","role":"Bí thư Tỉnh ủy","province":"Quảng Trị"}
{"article":"a2","fact":"target","value":7,"unit":"%","year":2025,"province":"Quảng Trị"})",
      R"({"article":"a1","fact":"holds","person":"Lê Quang Tùng","role":"Bí thư Tỉnh ủy","province":"Quảng Trị"}
{"article":"a1","fact":"author","name":"Thu Hà"}
{"article":"a1","fact":"chaired","person":"Lê Quang Tùng","date":"2025-01-02"}
{"article":"a1","fact":"target","value":7,"unit":"%","year":2025,"province":"Quảng Trị"})");
  EXPECT_EQ(r.output_ignored, 2u);
  EXPECT_EQ(Of(r, "author"), "absent");
  EXPECT_EQ(Of(r, "chaired"), "absent");
  // target is listed by gold (in another article): a1's target is a false positive
  EXPECT_EQ(Of(r, "target"), "0/1/1");
  EXPECT_EQ(Str(r.overall), "1/1/1");
}

TEST(Score, FactsOfArticlesAbsentFromGoldAreFalsePositives) {
  auto r = Eval(
      R"({"article":"a1","fact":"holds","person":"Bùi Văn Quang","role":"Bí thư Tỉnh ủy","province":"Phú Thọ"})",
      R"({"article":"a1","fact":"holds","person":"Bùi Văn Quang","role":"Bí thư Tỉnh ủy","province":"Phú Thọ"}
{"article":"zz","fact":"holds","person":"Bùi Văn Quang","role":"Bí thư Tỉnh ủy","province":"Phú Thọ"})");
  EXPECT_EQ(Of(r, "holds"), "1/1/0");
  EXPECT_EQ(r.output_unknown_article, 1u);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].article, "zz");
}

TEST(Score, ArticlesAreSeparate) {
  auto r =
      Eval(R"({"article":"a1","fact":"chaired","person":"Trần Tuệ Hiền","date":"2022-10-10"})",
           R"({"article":"a2","fact":"chaired","person":"Trần Tuệ Hiền","date":"2022-10-10"})");
  EXPECT_EQ(Of(r, "chaired"), "0/1/1");
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(Str(r.articles[0].total), "0/0/1");
  EXPECT_EQ(Str(r.articles[1].total), "0/1/0");
}

TEST(Score, KindOutsideTheFormatScoredOnGoldFields) {
  auto r =
      Eval(R"({"article":"a1","fact":"author","name":"Thu Hà","agency":"Báo Quảng Ninh"})",
           R"({"article":"a1","fact":"author","name":"THU HÀ","agency":"Báo Quảng Ninh","extra":1}
{"article":"a1","fact":"author","name":"Minh Đức","agency":"Báo Quảng Ninh"})");
  EXPECT_EQ(Of(r, "author"), "1/1/0");
}

TEST(Score, MicroAverages) {
  auto r = Eval(
      R"({"article":"a1","fact":"chaired","person":"A","date":"2020-01-01"}
{"article":"a1","fact":"chaired","person":"B","date":"2020-01-01"}
{"article":"a1","fact":"chaired","person":"C","date":"2020-01-01"}
{"article":"a1","fact":"discussed","date":"2020-01-01","number":"1-NQ/TU"})",
      R"({"article":"a1","fact":"chaired","person":"A","date":"2020-01-01"}
{"article":"a1","fact":"chaired","person":"B","date":"2020-01-01"}
{"article":"a1","fact":"discussed","date":"2020-01-01","number":"2-NQ/TU"})");
  EXPECT_EQ(Str(r.overall), "2/1/2");
  EXPECT_DOUBLE_EQ(*r.overall.Precision(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(*r.overall.Recall(), 0.5);
  EXPECT_DOUBLE_EQ(*r.overall.F1(), 4.0 / 7.0);
  Counts none;
  EXPECT_FALSE(none.Precision().has_value());
  EXPECT_FALSE(none.F1().has_value());
}

// ---- bad lines ------------------------------------------------------------------

TEST(ParseFacts, BadLinesAreSkippedAndNamed) {
  std::
      string
          text =
              "\xEF\xBB\xBF{\"article\":\"a1\",\"fact\":\"holds\",\"person\":\"X\",\"role\":\"Y\","
              "\"province\":null}\r\n"
              "\n"
              "   \n"
              "{\"article\":\"a1\",\"fact\":\"holds\"\n"  // 4: truncated
              "[1,2]\n"                                   // 5: not an object
              "{\"article\":\"a1\",\"person\":\"X\"}\n"   // 6: no fact
              "{\"fact\":\"holds\",\"person\":\"X\"}\n"   // 7: no article
              "{\"article\":\"a1\",\"fact\":3}\n"         // 8: fact not a string
              "{\"article\":\"a1\",\"fact\":\"event\",\"date\":\"2020-01-01\",\"optional\":\"yes\"}"
              "\n"                                                                 // 9
              "{\"article\":\"a1\",\"fact\":\"holds\",\"person\":[\"X\"]}\n"       // 10: array in a
                                                                                   // scored field
              "{\"article\":\"a1\",\"fact\":\"holds\",\"person\":\"\xC3\x28\"}\n"  // 11: invalid
                                                                                   // UTF-8
              "{\"article\":\"a1\",\"fact\":\"event\",\"date\":\"2020-01-01\",\"evidence\":{"
              "\"start\":1}}";  // 12, no newline
  FactsFile f = ParseFacts(text, "f.jsonl");
  ASSERT_EQ(f.facts.size(), 2u);
  EXPECT_EQ(f.facts[0].line, 1u);
  EXPECT_EQ(f.facts[0].kind, "holds");
  EXPECT_EQ(f.facts[1].line, 12u);
  ASSERT_EQ(f.errors.size(), 8u);
  const char* expected_prefixes[] = {"f.jsonl:4: not JSON",
                                     "f.jsonl:5: not a JSON object",
                                     "f.jsonl:6: no \"fact\"",
                                     "f.jsonl:7: no \"article\"",
                                     "f.jsonl:8: \"fact\" is not a string",
                                     "f.jsonl:9: \"optional\"",
                                     "f.jsonl:10: \"person\"",
                                     "f.jsonl:11: invalid UTF-8"};
  for (size_t i = 0; i < 8; ++i)
    EXPECT_EQ(f.errors[i].rfind(expected_prefixes[i], 0), 0u) << f.errors[i];
}

TEST(ParseFacts, BadLinesAreCountedInTheReport) {
  FactsFile g = ParseFacts(
      "{\"article\":\"a1\",\"fact\":\"chaired\",\"person\":\"A\",\"date\":null}\nnope\n", "g");
  FactsFile o = ParseFacts(
      "{oops\n{\"article\":\"a1\",\"fact\":\"chaired\",\"person\":\"A\",\"date\":null}\n{}\n", "o");
  EvalReport r = Score(g, o);
  EXPECT_EQ(r.gold_bad_lines, 1u);
  EXPECT_EQ(r.output_bad_lines, 2u);
  EXPECT_EQ(Of(r, "chaired"), "1/0/0");
}

TEST(ReadFacts, MissingFileIsAnError) {
  EXPECT_FALSE(ReadFacts("/nonexistent/dir/facts.jsonl").ok());
  EXPECT_FALSE(ReadFacts(KG_SOURCE_DIR).ok());
}

// ---- the shared gold ---------------------------------------------------------------

TEST(Seeds, GoldAgainstItselfIsPerfect) {
  auto gold = ReadFacts(kSeedsGold);
  ASSERT_TRUE(gold.ok()) << gold.status().message();
  ASSERT_TRUE(gold.value().errors.empty());
  EvalReport r = Score(gold.value(), gold.value());
  size_t non_optional = 0;
  for (const auto& f : gold.value().facts) non_optional += !f.optional;
  EXPECT_GT(r.overall.tp, 40);
  EXPECT_EQ(r.gold_unscored, 0u);
  EXPECT_EQ(static_cast<size_t>(r.overall.tp), non_optional);
  EXPECT_EQ(r.overall.fp, 0);
  EXPECT_EQ(r.overall.fn, 0);
  EXPECT_EQ(*r.overall.Precision(), 1.0);
  EXPECT_EQ(*r.overall.Recall(), 1.0);
  EXPECT_EQ(*r.overall.F1(), 1.0);
  for (const auto& k : r.kinds) {
    EXPECT_EQ(k.counts.fp, 0) << k.kind;
    EXPECT_EQ(k.counts.fn, 0) << k.kind;
  }
  EXPECT_EQ(r.kinds.size(), 8u);
  EXPECT_EQ(r.output_optional_matched, r.gold_optional);
}

TEST(Seeds, DroppingAndAlteringLinesCosts) {
  std::string text = ReadFile(kSeedsGold);
  std::istringstream in(text);
  std::string line, output;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (n == 2) continue;  // a holds fact (Bí thư Tỉnh ủy of Quảng Ninh) goes missing
    output += line + "\n";
  }
  output +=
      R"({"article":"002_45bae082017173c4","fact":"holds","person":"Nguyễn Xuân Ký","role":"Phó Bí thư Tỉnh ủy","province":"Quảng Ninh"})"
      "\n";
  EvalReport r = Score(ParseFacts(text, "gold"), ParseFacts(output, "out"));
  EXPECT_EQ(Of(r, "holds"), "10/1/1");
  EXPECT_LT(*r.overall.Recall(), 1.0);
  EXPECT_LT(*r.overall.Precision(), 1.0);
}

// ---- reports ---------------------------------------------------------------------

EvalReport SmallReport() {
  return Eval(
      R"({"article":"a1","fact":"holds","person":"Võ Văn Hưng","role":"Bí thư Tỉnh ủy","province":"Quảng Ngãi"}
{"article":"a1","fact":"chaired","person":"Võ Văn Hưng","date":"2021-06-10"})",
      R"({"article":"a1","fact":"holds","person":"Võ Văn Hưng","role":"Bí thư Tỉnh ủy","province":"Quảng Ngãi"}
{"article":"a1","fact":"chaired","person":"Võ Văn Hưng","date":"2021-06-11"})");
}

TEST(Report, Text) {
  std::ostringstream out;
  WriteTextReport(SmallReport(), {true, true}, out);
  std::string s = out.str();
  EXPECT_NE(s.find("holds             1      0      0    1.0000    1.0000    1.0000"),
            std::string::npos)
      << s;
  EXPECT_NE(s.find("chaired           0      1      1    0.0000    0.0000    0.0000"),
            std::string::npos)
      << s;
  EXPECT_NE(s.find("overall           1      1      1    0.5000    0.5000    0.5000"),
            std::string::npos)
      << s;
  EXPECT_NE(s.find("article a1"), std::string::npos);
  EXPECT_NE(s.find("FN\ta1\tchaired\tperson=\"Võ Văn Hưng\" date=\"2021-06-10\"\tgold:2"),
            std::string::npos)
      << s;
  EXPECT_NE(s.find("FP\ta1\tchaired\tperson=\"Võ Văn Hưng\" date=\"2021-06-11\"\toutput:2"),
            std::string::npos)
      << s;

  std::ostringstream plain;
  WriteTextReport(SmallReport(), {}, plain);
  EXPECT_EQ(plain.str().find("article a1"), std::string::npos);
  EXPECT_EQ(plain.str().find("FP\t"), std::string::npos);
}

TEST(Report, Json) {
  std::ostringstream out;
  WriteJsonReport(SmallReport(), {true, true}, out);
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  ASSERT_FALSE(doc.HasParseError()) << out.str();
  EXPECT_EQ(doc["overall"]["tp"].GetInt(), 1);
  EXPECT_DOUBLE_EQ(doc["overall"]["f1"].GetDouble(), 0.5);
  EXPECT_DOUBLE_EQ(doc["kinds"]["holds"]["precision"].GetDouble(), 1.0);
  EXPECT_EQ(doc["kinds"]["chaired"]["fn"].GetInt(), 1);
  ASSERT_EQ(doc["errors"].Size(), 2u);
  EXPECT_STREQ(doc["errors"][0]["type"].GetString(), "fn");
  EXPECT_STREQ(doc["errors"][1]["tuple"]["date"].GetString(), "2021-06-11");
  EXPECT_STREQ(doc["articles"][0]["article"].GetString(), "a1");

  // an undefined ratio is null
  std::ostringstream empty;
  WriteJsonReport(
      Eval(R"({"article":"a1","fact":"holds","person":"A","role":"B","province":null})", ""), {},
      empty);
  doc.Parse(empty.str().c_str());
  ASSERT_FALSE(doc.HasParseError());
  EXPECT_TRUE(doc["overall"]["precision"].IsNull());
  EXPECT_DOUBLE_EQ(doc["overall"]["recall"].GetDouble(), 0.0);
  EXPECT_FALSE(doc.HasMember("errors"));
}

}  // namespace
}  // namespace kg::facts
