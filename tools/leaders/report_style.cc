#include "tools/leaders/report_style.h"

namespace kg::leaders {

// DejaVu Sans first: Debian installs it with fontconfig and it covers Vietnamese.
const char kReportStyle[] = R"css(
:root { color-scheme: light; }
body { margin: 0; background: #ffffff; color: #1d2329;
  font: 14px/1.45 "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; }
.page { max-width: 1200px; margin: 0 auto; padding: 24px 32px 48px; }
header { border-bottom: 3px solid #1f5fa8; padding-bottom: 14px; margin-bottom: 18px; }
h1 { font-size: 26px; margin: 0 0 6px; }
h2 { font-size: 20px; margin: 0 0 4px; }
h3 { font-size: 16px; margin: 22px 0 4px; }
h4 { font-size: 13px; margin: 10px 0 2px; }
a { color: #1f5fa8; }
code { font: 12px "DejaVu Sans Mono", monospace; color: #444b52; }
.meta { margin: 0 0 10px; color: #444b52; }
.meta b { color: #1d2329; }
.counts { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; padding: 0; margin: 10px 0; }
.counts li { background: #f1f4f8; border-radius: 6px; padding: 6px 12px; }
.counts li b { font-size: 18px; margin-right: 4px; }
.counts li.alert { background: #fde8e8; color: #a31515; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 12px; color: #444b52; margin: 8px 0; }
.legend span { white-space: nowrap; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px;
  vertical-align: -1px; margin-right: 5px; }
.swatch.conflict { background: #ffffff; border: 2px solid #d62020; width: 16px; height: 8px; }
.swatch.dot { width: 7px; background: #777777; }
.swatch.undated { width: 18px;
  background: repeating-linear-gradient(90deg, #777777 0 2px, #dddddd 2px 6px); }
svg.timeline text.on-hatch { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; }
.outside-flag { color: #8a5a00; font-size: 12px; }
.swatch.as-of { width: 0; border-left: 2px dashed #555555; border-radius: 0; height: 14px; }
.note { color: #5a636b; font-size: 12.5px; margin: 4px 0 8px; }
.muted { color: #8a949c; }
nav.toc { background: #f7f9fb; border: 1px solid #e1e6eb; border-radius: 8px; padding: 10px 16px;
  margin-bottom: 24px; }
nav.toc h2 { font-size: 15px; margin-bottom: 6px; }
nav.toc ol { columns: 3; column-gap: 24px; margin: 0; padding-left: 22px; }
nav.toc li { break-inside: avoid; }
nav.toc .extra { margin: 8px 0 0; }
section { margin: 0 0 34px; }
section.province { border-top: 1px solid #e1e6eb; padding-top: 16px; }
.summary { color: #5a636b; margin: 0 0 8px; }
.flag, .conflict-mark { color: #c01818; font-weight: 600; }
.conflict-mark { display: block; font-size: 12px; }
svg.timeline { display: block; width: 100%; height: auto; margin: 4px 0 12px;
  font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; }
svg.timeline .lane { fill: #ffffff; }
svg.timeline .lane.odd { fill: #f5f7fa; }
svg.timeline .grid { stroke: #dde2e7; stroke-width: 1; }
svg.timeline .axis { stroke: #7a838b; stroke-width: 1; }
svg.timeline .year { font-size: 11px; fill: #5a636b; text-anchor: middle; }
svg.timeline .lane-title { font-size: 11.5px; font-weight: 600; fill: #1d2329; }
svg.timeline .lane-title.empty { fill: #9aa3ab; }
svg.timeline .lane-gloss { font-size: 9.5px; fill: #7a838b; }
svg.timeline .lane-empty { font-size: 10.5px; font-style: italic; fill: #b0b8bf; }
svg.timeline .name { font-size: 11px; fill: #1d2329; }
svg.timeline .name.conflict { fill: #c01818; font-weight: 600; }
svg.timeline .as-of { stroke: #555555; stroke-width: 1.2; stroke-dasharray: 4 3; }
svg.timeline text.as-of { stroke: none; font-size: 10.5px; fill: #444b52; }
svg.timeline .spell:hover rect { opacity: 0.8; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0 8px; }
th { text-align: left; font-weight: 600; color: #444b52; background: #f1f4f8;
  border-bottom: 2px solid #d5dce3; padding: 6px 8px; }
td { border-bottom: 1px solid #e6eaee; padding: 6px 8px; vertical-align: top; }
td.post { width: 270px; }
td.post .vi { font-weight: 600; }
td.post .en { display: block; font-size: 11.5px; color: #6b747c; margin-left: 17px; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.gap td { background: #fbfbfc; }
.holder { display: block; }
td.holders .holder { font-weight: 600; }
td.others .holder { color: #4a535b; }
.range { font-weight: normal; font-size: 11.5px; color: #7a838b; white-space: nowrap; }
.holder .range { display: block; }
td.person { font-weight: 600; }
.badge { font-size: 10.5px; font-weight: 600; color: #8a5a00; background: #fff1d0;
  border-radius: 4px; padding: 1px 5px; white-space: nowrap; }
details.evidence { font-size: 12.5px; margin: 4px 0; }
details.evidence summary { cursor: pointer; color: #1f5fa8; }
ol.evidence { margin: 2px 0 6px; padding-left: 24px; }
ol.evidence .date { font-variant-numeric: tabular-nums; color: #444b52; }
ol.evidence a, ol.evidence .url { word-break: break-all; }
.term { display: inline-block; background: #eef2f6; border-radius: 4px; padding: 1px 7px;
  margin: 0 6px 3px 0; font-size: 12px; }
.term.high { background: #fde8d0; color: #8a4500; }
table.coverage { font-size: 12px; }
table.coverage th { font-size: 11px; }
table.coverage td.gap { background: #fdecec; color: #b03030; text-align: center; }
.cluster { margin: 0 0 6px; }
.cluster ul { margin: 2px 0 0; padding-left: 20px; }
.cluster li.core { font-weight: 600; }
.cluster .range { display: inline; }
.silent { font-size: 12.5px; color: #5a636b; }
footer { border-top: 1px solid #e1e6eb; color: #8a949c; font-size: 12px; padding-top: 10px; }
@media print { details.evidence { display: none; } }
)css";

}  // namespace kg::leaders
