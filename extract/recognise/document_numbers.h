// Documents by the Party's and the state's numbering conventions:
//   Party: "15-NQ/TU", "35-CT/TW", "01-KL/TU", "12-QĐ/TW", "05-NQ/ĐH"
//   State: "100/2019/NĐ-CP", "22/2019/TT-BTTTT", "134/KH-UBND", "10/CĐ-UBND",
//          "1234/QĐ-UBND", "05/2020/NQ-HĐND", "61/2019/QH14"
// with the type word written before the number ("Nghị quyết số 15-NQ/TU").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

struct DocumentMention {
  size_t begin = 0;  // the number itself
  size_t end = 0;
  size_t type_begin = 0;  // the type word before it ("Nghị quyết số …"), begin when none
  std::string number;     // as printed, spaces removed, "Đ" kept: "100/2019/NĐ-CP"
  // The type in Vietnamese ("Nghị quyết", "Chỉ thị", "Kết luận", "Quyết định", "Quy định",
  // "Kế hoạch", "Chương trình", "Thông báo", "Công điện", "Nghị định", "Thông tư", "Luật",
  // "Công văn", "Hướng dẫn", "Báo cáo", "Đề án", "Tờ trình"): from the word before the
  // number, else from the code (NQ, CT, KL, QĐ, QĐi, KH, CTr, TB, CĐ, NĐ, TT, HD, BC, ĐA, TTr);
  // "" when neither tells.
  std::string type;
  std::string type_en;  // "Resolution", "Directive", "Conclusion", "Decision", "Regulation",
                        // "Plan", "Programme", "Notice", "Dispatch", "Decree", "Circular",
                        // "Law", "Official letter", "Guideline", "Report", "Project", "Proposal"
  std::string issuer_code;  // the part naming the issuer: "TU", "TW", "CP", "UBND", "BTTTT", "HĐND"
  // True for a provincial issuer (TU, TƯ is national!, UBND, HĐND, BCS, BTG, BTC, BDV, UBKT, ĐH,
  // TTHĐND, SKHĐT, S…): such a number identifies a document only with its province.
  bool local = false;
  // National issuers by code, canonical body name: "TW" -> "Ban Chấp hành Trung ương Đảng",
  // "BCT" -> "Bộ Chính trị", "BBT" -> "Ban Bí thư", "CP" -> "Chính phủ", "TTg" -> "Thủ tướng
  // Chính phủ", "QH…" -> "Quốc hội", "BTTTT" -> "Bộ Thông tin và Truyền thông", other ministries
  // as far as known; "" for local or unknown issuers.
  std::string national_issuer;
  int year = 0;  // the year inside the number ("100/2019/NĐ-CP"), 0 when absent
  // A number with no code, after its type word: "Kết luận số 35", "Chỉ thị 05". It names a
  // document only together with its issuer ("… của Ban Bí thư"), which the text must give.
  bool bare = false;
};

// All document numbers in NFC text, in text order. Not a document: dates ("02/06/2020"),
// fractions, "COVID-19", licence plates, phone numbers, "F0/F1".
std::vector<DocumentMention> FindDocumentNumbers(std::string_view text);

}  // namespace kg::extract
