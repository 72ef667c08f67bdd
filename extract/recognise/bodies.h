// Body names: "Ban Thường vụ Tỉnh ủy", "UBND tỉnh Quảng Ninh", "Sở Kế hoạch và
// Đầu tư", "Đoàn giám sát của Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh" (= Tỉnh ủy).
#pragma once

#include <optional>
#include <string>

#include "extract/recognise/sentence_view.h"

namespace kg::extract {

enum class BodyLevel { kUnknown, kNational, kProvincial, kLocal };

struct BodyMention {
  size_t unit_begin = 0;  // unit range [unit_begin, unit_end)
  size_t unit_end = 0;
  size_t begin = 0;  // byte span
  size_t end = 0;
  std::string name;        // canonical, abbreviations expanded, without the province
  std::string province;    // canonical province named with it, or ""
  std::string level_word;  // "tỉnh", "thành phố", "huyện"… as it qualifies the body, or ""
  BodyLevel level = BodyLevel::kUnknown;
  bool incomplete = false;  // "Ban cán sự đảng" or "Ban Thường vụ" with no parent body
  std::string kind;         // "party", "state", "front", "department", "other"
};

// Matches a body name that starts at unit `at`; nullopt when none starts there.
// `lower_case_head` accepts a head written in lower case, as the press does right
// after a title ("Trưởng đoàn đại biểu Quốc hội tỉnh").
std::optional<BodyMention> MatchBody(const SentenceView& s, size_t at,
                                     bool lower_case_head = false);

// Canonical display of a run of units: abbreviations expanded, tone marks in
// the modern place, known synonyms unified ("Ban Chấp hành Đảng bộ tỉnh" -> "Tỉnh ủy").
std::string CanonicalBodyName(const SentenceView& s, size_t unit_begin, size_t unit_end);

// The run of units as written (abbreviations expanded, tones and synonyms unified) before
// the organisation table is consulted.
std::string WrittenBodyName(const SentenceView& s, size_t unit_begin, size_t unit_end);

// Unifies known variants of a canonical name (also used for role titles).
std::string UnifyOrgName(std::string name);

}  // namespace kg::extract
