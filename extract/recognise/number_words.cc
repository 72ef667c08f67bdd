// The quantity scanner's word tables; see number_words.h.
#include "extract/recognise/number_words.h"

#include <initializer_list>

#include "extract/text/vietnamese.h"

namespace kg::extract::number_scan {

using text::LexiconKey;

namespace {

KeySet MakeSet(std::initializer_list<const char*> words) {
  KeySet set;
  for (const char* w : words) set.insert(LexiconKey(w));
  return set;
}

}  // namespace

// Counted nouns of two or three syllables. A unit is the longest entry here that the
// words after the number spell; failing that, the first word alone (when it is a
// lower-case word and not a function word). Three-syllable entries are the few nouns
// whose first two syllables would mislead ("hợp tác" is not what is counted).
const KeySet& MultiWordUnits() {
  static const KeySet set = MakeSet({
      "doanh nghiệp",    "lao động",        "hộ nghèo",      "hộ dân",     "hộ cận nghèo",
      "đảng viên",       "học sinh",        "sinh viên",     "điểm cầu",   "tổ chức",
      "cơ sở",           "dự án",           "công trình",    "nhiệm vụ",   "chỉ tiêu",
      "giải pháp",       "đại biểu",        "cán bộ",        "công chức",  "viên chức",
      "chi bộ",          "đảng bộ",         "đơn vị",        "cơ quan",    "thị trấn",
      "thành phố",       "quốc gia",        "trường hợp",    "lượt khách", "lượt người",
      "du khách",        "khách hàng",      "bệnh nhân",     "ca bệnh",    "ca mắc",
      "ca nhiễm",        "giáo viên",       "bác sĩ",        "hội viên",   "đoàn viên",
      "thanh niên",      "chiến sĩ",        "cử tri",        "ý kiến",     "kiến nghị",
      "vụ án",           "vụ việc",         "đối tượng",     "sản phẩm",   "mô hình",
      "nghị quyết",      "chương trình",    "đề án",         "văn bản",    "hồ sơ",
      "thủ tục",         "phòng học",       "trường học",    "căn hộ",     "mét vuông",
      "tuyến đường",     "đồng chí",        "đồng bào",      "tập thể",    "cá nhân",
      "gia đình",        "nhà máy",         "cửa hàng",      "ngôi nhà",   "nhà ở",
      "ngư dân",         "nông dân",        "công nhân",     "người dân",  "thí sinh",
      "trẻ em",          "phụ nữ",          "thành viên",    "ủy viên",    "đại hội",
      "hội nghị",        "cuộc họp",        "chuyên đề",     "tác phẩm",   "di tích",
      "lễ hội",          "trang trại",      "ô tô",          "xe máy",     "phương tiện",
      "tàu cá",          "chuyến bay",      "sáng kiến",     "đề tài",     "tiêu chí",
      "chỉ số",          "huy chương",      "giải thưởng",   "bằng khen",  "giấy khen",
      "phần quà",        "suất quà",        "học bổng",      "ngày công",  "làng nghề",
      "tuyến phố",       "khu dân cư",      "cụm dân cư",    "hợp tác xã", "hộ gia đình",
      "khu công nghiệp", "cụm công nghiệp", "khu kinh tế",   "quyết định", "chỉ thị",
      "kết luận",        "nghị định",       "thông tư",      "công văn",   "kế hoạch",
      "công ty",         "đại diện",        "nam sinh",      "nữ sinh",    "diễn viên",
      "tổ máy",          "tòa nhà",         "ngôi làng",     "phòng thi",  "trận đấu",
      "cầu thủ",         "cổ phiếu",        "cổ phần",       "nhân viên",  "nhân khẩu",
      "máy bay",         "mã lực",          "tàu thuyền",    "cây số",     "lượt xe",
      "tiểu thương",     "người lao động",  "người có công", "tổ hợp tác", "đơn vị hành chính",
      "vận động viên",
  });
  return set;
}

// One-syllable nouns that surely count something; only needed to tell "2000 người"
// (a count) from a bare year such as "Mazda3 2017 đã".
const KeySet& KnownSingleUnits() {
  // clang-format off
  static const KeySet set = MakeSet({
      "người", "hộ", "xã", "phường", "thôn", "bản", "huyện", "tỉnh", "km", "ha", "m", "m2",
      "m3", "km2", "kg", "tấn", "tạ", "lít", "héc-ta", "hécta", "mét", "con", "cây",
      "chiếc", "cái", "căn", "ngôi", "lượt", "suất", "xe", "tàu", "trường", "lớp", "em",
      "cháu", "ca", "vụ", "điểm", "bậc", "bài", "cuốn", "bộ", "hộp", "gói", "phần", "năm",
      "tháng", "ngày", "tuần", "giờ", "phút", "giây", "lần", "tin", "đoàn", "đội", "nhóm",
      "khách", "ô", "lô", "thửa", "mẫu", "sào", "công", "cặp", "chuyến", "tuyến",
  });
  // clang-format on
  return set;
}

// Words that follow a number without being what it counts.
const KeySet& StopWords() {
  // clang-format off
  static const KeySet set = MakeSet({
      "và", "hoặc", "hay", "với", "của", "cho", "cùng", "trong", "ngoài", "trên", "dưới",
      "tại", "ở", "từ", "đến", "tới", "sang", "qua", "về", "vào", "ra", "lên", "xuống",
      "trở", "so", "theo", "để", "nhằm", "như", "nhưng", "nên", "vì", "do", "bởi", "khi",
      "sau", "trước", "đầu", "cuối", "giữa", "mới", "lại", "thêm", "rồi", "nữa", "cũng",
      "vẫn", "còn", "đều", "chỉ", "này", "đó", "kia", "nay", "ấy", "các", "những", "mọi",
      "mỗi", "một", "là", "đã", "được", "bị", "có", "không", "sẽ", "đang", "thì", "mà",
      "đạt", "tăng", "giảm", "chiếm", "hơn", "khoảng", "gần", "thuộc", "gồm", "bao", "nào",
      "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "thứ", "số", "vượt", "bằng", "gấp", "nhiều",
      "ít", "chưa", "xấp", "chừng", "ước", "tối", "trên", "dưới", "riêng", "tức",
  });
  // clang-format on
  return set;
}

// The word before a number that makes it a label, not an amount ("lần thứ 5",
// "số 15", "Điều 3", "Quốc lộ 18", "đường 3/2"), unless the word belongs to a compound
// of OrdinalExceptions ("dân số 1,2 triệu", "nâng cấp 15 km", "định kỳ 6 tháng").
const KeySet& OrdinalWords() {
  // clang-format off
  static const KeySet set = MakeSet({
      "thứ", "số", "khóa", "lần", "kỳ", "phiên", "đợt", "vòng", "lớp", "điều", "khoản",
      "chương", "mục", "quận", "phường", "khu", "tổ", "ấp", "xóm", "đội", "lộ", "hạng",
      "tầng", "trang", "quý", "top", "đường", "hình", "bảng", "cấp", "loại", "phòng",
      "phần", "mã", "kênh", "bước", "hiệp", "khoảnh", "nhóm",
  });
  // clang-format on
  return set;
}
const KeySet& OrdinalExceptions() {
  static const KeySet set = MakeSet({"tổng số", "con số", "dân số", "đa số", "nâng cấp", "cung cấp",
                                     "định kỳ", "mô hình", "tuyến đường"});
  return set;
}
const KeySet& OrdinalPairs() {
  // clang-format off
  static const KeySet set = MakeSet({
      "nghị quyết", "chỉ thị", "kết luận", "quyết định", "nghị định", "quy định",
      "thông tư", "công văn", "thông báo", "tờ trình", "kế hoạch", "giai đoạn", "đề án",
      "chương trình", "hướng dẫn", "pháp lệnh",
  });
  // clang-format on
  return set;
}

// Words before a day of the month ("ngày 21", "Sáng 9.1", "hôm 2/6", "Chủ nhật 5/6").
const KeySet& DayWords() {
  static const KeySet set = MakeSet({"ngày", "hôm", "sáng", "chiều", "tối", "trưa", "đêm", "khuya",
                                     "nhật", "mùng", "mồng", "dịp"});
  return set;
}

// Words before a bare four-digit number that make it a year even when a noun follows
// ("giai đoạn 2021 doanh nghiệp …" never counts 2021 businesses).
const KeySet& YearWords() {
  static const KeySet set = MakeSet({"năm", "đoạn", "kỳ", "khóa", "nhìn", "niên", "độ"});
  return set;
}

const std::unordered_map<std::string, double>& Multipliers() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string, double>;
    for (auto [w, v] :
         {std::pair{"nghìn", 1e3}, {"ngàn", 1e3}, {"triệu", 1e6}, {"tỷ", 1e9}, {"tỉ", 1e9}})
      m->emplace(LexiconKey(w), v);
    return m;
  }();
  return *map;
}

