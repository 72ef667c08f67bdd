// The inline SVG timeline of one province (or of the unplaced spells): x is time
// in whole years, one lane per core post, one bar per spell from its first to its
// last attestation. A single-date spell is a short pill; overlapping spells of a
// lane (deputies, conflicts) stack in rows. A bar in a conflict has a red outline
// and a red label; every bar's <title> (its tooltip) lists the evidence. A spell with
// no date inside the frame (undated, or dated only outside the corpus's publication
// window) is a hatched bar across the whole lane: held, but not known when.
// Internal to the HTML report: use leaders/report_html.h instead.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "tools/leaders/leadership.h"
#include "tools/leaders/report_time_scale.h"

namespace kg::leaders {

struct TimelineBar {
  const Spell* spell = nullptr;
  size_t id = 0;                     // written as data-spell (the spell's index in its list)
  std::string conflict;              // non-empty when the spell is in a conflict: with whom, when
  std::string first;                 // the dates drawn: the spell's, inside the publication window;
  std::string last;                  // both "" draws the hatched undated bar
  std::vector<std::string> outside;  // dates outside the window: flagged in the label and tooltip
};
// A bar for `spell` with its dates clipped to the publication window of `range`.
TimelineBar MakeTimelineBar(const Spell& spell, size_t id, std::string conflict,
                            const PublicationRange& range);

struct TimelineFrame {
  YearSpan span;      // shared by every timeline of the report
  std::string as_of;  // a dashed line at this date; "" for none
  std::string label;  // the SVG's accessible name
  size_t tooltip_evidence_limit = 12;
  bool empty_lanes = true;  // draw the posts with no spell too (so provinces line up)
};

// The <svg> element.
std::string RenderTimelineSvg(const std::vector<TimelineBar>& bars, const TimelineFrame& frame);

}  // namespace kg::leaders
