// Dates as graph values. The extractors write an ISO date, '2020-06-02', when the
// article gives the year, and the ISO 8601 year-less form '--06-28' when it does not.
// The graph keeps the first as a `date` temporal and the second as a `month-day`
// (TemporalProperty::Kind::kMonthDay, java.time's MonthDay): a year-less date is never
// given a guessed year, and the query engine shows it as {year: null, month, day},
// which compares with no date (query/value.cc).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "graph/store/property_graph.h"
#include "graph/store/value.h"

namespace kg::graph {

// 'YYYY-MM-DD' naming a real day (1 ≤ month ≤ 12, the day in its month).
bool IsIsoDate(std::string_view text);
// '--MM-DD' naming a day of some year ('--02-29' included).
bool IsIsoMonthDay(std::string_view text);
// Its month and day ('--06-28' -> {6, 28}); nullopt when `text` is no month-day.
std::optional<std::pair<int, int>> ParseIsoMonthDay(std::string_view text);

// The value a date string is stored as: an ISO date → a date, '--MM-DD' → a
// month-day, "" → null (unknown), anything else stays the string it is (never lost).
PropertyValue DateProperty(std::string_view text);

// The ISO text of a stored date (a date, a month-day, or a string that an older graph
// file held); empty when `value` is null, absent or holds another kind of value.
std::string_view DateText(const PropertyValue* value);

// True for a date with its year (a `date` temporal, or an ISO date string).
bool IsFullDate(const PropertyValue* value);

// The date an article attests its facts on — the rule behind HOLDS firstSeen/lastSeen,
// shared by `kg build` and `kg leaders`: the date of the article's first event that
// has a full date, else its publication date when that is a full date, else "".
std::string AttestedDate(std::string_view first_event_date, std::string_view published);

// Converts every string of a date key (graph/schema.h kDateKeys) that has a date's
// shape into its typed value, as DateProperty does: what loading a graph file of
// format 2 or older does. Returns the number of values converted.
size_t TypeDateStrings(Properties& properties, const std::vector<SymbolId>& date_keys);

}  // namespace kg::graph
