// What every part of the HTML report needs: the data, the options, lookups
// derived once (conflicts per spell, the year span, anchors) and small formatters.
// Internal to the HTML report: use leaders/report_html.h instead.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "tools/leaders/leadership.h"
#include "tools/leaders/report_html.h"
#include "tools/leaders/report_time_scale.h"

namespace kg::leaders {

class ReportContext {
 public:
  ReportContext(const Leadership& leadership, const ReportOptions& options);

  const Leadership& leadership() const { return leadership_; }
  const ReportOptions& options() const { return options_; }
  // Leadership::as_of, else (a Leadership made by hand) the latest dated attestation;
  // "" when nothing is dated.
  const std::string& as_of() const { return as_of_; }
  bool as_of_is_latest() const { return !as_of_.empty() && as_of_ == latest_; }
  // Every dated attestation, placed or not, and the as-of date.
  const YearSpan& span() const { return span_; }

  // Provinces with at least one placed spell, in the order of Leadership::provinces
  // (then any province only the spells name), and their spells (indexes).
  const std::vector<std::string>& provinces_with_spells() const { return provinces_; }
  const std::vector<size_t>& SpellsOf(const std::string& province) const;
  const ProvinceRow* RowOf(const std::string& province) const;  // nullptr when absent
  // The page anchor of a province's section: "p-quang-ninh".
  const std::string& AnchorOf(const std::string& province) const;

  // Indexes into Leadership::conflicts of the conflicts a placed spell is part of.
  const std::vector<size_t>& ConflictsOf(size_t spell) const { return conflicts_of_spell_[spell]; }
  // "Nguyễn Văn A, 2021-02-01 – 2021-05-01" for each conflict of the spell.
  std::string ConflictNote(size_t spell) const;

 private:
  const Leadership& leadership_;
  const ReportOptions& options_;
  std::string as_of_;
  std::string latest_;  // the latest dated attestation
  YearSpan span_;
  std::vector<std::string> provinces_;
  std::map<std::string, std::vector<size_t>> spells_by_province_;
  std::map<std::string, const ProvinceRow*> rows_;
  std::map<std::string, std::string> anchors_;
  std::vector<std::vector<size_t>> conflicts_of_spell_;
};

// The colour of a post's bars and legend swatch ("#1f5fa8"). Never red: red marks conflicts.
const char* PostColour(CorePost post);
// "2020-01-03 – 2023-04-05", one date when both are equal, "undated" when none.
std::string DateRange(std::string_view first, std::string_view last);
// "1 article", "3 articles".
std::string Count(size_t n, std::string_view singular, std::string_view plural);

// The post's colour swatch and Vietnamese title.
void AppendPostName(CorePost post, std::string& out);

// An ordered list of a spell's attestations: date, article id, and the URL as a link
// when it is an http(s) URL (as text otherwise).
void AppendEvidenceList(const Spell& spell, std::string& out);

}  // namespace kg::leaders
