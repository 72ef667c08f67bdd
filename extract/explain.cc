// `kg build --explain`: every intermediate form of one article as text.
#include <algorithm>
#include <cstdio>
#include <sstream>

#include "extract/relate/analyze.h"
#include "extract/pipeline.h"

#include "extract/recognise/outlets.h"
#include "extract/relate/relations.h"
#include "extract/text/normalize.h"

namespace kg::extract {
namespace {

std::string Clip(std::string_view s, size_t max = 110) {
  if (s.size() <= max) return std::string(s);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

void DumpLines(const ArticleAnalysis& a, std::ostream& out) {
  out << "== cleaned lines\n";
  for (const auto& l : a.cleaned.lines) {
    out << "  " << LineKindName(l.kind);
    if (!l.reason.empty()) out << " (" << l.reason << ")";
    out << ": " << Clip(std::string_view(a.text).substr(l.begin, l.end - l.begin)) << "\n";
  }
  out << "== metadata\n  title: " << a.cleaned.title << "\n  dateline: " << a.cleaned.dateline
      << "\n  source: " << a.cleaned.source << "\n  authors:";
  for (const auto& au : a.cleaned.authors) out << " [" << au << "]";
  out << "\n  province: " << (a.province.empty() ? "null" : a.province)
      << "\n  year: " << (a.year ? std::to_string(a.year) : "null") << " (" << a.year_source
      << ")\n";
}

void DumpMentions(const ArticleAnalysis& a, std::ostream& out) {
  out << "== sentences and mentions\n";
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    const auto& s = a.sentences[i];
    out << "  [" << i << "] "
        << Clip(
               std::string_view(a.text).substr(s.sentence.begin, s.sentence.end - s.sentence.begin))
        << "\n";
    for (const auto& p : s.people) {
      out << "      person " << (p.name.empty() ? "(role only)" : p.name);
      for (const auto& r : p.roles)
        out << " | " << (r.canonical.empty() ? r.title + " (incomplete)" : r.canonical)
            << (r.national           ? " [national]"
                : r.province.empty() ? ""
                                     : " [" + r.province + "]");
      out << "\n";
    }
    for (const auto& b : s.bodies)
      out << "      body " << b.name << (b.province.empty() ? "" : " [" + b.province + "]")
          << (b.incomplete ? " (incomplete)" : "") << "\n";
    for (const auto* d : s.dates)
      out << "      date " << d->date.ToIso() << (d->clause_initial ? " (opens clause)" : "")
          << "\n";
    for (const auto* d : s.documents)
      out << "      document " << d->number << " " << d->type << "\n";
    for (const auto* q : s.quantities)
      out << "      quantity " << q->comparator << " " << q->value << " " << q->unit << "\n";
  }
}

std::string Or(const std::string& s) { return s.empty() ? "null" : s; }

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

void DumpFactLines(const ArticleFacts& f, std::ostream& out) {
  auto person = [&](int i) { return i >= 0 ? f.persons[i].name : std::string("?"); };
  for (const auto& h : f.holds)
    out << "  holds " << person(h.person) << " | " << h.role << " | " << Or(h.province)
        << (h.former ? " | former" : "") << "\n";
  for (const auto& e : f.events)
    out << "  event " << Or(e.date) << " | " << Or(e.province) << " | "
        << (e.convener ? e.convener->name : "null") << " | " << Or(e.name)
        << (e.ordinal ? " | #" + std::to_string(e.ordinal) : "") << "\n";
  for (const auto& c : f.chaired)
    out << "  chaired " << person(c.person) << " | " << Or(f.events[c.event].date) << "\n";
  for (const auto& d : f.documents)
    out << "  document " << d.number << " | " << Or(d.province) << " | " << Or(d.type) << " | "
        << Or(d.title) << " | " << Or(d.date) << "\n";
  for (const auto& i : f.issued)
    out << "  issued " << i.body.name << " | " << Or(i.body.province) << " | "
        << f.documents[i.document].number << "\n";
  for (const auto& d : f.discussed)
    out << "  discussed " << Or(f.events[d.event].date) << " | " << f.documents[d.document].number
        << " | " << d.action << "\n";
  for (const auto& t : f.targets)
    out << "  target " << Or(t.indicator) << " | " << t.comparator << " " << Number(t.value) << " "
        << Or(t.unit) << " | " << (t.year ? std::to_string(t.year) : "null") << " | "
        << Or(t.province) << "\n";
  for (const auto& t : f.tasks)
    out << "  assigned " << t.body.name << " | " << Or(t.province) << " | " << Or(t.date)
        << " | deadline " << Or(t.deadline) << " | " << Or(t.task) << "\n";
}

}  // namespace

std::string DumpFacts(const ArticleFacts& facts) {
  std::ostringstream out;
  DumpFactLines(facts, out);
  return out.str();
}

std::string ExplainArticle(const corpus::RawArticle& article) {
  text::NormalizedText norm(article.text);
  auto analysis = AnalyzeArticle(norm.text(), article.published, article.province,
                                 OutletProvince(article.site, article.url));
  std::ostringstream out;
  out << "article " << article.id << (norm.changed() ? " (normalised to NFC)" : "") << "\n";
  DumpLines(*analysis, out);
  DumpMentions(*analysis, out);
  analysis->trace_rules = true;
  const ArticleFacts facts = RelateArticle(*analysis);
  out << "== rules (which rule made or refused each fact, by sentence)\n";
  std::vector<std::pair<size_t, const std::string*>> lines;  // (sentence, note), in text order
  for (const RuleNote& note : facts.rules) {
    size_t index = 0;  // the sentence holding the note's offset
    for (size_t i = 0; i < analysis->sentences.size(); ++i)
      if (analysis->sentences[i].sentence.begin <= note.at) index = i;
    lines.emplace_back(index, &note.text);
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  for (const auto& [index, text] : lines) out << "  [" << index << "] " << *text << "\n";
  out << "== facts\n" << DumpFacts(facts);
  return out.str();
}

}  // namespace kg::extract
