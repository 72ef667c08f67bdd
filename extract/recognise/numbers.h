// Vietnamese numerals and the quantities they measure: "8,5%", "34.000 tỷ đồng",
// "88 triệu đồng", "trên 1.000 doanh nghiệp", "khoảng 11%", "từ 7% trở lên".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

// Vietnamese digit grouping: '.' groups thousands and ',' marks decimals
// ("34.000" = 34000, "8,5" = 8.5, "1.234,5" = 1234.5). A lone '.' followed by
// one or two digits is a decimal point as some sites write it ("8.5" = 8.5).
// nullopt when the text is not a number.
std::optional<double> ParseVietnameseNumber(std::string_view digits);

// A number with what it counts or measures.
struct Quantity {
  size_t begin = 0;  // whole mention: comparator (if any) .. end of unit
  size_t end = 0;
  size_t number_begin = 0;  // the digits alone
  size_t number_end = 0;
  double value = 0;  // scaled: "88 triệu đồng" = 88e6, "6.000 tỷ đồng" = 6e12, "2,5 triệu" = 2.5e6
  // "%" for per cent; "VND" for money in đồng (also "tỷ"/"triệu" followed by "đồng",
  // "VNĐ", "VND"); "USD" for dollars; otherwise the counted noun, one or two syllables
  // as written in lower case ("doanh nghiệp", "lao động", "người", "năm", "tháng");
  // "" when nothing follows.
  std::string unit;
  // ">=" (trở lên, ít nhất, tối thiểu), ">" (trên, hơn, vượt), "~" (khoảng, gần, xấp xỉ,
  // hơn … một chút is not handled), "<" (dưới), "<=" (tối đa, không quá), or "" (bare).
  std::string comparator;
  size_t comparator_begin = 0;  // start of the comparator word, number_begin when none
  bool fraction = false;        // "2/3", "1/2 số xã": a ratio, not a measured quantity
};

// Quantities in NFC text, in text order. Never returns a year ("năm 2021", "2021-2025"),
// a date ("2/6", "02/06/2020"), a time ("8h30", "14 giờ"), an ordinal ("lần thứ 5",
// "khóa XIV", "số 15"), a document number ("15-NQ/TU", "100/2019/NĐ-CP"), a phone
// number, or digits glued to letters ("COVID-19", "H5N1", "QL18", "F0").
std::vector<Quantity> FindQuantities(std::string_view text);

}  // namespace kg::extract
