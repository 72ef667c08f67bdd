// The date scanner's word lists; see date_words.h.
#include "extract/recognise/date_words.h"

namespace kg::extract::date_scan {

std::string_view WeekdayName(std::string_view key) {
  // clang-format off
  static constexpr std::string_view kDays[][2] = {
      {"hai", "hai"}, {"ba", "ba"}, {"tư", "tư"}, {"năm", "năm"}, {"sáu", "sáu"}, {"bảy", "bảy"},
      {"bẩy", "bảy"}, {"2", "hai"}, {"3", "ba"}, {"4", "tư"}, {"5", "năm"}, {"6", "sáu"}, {"7", "bảy"}};
  // clang-format on
  for (const auto& d : kDays)
    if (key == d[0]) return d[1];
  return {};
}

bool MakesThuOrdinal(std::string_view key) {
  static constexpr std::string_view kOrdinal[] = {"lần",  "hạng", "vị",    "kỳ",   "khóa",
                                                  "khoá", "đợt",  "phiên", "ngày", "đứng",
                                                  "xếp",  "tuần", "người"};
  for (std::string_view o : kOrdinal)
    if (key == o) return true;
  return false;
}

bool IsPartOfDay(std::string_view key) {
  return key == "sáng" || key == "chiều" || key == "tối" || key == "trưa" || key == "đêm";
}

}  // namespace kg::extract::date_scan
