// The report's stylesheet, inlined in its <head>: system fonts only, no url().
// Internal to the HTML report: use leaders/report_html.h instead.
#pragma once

namespace kg::leaders {

extern const char kReportStyle[];

}  // namespace kg::leaders