// Comparators before the number, longest phrase first (so "không dưới" beats "dưới").
const std::unordered_map<std::string, std::string>& LeadingComparators() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string, std::string>;
    for (auto [w, c] : {std::pair{"trên", ">"},
                        {"hơn", ">"},
                        {"vượt", ">"},
                        {"nhiều hơn", ">"},
                        {"vượt quá", ">"},
                        {"ít nhất", ">="},
                        {"tối thiểu", ">="},
                        {"không dưới", ">="},
                        {"không ít hơn", ">="},
                        {"khoảng", "~"},
                        {"gần", "~"},
                        {"chừng", "~"},
                        {"xấp xỉ", "~"},
                        {"trên dưới", "~"},
                        {"ước tính", "~"},
                        {"dưới", "<"},
                        {"chưa đến", "<"},
                        {"chưa tới", "<"},
                        {"ít hơn", "<"},
                        {"tối đa", "<="},
                        {"không quá", "<="},
                        {"không vượt quá", "<="},
                        {"không nhiều hơn", "<="}})
      m->emplace(LexiconKey(w), c);
    return m;
  }();
  return *map;
}

// Units glued to the digits ("600ha", "30m2", "500.000đ"); any other glued letters
// make the token a code or a time ("8h30", "14h", "5N1", "8.0L").
const std::unordered_map<std::string, std::string>& GluedUnits() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string, std::string>;
    for (const char* u : {"km", "km2", "m", "m2", "m3", "cm", "mm", "ha", "kg", "kw", "mw", "kwh",
                          "mwh", "gw", "ml", "tấn"})
      m->emplace(LexiconKey(u), LexiconKey(u));
    for (const char* u : {"đ", "vnđ", "vnd"}) m->emplace(LexiconKey(u), "VND");
    m->emplace("usd", "USD");
    return m;
  }();
  return *map;
}

}  // namespace kg::extract::number_scan
