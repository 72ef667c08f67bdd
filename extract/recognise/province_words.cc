// The province recogniser's word tables: aliases and spelling variants of province
// names, and the words before a name that make it something else (a district, a street,
// a person's name). Tables() turns them, with the province list, into lookup keys.
#include <cassert>
#include <string>
#include <vector>

#include "extract/recognise/province_scan.h"

namespace kg::extract::province_scan {
namespace {

struct Alias {
  const char* written;
  const char* province;  // canonical name; nullptr for a longer name that is no province
  bool needs_prefix;
};

constexpr Alias kAliases[] = {
    {"Hanoi", "Hà Nội", false},
    {"Thừa Thiên - Huế", "Thừa Thiên Huế", false},
    {"TT-Huế", "Thừa Thiên Huế", false},
    {"Huế", "Thừa Thiên Huế", true},
    {"Hồ Chí Minh", "TP Hồ Chí Minh", true},
    {"HCM", "TP Hồ Chí Minh", true},
    {"TPHCM", "TP Hồ Chí Minh", false},
    {"Ho Chi Minh City", "TP Hồ Chí Minh", false},
    {"Bà Rịa Vũng Tàu", "Bà Rịa – Vũng Tàu", false},
    {"BR-VT", "Bà Rịa – Vũng Tàu", false},
    {"BRVT", "Bà Rịa – Vũng Tàu", false},
    {"Bắc Cạn", "Bắc Kạn", false},
    {"Kontum", "Kon Tum", false},
    // longer names that contain a province name but are something else
    {"Thái Bình Dương", nullptr, false},  // the Pacific
    {"Hà Nam Ninh", nullptr, false},      // the province of 1975-1991
    {"Điện Biên Phủ", nullptr, false},    // the city and the battle
    {"Điện Biên Đông", nullptr, false},   // a district
    {"Bình Định Vương", nullptr, false},  // Lê Lợi's title
};

// Spellings of "Đắk" and "Lắk" seen in the press; any pair, spaced or joined.
constexpr const char* kDak[] = {"Đắk", "Đắc", "Đăk", "Đăc", "Đác", "Đak", "Dak"};
constexpr const char* kLak[] = {"Lắk", "Lắc", "Lăk", "Lăc", "Lác", "Lak"};

// Words before an unprefixed name that make it a lower-level unit, a street or a river
// of the same name ("xã Hòa Bình", "đường Hải Phòng", "xa lộ Hà Nội", "sông Đồng Nai",
// "TX Quảng Trị"). Not "phố" ("đường phố Hà Nội" is Hanoi's streets) nor "hồ" ("giang hồ
// Hải Phòng" is its gangsters).
constexpr const char* kLocalWords[] = {"huyện", "quận", "xã",    "phường", "trấn", "thôn",
                                       "ấp",    "bản",  "đường", "lộ",     "sông", "tx"};

// A local word after this word is part of a common noun: "phố phường Hà Nội" (Hanoi's
// streets), "Sở Nông nghiệp và Phát triển nông thôn Thanh Hóa".
struct LocalWordException {
  const char* word;
  const char* after;
};
constexpr LocalWordException kLocalWordExceptions[] = {{"phường", "phố"}, {"thôn", "nông"}};

// Family names, and common middle names: right before a name they make it a person's
// ("Nguyễn Hải Dương", "Trần Thị Thái Bình"); a family name two words before does too
// ("đường Ngụy Như Kon Tum"). Left out as too often something else: "Từ" and "Như"
// (sentence-initial "from", "like"), "Đoàn" (a delegation: "Đoàn Nghệ An").
// clang-format off
constexpr const char* kFamilyNames[] = {
    "nguyễn", "trần",  "lê",    "phạm",  "hoàng", "huỳnh", "phan",  "vũ",     "võ",    "đặng",
    "bùi",    "đỗ",    "hồ",    "ngô",   "dương", "lý",    "đinh",  "trương", "lâm",   "mai",
    "đào",    "cao",   "hà",    "lương", "tô",    "chu",   "tạ",    "hứa",    "vương", "lại",
    "kiều",   "trịnh", "lưu",   "thái",  "châu",  "tăng",  "quách", "phùng",  "mạc",   "thân",
    "giang",  "la",    "lò",    "lục",   "nông",  "triệu", "tống",  "ông",    "âu",    "khổng",
    "diệp",   "bạch",  "doãn",  "hầu",   "vi",    "lã",    "lữ",    "nghiêm", "thạch", "phí",
    "ngụy",   "mẫn"};
// clang-format on
// clang-format off
constexpr const char* kMiddleNames[] = {
    "văn",  "thị",  "hữu",  "đức",  "đình", "ngọc",  "minh",  "quang", "xuân",   "thanh", "hồng",
    "kim",  "công", "bá",   "duy",  "trọng", "anh",   "quốc",  "mạnh",   "tiến",  "chí",
    "hoài", "bảo",  "gia",  "thế",  "viết",  "khắc",  "tấn",   "trung",  "việt",  "phước",
    "phúc", "huy",  "nhật", "tuấn", "đăng",  "sỹ",    "sĩ",    "thu",    "thúy",  "phương",
    "mỹ",   "bích", "hải",  "sơn",  "thành", "hoa",   "lan",   "khánh",  "đắc",   "hạnh"};
// clang-format on

// Capitalised words other than name syllables that make a following province name part
// of a longer name ("Giải Nobel Hòa Bình").
constexpr const char* kNameHeads[] = {"nobel"};

}  // namespace

bool IsLocalWordException(std::string_view key, std::string_view key_before) {
  for (const LocalWordException& e : kLocalWordExceptions)
    if (key == e.word && key_before == e.after) return true;
  return false;
}

const ProvinceInfo* Tables::ByName(const char* name) const {
  auto it = canonical.find(name);
  assert(it != canonical.end());
  return it == canonical.end() ? nullptr : it->second;
}

void Tables::Add(std::string_view written, const ProvinceInfo* p, bool needs_prefix) {
  if (p != nullptr) compact.try_emplace(CompactKey(written), p);
  // "TP Hồ Chí Minh": the text map holds the name after the prefix
  if (written.substr(0, 3) == "TP ") {
    written.remove_prefix(3);
    needs_prefix = true;
  }
  // Text keys keep their diacritics: ASCII forms are often other Vietnamese names
  // ("Thanh Hoa" is Tsinghua or a woman's name); the few ASCII spellings the press uses
  // for provinces ("Hanoi", "Daklak", "Kontum") are listed as variants.
  Run run;
  ReadRun(written, 0, false, nullptr, run);
  assert(run.count > 0 && run.end[run.count - 1] == written.size());
  if (run.count == 0) return;
  run.key.resize(run.key_len[run.count - 1]);
  first_syllables.insert(run.key.substr(0, run.key_len[0]));
  text_keys.try_emplace(run.key, Entry{p, needs_prefix});
}

Tables::Tables() {
  const std::vector<ProvinceInfo>& all = AllProvinces();
  for (const ProvinceInfo& p : all) canonical.emplace(p.name, &p);
  // pre-2025 names first, then variants, then post-2025-only names ("Huế"), so that
  // text forms of Huế stay with the 2017 province
  for (const ProvinceInfo& p : all)
    if (p.before_2025) {
      Add(p.name, &p, false);
      compact.try_emplace(CompactKey(p.name_en), &p);
    }
  for (const Alias& a : kAliases)
    Add(a.written, a.province == nullptr ? nullptr : ByName(a.province), a.needs_prefix);
  for (const char* dak : kDak) {
    for (const char* lak : kLak) {
      Add(std::string(dak) + " " + lak, ByName("Đắk Lắk"), false);
      Add(std::string(dak) + lak, ByName("Đắk Lắk"), false);
    }
    Add(std::string(dak) + " Nông", ByName("Đắk Nông"), false);
  }
  for (const ProvinceInfo& p : all)
    if (!p.before_2025) {
      Add(p.name, &p, false);
      compact.try_emplace(CompactKey(p.name_en), &p);
    }
  for (const char* w : kLocalWords) local_words.insert(WordKey(w));
  for (const char* w : kFamilyNames) family_names.insert(WordKey(w));
  for (const char* w : kMiddleNames) middle_names.insert(WordKey(w));
  for (const char* w : kNameHeads) name_heads.insert(WordKey(w));
}

const Tables& GetTables() {
  static const Tables* const kTables = new Tables();
  return *kTables;
}

}  // namespace kg::extract::province_scan
