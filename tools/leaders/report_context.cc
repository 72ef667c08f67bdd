#include "tools/leaders/report_context.h"

#include <optional>

#include "tools/leaders/html_escape.h"
#include "tools/leaders/publication_range.h"
#include "extract/text/normalize.h"

namespace kg::leaders {
namespace {

void IncludeDate(std::string_view date, YearSpan& span) {
  if (const std::optional<int> day = IsoDayNumber(date)) span.Include(*day);
}

// The axes span the evidence dated inside the publication window: a 2017 article that
// recalls 1957 or plans for 2030 is flagged, not drawn.
void IncludeSpells(const std::vector<Spell>& spells, const PublicationRange& range, YearSpan& span,
                   std::string& latest) {
  for (const Spell& spell : spells) {
    for (const Attestation& attestation : spell.evidence) {
      if (OutsidePublicationWindow(range, attestation.date)) continue;
      IncludeDate(attestation.date, span);
      if (IsoDayNumber(attestation.date) && attestation.date > latest) latest = attestation.date;
    }
  }
}

// "Quảng Ninh" -> "p-quang-ninh": folded, anything but [a-z0-9] as one '-'.
std::string Slug(std::string_view province) {
  std::string slug = "p-";
  for (const char c : text::Fold(province)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug.push_back(c);
    } else if (slug.back() != '-') {
      slug.push_back('-');
    }
  }
  while (slug.size() > 2 && slug.back() == '-') slug.pop_back();
  return slug;
}

}  // namespace

ReportContext::ReportContext(const Leadership& leadership, const ReportOptions& options)
    : leadership_(leadership), options_(options), conflicts_of_spell_(leadership.spells.size()) {
  IncludeSpells(leadership.spells, leadership.publication, span_, latest_);
  IncludeSpells(leadership.unplaced, leadership.publication, span_, latest_);
  as_of_ = leadership.as_of.empty() ? latest_ : leadership.as_of;
  IncludeDate(as_of_, span_);
  // Undated spells are drawn too, so an axis is needed even when nothing is dated.
  if (span_.empty() && !leadership.publication.to.empty())
    IncludeDate(leadership.publication.to, span_);

  for (size_t i = 0; i < leadership.spells.size(); ++i) {
    spells_by_province_[leadership.spells[i].province].push_back(i);
  }
  for (const ProvinceRow& row : leadership.provinces) {
    rows_.emplace(row.province, &row);
    if (spells_by_province_.count(row.province)) provinces_.push_back(row.province);
  }
  for (const auto& [province, spells] : spells_by_province_) {
    if (!rows_.count(province)) provinces_.push_back(province);
  }
  std::map<std::string, int> slugs_seen;
  for (const std::string& province : provinces_) {
    std::string slug = Slug(province);
    if (const int seen = slugs_seen[slug]++; seen > 0) {
      slug += '-';
      slug += std::to_string(seen + 1);
    }
    anchors_[province] = slug;
  }

  for (size_t c = 0; c < leadership.conflicts.size(); ++c) {
    const Conflict& conflict = leadership.conflicts[c];
    const size_t count = leadership.spells.size();
    if (conflict.spell_a >= count || conflict.spell_b >= count) continue;  // not ours to guess
    conflicts_of_spell_[conflict.spell_a].push_back(c);
    if (conflict.spell_b != conflict.spell_a) conflicts_of_spell_[conflict.spell_b].push_back(c);
  }
}

const std::vector<size_t>& ReportContext::SpellsOf(const std::string& province) const {
  static const std::vector<size_t> kNone;
  const auto it = spells_by_province_.find(province);
  return it == spells_by_province_.end() ? kNone : it->second;
}

const ProvinceRow* ReportContext::RowOf(const std::string& province) const {
  const auto it = rows_.find(province);
  return it == rows_.end() ? nullptr : it->second;
}

const std::string& ReportContext::AnchorOf(const std::string& province) const {
  static const std::string kNone = "p-";
  const auto it = anchors_.find(province);
  return it == anchors_.end() ? kNone : it->second;
}

std::string ReportContext::ConflictNote(size_t spell) const {
  std::string note;
  for (const size_t c : ConflictsOf(spell)) {
    const Conflict& conflict = leadership_.conflicts[c];
    const size_t other = conflict.spell_a == spell ? conflict.spell_b : conflict.spell_a;
    if (!note.empty()) note += "; ";
    note += leadership_.spells[other].person;
    note += ", ";
    note += DateRange(conflict.overlap_from, conflict.overlap_to);
  }
  return note;
}

const char* PostColour(CorePost post) {
  switch (post) {
    case CorePost::kSecretary: return "#1f5fa8";
    case CorePost::kStandingDeputySecretary: return "#4a90d9";
    case CorePost::kDeputySecretary: return "#93bfe8";
    case CorePost::kCommitteeChair: return "#2e8b57";
    case CorePost::kCommitteeViceChair: return "#8fcb9b";
    case CorePost::kCouncilChair: return "#9b6bb0";
    case CorePost::kNationalAssemblyDelegationHead: return "#e0a030";
  }
  return "#888888";
}

std::string DateRange(std::string_view first, std::string_view last) {
  if (first.empty() && last.empty()) return "undated";
  if (first.empty() || last.empty() || first == last)
    return std::string(first.empty() ? last : first);
  return std::string(first) + " \u2013 " + std::string(last);
}

std::string Count(size_t n, std::string_view singular, std::string_view plural) {
  return std::to_string(n) + " " + std::string(n == 1 ? singular : plural);
}

void AppendPostName(CorePost post, std::string& out) {
  out += "<span class=\"swatch\" style=\"background:";
  out += PostColour(post);
  out += "\"></span>";
  AppendHtmlEscaped(Info(post).title, out);
}

void AppendEvidenceList(const Spell& spell, std::string& out) {
  out += "<ol class=\"evidence\">";
  for (const Attestation& attestation : spell.evidence) {
    out += "<li><span class=\"date\">";
    AppendHtmlEscaped(attestation.date.empty() ? "undated" : attestation.date, out);
    out += "</span> <code>";
    AppendHtmlEscaped(attestation.article_id, out);
    out += "</code>";
    if (IsWebUrl(attestation.url)) {
      out += " <a href=\"";
      AppendHtmlEscaped(attestation.url, out);
      out += "\" rel=\"noreferrer\">";
      AppendHtmlEscaped(attestation.url, out);
      out += "</a>";
    } else if (!attestation.url.empty()) {
      out += " <span class=\"url\">";
      AppendHtmlEscaped(attestation.url, out);
      out += "</span>";
    }
    out += "</li>";
  }
  out += "</ol>";
}

}  // namespace kg::leaders
