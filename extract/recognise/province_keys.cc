// The keys a province name is looked up by: the word key of the scanner (lower case,
// modern tone placement, no allocation per word), the run of up to four words after a
// capital, and FindProvince's folded compact key.
#include <string>
#include <vector>

#include "extract/recognise/province_scan.h"
#include "extract/recognise/scanner.h"
#include "extract/text/normalize.h"
#include "extract/text/tone_marks.h"
#include "extract/text/utf8.h"
#include "extract/text/vietnamese.h"

namespace kg::extract::province_scan {

using scan::ByteAt;
using scan::DashLen;
using scan::IsAsciiLetter;
using scan::IsDigit;
using scan::SkipSpaces;

size_t AppendWordKey(std::string_view s, size_t pos, std::string& key, bool& upper,
                     bool& too_long) {
  char32_t cps[kMaxLetters];
  int n = 0;
  upper = false;
  too_long = false;
  size_t i = pos;
  while (i < s.size()) {
    unsigned char b = ByteAt(s, i);
    size_t next = i;
    char32_t c;
    if (b < 0x80) {
      if (!IsAsciiLetter(b)) break;
      c = b;
      next = i + 1;
    } else {
      c = scan::CodePointAt(s, i, &next);
      if (!text::IsLetter(c)) break;
    }
    if (i == pos) upper = text::IsUpperVietnamese(c);
    if (n < kMaxLetters) {
      cps[n++] = text::LowerVietnamese(c);
    } else {
      too_long = true;
    }
    i = next;
  }
  text::ModernToneAtWordEnd(cps, n);  // "hoà" -> "hòa", "Uỷ" -> "ủy", as LexiconKey does
  for (int k = 0; k < n; ++k) {
    if (cps[k] < 0x80) {
      key.push_back(static_cast<char>(cps[k]));
    } else {
      text::AppendUtf8(cps[k], key);
    }
  }
  return i;
}

std::string WordKey(std::string_view word) {
  std::string key;
  bool upper, too_long;
  AppendWordKey(word, 0, key, upper, too_long);
  return key;
}

void ReadRun(std::string_view s, size_t pos, bool require_upper,
             const std::unordered_set<std::string>* first, Run& run) {
  run.key.clear();
  run.count = 0;
  bool upper, too_long;
  size_t end = AppendWordKey(s, pos, run.key, upper, too_long);
  run.first_end = end > pos ? end : pos + 1;
  if (end == pos || too_long || (require_upper && !upper)) return;
  if (first != nullptr && first->find(run.key) == first->end()) return;
  run.key_len[0] = run.key.size();
  run.end[0] = end;
  run.count = 1;
  while (run.count < kMaxSyllables) {
    size_t q = SkipSpaces(s, end);
    char sep = ' ';
    if (size_t d = DashLen(s, q); d > 0) {
      q = SkipSpaces(s, q + d);
      sep = '-';
    } else if (q == end) {
      break;
    }
    size_t keep = run.key.size();
    run.key.push_back(sep);
    size_t word_end = AppendWordKey(s, q, run.key, upper, too_long);
    if (word_end == q || too_long || (require_upper && !upper)) {
      run.key.resize(keep);
      break;
    }
    end = word_end;
    run.key_len[run.count] = run.key.size();
    run.end[run.count] = end;
    ++run.count;
  }
}

std::string CompactKey(std::string_view as_written) {
  std::string folded = text::Fold(as_written);
  std::vector<std::string> words(1);
  for (char ch : folded) {
    auto b = static_cast<unsigned char>(ch);
    if (IsAsciiLetter(b) || IsDigit(b) || b >= 0x80) {
      words.back().push_back(ch);
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  size_t from = 0, to = words.size();
  if (to >= 2 && words[0] == "tinh") {
    from = 1;
  } else if (to >= 3 && words[0] == "thanh" && words[1] == "pho") {
    from = 2;
  } else if (to >= 2 && words[0] == "tp") {
    from = 1;
  }
  if (to - from >= 2 && (words[to - 1] == "province" || words[to - 1] == "city")) --to;
  std::string key;
  for (size_t i = from; i < to; ++i) key += words[i];
  return key;
}

}  // namespace kg::extract::province_scan
