// text::Fold takes each code point's fold from a table; FoldWithIcu folds the whole text
// through ICU. They must agree on every input, including marks that ICU reorders, white
// space of every kind, code points past the table and broken UTF-8.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "extract/text/normalize.h"
#include "extract/text/utf8.h"

namespace kg::text {
namespace {

TEST(Fold, FoldsVietnameseAsSearchKeys) {
  EXPECT_EQ(Fold("Nguyễn Xuân Ký"), "nguyen xuan ky");
  EXPECT_EQ(Fold("NGUYỄN  XUÂN\u00a0KÝ "), "nguyen xuan ky");
  EXPECT_EQ(Fold("Đặng đình"), "dang dinh");
  EXPECT_EQ(Fold("Uỷ ban"), Fold("Ủy ban"));
  EXPECT_EQ(Fold("hoa\u0300"), "hoa");  // a decomposed tone mark
  EXPECT_EQ(Fold(""), "");
  EXPECT_EQ(Fold(" \t "), "");
}

TEST(Fold, AgreesWithIcuOnEverySingleCodePointItTabulates) {
  for (char32_t cp = 1; cp < 0x3000; ++cp) {
    std::string s;
    AppendUtf8(cp, s);
    ASSERT_EQ(Fold(s), FoldWithIcu(s)) << "U+" << std::hex << static_cast<uint32_t>(cp);
    const std::string framed = "a" + s + "B" + s;
    ASSERT_EQ(Fold(framed), FoldWithIcu(framed)) << "U+" << std::hex << static_cast<uint32_t>(cp);
  }
}

TEST(Fold, AgreesWithIcuOnRandomMixtures) {
  // Letters, stacked marks in both orders, white space of several kinds, punctuation,
  // code points past the table (CJK, emoji, Hangul) and invalid bytes.
  const std::vector<std::string> pieces = {"a",
                                           "Z",
                                           "đ",
                                           "Đ",
                                           "ẫ",
                                           "Ỷ",
                                           "ß",
                                           "İ",
                                           "ǅ",
                                           "Ω",
                                           "Å",
                                           "\u0300",
                                           "\u0323",
                                           "\u0302",
                                           "\u0344",
                                           "\u0345",
                                           " ",
                                           "\t",
                                           "\n",
                                           "\u00a0",
                                           "\u2003",
                                           "\u2028",
                                           "\u3000",
                                           "–",
                                           "…",
                                           "\u200b",
                                           "中",
                                           "한",
                                           "😀",
                                           "\xff",
                                           "\xc3",
                                           "\xe0\x80\x80",
                                           "\xed\xa0\x80",
                                           "1",
                                           "-",
                                           "/",
                                           "ﬁ",
                                           "Ａ",
                                           "ǈ",
                                           "ϓ"};
  std::mt19937 rng(11);
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    for (int n = static_cast<int>(rng() % 9); n > 0; --n) s += pieces[rng() % pieces.size()];
    ASSERT_EQ(Fold(s), FoldWithIcu(s)) << testing::PrintToString(s);
  }
}

}  // namespace
}  // namespace kg::text
