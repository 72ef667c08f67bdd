// English names of posts, one table for the graph and for `kg leaders`. A row gives a
// canonical Vietnamese title (as people.cc completes it and relate/ writes Role.title),
// the English gloss extraction writes as the Role's `titleEn`, and, for the posts that
// are a province's core posts in `kg leaders`, the name the leaders tables and report
// give that post. The two names differ on purpose: a core post is the same post in a
// province and in a centrally-run city, so its name leaves out the "Provincial" of the
// gloss — except the secretary's, "Provincial Party Secretary", the usual English for
// both "Bí thư Tỉnh ủy" and, across units, the post.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace kg::extract {

struct PostName {
  const char* title;      // "Chủ tịch Ủy ban nhân dân tỉnh"
  const char* gloss;      // "Chair of the Provincial People's Committee"
  const char* core_post;  // "Chair of the People's Committee"; nullptr when no core post
};

inline constexpr std::array<PostName, 15> kPostNames = {{
    {"Bí thư Tỉnh ủy", "Provincial Party Secretary", "Provincial Party Secretary"},
    {"Bí thư Thành ủy", "City Party Secretary", nullptr},
    {"Phó Bí thư Thường trực Tỉnh ủy", "Standing Deputy Provincial Party Secretary",
     "Standing Deputy Party Secretary"},
    {"Phó Bí thư Tỉnh ủy", "Deputy Provincial Party Secretary", "Deputy Party Secretary"},
    {"Chủ tịch Hội đồng nhân dân tỉnh", "Chair of the Provincial People's Council",
     "Chair of the People's Council"},
    {"Phó Chủ tịch Hội đồng nhân dân tỉnh", "Vice Chair of the Provincial People's Council",
     nullptr},
    {"Chủ tịch Ủy ban nhân dân tỉnh", "Chair of the Provincial People's Committee",
     "Chair of the People's Committee"},
    {"Phó Chủ tịch Ủy ban nhân dân tỉnh", "Vice Chair of the Provincial People's Committee",
     "Vice Chair of the People's Committee"},
    {"Bí thư Ban cán sự đảng Ủy ban nhân dân tỉnh",
     "Secretary of the Party Group of the Provincial People's Committee", nullptr},
    {"Ủy viên Ban Chấp hành Trung ương Đảng", "Member of the Party Central Committee", nullptr},
    {"Ủy viên Ban Thường vụ Tỉnh ủy", "Member of the Provincial Party Standing Committee", nullptr},
    {"Trưởng Đoàn đại biểu Quốc hội tỉnh", "Head of the Provincial National Assembly Delegation",
     "Head of the National Assembly Delegation"},
    {"Thủ tướng Chính phủ", "Prime Minister", nullptr},
    {"Tổng Bí thư", "General Secretary of the Party", nullptr},
    {"Chủ tịch nước", "State President", nullptr},
}};

// The gloss of a canonical title (a Role's titleEn); "" when the table has none.
std::string PostGloss(std::string_view title);

// The name of the core post whose canonical title this is; nullptr when none. constexpr,
// so that `kg leaders` checks its post table against this one when it compiles.
constexpr const char* CorePostName(std::string_view title) {
  for (const PostName& name : kPostNames)
    if (title == name.title) return name.core_post;
  return nullptr;
}

}  // namespace kg::extract
