#include "tools/leaders/report_html.h"

#include <set>

#include "tools/leaders/html_escape.h"
#include "tools/leaders/publication_range.h"
#include "tools/leaders/report_context.h"
#include "tools/leaders/report_sections.h"
#include "tools/leaders/report_style.h"

namespace kg::leaders {
namespace {

const char* MapDescription(ProvinceMap map) {
  switch (map) {
    case ProvinceMap::kAsAttested:
      return "as attested (the 63 provinces and cities before 1 July 2025)";
    case ProvinceMap::kCurrent: return "current (the 34 units after Resolution 202/2025/QH15)";
  }
  return "";
}

// "<li><b>3</b> spells</li>"; an alert (red) when a count that should be 0 is not.
void AppendCount(size_t n, std::string_view singular, std::string_view plural, bool alert,
                 std::string& out) {
  out += alert && n > 0 ? "<li class=\"alert\"><b>" : "<li><b>";
  out += std::to_string(n);
  out += "</b> ";
  AppendHtmlEscaped(n == 1 ? singular : plural, out);
  out += "</li>";
}

void AppendLegend(std::string& out) {
  out += "<div class=\"legend\">";
  for (int post = 0; post < kCorePostCount; ++post) {
    const CorePostInfo& info = Info(static_cast<CorePost>(post));
    out += "<span><span class=\"swatch\" style=\"background:";
    out += PostColour(info.post);
    out += "\"></span>";
    AppendHtmlEscaped(info.title_en, out);
    out += "</span>";
  }
  out +=
      "<span><span class=\"swatch conflict\"></span>conflict: two holders at once</span>"
      "<span><span class=\"swatch dot\"></span>attested on one day</span>"
      "<span><span class=\"swatch as-of\"></span>as-of date</span>"
      "<span><span class=\"swatch undated\"></span>held, no date in the publication range"
      "</span><span>\u2691 evidence dated outside the publication range (not on the axis)"
      "</span></div>";
}

// The range "as of" never passes, and how it was found.
void AppendPublicationRange(const Leadership& leadership, std::string& out) {
  const PublicationRange& range = leadership.publication;
  out += " \u00B7 Publication range <b>";
  if (range.from.empty()) {
    out += "unknown</b> (no article has a publication date or mentions a dated event)";
    return;
  }
  AppendHtmlEscaped(range.from + " \u2013 " + range.to, out);
  out += "</b> ";
  const std::string articles = Count(range.articles, "article", "articles");
  out += range.estimated ? "(estimated from the dates " + articles + " mention)"
                         : "(published dates of " + articles + ")";
  size_t flagged = 0;
  for (const std::vector<Spell>* list : {&leadership.spells, &leadership.unplaced})
    for (const Spell& spell : *list) flagged += DatesOutsideWindow(range, spell).empty() ? 0 : 1;
  if (flagged > 0)
    out += " \u00B7 <span class=\"outside-flag\">\u2691 " + Count(flagged, "spell", "spells") +
           " with evidence dated outside it</span>";
}

void AppendHeader(const ReportContext& context, std::string& out) {
  const Leadership& leadership = context.leadership();
  const ReportOptions& options = context.options();
  std::set<graph::NodeId> persons;
  std::set<std::string> articles;
  for (const std::vector<Spell>* list : {&leadership.spells, &leadership.unplaced}) {
    for (const Spell& spell : *list) {
      persons.insert(spell.person_id);
      for (const Attestation& attestation : spell.evidence) articles.insert(attestation.article_id);
    }
  }
  out += "<header><h1>";
  AppendHtmlEscaped(options.title, out);
  out += "</h1><p class=\"meta\">";
  if (!options.graph_file.empty()) {
    out += "Graph <b><code>";
    AppendHtmlEscaped(options.graph_file, out);
    out += "</code></b> \u00B7 ";
  }
  out += "Province map <b>";
  out += MapDescription(leadership.map);
  out += "</b> \u00B7 As of <b>";
  AppendHtmlEscaped(context.as_of().empty() ? "the latest evidence" : context.as_of(), out);
  out += "</b>";
  if (context.as_of_is_latest()) out += " (the latest evidence)";
  AppendPublicationRange(leadership, out);
  if (!options.generated_on.empty()) {
    out += " \u00B7 Generated ";
    AppendHtmlEscaped(options.generated_on, out);
  }
  out += "</p><ul class=\"counts\">";
  std::string of_map = "of ";
  of_map += std::to_string(leadership.provinces.size());
  of_map += " provinces with evidence";
  AppendCount(context.provinces_with_spells().size(), of_map, of_map, false, out);
  AppendCount(leadership.spells.size() + leadership.unplaced.size(), "spell", "spells", false, out);
  AppendCount(persons.size(), "person", "persons", false, out);
  AppendCount(articles.size(), "article", "articles", false, out);
  AppendCount(leadership.conflicts.size(), "conflict", "conflicts", true, out);
  AppendCount(leadership.concurrent.size(), "concurrent post", "concurrent posts", false, out);
  AppendCount(leadership.unplaced.size(), "unplaced spell", "unplaced spells", true, out);
  out += "</ul>";
  AppendLegend(out);
  out +=
      "<p class=\"note\">A spell is one person in one core post of one province, drawn from "
      "its first to its last attested date: the evidence, not the term of office. Hover a bar "
      "for its articles; each province lists them under \u201CEvidence\u201D.</p></header>";
}

void AppendContents(const ReportContext& context, std::string& out) {
  out += "<nav class=\"toc\"><h2>Provinces</h2>";
  if (context.provinces_with_spells().empty()) {
    out += "<p class=\"muted\">No province has an attested core post.</p>";
  } else {
    out += "<ol>";
    for (const std::string& province : context.provinces_with_spells()) {
      const std::vector<size_t>& spells = context.SpellsOf(province);
      bool conflict = false;
      for (const size_t i : spells) conflict = conflict || !context.ConflictsOf(i).empty();
      out += "<li><a href=\"#" + context.AnchorOf(province) + "\">";
      AppendHtmlEscaped(province, out);
      out += "</a> <span class=\"muted\">" + Count(spells.size(), "spell", "spells") + "</span>";
      if (conflict) out += " <span class=\"flag\" title=\"conflict\">\u26A0</span>";
      out += "</li>";
    }
    out += "</ol>";
  }
  out += "<p class=\"extra\"><a href=\"#unplaced\">Unplaced spells</a> (" +
         std::to_string(context.leadership().unplaced.size()) +
         ") \u00B7 <a href=\"#concurrent\">Concurrent posts</a> \u00B7 <a href=\"#turnover\">"
         "Turnover</a> \u00B7 <a href=\"#gaps\">Gaps</a> \u00B7 <a href=\"#ambiguous\">Ambiguous "
         "names</a> (" +
         std::to_string(context.leadership().ambiguous.size()) + ")</p></nav>";
}

}  // namespace

std::string RenderHtmlReport(const Leadership& leadership, const ReportOptions& options) {
  const ReportContext context(leadership, options);
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>";
  AppendHtmlEscaped(options.title, out);
  out += "</title><style>";
  out += kReportStyle;
  out += "</style></head>\n<body><div class=\"page\">";
  AppendHeader(context, out);
  AppendContents(context, out);
  out += "<main>\n";
  for (const std::string& province : context.provinces_with_spells()) {
    AppendProvinceSection(context, province, out);
    out += '\n';
  }
  AppendUnplacedSection(context, out);
  out += '\n';
  AppendMeasuresSection(context, out);
  out +=
      "\n</main><footer>Made by <code>kg leaders --report</code> from the graph\u2019s HOLDS "
      "evidence. Self-contained: no scripts, fonts or images are loaded; the article links are "
      "followed only when clicked.</footer></div></body></html>\n";
  return out;
}

}  // namespace kg::leaders
