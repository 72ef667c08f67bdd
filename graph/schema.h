// The graph's data model as constants: the labels, relationship types and property
// keys that extraction writes and that the facts view, exports, `kg leaders` and the
// query tools read. ../docs/data-model.md describes what each means; a name here may
// not change without a migration note there (users' queries spell these names).
#pragma once

#include <array>
#include <string_view>

namespace kg::graph::schema {

// --- node labels ---
inline constexpr const char kPerson[] = "Person";
inline constexpr const char kRole[] = "Role";
inline constexpr const char kBody[] = "Body";
inline constexpr const char kEvent[] = "Event";
inline constexpr const char kDocument[] = "Document";
inline constexpr const char kTarget[] = "Target";

// --- relationship types ---
inline constexpr const char kHolds[] = "HOLDS";
inline constexpr const char kOf[] = "OF";
inline constexpr const char kChaired[] = "CHAIRED";
inline constexpr const char kConvened[] = "CONVENED";
inline constexpr const char kIssued[] = "ISSUED";
inline constexpr const char kDiscussed[] = "DISCUSSED";
inline constexpr const char kSet[] = "SET";
inline constexpr const char kAssignedTo[] = "ASSIGNED_TO";

// --- property keys ---
inline constexpr const char kName[] = "name";
inline constexpr const char kProvince[] = "province";
inline constexpr const char kKind[] = "kind";
inline constexpr const char kTitle[] = "title";
inline constexpr const char kTitleEn[] = "titleEn";
inline constexpr const char kFormer[] = "former";
inline constexpr const char kFirstSeen[] = "firstSeen";
inline constexpr const char kLastSeen[] = "lastSeen";
inline constexpr const char kDate[] = "date";
inline constexpr const char kOrdinal[] = "ordinal";
inline constexpr const char kNumber[] = "number";
inline constexpr const char kType[] = "type";
inline constexpr const char kTypeEn[] = "typeEn";
inline constexpr const char kAction[] = "action";
inline constexpr const char kIndicator[] = "indicator";
inline constexpr const char kValue[] = "value";
inline constexpr const char kUnit[] = "unit";
inline constexpr const char kComparator[] = "comparator";
inline constexpr const char kYear[] = "year";
inline constexpr const char kTask[] = "task";
inline constexpr const char kDeadline[] = "deadline";

// Target.kind values.
inline constexpr const char kIndicatorTarget[] = "indicator";
inline constexpr const char kTaskTarget[] = "task";

// The properties that hold dates (graph/store/date_value.h): on Event, Document and
// Target nodes `date` and `deadline`, on HOLDS `firstSeen`/`lastSeen`, on ASSIGNED_TO
// `date` and `deadline`. Graph files written before dates were typed (format 2 and
// older) hold these as strings; loading converts them.
inline constexpr std::array<std::string_view, 4> kDateKeys = {kDate, kDeadline, kFirstSeen,
                                                              kLastSeen};

}  // namespace kg::graph::schema
