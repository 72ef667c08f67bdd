// The report's section of the spells whose province is unknown.
#include "tools/leaders/html_escape.h"
#include "tools/leaders/report_sections.h"
#include "tools/leaders/report_svg_timeline.h"

namespace kg::leaders {

void AppendUnplacedSection(const ReportContext& context, std::string& out) {
  const std::vector<Spell>& unplaced = context.leadership().unplaced;
  out +=
      "<section class=\"unplaced\" id=\"unplaced\"><h2>Unplaced spells</h2><p class=\"note\">"
      "Core posts whose province could not be resolved. They are kept apart, never "
      "guessed.</p>";
  if (unplaced.empty()) {
    out += "<p class=\"muted\">None: every spell was placed in a province.</p></section>";
    return;
  }
  std::vector<TimelineBar> bars;
  for (size_t i = 0; i < unplaced.size(); ++i)
    bars.push_back(MakeTimelineBar(unplaced[i], i, "", context.leadership().publication));
  if (!context.span().empty() || !unplaced.empty()) {
    out +=
        RenderTimelineSvg(bars, {.span = context.span(),
                                 .as_of = context.as_of(),
                                 .label = "Timeline of the unplaced spells",
                                 .tooltip_evidence_limit = context.options().tooltip_evidence_limit,
                                 .empty_lanes = false});
  }
  out +=
      "<table class=\"measures\"><thead><tr><th>Person</th><th>Post</th><th>Title as extracted"
      "</th><th>Province named</th><th>First attested</th><th>Last attested</th><th>Articles</th>"
      "<th>Evidence</th></tr></thead><tbody>";
  for (const Spell& spell : unplaced) {
    out += "<tr><td class=\"person\">";
    AppendHtmlEscaped(spell.person, out);
    out += "</td><td>";
    AppendPostName(spell.post, out);
    out += "</td><td>";
    AppendHtmlEscaped(spell.role_title, out);
    out += "</td><td>";
    AppendHtmlEscaped(spell.province_as_attested.empty() ? "\u2014" : spell.province_as_attested,
                      out);
    out += "</td><td class=\"date\">";
    AppendHtmlEscaped(spell.first_seen.empty() ? "\u2014" : spell.first_seen, out);
    out += "</td><td class=\"date\">";
    AppendHtmlEscaped(spell.last_seen.empty() ? "\u2014" : spell.last_seen, out);
    out += "</td><td class=\"num\">" + std::to_string(spell.article_count()) + "</td><td>";
    out += "<details class=\"evidence\"><summary>" +
           Count(spell.evidence.size(), "attestation", "attestations") + "</summary>";
    AppendEvidenceList(spell, out);
    out += "</details></td></tr>";
  }
  out += "</tbody></table></section>";
}

}  // namespace kg::leaders
