#include "tools/leaders/report_time_scale.h"

#include <chrono>

namespace kg::leaders {
namespace {

// Reads exactly `width` ASCII digits at `pos`.
std::optional<int> Digits(std::string_view text, size_t pos, size_t width) {
  if (pos + width > text.size()) return std::nullopt;
  int value = 0;
  for (size_t i = pos; i < pos + width; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

int DayNumber(int year, unsigned month, unsigned day) {
  const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{month},
                                         std::chrono::day{day}};
  return static_cast<int>(std::chrono::sys_days{date}.time_since_epoch().count());
}

}  // namespace

std::optional<int> IsoDayNumber(std::string_view date) {
  const std::optional<int> year = Digits(date, 0, 4);
  if (!year) return std::nullopt;
  int month = 1;
  int day = 1;
  if (date.size() > 4) {
    const std::optional<int> m = date[4] == '-' ? Digits(date, 5, 2) : std::nullopt;
    if (!m) return std::nullopt;
    month = *m;
    if (date.size() > 7) {
      const std::optional<int> d = date[7] == '-' ? Digits(date, 8, 2) : std::nullopt;
      if (!d || date.size() != 10) return std::nullopt;
      day = *d;
    } else if (date.size() != 7) {
      return std::nullopt;
    }
  }
  const std::chrono::year_month_day checked{std::chrono::year{*year},
                                            std::chrono::month{static_cast<unsigned>(month)},
                                            std::chrono::day{static_cast<unsigned>(day)}};
  if (!checked.ok()) return std::nullopt;
  return DayNumber(*year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

int YearOfDay(int day_number) {
  const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{day_number}}};
  return static_cast<int>(date.year());
}

void YearSpan::Include(int day_number) {
  const int year = YearOfDay(day_number);
  if (empty()) {
    first_year = year;
    end_year = year + 1;
    return;
  }
  if (year < first_year) first_year = year;
  if (year + 1 > end_year) end_year = year + 1;
}

YearScale::YearScale(YearSpan span, double x_begin, double x_end)
    : span_(span), x_begin_(x_begin), x_end_(x_end) {
  if (span_.empty()) span_.end_year = span_.first_year + 1;
  first_day_ = DayNumber(span_.first_year, 1, 1);
  end_day_ = DayNumber(span_.end_year, 1, 1);
}

double YearScale::X(int day_number) const {
  return x_begin_ + (x_end_ - x_begin_) * (day_number - first_day_) / (end_day_ - first_day_);
}

double YearScale::YearX(int year) const { return X(DayNumber(year, 1, 1)); }

}  // namespace kg::leaders
