// The quantity scanner behind FindQuantities. Its reading of a number outwards (unit,
// multipliers, ranges, comparators) is in numbers.cc; the checks of what a digit run is
// not (a code, a phone number, a label, a date, a clock time) are in quantity_context.cc.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/recognise/number_tokens.h"
#include "extract/recognise/numbers.h"

namespace kg::extract::number_scan {

class QuantityScanner {
 public:
  explicit QuantityScanner(std::string_view t) : t_(t) {}

  // Every quantity of the text, in text order.
  std::vector<Quantity> Run();

 private:
  // numbers.cc: a number read outwards from its digits
  size_t ScanAt(size_t i);
  size_t ScanSlash(const Numeral& a);
  std::optional<std::pair<std::string, size_t>> GluedSuffix(size_t e) const;
  size_t EmitRange(Quantity q, const Numeral& a, size_t lower_end, size_t r,
                   const std::array<Word, 3>& words, double lower_scale);
  double Finish(Quantity& q, size_t p, bool has_unit, bool fraction) const;
  std::pair<std::string, size_t> ReadUnit(size_t p, bool fraction) const;
  static bool KnownUnit(const std::string& unit);

  // quantity_context.cc: what is skipped, and the context that makes a number no amount
  size_t SkipRun(size_t p) const;
  size_t SkipPhone(size_t p) const;
  size_t SkipDashTail(size_t p) const;
  bool LeftGlued(size_t p) const;
  bool AtClauseStart(size_t p, std::string_view openers) const;
  static bool OrdinalContext(const std::array<Word, 3>& w);
  bool Continues(size_t previous_end, size_t i) const;
  bool ExcludedByContext(const Numeral& n, const std::array<Word, 3>& w) const;
  std::pair<std::string, size_t> Leading(const std::array<Word, 3>& w, size_t number_begin) const;
  bool ClockTime(const Quantity& q, bool plain, const Word& before) const;
  static bool IsLabel(const Quantity& q, const std::array<Word, 3>& words);

  std::string_view t_;
  std::vector<Quantity> out_;
  size_t label_end_ = 0;  // end of the last number read as a label ("khoản 1")
  size_t date_end_ = 0;   // end of the last date ("ngày 2/6")
};

}  // namespace kg::extract::number_scan
