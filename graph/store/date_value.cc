#include "graph/store/date_value.h"

#include <algorithm>

namespace kg::graph {
namespace {

bool Digits(std::string_view text, size_t from, size_t count, int& out) {
  out = 0;
  for (size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    out = out * 10 + (text[i] - '0');
  }
  return true;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// "MM-DD" at `from`: a month and a day of it (29 February when `year` is leap, or
// unknown: 0 counts as leap).
bool MonthAndDay(std::string_view text, size_t from, int year) {
  int month = 0, day = 0;
  if (text[from + 2] != '-' || !Digits(text, from, 2, month) || !Digits(text, from + 3, 2, day))
    return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

}  // namespace

bool IsIsoDate(std::string_view text) {
  int year = 0;
  return text.size() == 10 && text[4] == '-' && Digits(text, 0, 4, year) &&
         MonthAndDay(text, 5, year);
}

bool IsIsoMonthDay(std::string_view text) { return ParseIsoMonthDay(text).has_value(); }

std::optional<std::pair<int, int>> ParseIsoMonthDay(std::string_view text) {
  if (text.size() != 7 || text[0] != '-' || text[1] != '-' || !MonthAndDay(text, 2, 0))
    return std::nullopt;
  int month = 0, day = 0;
  Digits(text, 2, 2, month);
  Digits(text, 5, 2, day);
  return std::make_pair(month, day);
}

PropertyValue DateProperty(std::string_view text) {
  if (text.empty()) return PropertyValue();
  if (IsIsoDate(text)) return TemporalProperty{TemporalProperty::Kind::kDate, std::string(text)};
  if (IsIsoMonthDay(text))
    return TemporalProperty{TemporalProperty::Kind::kMonthDay, std::string(text)};
  return std::string(text);
}

std::string_view DateText(const PropertyValue* value) {
  if (value == nullptr) return {};
  if (value->is_string()) return value->as_string();
  if (value->is_temporal() && (value->as_temporal().kind == TemporalProperty::Kind::kDate ||
                               value->as_temporal().kind == TemporalProperty::Kind::kMonthDay))
    return value->as_temporal().text;
  return {};
}

bool IsFullDate(const PropertyValue* value) {
  if (value == nullptr) return false;
  if (value->is_temporal()) return value->as_temporal().kind == TemporalProperty::Kind::kDate;
  return value->is_string() && IsIsoDate(value->as_string());
}

std::string AttestedDate(std::string_view first_event_date, std::string_view published) {
  if (IsIsoDate(first_event_date)) return std::string(first_event_date);
  return IsIsoDate(published) ? std::string(published) : std::string();
}

size_t TypeDateStrings(Properties& properties, const std::vector<SymbolId>& date_keys) {
  size_t converted = 0;
  for (auto& [key, value] : properties) {
    if (!value.is_string() || std::find(date_keys.begin(), date_keys.end(), key) == date_keys.end())
      continue;
    PropertyValue typed = DateProperty(value.as_string());
    if (!typed.is_temporal()) continue;
    value = std::move(typed);
    ++converted;
  }
  return converted;
}

}  // namespace kg::graph
