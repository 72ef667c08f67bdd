// Proleptic Gregorian calendar arithmetic on epoch days (days since 1970-01-01),
// after Howard Hinnant's days_from_civil / civil_from_days, in 64-bit so that
// years ±999,999,999 fit; ISO 8601 weeks.
#include "query/temporal/temporal.h"

namespace kg::query {

const char* TemporalKindName(TemporalKind kind) {
  switch (kind) {
    case TemporalKind::kDate: return "Date";
    case TemporalKind::kLocalTime: return "LocalTime";
    case TemporalKind::kTime: return "Time";
    case TemporalKind::kLocalDateTime: return "LocalDateTime";
    case TemporalKind::kDateTime: return "DateTime";
    case TemporalKind::kDuration: return "Duration";
  }
  return "?";
}

int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = FloorDiv(y, 400);
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  int64_t era = FloorDiv(z, 146097);
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {y + (m <= 2), m, d};
}

bool IsLeapYear(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int64_t y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

int DayOfWeek(int64_t days) {
  // 1970-01-01 was a Thursday (4)
  return static_cast<int>(FloorMod(days + 3, 7)) + 1;
}

int64_t WeekOneMonday(int64_t week_year) {
  int64_t jan4 = DaysFromCivil(week_year, 1, 4);
  return jan4 - (DayOfWeek(jan4) - 1);
}

int64_t WeekYear(int64_t days) {
  int64_t y = CivilFromDays(days).year;
  if (days >= WeekOneMonday(y + 1)) return y + 1;
  if (days < WeekOneMonday(y)) return y - 1;
  return y;
}

int WeekOfYear(int64_t days) {
  return static_cast<int>((days - WeekOneMonday(WeekYear(days))) / 7) + 1;
}

int WeeksInYear(int64_t week_year) {
  return static_cast<int>((WeekOneMonday(week_year + 1) - WeekOneMonday(week_year)) / 7);
}

}  // namespace kg::query
