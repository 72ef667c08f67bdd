// Persons and the posts written with them, in both orders the press uses:
//   "Ủy viên Trung ương Đảng, Bí thư, Chủ tịch HĐND tỉnh Quảng Ninh Nguyễn Xuân Ký"
//   "đồng chí Nguyễn Văn Thắng, Bí thư Ban Cán sự Đảng, Chủ tịch UBND tỉnh, chủ trì"
// A stack of posts is completed from its own members: "Bí thư" before
// "Chủ tịch HĐND tỉnh" is the provincial secretary; "Ban Cán sự Đảng" before
// "Chủ tịch UBND tỉnh" is the party group of the provincial People's Committee.
// A post with no name ("đồng chí Bí thư Tỉnh ủy yêu cầu…") is a role-only
// mention, resolved to a person later (coreference in the article).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extract/recognise/bodies.h"
#include "extract/recognise/sentence_view.h"

namespace kg::extract {

struct RoleMention {
  size_t unit_begin = 0;
  size_t unit_end = 0;
  std::string title;      // the title word(s): "Bí thư", "Chủ tịch"
  std::string canonical;  // "Bí thư Tỉnh ủy"; empty while incomplete
  std::string body;       // canonical body of the post ("Tỉnh ủy"), may be empty
  std::string province;   // stated with the post, or filled from its stack
  bool national = false;  // a post of a national body (province stays null)
  std::string level_word;
  bool body_incomplete = false;
  bool former = false;  // "nguyên Bí thư", "cố Chủ tịch", "cựu Bộ trưởng": a past post
  const char* rule = "";  // how it was tied to its person, for --explain
};

struct PersonMention {
  size_t begin = 0;  // byte span of the whole mention (posts and name)
  size_t end = 0;
  size_t unit_begin = 0;
  size_t unit_end = 0;
  size_t name_begin = 0;  // byte span of the name; equal when there is no name
  size_t name_end = 0;
  std::string name;  // empty for a role-only mention
  std::vector<RoleMention> roles;
};

std::vector<PersonMention> FindPeople(const SentenceView& s);

// The person name starting at unit i (surname + 1-3 capitalised syllables);
// returns the end unit, or i when no name starts there.
size_t MatchPersonName(const SentenceView& s, size_t i);

}  // namespace kg::extract
