// Dates as Vietnamese news writes them: "Ngày 21/6", "Sáng 9.1", "ngày 2.12.2020",
// "Thứ ba - 02/06/2020", "ngày 6-2", "trước ngày 12/12/2019", "ngày 15 tháng 3 năm 2021";
// and bare years ("năm 2021", "giai đoạn 2021-2025", "đến năm 2030").
//
// Recognition only: resolving a missing year against the article is analyze.cc's job.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

// A calendar date whose parts may be unknown (0).
struct PartialDate {
  int year = 0;
  int month = 0;
  int day = 0;
  // "YYYY-MM-DD"; "--MM-DD" without a year; "" without a day or month.
  std::string ToIso() const;
};

// How the date relates to what the clause says: "ngày 2/6" (on), "trước ngày 12/12"
// (before: a deadline), "sau ngày" (after), "từ ngày" (from), "đến ngày" / "đến hết ngày" (until).
enum class DateRelation { kOn, kBefore, kAfter, kFrom, kUntil };

struct DateMention {
  size_t begin = 0;  // byte span of the whole mention, the leading word included
  size_t end = 0;    // ("Sáng 9.1", "trước ngày 12/12/2019", "Thứ ba - 02/06/2020")
  PartialDate date;
  DateRelation relation = DateRelation::kOn;
  std::string part_of_day;  // "sáng", "chiều", "tối", "trưa", "đêm" as written (lower case), or ""
  std::string weekday;          // "thứ ba", "chủ nhật" (lower case), or ""
  bool clause_initial = false;  // opens a sentence or follows a comma/semicolon: "Ngày 2/6, …"
  bool day_word = false;  // introduced by "ngày" / a part of day / a weekday (not a bare "2/6")
};

// All dates in NFC text, in text order, never overlapping. A bare "d/m" or "d.m"
// counts only after "ngày", a part of day or a weekday (otherwise "2/3 số xã" is a
// fraction); a full "d/m/yyyy" counts anywhere. Impossible dates (31/2, month 13)
// are not dates. Document numbers ("100/2019/NĐ-CP", "15-NQ/TU") are never dates.
std::vector<DateMention> FindDates(std::string_view text);

// A four-digit year between 1945 and 2100 and how it is used.
struct YearMention {
  size_t begin = 0;  // the digits
  size_t end = 0;
  int year = 0;
  enum class Kind {
    kPlain,       // "năm 2021", "trong năm 2024"
    kRangeStart,  // "2021" of "2021-2025", "giai đoạn 2021 - 2025", "nhiệm kỳ 2020-2025"
    kRangeEnd,    // "2025" of those
    kHorizon,     // "đến năm 2030", "tầm nhìn đến 2045", "vào năm 2030"
    kInDate,  // the year of a full date ("2.12.2020") or of a document number ("100/2019/NĐ-CP")
  } kind = Kind::kPlain;
};

// Every year in NFC text, in text order.
std::vector<YearMention> FindYears(std::string_view text);
// The same, given FindDates(text) already found (one date scan an article, not two).
std::vector<YearMention> FindYears(std::string_view text, const std::vector<DateMention>& dates);

}  // namespace kg::extract
