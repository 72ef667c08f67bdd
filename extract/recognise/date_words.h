// The words of the date scanner (dates.cc, date_intro.cc): weekday names, the words that
// make "thứ" an ordinal rather than a weekday, and the parts of the day. Keys are lower
// case as written (tone marks where the text has them).
#pragma once

#include <string_view>

namespace kg::extract::date_scan {

// The weekday "thứ <key>" names, as written in full ("bẩy" and "7" -> "bảy"); "" when
// the key is no weekday.
std::string_view WeekdayName(std::string_view key);

// "lần", "ngày", "người" … before "thứ": "lần thứ 5", "ngày thứ ba" count, not name a day.
bool MakesThuOrdinal(std::string_view key);

// "sáng", "chiều", "tối", "trưa", "đêm".
bool IsPartOfDay(std::string_view key);

}  // namespace kg::extract::date_scan
