#include "extract/recognise/bodies.h"

#include "extract/recognise/lexicon.h"
#include "extract/recognise/organisations.h"
#include "extract/text/normalize.h"
#include "extract/text/vietnamese.h"

namespace kg::extract {
namespace {

bool EndsWith(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

bool StartsPersonName(const SentenceView& s, size_t i) {
  return i + 1 < s.size() && s.unit(i).upper && !s.unit(i).expanded && IsSurname(s.keys[i]) &&
         s.unit(i + 1).upper && s.token_of(i + 1).kind == TokenKind::kWord &&
         !s.unit(i + 1).expanded;
}

bool StartsTitle(const SentenceView& s, size_t i) {
  size_t index;
  return s.unit(i).upper && MatchPhrase(Titles(), s.keys, i, index) > 0;
}

// Lower-case words that end a ministry's or department's official name after another
// word ("Phát triển nông thôn", "Giao thông vận tải"); other lower-case pairs there are verbs.
bool EndsOfficialName(std::string_view k1, std::string_view k2) {
  return (k1 == "nông" && k2 == "thôn") || (k1 == "vận" && k2 == "tải") ||
         (k1 == "đô" && k2 == "thị") || (k1 == "xã" && k2 == "hội");
}

bool IsGenericHead(std::string_view display) {
  return display == "Đoàn" || display == "Tổ" || display == "Ban" || display == "Ủy ban" ||
         display == "Văn phòng" || display == "Hội đồng";
}

bool IsStandaloneHead(std::string_view display) {
  return display == "Tỉnh ủy" || display == "Thành ủy" || display == "Chính phủ" ||
         display == "Quốc hội" || display == "Bộ Chính trị" || display == "Ban Bí thư" ||
         display == "Ban Chấp hành Trung ương Đảng" || display == "Ban Chấp hành Trung ương" ||
         display == "Trung ương Đảng" || display == "Tỉnh đoàn" || display == "Thành đoàn" ||
         display == "Trung ương Đoàn" || display == "Quân ủy Trung ương" ||
         display == "Ủy ban Thường vụ Quốc hội" || display == "Văn phòng Chính phủ" ||
         display == "Thanh tra Chính phủ" || display == "Kiểm toán Nhà nước" ||
         display == "Kho bạc Nhà nước" || display == "Ngân hàng Nhà nước";
}

// Consumes a place after a level word or a committee: a province, or for
// lower levels a capitalised name ("huyện Đầm Hà", "Thành ủy Hạ Long").
size_t ConsumePlace(const SentenceView& s, size_t i, bool allow_local, BodyMention& m) {
  // "Thành ủy TP.HCM", "Thành ủy TP Đà Nẵng": a level word before the province
  if (size_t k = i + LevelLength(s.keys, i); k > i) {
    if (k < s.size() && s.IsPunct(k, ".")) ++k;
    if (s.ProvinceAt(k) != nullptr) {
      if (m.level_word.empty())
        m.level_word = s.keys[i] == "thành" || s.keys[i] == "tp" ? "thành phố" : s.keys[i];
      i = k;
    }
  }
  if (const ProvinceMention* p = s.ProvinceAt(i); p != nullptr) {
    m.province = p->province->name;
    size_t j = i;
    while (j < s.size() && s.token_of(j).begin < p->end) ++j;
    return j;
  }
  if (!allow_local) return i;
  size_t j = i;
  while (j < s.size() && j < i + 4 && s.unit(j).upper && !s.unit(j).expanded &&
         s.token_of(j).kind == TokenKind::kWord && !StartsTitle(s, j) &&
         !(j == i && StartsPersonName(s, j)))
    ++j;
  return j;
}

std::string KindOf(const std::string& name) {
  auto has = [&](const char* w) { return name.find(w) != std::string::npos; };
  if (has("ủy") && (has("Tỉnh") || has("Thành") || has("Huyện") || has("Đảng"))) return "party";
  if (has("Đảng") || has("Ban Thường vụ") || has("Ban Chấp hành") || has("Ban Bí thư") ||
      has("Bộ Chính trị") || has("Ban Tổ chức") || has("Ban Tuyên giáo") || has("Ban Dân vận"))
    return "party";
  if (has("Mặt trận")) return "front";
  if (name.rfind("Sở ", 0) == 0 || name.rfind("Bộ ", 0) == 0) return "department";
  if (has("nhân dân") || has("Chính phủ") || has("Quốc hội")) return "state";
  return "other";
}

}  // namespace

std::string UnifyOrgName(std::string name) {
  static const std::pair<const char*, const char*> kVariants[] = {
      {"Ban Chấp hành Đảng bộ tỉnh", "Tỉnh ủy"},
      {"Ban Chấp hành Đảng bộ thành phố", "Thành ủy"},
      {"Ban Chấp hành Đảng bộ huyện", "Huyện ủy"},
      {"Ban Chấp hành Trung ương Đảng", "Trung ương Đảng"},  // unified back below
      {"Ban Chấp hành Trung ương", "Trung ương Đảng"},
      {"Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"},
      {"Tỉnh Ủy", "Tỉnh ủy"},
      {"Thành Ủy", "Thành ủy"},
      {"Huyện Ủy", "Huyện ủy"},
      {"Ban Cán sự Đảng", "Ban cán sự đảng"},
      {"Ban cán sự Đảng", "Ban cán sự đảng"},
      {"Ban Cán sự đảng", "Ban cán sự đảng"},
      {"Ban Cán Sự Đảng", "Ban cán sự đảng"},
      {"Ủy Ban", "Ủy ban"},
      {"Ban thường vụ", "Ban Thường vụ"},
      {"Ban chấp hành", "Ban Chấp hành"},
      {"nhân dân Tỉnh", "nhân dân tỉnh"},
      {"Ủy ban Nhân dân", "Ủy ban nhân dân"},
      {"Hội đồng Nhân dân", "Hội đồng nhân dân"},
      {"Đoàn Đại biểu", "Đoàn đại biểu"},
      // "UVTƯ Đảng": the abbreviation already says "Ủy viên" once
      {"Ủy viên Ủy viên ", "Ủy viên "},
      // the Party's Central Office is the office of the Central Committee, named short
      {"Văn phòng Ban Chấp hành Trung ương Đảng", "Văn phòng Trung ương Đảng"}};
  for (const auto& [from, to] : kVariants) {
    for (size_t pos = name.find(from); pos != std::string::npos; pos = name.find(from, pos)) {
      name.replace(pos, std::char_traits<char>::length(from), to);
      pos += std::char_traits<char>::length(to);
    }
  }
  return name;
}

std::string CanonicalBodyName(const SentenceView& s, size_t unit_begin, size_t unit_end) {
  std::string name = WrittenBodyName(s, unit_begin, unit_end);
  // "Bộ VH-TT&DL", "Sở KH & CN", "Bộ Giáo dục & Đào tạo": the table's one name
  if (std::string known = CanonicalOrganisation(name); !known.empty()) return known;
  return name;
}

std::string WrittenBodyName(const SentenceView& s, size_t unit_begin, size_t unit_end) {
  std::string out;
  int last_token = -1;
  for (size_t i = unit_begin; i < unit_end; ++i) {
    const Unit& u = s.unit(i);
    if (u.token == last_token) continue;  // expansions are emitted once per token
    last_token = u.token;
    const Token& t = s.token_of(i);
    std::string piece =
        u.expanded ? DisplayBodyWord(t.key) : std::string(s.text.substr(t.begin, t.end - t.begin));
    if (t.kind == TokenKind::kPunct && piece != "-" && piece != "–" && piece != "&") continue;
    if (!out.empty()) out += ' ';
    out += piece;
  }
  return UnifyOrgName(text::CanonicalTones(out));
}

std::optional<BodyMention> MatchBody(const SentenceView& s, size_t at, bool lower_case_head) {
  if (at >= s.size() || (!s.unit(at).upper && !lower_case_head)) return std::nullopt;
  size_t head_index = 0;
  size_t head_len = MatchPhrase(BodyHeads(), s.keys, at, head_index);
  if (head_len == 0) return std::nullopt;
  const std::string& head = BodyHeads()[head_index].display;
  BodyMention m;
  m.unit_begin = at;
  size_t i = at + head_len;
  size_t name_end = i;  // units before the province
  bool closed = false;  // a committee or a level+place ends the name
  // "Quân khu 4", "Quân đoàn 12": a military unit named by its number
  if ((head == "Quân khu" || head == "Quân đoàn" || head == "Sư đoàn") && i < s.size() &&
      s.token_of(i).kind == TokenKind::kNumber) {
    m.unit_end = i + 1;
    m.begin = s.ByteBegin(at);
    m.end = s.ByteEnd(i + 1);
    m.name = CanonicalBodyName(s, at, i) + " " + s.keys[i];
    m.level = BodyLevel::kNational;
    m.kind = "military";
    return m;
  }
  if (head == "Đảng ủy" || head == "Quân ủy Trung ương") {
    // "Đảng ủy UBND tỉnh", "Đảng ủy Đại học Huế": the party committee of a body
    if (auto host = MatchBody(s, i); host && !host->incomplete) {
      BodyMention m2 = *host;
      m2.unit_begin = at;
      m2.begin = s.ByteBegin(at);
      m2.name = head + " " + host->name;
      m2.kind = "party";
      return m2;
    }
  }
  if (i >= at + 2 && IsCommitteeWord(s.keys[i - 2], s.keys[i - 1])) {
    closed = true;
    size_t after = ConsumePlace(s, i, head != "Tỉnh ủy", m);
    name_end = m.province.empty() ? after : i;
    i = after;
  }
  while (!closed && i < s.size()) {
    const Unit& u = s.unit(i);
    const TokenKind kind = s.token_of(i).kind;
    if (i + 1 < s.size() && IsCommitteeWord(s.keys[i], s.keys[i + 1])) {
      i += 2;
      size_t after = ConsumePlace(s, i, s.keys[i - 2] != "tỉnh", m);
      name_end = m.province.empty() ? after : i;
      i = after;
      closed = true;
      // "Ban Thường vụ Đảng ủy UBND tỉnh": the party committee of a host body
      if (s.keys[i - 2] == "đảng" && after == name_end && m.province.empty())
        if (auto host = MatchBody(s, i); host && !host->incomplete) {
          i = name_end = host->unit_end;
          m.province = host->province;
          m.level_word = host->level_word;
        }
      break;
    }
    if (int lv = LevelLength(s.keys, i); lv > 0) {
      m.level_word = s.keys[i] == "thành" ? "thành phố" : s.keys[i];
      size_t after = ConsumePlace(s, i + lv, m.level_word != "tỉnh", m);
      name_end = m.province.empty() ? after : i + lv;
      i = after;
      closed = true;
      break;
    }
    if (s.ProvinceAt(i) != nullptr) {  // "Sở Y tế Quảng Ninh", "Công an Hà Nội"
      ConsumePlace(s, i, false, m);
      name_end = i;
      // "UBND TPHCM", "HĐND Quảng Ninh": the level the canonical names carry
      if (m.level_word.empty())
        m.level_word = s.ProvinceAt(i)->province->city ? "thành phố" : "tỉnh";
      size_t j = i;
      while (j < s.size() && s.token_of(j).begin < s.ProvinceAt(i)->end) ++j;
      i = j;
      closed = true;
      break;
    }
    if (kind == TokenKind::kWord && u.upper && !StartsTitle(s, i) && !StartsPersonName(s, i)) {
      // names capitalise a word's first syllable only: "Sở Kế hoạch và Đầu tư", "Ban Tổ chức"
      const bool two_syllable_word = i + 1 < s.size() && !s.unit(i + 1).upper &&
                                     s.token_of(i + 1).kind == TokenKind::kWord &&
                                     IsLowercaseBodyTerm(s.keys[i], s.keys[i + 1]);
      i += two_syllable_word ? 2 : 1;
    } else if (kind == TokenKind::kWord && i + 1 < s.size() &&
               (i == at + head_len || s.unit(i - 1).upper ||
                EndsOfficialName(s.keys[i], s.keys[i + 1])) &&
               IsLowercaseBodyTerm(s.keys[i], s.keys[i + 1])) {
      // a lower-case word right after the head or a capitalised word ("Đoàn giám sát");
      // after a finished word it is the verb ("Sở Kế hoạch và Đầu tư tổng hợp")
      i += 2;
    } else if ((s.Is(i, "và") || s.IsPunct(i, "-") || s.IsPunct(i, "–") || s.IsPunct(i, "&")) &&
               i + 1 < s.size() && s.unit(i + 1).upper &&
               s.token_of(i + 1).kind == TokenKind::kWord) {
      size_t dummy;
      if (s.Is(i, "và") && MatchPhrase(BodyHeads(), s.keys, i + 1, dummy) > 0) break;
      // "của Chính phủ và Nghị quyết số …": a document after "và" ends the body
      if (s.Is(i, "và") &&
          ((s.Is(i + 1, "nghị") && (s.Is(i + 2, "quyết") || s.Is(i + 2, "định"))) ||
           (s.Is(i + 1, "quyết") && s.Is(i + 2, "định")) ||
           (s.Is(i + 1, "chỉ") && s.Is(i + 2, "thị")) ||
           (s.Is(i + 1, "kết") && s.Is(i + 2, "luận")) ||
           (s.Is(i + 1, "thông") && s.Is(i + 2, "tư")) ||
           (s.Is(i + 1, "công") && s.Is(i + 2, "văn")) ||
           (s.Is(i + 1, "quy") && s.Is(i + 2, "định")) ||
           (s.Is(i + 1, "kế") && s.Is(i + 2, "hoạch")) ||
           (s.Is(i + 1, "hướng") && s.Is(i + 2, "dẫn")) ||
           (s.Is(i + 1, "thông") && s.Is(i + 2, "báo"))))
        break;
      if (StartsPersonName(s, i + 1) || StartsTitle(s, i + 1)) break;
      i += 2;
      if (i < s.size() && !s.unit(i).upper && s.token_of(i).kind == TokenKind::kWord &&
          IsLowercaseBodyTerm(s.keys[i - 1], s.keys[i]))
        ++i;  // "… và Đầu tư"
    } else {
      break;
    }
    name_end = i;
  }
  // "Đoàn giám sát của Tỉnh ủy": a generic body qualified by its parent
  std::string suffix;
  if (IsGenericHead(head) && s.Is(i, "của")) {
    if (auto parent = MatchBody(s, i + 1); parent && !parent->incomplete) {
      suffix = " của " + parent->name;
      if (m.province.empty()) m.province = parent->province;
      if (m.level_word.empty()) m.level_word = parent->level_word;
      name_end = i = parent->unit_end;
    }
  }
  if (name_end == at + head_len && suffix.empty() && !closed && !IsStandaloneHead(head)) {
    // a bare head: "Ban", "Sở" say nothing; "Ban Thường vụ", "Ban cán sự đảng" need a parent
    if (head == "Ban Thường vụ" || head == "Ban cán sự đảng" || head == "Ban cán sự" ||
        head == "Thường trực" || head == "Ban Chấp hành" || head == "Đảng đoàn") {
      m.incomplete = true;
    } else {
      return std::nullopt;
    }
  }
  // a name the table knows may run past a comma or a lower-case word that ends the scan
  // above ("Sở Lao động, Thương binh và Xã hội"): take the longest one that starts here
  // Only where the scan stopped at a comma, a dash or "&" before a capital, or at a
  // lower-case word: the lookups cost an ICU fold each.
  const bool may_continue =
      name_end + 1 < s.size() &&
      (((s.IsPunct(name_end, ",") || s.IsPunct(name_end, "-") || s.IsPunct(name_end, "–") ||
         s.IsPunct(name_end, "&")) &&
        s.unit(name_end + 1).upper) ||
       (!s.unit(name_end).upper && s.token_of(name_end).kind == TokenKind::kWord));
  if (m.province.empty() && suffix.empty() && may_continue) {
    for (size_t e = std::min(s.size(), name_end + 8); e > name_end; --e) {
      if (s.token_of(e - 1).kind == TokenKind::kPunct) continue;
      if (!CanonicalOrganisation(WrittenBodyName(s, at, e)).empty()) {
        name_end = i = e;
        break;
      }
    }
  }
  m.unit_end = i;
  m.begin = s.ByteBegin(at);
  m.end = s.ByteEnd(i);
  std::string name = CanonicalBodyName(s, at, name_end);
  if (!suffix.empty()) {
    // the "của …" part was not in [at, name_end) when the parent was matched
    size_t cua = name.find(" của ");
    if (cua != std::string::npos) name.resize(cua);
    name += suffix;
  }
  // a level word that only qualifies a province ("tỉnh Quảng Ninh") stays in
  // the name, as the canonical titles do ("Ủy ban nhân dân tỉnh"); "UBND TP Hồ Chí Minh"
  // is the city's committee, "Ủy ban nhân dân thành phố"
  if (EndsWith(name, "nhân dân") && (m.level_word == "thành phố" || m.level_word == "tỉnh"))
    name += " " + m.level_word;
  // a department is provincial by definition: "Sở Y tế tỉnh" is "Sở Y tế"
  if (name.rfind("Sở ", 0) == 0) {
    for (std::string_view level : {" tỉnh", " thành phố"})
      if (EndsWith(name, level)) name.resize(name.size() - level.size());
    if (std::string known = CanonicalOrganisation(name); !known.empty())
      name = known;  // "Sở KH & CN"
  }
  m.name = name;
  const bool national = name.find("Trung ương") != std::string::npos || name == "Chính phủ" ||
                        name.find("Chính phủ") != std::string::npos ||
                        name.find("Nhà nước") != std::string::npos || name == "Quốc hội" ||
                        name == "Bộ Chính trị" || name == "Ban Bí thư" ||
                        name.rfind("Bộ ", 0) == 0 || name.find("Quốc hội") != std::string::npos;
  if (national && name.find("tỉnh") == std::string::npos) {
    m.level = BodyLevel::kNational;
  } else if (name.find("Tỉnh ủy") != std::string::npos || m.level_word == "tỉnh" ||
             !m.province.empty() || name.rfind("Sở ", 0) == 0) {
    m.level = BodyLevel::kProvincial;
  } else if (m.level_word == "huyện" || m.level_word == "xã" || m.level_word == "quận" ||
             m.level_word == "phường" || name.find("Huyện ủy") != std::string::npos) {
    m.level = BodyLevel::kLocal;
  }
  m.kind = KindOf(name);
  return m;
}

}  // namespace kg::extract
