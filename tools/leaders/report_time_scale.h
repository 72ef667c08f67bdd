// The time axis of the report's timelines: ISO dates to day numbers, and day
// numbers to x coordinates over whole calendar years.
// Internal to the HTML report: use leaders/report_html.h instead.
//
// Thread-safe: values and pure functions.
#pragma once

#include <optional>
#include <string_view>

namespace kg::leaders {

// Days since 1970-01-01 for "YYYY-MM-DD", "YYYY-MM" or "YYYY" (a missing month or
// day counts as the first); nullopt for "" and for anything malformed or impossible
// ("2021-02-30"), so that an undated spell is listed but never drawn.
std::optional<int> IsoDayNumber(std::string_view date);

// The calendar year a day number falls in.
int YearOfDay(int day_number);

// Whole years [first_year, end_year): the span the timelines share, so that the
// timelines of two provinces line up on the page.
struct YearSpan {
  int first_year = 0;
  int end_year = 0;  // exclusive
  bool empty() const { return end_year <= first_year; }
  void Include(int day_number);  // widens the span to the whole year of the day
};

// Linear map from the span's days onto [x_begin, x_end].
class YearScale {
 public:
  YearScale(YearSpan span, double x_begin, double x_end);
  double X(int day_number) const;
  double YearX(int year) const;  // x of 1 January of `year`
  const YearSpan& span() const { return span_; }

 private:
  YearSpan span_;
  int first_day_ = 0;
  int end_day_ = 1;
  double x_begin_ = 0;
  double x_end_ = 1;
};

}  // namespace kg::leaders
