#include "tools/eval/fact_key.h"

#include <gtest/gtest.h>

namespace kg::facts {
namespace {

bool SameName(std::string_view a, std::string_view b) {
  return NormalizeName(a) == NormalizeName(b);
}
bool SameText(std::string_view a, std::string_view b) {
  return NormalizeText(a) == NormalizeText(b);
}

FieldValue S(std::string_view raw, FieldType type = FieldType::kText) {
  return FieldValue::String(raw, type);
}
FieldValue D(std::string_view raw) { return FieldValue::String(raw, FieldType::kDate); }
FieldValue N(double v) { return FieldValue::Number(v); }

TEST(NormalizeText, Nfc) {
  // "Quảng" with a decomposed ả (a + U+0309) and NFC
  EXPECT_TRUE(SameText("Qua\xCC\x89ng Tri\xCC\xA3", "Quảng Trị"));
  EXPECT_EQ(NormalizeText("Qua\xCC\x89ng"), "quảng");
}

TEST(NormalizeText, LowerCase) {
  EXPECT_EQ(NormalizeText("ĐẮK LẮK"), "đắk lắk");
  EXPECT_TRUE(SameText("Thừa Thiên Huế", "THỪA THIÊN HUẾ"));
}

TEST(NormalizeText, TonePlacement) {
  EXPECT_TRUE(SameText("Khánh Hoà", "Khánh Hòa"));
  EXPECT_TRUE(SameText("Uỷ ban", "Ủy ban"));
  EXPECT_TRUE(SameText("Lê Thị Thuỷ", "Lê Thị Thủy"));
  EXPECT_TRUE(SameText("sức khoẻ", "sức khỏe"));
  EXPECT_EQ(NormalizeText("Uỷ"), "ủy");
  // a different tone is still a different word
  EXPECT_FALSE(SameText("Khánh Hoà", "Khánh Hoá"));
}

TEST(NormalizeText, SeparatorsFold) {
  EXPECT_TRUE(SameText("Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu"));
  EXPECT_TRUE(SameText("Bà Rịa — Vũng Tàu", "Bà Rịa - Vũng Tàu"));
  EXPECT_TRUE(SameText("Bà Rịa‑Vũng Tàu", "Bà Rịa Vũng Tàu"));  // U+2011
  EXPECT_TRUE(SameText("xã, phường,  thị trấn", "xã phường thị trấn"));
  EXPECT_TRUE(SameText("  Sở Tài\tchính\u00A0 ", "Sở Tài chính"));
  EXPECT_EQ(NormalizeText(" a ,- b "), "a b");
  EXPECT_FALSE(SameText("Bà Rịa Vũng Tàu", "Bà RịaVũng Tàu"));
}

TEST(NormalizeName, Abbreviations) {
  EXPECT_TRUE(SameName("Chủ tịch HĐND tỉnh", "Chủ tịch Hội đồng nhân dân tỉnh"));
  EXPECT_TRUE(SameName("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh"));
  EXPECT_TRUE(SameName("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch Uỷ ban nhân dân tỉnh"));
  EXPECT_TRUE(SameName("BCH Đảng bộ tỉnh", "Ban Chấp hành Đảng bộ tỉnh"));
  EXPECT_TRUE(SameName("Ủy viên BTV Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy"));
  EXPECT_TRUE(SameName("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
                       "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"));
  EXPECT_TRUE(SameName("Ban Tuyên giáo TW", "Ban Tuyên giáo Trung ương"));
  EXPECT_TRUE(SameName("TP Hồ Chí Minh", "Thành phố Hồ Chí Minh"));
  EXPECT_TRUE(SameName("TP. Cần Thơ", "Thành phố Cần Thơ"));
  EXPECT_TRUE(SameName("hđnd tỉnh Bình Định", "Hội đồng nhân dân tỉnh Bình Định"));
  // only whole words are abbreviations
  EXPECT_FALSE(SameName("TPHCM", "Thành phố HCM"));
  EXPECT_NE(NormalizeName("UBNDX"), NormalizeName("Ủy ban nhân dânX"));
}

TEST(NormalizeName, DropsCua) {
  EXPECT_TRUE(SameName("Đoàn giám sát của Tỉnh ủy", "Đoàn giám sát Tỉnh ủy"));
  EXPECT_TRUE(SameName("Văn phòng của UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"));
  EXPECT_FALSE(SameName("Cửa khẩu Móng Cái", "khẩu Móng Cái"));  // "cửa" is another word
}

TEST(NormalizeName, ProvincialPartyCommittee) {
  EXPECT_TRUE(SameName("Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy"));
  EXPECT_TRUE(SameName("Ban Chấp hành Đảng bộ tỉnh", "Tỉnh uỷ"));
  EXPECT_TRUE(SameName("Tỉnh ủy viên", "Ủy viên Ban Chấp hành Đảng bộ tỉnh"));
  EXPECT_TRUE(SameName("Tỉnh uỷ viên", "Uỷ viên BCH Đảng bộ tỉnh"));
  EXPECT_TRUE(SameName("Hội nghị BCH Đảng bộ tỉnh lần thứ 12", "Hội nghị Tỉnh ủy lần thứ 12"));
  EXPECT_TRUE(SameName("Thành ủy viên", "Ủy viên Ban Chấp hành Đảng bộ thành phố"));
  EXPECT_FALSE(SameName("Tỉnh ủy viên", "Ủy viên Ban Thường vụ Tỉnh ủy"));
  EXPECT_FALSE(SameName("Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy"));
}

TEST(NormalizeName, CentralCommitteeMember) {
  EXPECT_TRUE(SameName("Ủy viên Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"));
  EXPECT_TRUE(SameName("Uỷ viên TW Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"));
  EXPECT_TRUE(SameName("Ủy viên BCH TW Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"));
  EXPECT_FALSE(
      SameName("Ủy viên dự khuyết Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng"));
}

TEST(NormalizeName, PrimeMinisterWithOrWithoutGovernment) {
  EXPECT_TRUE(SameName("Thủ tướng Chính phủ", "Thủ tướng"));
  EXPECT_TRUE(SameName("Phó Thủ tướng Chính phủ", "Phó Thủ tướng"));
  EXPECT_FALSE(SameName("Phó Thủ tướng", "Thủ tướng"));
}

TEST(NormalizeName, NumbersAreNotNames) {
  // a document number keeps /TW: the abbreviation rule applies to whole words of names
  EXPECT_EQ(NormalizeText("35-CT/TW"), "35 ct/tw");
  EXPECT_EQ(NormalizeText("100/2019/NĐ-CP"), "100/2019/nđ cp");
  EXPECT_EQ(S("35-CT/TW").text, S("35 - CT/TW").text);
  EXPECT_NE(S("35-CT/TW").text, S("35-CT/TU").text);
}

TEST(ValueMatches, NumbersWithRelativeTolerance) {
  EXPECT_TRUE(ValueMatches(N(8.5), N(8.5)));
  EXPECT_TRUE(ValueMatches(N(8.5), N(8.500001)));  // 1.2e-7 relative
  EXPECT_FALSE(ValueMatches(N(8.5), N(8.51)));
  EXPECT_TRUE(ValueMatches(N(88000000), N(88000050)));   // 5.7e-7
  EXPECT_FALSE(ValueMatches(N(88000000), N(88000200)));  // 2.3e-6
  EXPECT_TRUE(ValueMatches(N(6e12), N(6000000000001.0)));
  EXPECT_TRUE(ValueMatches(N(0), N(0)));
  EXPECT_FALSE(ValueMatches(N(0), N(1e-12)));
  EXPECT_FALSE(ValueMatches(N(-5), N(5)));
  EXPECT_TRUE(NumbersMatch(1e-9, 1e-9 * (1 + 1e-7)));
}

TEST(ValueMatches, YearAsNumber) {
  EXPECT_TRUE(ValueMatches(N(2024), N(2024.0)));
  EXPECT_TRUE(ValueMatches(N(2024), S("2024", FieldType::kNumber)));
  EXPECT_TRUE(ValueMatches(S("2024", FieldType::kNumber), N(2024)));
  EXPECT_FALSE(ValueMatches(N(2024), N(2025)));
  EXPECT_FALSE(ValueMatches(N(2024), S("năm 2024", FieldType::kNumber)));
}

TEST(ValueMatches, Nulls) {
  EXPECT_TRUE(ValueMatches(FieldValue::Null(), FieldValue::Null()));
  EXPECT_FALSE(ValueMatches(FieldValue::Null(), S("Quảng Ninh", FieldType::kName)));
  EXPECT_FALSE(ValueMatches(S("Quảng Ninh", FieldType::kName), FieldValue::Null()));
  EXPECT_FALSE(ValueMatches(N(0), FieldValue::Null()));
}

TEST(ValueMatches, GoldDateWithoutYear) {
  FieldValue gold = D("--06-21");
  EXPECT_TRUE(gold.partial_date);
  EXPECT_TRUE(ValueMatches(gold, D("2024-06-21")));
  EXPECT_TRUE(ValueMatches(gold, D("2017-06-21")));
  EXPECT_TRUE(ValueMatches(gold, D("--06-21")));
  EXPECT_TRUE(ValueMatches(gold, FieldValue::Null()));
  EXPECT_FALSE(ValueMatches(gold, D("2024-06-22")));
  EXPECT_FALSE(ValueMatches(gold, D("2024-07-21")));
  EXPECT_FALSE(ValueMatches(gold, D("2024-21-06")));
  // only the gold side is lenient
  EXPECT_FALSE(ValueMatches(D("2024-06-21"), D("--06-21")));
  EXPECT_FALSE(ValueMatches(D("2024-06-21"), FieldValue::Null()));
  EXPECT_TRUE(ValueMatches(D("2024-06-21"), D(" 2024-06-21 ")));
  EXPECT_FALSE(ValueMatches(D("2024-06-21"), D("2023-06-21")));
}

TEST(ValueMatches, GoldWildcard) {
  EXPECT_TRUE(ValueMatches(FieldValue::Any(), FieldValue::Null()));
  EXPECT_TRUE(ValueMatches(FieldValue::Any(), S("Bộ Công an", FieldType::kName)));
  EXPECT_TRUE(ValueMatches(FieldValue::Any(), N(3)));
  EXPECT_FALSE(ValueMatches(S("Bộ Công an", FieldType::kName), S("*", FieldType::kName)));
}

TEST(ValueEquals, ExactOnly) {
  EXPECT_TRUE(ValueEquals(N(8.5), N(8.5)));
  EXPECT_FALSE(ValueEquals(N(8.5), N(8.5000001)));
  EXPECT_FALSE(ValueEquals(D("--06-21"), D("2024-06-21")));
  EXPECT_FALSE(ValueEquals(FieldValue::Any(), FieldValue::Null()));
  EXPECT_TRUE(ValueEquals(FieldValue::Null(), FieldValue::Null()));
}

TEST(ScoredFields, PerKind) {
  auto names = [](std::string_view kind) {
    std::string s;
    for (const auto& f : ScoredFields(kind)) s += f.name + ",";
    return s;
  };
  EXPECT_EQ(names("holds"), "person,role,province,");
  EXPECT_EQ(names("event"), "date,province,");
  EXPECT_EQ(names("chaired"), "person,date,");
  EXPECT_EQ(names("document"), "number,province,");
  EXPECT_EQ(names("issued"), "body,province,number,");
  EXPECT_EQ(names("discussed"), "date,number,");
  EXPECT_EQ(names("target"), "value,unit,year,province,");
  EXPECT_EQ(names("assigned"), "body,province,date,");
  EXPECT_EQ(names("author"), "");
  EXPECT_EQ(KnownKinds().size(), 8u);
}

}  // namespace
}  // namespace kg::facts
