// Vietnam's provinces and centrally-run cities: the 63 before 1 July 2025 and the
// 34 after Resolution 202/2025/QH15, with the mapping from old units to new ones,
// and their mentions in text ("tỉnh Quảng Ninh", "TP HCM", "Thừa Thiên - Huế", "Đác Lắc").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

struct ProvinceInfo {
  std::string name;  // canonical, with diacritics: "Quảng Ninh", "Thừa Thiên Huế", "TP Hồ Chí Minh"
  std::string name_en;       // "Quang Ninh", "Thua Thien Hue", "Ho Chi Minh City"
  bool city = false;         // a centrally-run city (thành phố trực thuộc trung ương)
  bool before_2025 = false;  // one of the 63 units before 1 July 2025
  bool after_2025 = false;   // one of the 34 units from 1 July 2025
  std::string successor;  // for a pre-2025 unit: the post-2025 unit it is part of (itself if kept)
  std::vector<std::string> formed_from;  // for a post-2025 unit: the pre-2025 units merged into it
};

// All units, pre- and post-2025 (a unit that exists in both maps appears once).
const std::vector<ProvinceInfo>& AllProvinces();

// The unit a name as written refers to: case-, diacritic-, tone-placement-, dash- and
// prefix-insensitive ("tỉnh Quảng Ninh", "Quang Ninh", "TP HCM", "TP.HCM", "Sài Gòn" no,
// "Thừa Thiên - Huế", "Đác Lắc", "Bà Rịa-Vũng Tàu"). nullptr when unknown.
const ProvinceInfo* FindProvince(std::string_view as_written);

struct ProvinceMention {
  size_t begin = 0;  // the name
  size_t end = 0;
  size_t prefix_begin = 0;  // "tỉnh"/"thành phố"/"TP" before it, begin when none
  const ProvinceInfo* province = nullptr;
  bool prefixed = false;
};

// Province names in NFC text, in text order. Precise rather than eager: the name must be
// capitalised as a proper name and must not be part of a longer one ("Nguyễn Hải Dương",
// "Hà Nam Ninh"); "Hồ Chí Minh" is the city only with a TP/thành phố prefix (else it is the
// person); "TP Hạ Long" is a city inside Quảng Ninh, not a province.
std::vector<ProvinceMention> FindProvinceMentions(std::string_view nfc_text);

}  // namespace kg::extract
