#include "tools/leaders/report_svg_timeline.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <utility>

#include "tools/leaders/html_escape.h"
#include "tools/leaders/publication_range.h"
#include "tools/leaders/report_context.h"
#include "extract/text/utf8.h"

namespace kg::leaders {
namespace {

// Geometry in SVG user units; the page scales the whole drawing to its width.
constexpr double kWidth = 1140;
constexpr double kPlotBegin = 250;  // left of it: the lane titles
constexpr double kPlotEnd = kWidth - 24;
constexpr double kTop = 22;  // room for the as-of label
constexpr double kRowHeight = 18;
constexpr double kBarHeight = 12;
constexpr double kLanePadding = 6;
constexpr double kLaneMinHeight = 38;
constexpr double kEmptyLaneHeight = 30;
constexpr double kAxisHeight = 24;
constexpr double kMinBarWidth = 7;  // a spell attested on one day is still visible
constexpr double kCharWidth = 6.4;  // estimated advance of an 11px DejaVu Sans character
constexpr double kLabelGap = 4;     // between a bar and its name
constexpr double kRowGap = 10;      // between two spells sharing a row
constexpr double kMinYearLabelSpacing = 36;
constexpr const char* kConflictRed = "#d62020";

void AppendNumber(double value, std::string& out) {
  char buffer[32];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 1);
  std::string_view text(buffer, static_cast<size_t>(result.ptr - buffer));
  if (text.size() > 2 && text.substr(text.size() - 2) == ".0") text.remove_suffix(2);
  if (text == "-0") text = "0";
  out += text;
}

// Appends ` name="value"` with a number.
void AppendAttr(std::string_view name, double value, std::string& out) {
  out += ' ';
  out += name;
  out += "=\"";
  AppendNumber(value, out);
  out += '"';
}

// A bar and its name, laid out in a lane.
struct PlacedBar {
  const TimelineBar* bar = nullptr;
  double x0 = 0;
  double x1 = 0;
  bool label_left = false;  // the name is left of the bar when it would overflow the plot
  double occupied_begin = 0;
  double occupied_end = 0;
  size_t row = 0;
};

constexpr const char* kOutsideFlag = " \u2691";  // dated outside the publication window

std::string Label(const TimelineBar& bar) {
  std::string label = bar.spell->person;
  if (!bar.outside.empty()) label += kOutsideFlag;
  if (!bar.conflict.empty()) label += " \u26A0";
  // "(undated)" only when nothing is dated: a spell dated outside the window has its flag
  if (bar.first.empty() && bar.last.empty() && bar.outside.empty()) label += " (undated)";
  return label;
}

PlacedBar Place(const TimelineBar& bar, const YearScale& scale) {
  std::optional<int> first = IsoDayNumber(bar.first);
  std::optional<int> last = IsoDayNumber(bar.last);
  if (!first) first = last;
  if (!last) last = first;
  PlacedBar placed;
  placed.bar = &bar;
  if (!first) {  // undated: the whole lane, the name inside the bar
    placed.x0 = kPlotBegin;
    placed.x1 = kPlotEnd;
    placed.occupied_begin = kPlotBegin;
    placed.occupied_end = kPlotEnd;
    return placed;
  }
  placed.x0 = scale.X(std::min(*first, *last));
  placed.x1 = scale.X(std::max(*first, *last) + 1);  // the last day counts in full
  if (placed.x1 - placed.x0 < kMinBarWidth) {
    const double middle = (placed.x0 + placed.x1) / 2;
    placed.x0 = std::max(kPlotBegin, middle - kMinBarWidth / 2);
    placed.x1 = placed.x0 + kMinBarWidth;
  }
  const double label_width = kCharWidth * static_cast<double>(text::CodePointCount(Label(bar)));
  placed.label_left = placed.x1 + kLabelGap + label_width > kPlotEnd &&
                      placed.x0 - kLabelGap - label_width >= kPlotBegin;
  placed.occupied_begin = placed.label_left ? placed.x0 - kLabelGap - label_width : placed.x0;
  placed.occupied_end = placed.label_left ? placed.x1 : placed.x1 + kLabelGap + label_width;
  return placed;
}

// Gives each bar the first row where it and its name fit; returns the row count.
size_t AssignRows(std::vector<PlacedBar>& bars) {
  std::stable_sort(bars.begin(), bars.end(), [](const PlacedBar& a, const PlacedBar& b) {
    return a.occupied_begin < b.occupied_begin;
  });
  std::vector<double> row_ends;
  for (PlacedBar& bar : bars) {
    size_t row = 0;
    while (row < row_ends.size() && row_ends[row] + kRowGap > bar.occupied_begin) ++row;
    if (row == row_ends.size()) row_ends.push_back(0);
    row_ends[row] = bar.occupied_end;
    bar.row = row;
  }
  return row_ends.size();
}

std::string Tooltip(const TimelineBar& bar, size_t limit) {
  const Spell& spell = *bar.spell;
  const CorePostInfo& info = Info(spell.post);
  std::string tip = spell.person + "\n" + info.title + " \u2014 " + info.title_en;
  if (!spell.role_title.empty() && spell.role_title != info.title) {
    tip += "\nas extracted: " + spell.role_title;
  }
  if (!spell.province_as_attested.empty() && spell.province_as_attested != spell.province) {
    tip += "\nattested in: " + spell.province_as_attested;
  }
  tip += '\n';
  tip += DateRange(spell.first_seen, spell.last_seen);
  tip += " \u00B7 ";
  tip += Count(spell.article_count(), "article", "articles");
  if (!bar.conflict.empty()) tip += "\nCONFLICT with " + bar.conflict;
  if (bar.first.empty() && bar.last.empty())
    tip += "\nno date inside the corpus's publication range: drawn across the lane";
  if (!bar.outside.empty()) {
    tip += "\nOUTSIDE the corpus's publication range (not on the axis):";
    for (const std::string& date : bar.outside) tip += " " + date;
  }
  tip += "\nEvidence:";
  size_t shown = 0;
  for (const Attestation& attestation : spell.evidence) {
    if (shown++ == limit) {
      tip += "\n\u2026 ";
      tip += std::to_string(spell.evidence.size() - limit);
      tip += " more";
      break;
    }
    tip += "\n" + (attestation.date.empty() ? std::string("undated") : attestation.date) + "  " +
           attestation.article_id;
    if (!attestation.url.empty()) tip += "  " + attestation.url;
  }
  return tip;
}

// The bar of one spell: `css_class` "bar" or "bar undated", `extra` more attributes.
void AppendBarRect(const char* css_class, const char* extra, CorePost post, double x0, double x1,
                   double row_top, bool conflict, std::string& out) {
  out += "<rect class=\"";
  out += css_class;
  out += '"';
  AppendAttr("x", x0, out);
  AppendAttr("y", row_top + (kRowHeight - kBarHeight) / 2, out);
  AppendAttr("width", x1 - x0, out);
  AppendAttr("height", kBarHeight, out);
  out += " rx=\"3\" fill=\"";
  out += PostColour(post);
  out += '"';
  out += extra;
  if (conflict) out += " stroke=\"" + std::string(kConflictRed) + "\" stroke-width=\"2.5\"";
}

void AppendBar(const PlacedBar& placed, double row_top, size_t limit, std::string& out) {
  const TimelineBar& bar = *placed.bar;
  const Spell& spell = *bar.spell;
  const bool conflict = !bar.conflict.empty();
  const bool undated = bar.first.empty() && bar.last.empty();
  out += "<g class=\"spell";
  if (conflict) out += " conflict";
  if (undated) out += " undated";
  if (!bar.outside.empty()) out += " outside";
  out += '"';
  out += " data-spell=\"" + std::to_string(bar.id) + "\" data-post=\"";
  out += Info(spell.post).id;
  out += "\" data-first=\"";
  AppendHtmlEscaped(spell.first_seen, out);
  out += "\" data-last=\"";
  AppendHtmlEscaped(spell.last_seen, out);
  out += "\"><title>";
  AppendHtmlEscaped(Tooltip(bar, limit), out);
  out += "</title>";
  if (undated) {  // the post's colour, hatched: held, not known when
    AppendBarRect("bar undated", " fill-opacity=\"0.3\"", spell.post, placed.x0, placed.x1, row_top,
                  conflict, out);
    // Hatching as one dashed line as thick as the bar: no pattern to reference, so the
    // page keeps its rule of no url() at all.
    out += "/><line class=\"hatch\"";
    AppendAttr("x1", placed.x0, out);
    AppendAttr("y1", row_top + kRowHeight / 2, out);
    AppendAttr("x2", placed.x1, out);
    AppendAttr("y2", row_top + kRowHeight / 2, out);
    out += " stroke=\"";
    out += PostColour(spell.post);
    out += "\" stroke-width=\"";
    AppendNumber(kBarHeight, out);
    out += "\" stroke-dasharray=\"2 4\"";
    out += "/><text class=\"name on-hatch";  // a halo keeps it readable over the stripes
    out += conflict ? " conflict\"" : "\"";
    AppendAttr("x", placed.x0 + 6, out);
    AppendAttr("y", row_top + kRowHeight / 2 + 4, out);
    out += '>';
    AppendHtmlEscaped(Label(bar), out);
    out += "</text></g>";
    return;
  }
  AppendBarRect("bar", "", spell.post, placed.x0, placed.x1, row_top, conflict, out);
  out += "/><text class=\"name";
  out += conflict ? " conflict\"" : "\"";
  AppendAttr("x", placed.label_left ? placed.x0 - kLabelGap : placed.x1 + kLabelGap, out);
  AppendAttr("y", row_top + kRowHeight / 2 + 4, out);
  if (placed.label_left) out += " text-anchor=\"end\"";
  out += '>';
  AppendHtmlEscaped(Label(bar), out);
  out += "</text></g>";
}

void AppendLaneTitle(CorePost post, double top, double height, bool empty, std::string& out) {
  const CorePostInfo& info = Info(post);
  out += "<text class=\"lane-title";
  out += empty ? " empty\"" : "\"";
  AppendAttr("x", 10, out);
  AppendAttr("y", top + height / 2 - 2, out);
  out += '>';
  AppendHtmlEscaped(info.title, out);
  out += "</text><text class=\"lane-gloss\"";
  AppendAttr("x", 10, out);
  AppendAttr("y", top + height / 2 + 11, out);
  out += '>';
  AppendHtmlEscaped(info.title_en, out);
  out += "</text>";
  if (empty) {
    out += "<text class=\"lane-empty\"";
    AppendAttr("x", kPlotBegin + 8, out);
    AppendAttr("y", top + height / 2 + 4, out);
    out += ">no attested holder</text>";
  }
}

void AppendYearAxis(const YearScale& scale, double top, double bottom, std::string& out) {
  const YearSpan& span = scale.span();
  const double year_width = scale.YearX(span.first_year + 1) - scale.YearX(span.first_year);
  int step = 1;
  for (const int candidate : {1, 2, 5, 10, 20, 50, 100}) {
    step = candidate;
    if (year_width * candidate >= kMinYearLabelSpacing) break;
  }
  const bool centred = step == 1;  // a label per year sits in the middle of its year
  for (int year = span.first_year; year <= span.end_year; ++year) {
    const double x = scale.YearX(year);
    const bool labelled = year % step == 0;
    if (year_width >= 6 || labelled) {
      out += "<line class=\"grid\"";
      AppendAttr("x1", x, out);
      AppendAttr("y1", top, out);
      AppendAttr("x2", x, out);
      AppendAttr("y2", bottom + 4, out);
      out += "/>";
    }
    if (!labelled || (centred && year == span.end_year)) continue;
    out += "<text class=\"year\"";
    AppendAttr("x", centred ? x + year_width / 2 : x, out);
    AppendAttr("y", bottom + 17, out);
    out += '>' + std::to_string(year) + "</text>";
  }
  out += "<line class=\"axis\"";
  AppendAttr("x1", kPlotBegin, out);
  AppendAttr("y1", bottom, out);
  AppendAttr("x2", kPlotEnd, out);
  AppendAttr("y2", bottom, out);
  out += "/>";
}

void AppendAsOf(const YearScale& scale, std::string_view as_of, double bottom, std::string& out) {
  const std::optional<int> day = IsoDayNumber(as_of);
  if (!day) return;
  const double x = scale.X(*day);
  out += "<line class=\"as-of\"";
  AppendAttr("x1", x, out);
  AppendAttr("y1", kTop - 6, out);
  AppendAttr("x2", x, out);
  AppendAttr("y2", bottom, out);
  out += "/><text class=\"as-of\"";
  AppendAttr("x", x, out);
  AppendAttr("y", kTop - 9, out);
  out += x > kPlotEnd - 60 ? " text-anchor=\"end\">" : " text-anchor=\"middle\">";
  out += "as of ";
  AppendHtmlEscaped(as_of, out);
  out += "</text>";
}

}  // namespace

