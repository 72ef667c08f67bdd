// Documents by their numbers, who issued them (ISSUED) and which events
// discussed them (DISCUSSED).
#include <algorithm>

#include "extract/relate/relations.h"
#include "extract/text/normalize.h"

namespace kg::extract {
namespace {

// The quoted title right after a number: `02-NQ/TU “Về phương hướng…”`.
std::string TitleAfter(std::string_view text, size_t pos, size_t limit, size_t& title_end) {
  size_t p = pos;
  while (p < limit && text[p] == ' ') ++p;
  for (auto [open, close] :
       {std::pair<std::string_view, std::string_view>{"“", "”"}, {"\"", "\""}}) {
    if (text.compare(p, open.size(), open) != 0) continue;
    size_t e = text.find(close, p + open.size());
    if (e == std::string_view::npos || e > limit || e - p > 400) return {};
    title_end = e + close.size();
    return std::string(text.substr(p + open.size(), e - p - open.size()));
  }
  return {};
}

std::string ActionOf(const SentenceView& v) {
  auto has = [&](std::string_view a, std::string_view b) {
    for (size_t i = 0; i + 1 < v.size(); ++i)
      if (v.Is(i, a) && v.Is(i + 1, b)) return true;
    return false;
  };
  if (has("dự", "thảo")) return "drafted";
  if (has("kiểm", "tra") || has("tổng", "kết") || has("sơ", "kết") || has("đánh", "giá") ||
      has("kết", "quả") || (has("nghe", "báo") || has("báo", "cáo")))
    return "reviewed";
  if (has("học", "tập") || has("quán", "triệt") || has("phổ", "biến") || has("triển", "khai"))
    return "disseminated";
  if (has("thông", "qua") || has("biểu", "quyết") || has("ban", "hành")) return "adopted";
  return "discussed";
}

bool MentionsMainEvent(const SentenceView& v, const AnalyzedSentence& s, const ArticleFacts& out,
                       int event) {
  if (event < 0) return false;
  const Span& ev = out.events[event].evidence;
  if (s.sentence.begin == ev.start) return true;
  // "Cùng ngày, …", "Tại hội nghị, …", "Hội nghị đã …"
  return (v.Is(0, "cùng") && v.Is(1, "ngày")) ||
         (v.Is(0, "tại") && (v.Is(1, "hội") || v.Is(1, "cuộc"))) ||
         (v.Is(0, "hội") && v.Is(1, "nghị"));
}

// "UBND tỉnh có Công văn số 4512/UBND-KT", "HĐND tỉnh (đã/vừa) ban hành Nghị quyết số …":
// the body that has or issues the document, written right before the verb and its type.
std::optional<BodyRef> SubjectIssuer(const ArticleAnalysis& a, const AnalyzedSentence& s,
                                     const DocumentMention& d) {
  const SentenceView& v = s.view;
  size_t j = v.UnitAtByte(d.type_begin);
  if (j >= 1 && v.Is(j - 1, "có")) {
    j -= 1;
  } else if (j >= 2 && v.Is(j - 2, "ban") && v.Is(j - 1, "hành")) {
    j -= 2;
  } else {
    return std::nullopt;
  }
  if (j >= 1 && (v.Is(j - 1, "đã") || v.Is(j - 1, "vừa"))) j -= 1;
  for (const auto& b : s.bodies)
    if (b.unit_end == j && !b.incomplete) return ToBodyRef(a, b);
  return std::nullopt;
}

// A local state number names its issuer by code: "…/UBND-KT", "NQ-HĐND" — the People's
// Committee or Council of the article's province (Party codes such as "TU" do not say
// whether the committee or its standing committee issued it, and give none).
std::optional<BodyRef> LocalCodeIssuer(const ArticleAnalysis& a, const DocumentMention& d) {
  if (!d.local || a.province.empty()) return std::nullopt;
  const ProvinceInfo* p = FindProvince(a.province);
  const std::string level = p != nullptr && p->city ? "thành phố" : "tỉnh";
  if (d.issuer_code == "UBND") return BodyRef{"Ủy ban nhân dân " + level, a.province, "state"};
  if (d.issuer_code == "HĐND") return BodyRef{"Hội đồng nhân dân " + level, a.province, "state"};
  return std::nullopt;
}

}  // namespace

void ExtractDocuments(const ArticleAnalysis& a, ArticleFacts& out) {
  const int main_event = MainEvent(out);
  const std::string_view text = a.text;
  for (const auto& s : a.sentences) {
    const SentenceView& v = s.view;
    std::vector<int> doc_index(s.documents.size(), -1);
    std::vector<std::optional<BodyRef>> issuer(s.documents.size());
    std::vector<bool> chained(s.documents.size(), false);
    for (size_t k = 0; k < s.documents.size(); ++k) {
      const DocumentMention& d = *s.documents[k];
      DocumentFact f;
      f.number = d.number;
      f.type = d.type;
      f.type_en = d.type_en;
      f.province = d.local ? a.province : std::string();
      size_t after = d.end;
      f.title = TitleAfter(text, after, s.sentence.end, after);
      for (const auto* date : s.dates)  // "02-NQ/TU ngày 2.12.2020"
        if (date->begin >= d.end && date->begin <= d.end + 12 && date->date.year > 0) {
          f.date = date->date.ToIso();
          after = std::max(after, date->end);
          if (f.title.empty()) f.title = TitleAfter(text, after, s.sentence.end, after);
        }
      f.evidence = {static_cast<uint32_t>(d.type_begin), static_cast<uint32_t>(after)};
      // the issuer: "… của Ban Chấp hành Đảng bộ tỉnh", a body right after, or the code
      size_t u = v.UnitAtByte(after);
      if (v.Is(u, "của")) ++u;
      for (const auto& b : s.bodies)
        if (b.unit_begin == u && !b.incomplete) issuer[k] = ToBodyRef(a, b);
      if (!issuer[k]) issuer[k] = SubjectIssuer(a, s, d);
      if (!issuer[k] && !d.national_issuer.empty())
        issuer[k] = BodyRef{d.national_issuer, {}, "state"};
      if (!issuer[k]) issuer[k] = LocalCodeIssuer(a, d);
      // a list "A, B và C của X": separators lead to the next number
      size_t next_unit = u;
      chained[k] =
          k + 1 < s.documents.size() &&
          (v.IsPunct(next_unit, ",") || v.IsPunct(next_unit, ";") || v.Is(next_unit, "và")) &&
          v.UnitAtByte(s.documents[k + 1]->type_begin) <= next_unit + 3;
      if (f.province.empty() && issuer[k] && d.local) f.province = issuer[k]->province;
      if (d.bare) {
        // "Quy định số 181 của Bộ Chính trị" after "Quy định số 181-QĐ/TW": the article's
        // coded number with these digits is the document meant
        const DocumentMention* full = nullptr;
        for (const auto& other : a.documents)
          if (!other.bare && other.number.size() > d.number.size() &&
              other.number.rfind(d.number, 0) == 0 &&
              (other.number[d.number.size()] == '-' || other.number[d.number.size()] == '/'))
            full = &other;
        if (full != nullptr) {
          f.number = full->number;
          if (f.type.empty()) f.type = full->type, f.type_en = full->type_en;
          f.province = full->local ? a.province : std::string();
          if (!issuer[k] && !full->national_issuer.empty())
            issuer[k] = BodyRef{full->national_issuer, {}, "state"};
        }
        // "Kết luận số 35 của Ban Bí thư": a bare number is a document only with its issuer
        if (full == nullptr && !issuer[k]) {
          NoteRule(a, out, s.sentence.begin,
                   "refused document '" + d.type + " " + d.number +
                       "': a number with no code and no issuer named");
          continue;
        }
        if (full == nullptr) f.province = issuer[k]->province;
      }
      int index = -1;
      for (size_t j = 0; j < out.documents.size(); ++j)
        if (out.documents[j].number == f.number) index = static_cast<int>(j);
      if (index < 0) {
        index = static_cast<int>(out.documents.size());
        NoteRule(a, out, s.sentence.begin,
                 "document " + f.number + ": a " + (d.local ? "local" : "national") + " number" +
                     (f.type.empty() ? std::string() : ", type " + f.type) +
                     (issuer[k] ? ", issued by " + issuer[k]->name +
                                      " ('của' or the body after it, or the code)"
                                : ", no issuer named"));
        out.documents.push_back(std::move(f));
      } else {
        DocumentFact& known = out.documents[index];
        if (known.title.empty()) known.title = f.title;
        if (known.date.empty()) known.date = f.date;
        if (known.type.empty()) known.type = f.type, known.type_en = f.type_en;
      }
      doc_index[k] = index;
    }
    for (size_t k = s.documents.size(); k-- > 0;)  // issuers flow back along a list
      if (!issuer[k] && chained[k] && k + 1 < s.documents.size() && s.documents[k]->local &&
          doc_index[k] >= 0)
        issuer[k] = issuer[k + 1];
    for (size_t k = 0; k < s.documents.size(); ++k) {
      if (!issuer[k] || doc_index[k] < 0) continue;
      bool seen = false;
      for (const auto& i : out.issued)
        seen |= i.document == doc_index[k] && i.body.name == issuer[k]->name;
      if (!seen)
        out.issued.push_back({*issuer[k], doc_index[k], out.documents[doc_index[k]].evidence});
    }
    if (!s.documents.empty() && MentionsMainEvent(v, s, out, main_event)) {
      std::string action = ActionOf(v);
      for (size_t k = 0; k < s.documents.size(); ++k) {
        if (doc_index[k] < 0) continue;
        bool seen = false;
        for (const auto& d : out.discussed)
          seen |= d.document == doc_index[k] && d.event == main_event;
        if (!seen)
          out.discussed.push_back(
              {main_event,
               doc_index[k],
               action,
               {static_cast<uint32_t>(s.sentence.begin), static_cast<uint32_t>(s.sentence.end)}});
      }
    }
  }
}

}  // namespace kg::extract
