// The recognisers' shared cursor helpers (extract/recognise/scanner.h) and the tone-mark
// table they share with lexicon keys (extract/text/tone_marks.h).
#include "extract/recognise/scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "extract/text/tone_marks.h"
#include "extract/text/utf8.h"
#include "extract/text/vietnamese.h"

namespace kg::extract::scan {
namespace {

TEST(ScannerTest, SpacesAreBlanksTabsAndNoBreakSpaces) {
  const std::string_view t =
      "a \t\xC2\xA0"
      "b\nc";
  EXPECT_EQ(SpaceLen(t, 1), 1u);
  EXPECT_EQ(SpaceLen(t, 2), 1u);
  EXPECT_EQ(SpaceLen(t, 3), 2u);
  EXPECT_EQ(SpaceLen(t, 6), 0u);  // a line break is no space
  EXPECT_EQ(SpaceLen(t, t.size()), 0u);
  EXPECT_EQ(SkipSpaces(t, 1), 5u);
  EXPECT_EQ(SkipSpacesBack(t, 5), 1u);
}

TEST(ScannerTest, DocumentNumbersStopAtATab) {
  const std::string_view t =
      "số\t \xC2\xA0"
      "15";
  const size_t digits = t.find('1');
  EXPECT_EQ(SkipSpacesBack(t, digits), std::string_view("số").size());
  EXPECT_EQ(SkipSpacesBackExceptTabs(t, digits), std::string_view("số\t").size());
}

TEST(ScannerTest, Dashes) {
  const std::string_view t =
      "5-7 \xE2\x80\x93 9\xE2\x80\x94"
      "x";
  EXPECT_EQ(DashLen(t, 1), 1u);
  EXPECT_EQ(DashLen(t, 4), 3u);
  EXPECT_EQ(DashLen(t, 0), 0u);
  EXPECT_EQ(DashLen(t, t.size()), 0u);
  EXPECT_EQ(DashLenBefore(t, 2), 1u);
  EXPECT_EQ(DashLenBefore(t, 7), 3u);
  EXPECT_EQ(DashLenBefore(t, t.size() - 1), 3u);  // em dash
  EXPECT_EQ(DashLenBefore(t, 0), 0u);
}

TEST(ScannerTest, CodePoints) {
  const std::string_view t = "Đà 5";  // Đ is two bytes, à two
  size_t next = 0;
  EXPECT_EQ(CodePointAt(t, 0, &next), U'Đ');
  EXPECT_EQ(next, 2u);
  size_t start = 9;
  EXPECT_EQ(CodePointBefore(t, 4, &start), U'à');
  EXPECT_EQ(start, 2u);
  EXPECT_EQ(CodePointBefore(t, 0, &start), 0u);
  EXPECT_EQ(CodePointAt(t, t.size(), &next), 0u);
  EXPECT_TRUE(LetterAt(t, 0));
  EXPECT_TRUE(NonAsciiLetterAt(t, 0));
  EXPECT_TRUE(LetterBefore(t, 4));
  EXPECT_FALSE(LetterAt(t, 5));
  EXPECT_FALSE(NonAsciiLetterAt(std::string_view("Da"), 0));  // ASCII letters do not count
  EXPECT_TRUE(DigitAt(t, 5));
  EXPECT_EQ(DigitsEnd(t, 5), t.size());
}

// Province keys move a final tone with ModernToneAtWordEnd, lexicon keys with the same
// table inside LexiconKey: both must give the same key for one word.
std::string KeyAtWordEnd(std::string_view word) {
  std::u32string cps;
  for (size_t p = 0; p < word.size();)
    cps.push_back(text::LowerVietnamese(text::DecodeAt(word, p)));
  text::ModernToneAtWordEnd(cps.data(), cps.size());
  std::string out;
  for (char32_t c : cps) text::AppendUtf8(c, out);
  return out;
}

TEST(ToneMarksTest, OneTableForWordKeysAndLexiconKeys) {
  for (std::string_view word : {"hoà", "Hoà", "khoẻ", "Uỷ", "thuỷ", "quý", "quỳ", "hòa", "toả",
                                "hoạ", "thuở", "loã", "xoè", "oà", "a", ""}) {
    EXPECT_EQ(KeyAtWordEnd(word), text::LexiconKey(word)) << word;
  }
  EXPECT_EQ(KeyAtWordEnd("Uỷ"), "ủy");
  EXPECT_EQ(KeyAtWordEnd("hoà"), "hòa");
  EXPECT_EQ(KeyAtWordEnd("quý"), "quý");
  EXPECT_EQ(text::ModernTonePair('o', U'à').first_with_tone, U'ò');
  EXPECT_EQ(text::ModernTonePair('a', U'à').first_with_tone, 0u);
}

}  // namespace
}  // namespace kg::extract::scan
