#include "extract/recognise/people.h"

#include <unordered_set>

#include "extract/recognise/lexicon.h"
#include "extract/text/normalize.h"

namespace kg::extract {
namespace {

// Nouns that name a place by a person's name after them: "đường Lê Lợi", "quận Sơn Trà".
bool IsPlaceNoun(const std::string& key) {
  // clang-format off
  static const std::unordered_set<std::string> kNouns = {
      "đường", "trường", "cầu",
      "làng", "thôn", "bản", "ấp", "sông", "núi", "chợ", "khu", "hồ", "đảo", "đèo", "chùa",
      "đền", "đình", "cảng", "xóm", "đồi", "vịnh", "bến", "hẻm", "ngõ", "kiệt", "lộ"};
  // clang-format on
  return kNouns.count(key) > 0;
}

// Words the press capitalises at a sentence or clause start that are never a syllable
// of a Vietnamese personal name (words that are also given names stay out: Anh, Thế, Như).
bool IsNeverNameSyllable(const std::string& key) {
  // clang-format off
  static const std::unordered_set<std::string> kWords = {
      "ngày", "chiều", "tối", "trưa", "đêm", "hôm", "nay", "có", "đúng", "theo", "trong",
      "tại", "khi", "sau", "trước", "với", "về", "để", "đến", "và", "là", "các", "những",
      "một", "nhưng", "tuy", "do", "vì", "nếu", "đây", "đó", "này", "tháng", "ông", "bà",
      "chị", "đề", "dự", "cùng", "bên", "tiếp", "ảnh", "nguồn", "bài", "video", "xem",
      "ngoài", "chủ", "được", "đã", "sẽ", "đang", "cũng", "còn", "nhiều", "mỗi", "mọi",
      "cả", "ngay", "lúc", "tôi", "họ", "qua", "riêng", "kể", "gần", "hơn", "báo",
      "clip", "xin", "cảm", "ơn", "kính", "gửi", "thưa"};
  // clang-format on
  return kWords.count(key) > 0;
}

// Words that end a post's body written after its title: verbs, function words, levels.
bool EndsBodyInRole(const std::string& key) {
  // clang-format off
  static const std::unordered_set<std::string> kWords = {
      "là", "đã", "sẽ", "đang", "được", "bị", "có", "không", "cho", "với", "tại", "trong",
      "khi", "thì", "mà", "để", "này", "đó", "các", "những", "một", "nhiều", "cùng", "và",
      "của", "số", "nói", "thăm", "dự", "làm", "đến", "tới", "trao", "tặng", "chúc", "tiếp",
      "nghe", "gửi", "ký", "đi", "cũng", "vừa", "từng", "hiện", "nay",
      "tỉnh", "huyện", "thành", "quận", "xã", "phường", "thị", "nhiệm", "khóa", "năm",
      "ngày", "kiêm", "trực", "thuộc", "nhằm", "theo", "từ", "sau", "trước", "qua", "lên"};
  // clang-format on
  return kWords.count(key) > 0;
}

// Two-syllable verbs whose first syllable also starts nouns of body names ("tham nhũng" but
// "tham dự", "chỉ huy" but "chỉ đạo"): the verb ends the body.
bool StartsVerbInRole(const SentenceView& s, size_t k) {
  // clang-format off
  static const std::unordered_set<std::string> kVerbs = {
      "chủ trì", "chủ động", "phát biểu", "nhấn mạnh", "khẳng định", "đề nghị", "đề xuất",
      "yêu cầu", "báo cáo", "trình bày", "kết luận", "chỉ đạo", "tham dự", "tham gia",
      "đánh giá", "ghi nhận", "cảm ơn", "cho biết", "lý giải", "nhiệt liệt", "hoan nghênh",
      "trả lời", "chia sẻ", "thông tin", "giới thiệu", "quán triệt", "chúc mừng", "kiểm tra"};
  // clang-format on
  if (k + 1 >= s.size()) return false;
  return kVerbs.count(s.keys[k] + " " + s.keys[k + 1]) > 0;
}

// A post's body often runs past what MatchBody knows: "Cục trưởng Cục Chống tham nhũng
// Phạm Trọng Đạt", "Phó Chủ tịch Hội Doanh nhân trẻ TP…", "Chính ủy Quân khu 4". Inside a
// post the body ends only at a separator, a person's name, a province, or a verb; returns
// the unit where it ends, or `from` when it does not end cleanly within ten units.
size_t ExtendBodyInRole(const SentenceView& s, size_t from) {
  size_t k = from;
  size_t index;
  int lower_run = 0;  // a name's lower-case syllables come in short runs ("Đào tạo chính quy")
  while (k < s.size() && k < from + 10) {
    const Token& t = s.token_of(k);
    if (t.kind == TokenKind::kPunct) break;
    if (t.kind == TokenKind::kNumber) {  // "Quân khu 4": a number closes the name
      ++k;
      break;
    }
    if (s.ProvinceAt(k) != nullptr || MatchPersonName(s, k) > k) break;
    if (s.unit(k).upper) {
      if (MatchPhrase(Titles(), s.keys, k, index) > 0) break;
      lower_run = 0;
      ++k;
      continue;
    }
    if (++lower_run > 3) return from;  // "… Trung ương nhiệt liệt hoan nghênh": a verb phrase
    if (s.Is(k, "về") && k + 1 < s.size() && s.unit(k + 1).upper) {  // "Ban Chỉ đạo … về Du lịch"
      ++k;
      continue;
    }
    if (EndsBodyInRole(s.keys[k]) || StartsVerbInRole(s, k)) break;
    ++k;
  }
  if (k == from) return from;
  const bool clean = k >= s.size() || s.token_of(k).kind == TokenKind::kPunct ||
                     s.ProvinceAt(k) != nullptr || MatchPersonName(s, k) > k ||
                     (!s.unit(k).upper && (EndsBodyInRole(s.keys[k]) || StartsVerbInRole(s, k))) ||
                     s.token_of(k - 1).kind == TokenKind::kNumber;
  return clean ? k : from;
}

// Two capitalised syllables at unit j that name a province ("Hà Tĩnh", "Quảng Ninh").
bool StartsProvinceName(const SentenceView& s, size_t j) {
  if (!s.unit(j + 1).upper) return false;
  const size_t b = s.ByteBegin(j), e = s.token_of(j + 1).end;
  const ProvinceInfo* p = FindProvince(s.text.substr(b, e - b));
  return p != nullptr;
}

bool IsSecretaryTitle(const std::string& t) {
  return t == "Bí thư" || t == "Phó Bí thư" || t == "Phó Bí thư Thường trực";
}

std::string CommitteeForLevel(const std::string& level_word, const std::string& body) {
  if (level_word == "thành phố" || body.find("thành phố") != std::string::npos ||
      body.find("Thành ủy") != std::string::npos)
    return "Thành ủy";
  if (level_word == "huyện" || body.find("huyện") != std::string::npos) return "Huyện ủy";
  if (level_word == "tỉnh" || body.find("tỉnh") != std::string::npos ||
      body.find("Tỉnh ủy") != std::string::npos)
    return "Tỉnh ủy";
  return {};
}

void SetCanonical(RoleMention& r) {
  if (r.body.empty() || r.body_incomplete) return;
  r.canonical = UnifyOrgName(r.title + " " + r.body);
  // "Ủy viên Thường vụ Tỉnh ủy" is a member of its standing committee
  if (r.title == "Ủy viên Thường vụ") r.canonical = UnifyOrgName("Ủy viên Ban Thường vụ " + r.body);
  // "Bí thư Trung ương Đảng" is a member of the Secretariat, a post of its own; only
  // "Bí thư Ban Chấp hành Trung ương" would be the committee's secretary (no such post)
  if (r.title == "Bí thư" && r.canonical == "Bí thư Ban Chấp hành Trung ương Đảng")
    r.canonical = "Bí thư Trung ương Đảng";
  if (r.canonical == "Ủy viên Ban Chấp hành Trung ương Đảng" || r.body == "Chính phủ" ||
      r.body == "Quốc hội" || r.body == "Bộ Chính trị" || r.body == "Ban Bí thư")
    r.national = true;
}

std::optional<RoleMention> MatchRole(const SentenceView& s, size_t at) {
  if (at >= s.size() || !s.unit(at).upper) return std::nullopt;
  // "phó Chủ tịch UBND" written in lower case is still the vice post, not the chair
  if (at > 0 && s.keys[at - 1] == "phó") return std::nullopt;
  size_t index = 0;
  size_t len = MatchPhrase(Titles(), s.keys, at, index);
  if (len == 0) return std::nullopt;
  RoleMention r;
  r.unit_begin = at;
  r.title = Titles()[index].display;
  size_t i = at + len;
  if (r.title == "Tỉnh ủy viên" || r.title == "Thành ủy viên") {
    r.canonical = r.title == "Tỉnh ủy viên" ? "Ủy viên Ban Chấp hành Đảng bộ tỉnh"
                                            : "Ủy viên Ban Chấp hành Đảng bộ thành phố";
    r.level_word = r.title == "Tỉnh ủy viên" ? "tỉnh" : "thành phố";
    r.unit_end = i;
    return r;
  }
  if (r.title == "Thủ tướng" || r.title == "Thủ tướng Chính phủ" || r.title == "Tổng Bí thư" ||
      r.title == "Chủ tịch nước" || r.title == "Phó Chủ tịch nước" || r.title == "Phó Thủ tướng" ||
      r.title == "Phó Thủ tướng Chính phủ" || r.title == "Phó Thủ tướng Thường trực" ||
      r.title == "Phó Thủ tướng Chính phủ Thường trực") {
    r.canonical = (r.title == "Thủ tướng" || r.title == "Phó Thủ tướng") ? r.title + " Chính phủ"
                  : r.title == "Phó Thủ tướng Chính phủ Thường trực" ? "Phó Thủ tướng Thường trực"
                                                                     : r.title;
    r.national = true;
    r.unit_end = i;
    return r;
  }
  auto body = MatchBody(s, i);
  if (!body && i < s.size() && !s.unit(i).upper &&
      (s.Is(i, "đoàn") || s.Is(i, "ban") || s.Is(i, "văn") || s.Is(i, "thanh")))
    body = MatchBody(s, i, /*lower_case_head=*/true);  // "Trưởng đoàn đại biểu Quốc hội tỉnh"
  if (body) {
    r.body = body->name;
    r.province = body->province;
    r.level_word = body->level_word;
    r.body_incomplete = body->incomplete;
    r.national = body->level == BodyLevel::kNational;
    r.unit_end = body->unit_end;
    if (body->province.empty() && body->level_word.empty() && !body->incomplete) {
      if (size_t end = ExtendBodyInRole(s, body->unit_end); end > body->unit_end) {
        r.body = CanonicalBodyName(s, i, end);
        r.unit_end = end;
        for (std::string_view national :
             {"Nhà nước", "Quốc gia", "Trung ương", "Quốc hội", "Chính phủ"})
          if (r.body.find(national) != std::string::npos) r.national = true;
      }
    }
    SetCanonical(r);
    return r;
  }
  if (int lv = LevelLength(s.keys, i); lv > 0) {  // "Bí thư tỉnh Quảng Ninh", "Chủ tịch tỉnh"
    r.level_word = s.keys[i] == "thành" ? "thành phố" : s.keys[i];
    size_t j = i + lv;
    if (const ProvinceMention* p = s.ProvinceAt(j); p != nullptr) {
      r.province = p->province->name;
      while (j < s.size() && s.token_of(j).begin < p->end) ++j;
    }
    if (IsSecretaryTitle(r.title)) {
      r.body = CommitteeForLevel(r.level_word, "");
    } else if (r.title == "Chủ tịch" || r.title == "Phó Chủ tịch") {
      r.body = "Ủy ban nhân dân " + r.level_word;
    }
    r.unit_end = j;
    SetCanonical(r);
    return r;
  }
  r.unit_end = i;  // a bare title: completed from its stack
  return r;
}

// Completes bare titles and party groups from the other posts of the stack.
void CompleteStack(std::vector<RoleMention>& roles) {
  // "Bí thư Đảng ủy, Chính ủy Quân khu 4": a bare party committee is the one of the body
  // the next post names
  for (size_t k = 0; k + 1 < roles.size(); ++k) {
    RoleMention& r = roles[k];
    const RoleMention& next = roles[k + 1];
    if (r.body != "Đảng ủy" || next.body.empty() || next.body_incomplete) continue;
    r.body = "Đảng ủy " + next.body;
    r.national = next.national;
    if (r.province.empty()) r.province = next.province;
    r.canonical.clear();
    SetCanonical(r);
  }
  std::string province;
  for (const auto& r : roles)
    if (!r.province.empty()) province = r.province;
  for (size_t k = 0; k < roles.size(); ++k) {
    RoleMention& r = roles[k];
    if (r.canonical.empty()) {
      const RoleMention* next = nullptr;
      for (size_t m = k + 1; m < roles.size() && next == nullptr; ++m)
        if (!roles[m].canonical.empty() && !roles[m].national) next = &roles[m];
      if (next != nullptr && r.body.empty() && IsSecretaryTitle(r.title)) {
        r.body = CommitteeForLevel(next->level_word, next->body);
        r.level_word = next->level_word;
      } else if (next != nullptr && r.body_incomplete) {
        r.body = r.body + " " + next->body;
        r.body_incomplete = false;
      }
      SetCanonical(r);
    }
    if (r.province.empty() && !r.national && !r.canonical.empty()) r.province = province;
  }
}

// "nguyên", "cố", "cựu" before a title: the post is a past one.
bool IsFormerWord(const SentenceView& s, size_t i) {
  return i < s.size() && (s.Is(i, "nguyên") || s.Is(i, "cố") || s.Is(i, "cựu"));
}

size_t MatchStack(const SentenceView& s, size_t at, std::vector<RoleMention>& roles) {
  auto first = MatchRole(s, at);
  if (!first) return at;
  first->former = at > 0 && IsFormerWord(s, at - 1);
  roles.push_back(*first);
  size_t i = first->unit_end;
  while (i + 1 < s.size() && (s.IsPunct(i, ",") || s.Is(i, "kiêm"))) {
    // ", nguyên Bí thư Tỉnh ủy": each post of the run says for itself whether it is past
    const bool former = IsFormerWord(s, i + 1);
    // ", hiện là Phó Trưởng Ban …", ", nay là …": the current post after past ones
    const bool now = !former && (s.Is(i + 1, "hiện") || s.Is(i + 1, "nay")) && s.Is(i + 2, "là");
    auto next = MatchRole(s, i + 1 + (former ? 1 : now ? 2 : 0));
    if (!next) break;
    next->former = former;
    roles.push_back(*next);
    i = next->unit_end;
  }
  return i;
}

}  // namespace

size_t MatchPersonName(const SentenceView& s, size_t i) {
  if (i + 1 >= s.size()) return i;
  const Unit& first = s.unit(i);
  if (!first.upper || first.expanded || s.token_of(i).kind != TokenKind::kWord ||
      !IsSurname(s.keys[i]))
    return i;
  // "đường Lê Lợi", "cầu Trần Thị Lý": a place named after a person
  if (i > 0 && !s.unit(i - 1).upper && IsPlaceNoun(s.keys[i - 1])) return i;
  // "Hà Nam Lại Xuân Môn": a province name, then the person's — even where the province
  // scanner set the place aside (a foreign "Hà Nam")
  if (i + 2 < s.size() && s.unit(i + 2).upper && IsSurname(s.keys[i + 2]) &&
      StartsProvinceName(s, i))
    return i;
  // "Trung ương Đoàn Phạm Phương Chi": the Youth Union's central committee, then the name
  if (s.keys[i] == "đoàn" && i > 0 && s.keys[i - 1] == "ương") return i;
  // "Hà Nội", "Lâm Đồng", "Hà Giang" start with a surname but are places: the province
  // scanner already refused them where a name precedes ("Nguyễn Hải Dương")
  if (s.ProvinceAt(i) != nullptr) return i;
  // "Ông Nguyễn Đức Chung" at a sentence start: "Ông" is a rare surname and the
  // honorific; when a full name follows, it is the honorific and not part of the name
  // "Ông Đức Duy" with a given name only is no full name either.
  if (s.keys[i] == "ông" || s.keys[i] == "bà") return i;
  const bool caps = s.token_of(i).all_upper;
  size_t j = i + 1;
  size_t index;
  while (j < s.size() && j < i + 4) {
    const Unit& u = s.unit(j);
    const Token& t = s.token_of(j);
    if (!u.upper || u.expanded || t.kind != TokenKind::kWord || t.all_upper != caps) break;
    if (MatchPhrase(Titles(), s.keys, j, index) > 0) break;
    if (MatchPhrase(BodyHeads(), s.keys, j, index) > 0) break;
    if (s.ProvinceAt(j) != nullptr && j > i + 1) break;
    // "Nguyễn Văn Thiện Chiều nay", "Nguyễn Đức Chung Đúng là": a capitalised word that
    // is never a name syllable, or one followed by a number ("Ngày 25"), starts new text
    if (IsNeverNameSyllable(s.keys[j])) break;
    // "Bí thư Tỉnh ủy Hà Tĩnh Lê Đình Sơn Hà Tĩnh cũng …": a province name after a full
    // name (the province scanner leaves it, as it would be part of a name) ends the name
    if (j >= i + 3 && j + 1 < s.size() && StartsProvinceName(s, j)) break;
    if (j + 1 < s.size() && s.token_of(j + 1).kind == TokenKind::kNumber) break;
    ++j;
  }
  // "huyện Thạch Thành", "quận Sơn Trà": after a level word a two-syllable run is the
  // place; "Chủ tịch UBND tỉnh Nguyễn Xuân Ký" writes the person's full name there
  if (j == i + 2 && i > 0 && !s.unit(i - 1).upper &&
      (LevelLength(s.keys, i - 1) > 0 || s.keys[i - 1] == "ủy" ||
       (i > 1 && LevelLength(s.keys, i - 2) == 2)))
    return i;
  return j >= i + 2 ? j : i;
}

namespace {

bool HasRole(const PersonMention& p, const RoleMention& r) {
  for (const auto& own : p.roles)
    if (own.canonical == r.canonical && own.province == r.province) return true;
  return false;
}

// Titles given once for a list of persons (class "group titles"):
//   "các đồng chí Phó Bí thư Tỉnh ủy: A – Chủ tịch UBND tỉnh; B, C"  → A, B, C
//   "các Phó Chủ tịch UBND tỉnh A, B"                                → A, B
//   "Cùng dự có các Ủy viên T.Ư Đảng: A, Phó Bí thư …; B, …"         → A, B
// A stack preceded by "các" opens a group; after a colon it covers every named person
// to the end of the sentence, without one only the names that continue its list.
bool AfterPlural(const SentenceView& s, const PersonMention& m) {
  const size_t at = m.unit_begin;
  return (at >= 1 && s.Is(at - 1, "các")) ||
         (at >= 3 && s.Is(at - 3, "các") && s.Is(at - 2, "đồng") && s.Is(at - 1, "chí"));
}

void ShareGroupTitles(const SentenceView& s, std::vector<PersonMention>& people) {
  for (size_t g = 0; g < people.size(); ++g) {
    const PersonMention& group = people[g];
    if (group.roles.empty() || !AfterPlural(s, group)) continue;
    std::vector<RoleMention> shared;
    for (const auto& r : group.roles)
      if (!r.canonical.empty()) shared.push_back(r);
    if (shared.empty()) continue;
    const bool colon = group.name.empty() && s.IsPunct(group.unit_end, ":");
    if (!colon && group.name.empty()) continue;
    size_t list_end = group.unit_end;  // where the list has reached, for the plain form
    for (size_t k = g + 1; k < people.size(); ++k) {
      PersonMention& member = people[k];
      if (member.name.empty() && AfterPlural(s, member)) break;  // the next group opens
      if (member.name.empty()) continue;
      if (!colon) {
        // "A, B và C": only a bare name right after a separator continues the list
        const bool continues = member.unit_begin == list_end + 1 &&
                               (s.IsPunct(list_end, ",") || s.Is(list_end, "và")) &&
                               member.roles.empty();
        if (!continues) break;
        list_end = member.unit_end;
      }
      for (auto r : shared) {
        r.rule =
            colon ? "title given once before a colon for the list" : "plural title over the list";
        if (!HasRole(member, r)) member.roles.push_back(r);
      }
    }
  }
}

}  // namespace

std::vector<PersonMention> FindPeople(const SentenceView& s) {
  std::vector<PersonMention> out;
  size_t i = 0;
  while (i < s.size()) {
    PersonMention p;
    size_t start = i;
    size_t end = MatchStack(s, i, p.roles);
    // "Nguyễn Thiện Nhân được cử làm Bí thư Thành ủy TP.HCM, Phó chủ tịch Lê Bá Trình …":
    // posts after "làm", "giữ chức" say what the person before becomes — they are not the
    // titles of the name that follows
    const bool predicate = end > i && i > 0 && (s.Is(i - 1, "làm") || s.Is(i - 1, "chức"));
    if (predicate) {
      i = end;
      continue;
    }
    // "… đoàn làm việc của Bí thư Thành ủy TP HCM, Phó giám đốc Sở Xây dựng Nguyễn Phi Hùng":
    // a post after "của" names its holder (someone the article speaks of), and the posts
    // after the comma are the next name's own
    if (end > i && i > 0 && s.Is(i - 1, "của") && p.roles.size() > 1 &&
        MatchPersonName(s, end) > end) {
      PersonMention holder;
      holder.roles.push_back(p.roles.front());
      CompleteStack(holder.roles);
      holder.unit_begin = start;
      holder.unit_end = holder.roles.front().unit_end;
      holder.begin = s.ByteBegin(start);
      holder.end = s.ByteEnd(holder.unit_end);
      out.push_back(std::move(holder));
      p.roles.erase(p.roles.begin());
      start = p.roles.front().unit_begin;
    }
    if (end > i) {
      size_t name_end = MatchPersonName(s, end);
      if (name_end > end) {
        p.name_begin = s.ByteBegin(end);
        p.name_end = s.ByteEnd(name_end);
        end = name_end;
      }
    } else {
      size_t name_end = MatchPersonName(s, i);
      if (name_end == i) {
        ++i;
        continue;
      }
      p.name_begin = s.ByteBegin(i);
      p.name_end = s.ByteEnd(name_end);
      end = name_end;
    }
    // posts after the name: ", Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh" or "(Bí thư …)"
    if (p.name_end > p.name_begin && end + 1 < s.size() &&
        (s.IsPunct(end, ",") || s.IsPunct(end, "(") || s.IsPunct(end, "-") ||
         s.IsPunct(end, "–"))) {
      std::vector<RoleMention> after;
      const size_t stack_at = end + 1 + (IsFormerWord(s, end + 1) ? 1 : 0);  // ", nguyên Bí thư …"
      size_t stack_end = MatchStack(s, stack_at, after);
      // "Bộ trưởng Phạm Bình Minh, Bí thư Thành ủy Hà Nội Hoàng Trung Hải": posts followed
      // by a name are that next person's — except a photo credit closing a caption ("Ông
      // Nguyễn Văn Đọc, Bí thư Tỉnh ủy Quảng Ninh Hoàng Dương"): two syllables, then nothing
      const size_t next_name_end = MatchPersonName(s, stack_end);
      const bool credit =
          next_name_end == stack_end + 2 &&
          (next_name_end >= s.size() || s.token_of(next_name_end).kind == TokenKind::kPunct);
      if (stack_end > stack_at && (next_name_end == stack_end || credit)) {
        for (auto& r : after) r.rule = "post written after the name";
        p.roles.insert(p.roles.end(), after.begin(), after.end());
        end = stack_end;
      }
    }
    for (auto& r : p.roles)
      if (*r.rule == '\0') r.rule = "post written before the name";
    CompleteStack(p.roles);
    if (p.name_end > p.name_begin)
      p.name =
          text::CanonicalTones(std::string(s.text.substr(p.name_begin, p.name_end - p.name_begin)));
    p.unit_begin = start;
    p.unit_end = end;
    p.begin = s.ByteBegin(start);
    p.end = s.ByteEnd(end);
    if (!p.name.empty() || !p.roles.empty()) out.push_back(std::move(p));
    i = end > start ? end : start + 1;
  }
  ShareGroupTitles(s, out);
  return out;
}

}  // namespace kg::extract