TimelineBar MakeTimelineBar(const Spell& spell, size_t id, std::string conflict,
                            const PublicationRange& range) {
  TimelineBar bar;
  bar.spell = &spell;
  bar.id = id;
  bar.conflict = std::move(conflict);
  DatesInsideWindow(range, spell, bar.first, bar.last);
  bar.outside = DatesOutsideWindow(range, spell);
  return bar;
}

std::string RenderTimelineSvg(const std::vector<TimelineBar>& bars, const TimelineFrame& frame) {
  const YearScale scale(frame.span, kPlotBegin, kPlotEnd);

  // Lay out each lane: its bars, their rows, its height.
  std::vector<std::vector<PlacedBar>> lanes(kCorePostCount);
  std::vector<double> lane_heights(kCorePostCount);
  for (const TimelineBar& bar : bars) {
    const int lane = static_cast<int>(bar.spell->post);
    if (lane < 0 || lane >= kCorePostCount) continue;
    lanes[lane].push_back(Place(bar, scale));
  }
  std::vector<int> shown;  // the lanes drawn, top to bottom
  double height = kTop;
  for (int lane = 0; lane < kCorePostCount; ++lane) {
    if (lanes[lane].empty() && !frame.empty_lanes) continue;
    shown.push_back(lane);
    const size_t rows = AssignRows(lanes[lane]);
    lane_heights[lane] =
        rows == 0
            ? kEmptyLaneHeight
            : std::max(kLaneMinHeight, static_cast<double>(rows) * kRowHeight + 2 * kLanePadding);
    height += lane_heights[lane];
  }
  const double axis_y = height;
  height += kAxisHeight;

  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 ";
  AppendNumber(kWidth, out);
  out += ' ';
  AppendNumber(height, out);
  out += '"';
  AppendAttr("width", kWidth, out);
  AppendAttr("height", height, out);
  out += " role=\"img\" aria-label=\"";
  AppendHtmlEscaped(frame.label, out);
  out += "\">";

  double top = kTop;
  for (size_t k = 0; k < shown.size(); ++k) {
    const int lane = shown[k];
    out += k % 2 == 0 ? "<rect class=\"lane\"" : "<rect class=\"lane odd\"";
    AppendAttr("x", 0, out);
    AppendAttr("y", top, out);
    AppendAttr("width", kWidth, out);
    AppendAttr("height", lane_heights[lane], out);
    out += "/>";
    top += lane_heights[lane];
  }
  if (!frame.span.empty()) AppendYearAxis(scale, kTop, axis_y, out);  // none when nothing is dated
  top = kTop;
  for (const int lane : shown) {
    AppendLaneTitle(static_cast<CorePost>(lane), top, lane_heights[lane], lanes[lane].empty(), out);
    const double rows_top = top + kLanePadding;
    for (const PlacedBar& placed : lanes[lane]) {
      AppendBar(placed, rows_top + static_cast<double>(placed.row) * kRowHeight,
                frame.tooltip_evidence_limit, out);
    }
    top += lane_heights[lane];
  }
  AppendAsOf(scale, frame.as_of, axis_y, out);
  out += "</svg>";
  return out;
}

}  // namespace kg::leaders
