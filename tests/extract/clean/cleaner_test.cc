#include "extract/clean/cleaner.h"

#include <gtest/gtest.h>

namespace kg::extract {
namespace {

std::vector<std::pair<std::string, LineKind>> Kinds(const std::string& text) {
  std::vector<std::pair<std::string, LineKind>> out;
  CleanedArticle c = CleanArticle(text);
  for (const auto& l : c.lines) out.emplace_back(text.substr(l.begin, l.end - l.begin), l.kind);
  return out;
}

TEST(Cleaner, DropsPageChromeByGeneralRules) {
  std::string text =
      "Tiêu đề bài viết\n"
      "Lượt xem: 1234\n"
      "0:00 / 0:00\n"
      "Xem với cỡ chữ\n"
      "Ngày 3/4, UBND tỉnh Nghệ An họp.\n"
      "anh tin bai\n"
      "hinh anh hop 0304\n"
      "» Xem tin khác\n"
      ".\n";
  auto k = Kinds(text);
  ASSERT_EQ(k.size(), 9u);
  EXPECT_EQ(k[0].second, LineKind::kTitle);
  for (int i : {1, 2, 3, 5, 6, 7, 8}) EXPECT_EQ(k[i].second, LineKind::kRemoved) << k[i].first;
  EXPECT_EQ(k[4].second, LineKind::kBody);
}

// A page extractor may glue the article's body to a related link on one line: a line
// that starts with "»" and runs on for dozens of words is body text, not a link.
TEST(Cleaner, ALongLineAfterARelatedLinkIsKept) {
  std::string body =
      "» Xứng đáng là quê hương anh hùng Tối 14/6, tại Quảng trường, Tỉnh ủy tổ chức lễ kỷ niệm";
  for (int i = 0; i < 6; ++i) body += ", các đồng chí lãnh đạo tỉnh dự và phát biểu tại buổi lễ";
  auto k = Kinds("Tiêu đề\n" + body + ".\n» Xem tin khác cùng chuyên mục\n");
  ASSERT_EQ(k.size(), 3u);
  EXPECT_EQ(k[1].second, LineKind::kBody);
  EXPECT_EQ(k[2].second, LineKind::kRemoved);
}

TEST(Cleaner, EverythingAfterASidebarHeadingIsDropped) {
  std::string text =
      "Tiêu đề\nNội dung chính của bài.\nTin liên quan\nBí thư Tỉnh ủy Nghệ An Nguyễn Đắc Vinh làm "
      "việc\n"
      "Thống kê\nĐang truy cập 43\n";
  auto k = Kinds(text);
  EXPECT_EQ(k[1].second, LineKind::kBody);
  for (size_t i = 2; i < k.size(); ++i) EXPECT_EQ(k[i].second, LineKind::kRemoved) << k[i].first;
}

TEST(Cleaner, BylinesSourcesAndDatelinesBecomeMetadata) {
  std::string text =
      "Hội nghị Tỉnh ủy Hà Tĩnh\n"
      "Thứ Hai, 14/03/2022, 08:15 [GMT+7]\n"
      "Ngày 14/3, Tỉnh ủy Hà Tĩnh tổ chức hội nghị.\n"
      "Ảnh minh họa\n"
      "Nguồn: Báo Hà Tĩnh\n"
      "TRẦN HOÀNG – MINH ĐỨC\n";
  CleanedArticle c = CleanArticle(text);
  EXPECT_EQ(c.title, "Hội nghị Tỉnh ủy Hà Tĩnh");
  EXPECT_EQ(c.dateline, "Thứ Hai, 14/03/2022, 08:15 [GMT+7]");
  EXPECT_EQ(c.source, "Báo Hà Tĩnh");
  ASSERT_EQ(c.authors.size(), 1u);
  EXPECT_EQ(c.authors[0], "TRẦN HOÀNG – MINH ĐỨC");
}

TEST(Cleaner, RepeatedCaptionsAreDroppedOnce) {
  auto k = Kinds("Tiêu đề\nQuang cảnh hội nghị.\nQuang cảnh hội nghị.\nNội dung.\n");
  EXPECT_EQ(k[1].second, LineKind::kBody);
  EXPECT_EQ(k[2].second, LineKind::kRemoved);
}

}  // namespace
}  // namespace kg::extract
