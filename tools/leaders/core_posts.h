// Which Role titles are the core posts of a province, and which are Central Committee
// membership. Matching is on text::Fold keys (case, diacritics and tone placement do
// not matter: "Uỷ"/"Ủy" fold alike) after the press's abbreviations are spelled out
// (UBND, HĐND, ĐBQH, TP, TW/TƯ, BCH). The whole title must be a core post's name,
// optionally followed by the province: "Bí thư Ban cán sự đảng UBND tỉnh", "Bí thư
// Huyện ủy", "Phó Chủ tịch Thường trực HĐND tỉnh" and "nguyên Bí thư Tỉnh ủy" are not.
//
// Internal to the leaders module; use leaders/leadership.h.
#pragma once

#include <optional>
#include <string_view>

#include "extract/recognise/provinces.h"
#include "tools/leaders/leadership.h"

namespace kg::leaders {

// The level a title names: a province ("Tỉnh ủy", "UBND tỉnh"), a city ("Thành ủy",
// "UBND thành phố", which is a province's post only in a centrally-run city), or
// none at all ("Trưởng Đoàn ĐBQH", whose delegation is always a province's).
enum class PostLevel { kProvince, kCity, kUnstated };

struct PostMatch {
  CorePost post{};
  PostLevel level = PostLevel::kUnstated;
  const extract::ProvinceInfo* named_province = nullptr;  // "Bí thư Tỉnh ủy Quảng Ninh"
};

// The core post a title names, whatever the province; nullopt when it names none.
std::optional<PostMatch> ClassifyTitle(std::string_view title);

// The core post of `province` (the as-attested unit, nullptr when unknown) that a Role
// with this title is. A city-level title is a province's post only in a centrally-run
// city: "Bí thư Thành ủy" of Quảng Ninh is Hạ Long's secretary. With the province
// unknown the title decides (the spell is unplaced anyway). A province named in the
// title must be the Role's own.
std::optional<CorePost> CorePostOf(std::string_view title, const extract::ProvinceInfo* province);

enum class CentralCommittee { kNone, kMember, kAlternate };
// "Ủy viên (Ban Chấp hành) Trung ương (Đảng)", "Ủy viên Bộ Chính trị", "Bí thư Trung
// ương Đảng", "Tổng Bí thư" are members; "Ủy viên dự khuyết Ban Chấp hành Trung ương
// Đảng" is an alternate.
CentralCommittee CentralCommitteeOf(std::string_view title);

// True when a title names a local body ("Giám đốc Sở Tài chính", "Bí thư Huyện ủy",
// "Chủ tịch UBND tỉnh"): a Role with such a title and no province is no evidence that
// two namesakes are one person.
bool IsLocalTitle(std::string_view title);

}  // namespace kg::leaders
