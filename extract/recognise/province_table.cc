// The province table: the 63 units before 1 July 2025 and where each one went under
// Resolution 202/2025/QH15, from which the 34 units after that date are derived.
#include <string>
#include <vector>

#include "extract/recognise/provinces.h"

namespace kg::extract {
namespace {

struct OldUnit {
  const char* name;
  const char* name_en;
  bool city;
  const char* successor;  // the post-2025 unit it became part of
};

// Canonical names follow facts-format.md: modern tone placement ("Thanh Hóa", "Khánh Hòa",
// "Hòa Bình"), "TP Hồ Chí Minh", and an en dash in "Bà Rịa – Vũng Tàu" (scoring folds
// dashes, so "Bà Rịa - Vũng Tàu" compares equal).
constexpr OldUnit kOldUnits[] = {
    // North
    {"Hà Nội", "Hanoi", true, "Hà Nội"},
    {"Hà Giang", "Ha Giang", false, "Tuyên Quang"},
    {"Cao Bằng", "Cao Bang", false, "Cao Bằng"},
    {"Bắc Kạn", "Bac Kan", false, "Thái Nguyên"},
    {"Tuyên Quang", "Tuyen Quang", false, "Tuyên Quang"},
    {"Lào Cai", "Lao Cai", false, "Lào Cai"},
    {"Điện Biên", "Dien Bien", false, "Điện Biên"},
    {"Lai Châu", "Lai Chau", false, "Lai Châu"},
    {"Sơn La", "Son La", false, "Sơn La"},
    {"Yên Bái", "Yen Bai", false, "Lào Cai"},
    {"Hòa Bình", "Hoa Binh", false, "Phú Thọ"},
    {"Thái Nguyên", "Thai Nguyen", false, "Thái Nguyên"},
    {"Lạng Sơn", "Lang Son", false, "Lạng Sơn"},
    {"Quảng Ninh", "Quang Ninh", false, "Quảng Ninh"},
    {"Bắc Giang", "Bac Giang", false, "Bắc Ninh"},
    {"Phú Thọ", "Phu Tho", false, "Phú Thọ"},
    {"Vĩnh Phúc", "Vinh Phuc", false, "Phú Thọ"},
    {"Bắc Ninh", "Bac Ninh", false, "Bắc Ninh"},
    {"Hải Dương", "Hai Duong", false, "Hải Phòng"},
    {"Hải Phòng", "Hai Phong", true, "Hải Phòng"},
    {"Hưng Yên", "Hung Yen", false, "Hưng Yên"},
    {"Thái Bình", "Thai Binh", false, "Hưng Yên"},
    {"Hà Nam", "Ha Nam", false, "Ninh Bình"},
    {"Nam Định", "Nam Dinh", false, "Ninh Bình"},
    {"Ninh Bình", "Ninh Binh", false, "Ninh Bình"},
    // North Central
    {"Thanh Hóa", "Thanh Hoa", false, "Thanh Hóa"},
    {"Nghệ An", "Nghe An", false, "Nghệ An"},
    {"Hà Tĩnh", "Ha Tinh", false, "Hà Tĩnh"},
    {"Quảng Bình", "Quang Binh", false, "Quảng Trị"},
    {"Quảng Trị", "Quang Tri", false, "Quảng Trị"},
    {"Thừa Thiên Huế", "Thua Thien Hue", false, "Huế"},
    // South Central Coast
    {"Đà Nẵng", "Da Nang", true, "Đà Nẵng"},
    {"Quảng Nam", "Quang Nam", false, "Đà Nẵng"},
    {"Quảng Ngãi", "Quang Ngai", false, "Quảng Ngãi"},
    {"Bình Định", "Binh Dinh", false, "Gia Lai"},
    {"Phú Yên", "Phu Yen", false, "Đắk Lắk"},
    {"Khánh Hòa", "Khanh Hoa", false, "Khánh Hòa"},
    {"Ninh Thuận", "Ninh Thuan", false, "Khánh Hòa"},
    {"Bình Thuận", "Binh Thuan", false, "Lâm Đồng"},
    // Central Highlands
    {"Kon Tum", "Kon Tum", false, "Quảng Ngãi"},
    {"Gia Lai", "Gia Lai", false, "Gia Lai"},
    {"Đắk Lắk", "Dak Lak", false, "Đắk Lắk"},
    {"Đắk Nông", "Dak Nong", false, "Lâm Đồng"},
    {"Lâm Đồng", "Lam Dong", false, "Lâm Đồng"},
    // South East
    {"Bình Phước", "Binh Phuoc", false, "Đồng Nai"},
    {"Tây Ninh", "Tay Ninh", false, "Tây Ninh"},
    {"Bình Dương", "Binh Duong", false, "TP Hồ Chí Minh"},
    {"Đồng Nai", "Dong Nai", false, "Đồng Nai"},
    {"Bà Rịa – Vũng Tàu", "Ba Ria - Vung Tau", false, "TP Hồ Chí Minh"},
    {"TP Hồ Chí Minh", "Ho Chi Minh City", true, "TP Hồ Chí Minh"},
    // Mekong Delta
    {"Long An", "Long An", false, "Tây Ninh"},
    {"Tiền Giang", "Tien Giang", false, "Đồng Tháp"},
    {"Bến Tre", "Ben Tre", false, "Vĩnh Long"},
    {"Trà Vinh", "Tra Vinh", false, "Vĩnh Long"},
    {"Vĩnh Long", "Vinh Long", false, "Vĩnh Long"},
    {"Đồng Tháp", "Dong Thap", false, "Đồng Tháp"},
    {"An Giang", "An Giang", false, "An Giang"},
    {"Kiên Giang", "Kien Giang", false, "An Giang"},
    {"Cần Thơ", "Can Tho", true, "Cần Thơ"},
    {"Hậu Giang", "Hau Giang", false, "Cần Thơ"},
    {"Sóc Trăng", "Soc Trang", false, "Cần Thơ"},
    {"Bạc Liêu", "Bac Lieu", false, "Cà Mau"},
    {"Cà Mau", "Ca Mau", false, "Cà Mau"},
};

// Post-2025 units whose name no pre-2025 unit had.
struct NewUnit {
  const char* name;
  const char* name_en;
  bool city;
};
constexpr NewUnit kNewUnits[] = {
    {"Huế", "Hue", true},  // Thừa Thiên Huế, made a centrally-run city in 2025
};

std::vector<ProvinceInfo> BuildTable() {
  std::vector<ProvinceInfo> units;
  for (const OldUnit& u : kOldUnits) {
    ProvinceInfo p;
    p.name = u.name;
    p.name_en = u.name_en;
    p.city = u.city;
    p.before_2025 = true;
    p.successor = u.successor;
    units.push_back(std::move(p));
  }
  for (const NewUnit& u : kNewUnits) {
    ProvinceInfo p;
    p.name = u.name;
    p.name_en = u.name_en;
    p.city = u.city;
    units.push_back(std::move(p));
  }
  // A unit is post-2025 when some old unit names it as successor; it was formed from
  // those old units, itself first when it kept its name.
  for (ProvinceInfo& target : units) {
    if (target.before_2025 && target.successor == target.name)
      target.formed_from.push_back(target.name);
    for (const OldUnit& u : kOldUnits)
      if (target.name == u.successor && target.name != u.name) target.formed_from.push_back(u.name);
    target.after_2025 = !target.formed_from.empty();
  }
  return units;
}

}  // namespace

const std::vector<ProvinceInfo>& AllProvinces() {
  // built once, never changed: pointers into it stay valid for the program's life
  static const std::vector<ProvinceInfo>* const kUnits =
      new std::vector<ProvinceInfo>(BuildTable());
  return *kUnits;
}

}  // namespace kg::extract
