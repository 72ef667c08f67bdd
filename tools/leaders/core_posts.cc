#include "tools/leaders/core_posts.h"

#include <array>
#include <string>
#include <vector>

#include "extract/recognise/post_names.h"
#include "extract/text/abbreviations.h"
#include "extract/text/normalize.h"

namespace kg::leaders {
namespace {

// English names from the one table of post names, by each post's canonical title.
constexpr std::array<CorePostInfo, kCorePostCount> kPosts = {{
    {CorePost::kSecretary, "secretary", "Bí thư Tỉnh ủy", extract::CorePostName("Bí thư Tỉnh ủy"),
     true, true, "Bí thư"},
    {CorePost::kStandingDeputySecretary, "standing_deputy_secretary",
     "Phó Bí thư Thường trực Tỉnh ủy", extract::CorePostName("Phó Bí thư Thường trực Tỉnh ủy"),
     true, true, "Phó BT TT"},
    {CorePost::kDeputySecretary, "deputy_secretary", "Phó Bí thư Tỉnh ủy",
     extract::CorePostName("Phó Bí thư Tỉnh ủy"), true, false, "Phó Bí thư"},
    {CorePost::kCommitteeChair, "committee_chair", "Chủ tịch UBND tỉnh",
     extract::CorePostName("Chủ tịch Ủy ban nhân dân tỉnh"), false, true, "CT UBND"},
    {CorePost::kCommitteeViceChair, "committee_vice_chair", "Phó Chủ tịch UBND tỉnh",
     extract::CorePostName("Phó Chủ tịch Ủy ban nhân dân tỉnh"), false, false, "PCT UBND"},
    {CorePost::kCouncilChair, "council_chair", "Chủ tịch HĐND tỉnh",
     extract::CorePostName("Chủ tịch Hội đồng nhân dân tỉnh"), false, true, "CT HĐND"},
    {CorePost::kNationalAssemblyDelegationHead, "na_delegation_head", "Trưởng Đoàn ĐBQH tỉnh",
     extract::CorePostName("Trưởng Đoàn đại biểu Quốc hội tỉnh"), false, true, "Trưởng Đoàn ĐBQH"},
}};

constexpr bool EveryPostNamed() {
  for (const CorePostInfo& info : kPosts)
    if (info.title_en == nullptr) return false;
  return true;
}
static_assert(EveryPostNamed(), "a core post's canonical title is missing from post_names.h");

using Words = std::vector<std::string>;

// Folded words of `s`; anything but [a-z0-9] separates.
Words FoldedWords(std::string_view s) {
  Words words;
  std::string word;
  for (const char c : text::Fold(s)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word.push_back(c);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// The abbreviations a Role title spells out, as folded words: "ubnd" -> {"uy", "ban",
// "nhan", "dan"}.
const std::vector<std::pair<std::string, Words>>& Abbreviations() {
  static const auto* const kTable = [] {
    auto* table = new std::vector<std::pair<std::string, Words>>;
    for (const text::Abbreviation& a : text::Abbreviations())
      if ((a.readers & text::kPostTitles) != 0)
        table->emplace_back(text::Fold(a.short_form), FoldedWords(a.spelled));
    return table;
  }();
  return *kTable;
}

// Folded words of a title, abbreviations expanded; anything but [a-z0-9] separates.
Words TitleWords(std::string_view title) {
  Words words;
  for (std::string& word : FoldedWords(title)) {
    bool expanded = false;
    for (const auto& [abbreviation, spelled] : Abbreviations()) {
      if (word == abbreviation) {
        words.insert(words.end(), spelled.begin(), spelled.end());
        expanded = true;
        break;
      }
    }
    if (!expanded) words.push_back(std::move(word));
  }
  return words;
}

// A cursor over the words that consumes fixed phrases.
class Cursor {
 public:
  explicit Cursor(const Words& words) : words_(words) {}
  // Consumes `phrase` (space-separated words) when it comes next.
  bool Eat(std::string_view phrase) {
    size_t at = pos_;
    size_t start = 0;
    while (start < phrase.size()) {
      size_t space = phrase.find(' ', start);
      if (space == std::string_view::npos) space = phrase.size();
      if (at >= words_.size() || words_[at] != phrase.substr(start, space - start)) return false;
      ++at;
      start = space + 1;
    }
    pos_ = at;
    return true;
  }
  bool AtEnd() const { return pos_ >= words_.size(); }
  std::string Rest() const {
    std::string rest;
    for (size_t i = pos_; i < words_.size(); ++i) rest += (rest.empty() ? "" : " ") + words_[i];
    return rest;
  }

 private:
  const Words& words_;
  size_t pos_ = 0;
};

// "tỉnh", "Tỉnh ủy" -> province; "thành phố", "Thành ủy" -> city; else nullopt.
std::optional<PostLevel> EatLevel(Cursor& c, bool party) {
  if (party ? c.Eat("tinh uy") : false) return PostLevel::kProvince;
  if (party ? c.Eat("thanh uy") : false) return PostLevel::kCity;
  if (c.Eat("tinh")) return PostLevel::kProvince;
  if (c.Eat("thanh pho")) return PostLevel::kCity;
  return std::nullopt;
}

std::optional<PostMatch> Finish(Cursor& c, CorePost post, PostLevel level) {
  PostMatch match{post, level, nullptr};
  if (c.AtEnd()) return match;
  const std::string rest = c.Rest();
  match.named_province = extract::FindProvince(rest);
  if (match.named_province == nullptr && level == PostLevel::kCity)
    match.named_province = extract::FindProvince("thanh pho " + rest);  // "TP Hồ Chí Minh"
  if (match.named_province == nullptr) return std::nullopt;  // "UBND thành phố Hạ Long"
  return match;
}

}  // namespace

const CorePostInfo& Info(CorePost post) { return kPosts[static_cast<int>(post)]; }

bool ParseCorePostId(const std::string& id, CorePost& post) {
  for (const CorePostInfo& info : kPosts) {
    if (id == info.id) {
      post = info.post;
      return true;
    }
  }
  return false;
}

std::optional<PostMatch> ClassifyTitle(std::string_view title) {
  const Words words = TitleWords(title);
  Cursor c(words);
  const bool vice = c.Eat("pho");
  if (c.Eat("bi thu")) {
    const bool standing = c.Eat("thuong truc");
    const std::optional<PostLevel> level = EatLevel(c, true);
    if (!level || (standing && !vice)) return std::nullopt;
    const CorePost post = !vice      ? CorePost::kSecretary
                          : standing ? CorePost::kStandingDeputySecretary
                                     : CorePost::kDeputySecretary;
    return Finish(c, post, *level);
  }
  if (c.Eat("chu tich")) {
    const bool standing = c.Eat("thuong truc");
    if (c.Eat("hoi dong nhan dan")) {
      // the council's vice chairs, standing or not, are no core post
      const std::optional<PostLevel> level = EatLevel(c, false);
      if (vice || standing || !level) return std::nullopt;
      return Finish(c, CorePost::kCouncilChair, *level);
    }
    c.Eat("uy ban nhan dan");  // "Chủ tịch tỉnh" is the People's Committee's chair
    const std::optional<PostLevel> level = EatLevel(c, false);
    if (!level || (standing && !vice)) return std::nullopt;
    return Finish(c, vice ? CorePost::kCommitteeViceChair : CorePost::kCommitteeChair, *level);
  }
  if (!vice && c.Eat("truong doan dai bieu quoc hoi")) {
    const PostLevel level = EatLevel(c, false).value_or(PostLevel::kUnstated);
    return Finish(c, CorePost::kNationalAssemblyDelegationHead, level);
  }
  return std::nullopt;
}

std::optional<CorePost> CorePostOf(std::string_view title, const extract::ProvinceInfo* province) {
  const std::optional<PostMatch> match = ClassifyTitle(title);
  if (!match) return std::nullopt;
  if (match->named_province != nullptr && province != nullptr && match->named_province != province)
    return std::nullopt;
  const extract::ProvinceInfo* where = province != nullptr ? province : match->named_province;
  if (where != nullptr) {
    // a centrally-run city has a Thành ủy and a UBND thành phố; a province's "thành phố"
    // is one of its towns, and a "Tỉnh ủy" of a city a misreading
    if (match->level == PostLevel::kCity && !where->city) return std::nullopt;
    if (match->level == PostLevel::kProvince && where->city) return std::nullopt;
  }
  return match->post;
}

CentralCommittee CentralCommitteeOf(std::string_view title) {
  const Words words = TitleWords(title);
  auto central = [](Cursor& c) {
    c.Eat("ban chap hanh");
    if (!c.Eat("trung uong") && !c.Eat("tu")) return false;  // "TƯ" folds to "tu"
    c.Eat("dang");
    return c.AtEnd();
  };
  {
    Cursor c(words);
    if (c.Eat("uy vien")) {
      const bool alternate = c.Eat("du khuyet");
      if (!alternate && c.Eat("bo chinh tri") && c.AtEnd()) return CentralCommittee::kMember;
      if (central(c)) return alternate ? CentralCommittee::kAlternate : CentralCommittee::kMember;
      return CentralCommittee::kNone;
    }
  }
  Cursor c(words);
  if (c.Eat("tong bi thu") && c.AtEnd()) return CentralCommittee::kMember;
  Cursor secretariat(words);
  if (secretariat.Eat("bi thu") && central(secretariat)) return CentralCommittee::kMember;
  return CentralCommittee::kNone;
}

bool IsLocalTitle(std::string_view title) {
  const Words words = TitleWords(title);
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w == "tinh" || w == "huyen" || w == "quan" || w == "xa" || w == "phuong" || w == "so" ||
        w == "thi")
      return true;
    if (i + 1 < words.size() && (w == "thanh" || w == "dang") &&
        (words[i + 1] == "pho" || words[i + 1] == "uy"))
      return true;
  }
  return false;
}

}  // namespace kg::leaders
