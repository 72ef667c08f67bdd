// A province's section of the HTML report.
#include <algorithm>
#include <set>

#include "tools/leaders/html_escape.h"
#include "tools/leaders/publication_range.h"
#include "tools/leaders/report_sections.h"
#include "tools/leaders/report_svg_timeline.h"

namespace kg::leaders {
namespace {

std::vector<size_t> SpellsInPost(const ReportContext& context, const std::vector<size_t>& spells,
                                 CorePost post) {
  std::vector<size_t> in_post;
  for (const size_t i : spells) {
    if (context.leadership().spells[i].post == post) in_post.push_back(i);
  }
  return in_post;
}

void AppendPostCell(CorePost post, std::string& out) {
  const CorePostInfo& info = Info(post);
  out += "<td class=\"post\"><span class=\"swatch\" style=\"background:";
  out += PostColour(post);
  out += "\"></span><span class=\"vi\">";
  AppendHtmlEscaped(info.title, out);
  out += "</span><span class=\"en\">";
  AppendHtmlEscaped(info.title_en, out);
  out += "</span></td>";
}

// The badge's tooltip: the membership's attestations.
std::string CentralCommitteeTip(const ProvinceRow& row) {
  std::string tip =
      "\u1EE6y vi\u00EAn Ban Ch\u1EA5p h\u00E0nh Trung \u01B0\u01A1ng \u0110\u1EA3ng, attested:";
  for (const Attestation& attestation : row.central_committee_evidence) {
    tip += '\n';
    tip += attestation.date.empty() ? "undated" : attestation.date;
    tip += "  ";
    tip += attestation.article_id;
  }
  return tip;
}

// `central_committee`: the province row when the holder's Central Committee
// membership is attested, else nullptr.
// A holder whose evidence is dated outside the corpus's publication window is flagged.
void AppendHolder(const Spell& spell, const ProvinceRow* central_committee,
                  const PublicationRange& range, std::string& out) {
  out += "<span class=\"holder\">";
  AppendHtmlEscaped(spell.person, out);
  if (const std::vector<std::string> outside = DatesOutsideWindow(range, spell); !outside.empty()) {
    std::string tip = "dated outside the corpus's publication range (" + range.from + " \u2013 " +
                      range.to + "), left off the timeline's axis:";
    for (const std::string& date : outside) tip += " " + date;
    out += " <span class=\"outside-flag\" title=\"";
    AppendHtmlEscaped(tip, out);
    out += "\">\u2691 outside the publication range</span>";
  }
  if (central_committee) {
    out += " <span class=\"badge\" title=\"";
    AppendHtmlEscaped(CentralCommitteeTip(*central_committee), out);
    out += "\">Central Committee</span>";
  }
  out += " <span class=\"range\">";
  AppendHtmlEscaped(DateRange(spell.first_seen, spell.last_seen), out);
  out += "</span></span>";
}

// One row: the post, its holders as of the date and the others, the span of its
// evidence, its article count and its conflicts.
void AppendPostRow(const ReportContext& context, const std::string& province, CorePost post,
                   const std::vector<size_t>& spells, std::string& out) {
  const Leadership& leadership = context.leadership();
  const std::vector<size_t> in_post = SpellsInPost(context, spells, post);
  out += in_post.empty() ? "<tr class=\"gap\">" : "<tr>";
  AppendPostCell(post, out);
  if (in_post.empty()) {
    out += "<td colspan=\"6\" class=\"muted\">no attested holder</td></tr>";
    return;
  }
  const ProvinceRow* row = context.RowOf(province);
  const ProvinceRow* central_committee =
      post == CorePost::kSecretary && row && row->secretary_in_central_committee ? row : nullptr;
  const std::vector<size_t> current = HoldersAsOf(context, province, post);
  out += "<td class=\"holders\">";
  if (current.empty()) out += "<span class=\"muted\">none attested</span>";
  for (const size_t i : current)
    AppendHolder(leadership.spells[i], central_committee, leadership.publication, out);
  out += "</td><td class=\"others\">";
  std::vector<size_t> others;
  for (const size_t i : in_post) {
    if (std::find(current.begin(), current.end(), i) == current.end()) others.push_back(i);
  }
  std::stable_sort(others.begin(), others.end(), [&](size_t a, size_t b) {
    return leadership.spells[a].last_seen > leadership.spells[b].last_seen;
  });
  for (const size_t i : others)
    AppendHolder(leadership.spells[i], nullptr, leadership.publication, out);
  out += "</td>";

  std::string first;
  std::string last;
  std::set<std::string> articles;
  std::set<size_t> conflicts;
  for (const size_t i : in_post) {
    const Spell& spell = leadership.spells[i];
    if (!spell.first_seen.empty() && (first.empty() || spell.first_seen < first))
      first = spell.first_seen;
    if (spell.last_seen > last) last = spell.last_seen;
    for (const Attestation& attestation : spell.evidence) articles.insert(attestation.article_id);
    for (const size_t c : context.ConflictsOf(i)) conflicts.insert(c);
  }
  out += "<td class=\"date\">";
  AppendHtmlEscaped(first.empty() ? "\u2014" : first, out);
  out += "</td><td class=\"date\">";
  AppendHtmlEscaped(last.empty() ? "\u2014" : last, out);
  out += "</td><td class=\"num\">" + std::to_string(articles.size()) + "</td><td>";
  for (const size_t c : conflicts) {
    const Conflict& conflict = leadership.conflicts[c];
    out += "<span class=\"conflict-mark\" title=\"two holders of a single-holder post\">\u26A0 ";
    AppendHtmlEscaped(leadership.spells[conflict.spell_a].person + " / " +
                          leadership.spells[conflict.spell_b].person + ", " +
                          DateRange(conflict.overlap_from, conflict.overlap_to),
                      out);
    out += "</span>";
  }
  out += "</td></tr>";
}

void AppendEvidence(const ReportContext& context, const std::vector<size_t>& spells,
                    size_t article_count, std::string& out) {
  out += "<details class=\"evidence\"><summary>Evidence: ";
  out += Count(article_count, "article", "articles");
  out += "</summary>";
  for (const size_t i : spells) {
    const Spell& spell = context.leadership().spells[i];
    out += "<div class=\"spell-evidence\"><h4>";
    AppendHtmlEscaped(spell.person, out);
    out += " \u2014 ";
    AppendHtmlEscaped(Info(spell.post).title, out);
    out += " <span class=\"range\">";
    AppendHtmlEscaped(DateRange(spell.first_seen, spell.last_seen), out);
    out += "</span></h4>";
    AppendEvidenceList(spell, out);
    out += "</div>";
  }
  out += "</details>";
}

}  // namespace

std::vector<size_t> HoldersAsOf(const ReportContext& context, const std::string& province,
                                CorePost post) {
  const int index = static_cast<int>(post);
  if (const ProvinceRow* row = context.RowOf(province)) {
    std::vector<size_t> holders;
    if (index >= static_cast<int>(row->holders.size())) return holders;
    for (const size_t i : row->holders[index]) {
      if (i < context.leadership().spells.size()) holders.push_back(i);
    }
    return holders;
  }
  // No row for the province: the spells attested last.
  const std::vector<size_t> in_post = SpellsInPost(context, context.SpellsOf(province), post);
  std::string latest;
  for (const size_t i : in_post)
    latest = std::max(latest, context.leadership().spells[i].last_seen);
  std::vector<size_t> holders;
  for (const size_t i : in_post) {
    if (context.leadership().spells[i].last_seen == latest) holders.push_back(i);
  }
  return holders;
}

void AppendProvinceSection(const ReportContext& context, const std::string& province,
                           std::string& out) {
  const Leadership& leadership = context.leadership();
  const std::vector<size_t>& spells = context.SpellsOf(province);
  std::set<std::string> articles;
  std::set<graph::NodeId> persons;
  std::set<size_t> conflicts;
  std::vector<TimelineBar> bars;
  size_t undated = 0;
  for (const size_t i : spells) {
    const Spell& spell = leadership.spells[i];
    persons.insert(spell.person_id);
    for (const Attestation& attestation : spell.evidence) articles.insert(attestation.article_id);
    for (const size_t c : context.ConflictsOf(i)) conflicts.insert(c);
    bars.push_back(MakeTimelineBar(spell, i, context.ConflictNote(i), leadership.publication));
    if (bars.back().first.empty()) ++undated;
  }

  out += "<section class=\"province\" id=\"";
  out += context.AnchorOf(province);
  out += "\"><h2>";
  AppendHtmlEscaped(province, out);
  out += "</h2><p class=\"summary\">";
  out += Count(spells.size(), "spell", "spells") + " \u00B7 " +
         Count(persons.size(), "person", "persons") + " \u00B7 " +
         Count(articles.size(), "article", "articles");
  if (!conflicts.empty()) {
    out += " \u00B7 <span class=\"flag\">\u26A0 " +
           Count(conflicts.size(), "conflict", "conflicts") + "</span>";
  }
  if (undated > 0)
    out +=
        " \u00B7 " + std::to_string(undated) + " with no date in the publication range (hatched)";
  out += "</p>";
  if (!context.span().empty() || undated > 0) {
    out += RenderTimelineSvg(bars,
                             {.span = context.span(),
                              .as_of = context.as_of(),
                              .label = "Timeline of the core posts in " + province,
                              .tooltip_evidence_limit = context.options().tooltip_evidence_limit});
  }
  out += "<table class=\"posts\"><thead><tr><th>Post</th><th>Holder as of ";
  AppendHtmlEscaped(context.as_of().empty() ? "the latest evidence" : context.as_of(), out);
  out +=
      "</th><th>Other holders attested</th><th>First attested</th><th>Last attested</th>"
      "<th>Articles</th><th>Conflict</th></tr></thead><tbody>";
  for (int post = 0; post < kCorePostCount; ++post) {
    AppendPostRow(context, province, static_cast<CorePost>(post), spells, out);
  }
  out += "</tbody></table>";
  AppendEvidence(context, spells, articles.size(), out);
  out += "</section>";
}

}  // namespace kg::leaders
