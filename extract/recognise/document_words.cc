// The document-number scanner's word tables; see document_words.h.
#include "extract/recognise/document_words.h"

#include <iterator>

namespace kg::extract::document_scan {
namespace {

// clang-format off
constexpr std::array<TypeName, 18> kTypeNames = {{
    {"", ""}, {"Nghị quyết", "Resolution"}, {"Chỉ thị", "Directive"},
    {"Kết luận", "Conclusion"}, {"Quyết định", "Decision"}, {"Quy định", "Regulation"},
    {"Kế hoạch", "Plan"}, {"Chương trình", "Programme"}, {"Thông báo", "Notice"},
    {"Công điện", "Dispatch"}, {"Nghị định", "Decree"}, {"Thông tư", "Circular"},
    {"Luật", "Law"}, {"Công văn", "Official letter"}, {"Hướng dẫn", "Guideline"},
    {"Báo cáo", "Report"}, {"Đề án", "Project"}, {"Tờ trình", "Proposal"},
}};
// clang-format on

struct CodeType {
  std::string_view code;
  Type type;
};
// "QD", "ND", "QDD" are the same codes typed without "Đ"; "…LT" are joint (liên tịch) forms.
constexpr CodeType kCodeTypes[] = {
    {"NQ", kResolution},  {"NQLT", kResolution}, {"CT", kDirective},  {"KL", kConclusion},
    {"QĐ", kDecision},    {"QD", kDecision},     {"QDD", kDecision},  {"QĐNS", kDecision},
    {"QĐi", kRegulation}, {"KH", kPlan},         {"KHLT", kPlan},     {"CTr", kProgramme},
    {"CTHĐ", kProgramme}, {"TB", kNotice},       {"CĐ", kDispatch},   {"NĐ", kDecree},
    {"ND", kDecree},      {"TT", kCircular},     {"TTLT", kCircular}, {"CV", kOfficialLetter},
    {"HD", kGuideline},   {"BC", kReport},       {"ĐA", kProject},    {"TTr", kProposal},
};

// Type words before a number, longest first.
constexpr Phrase kPhrases[] = {
    {{"thông", "báo", "kết", "luận"}, 4, kNotice},
    {{"chương", "trình", "hành", "động"}, 4, kProgramme},
    {{"nghị", "quyết", "liên", "tịch"}, 4, kResolution},
    {{"thông", "tư", "liên", "tịch"}, 4, kCircular},
    {{"kế", "hoạch", "liên", "tịch"}, 4, kPlan},
    {{"nghị", "quyết"}, 2, kResolution},
    {{"chỉ", "thị"}, 2, kDirective},
    {{"kết", "luận"}, 2, kConclusion},
    {{"quyết", "định"}, 2, kDecision},
    {{"quy", "định"}, 2, kRegulation},
    {{"kế", "hoạch"}, 2, kPlan},
    {{"chương", "trình"}, 2, kProgramme},
    {{"thông", "báo"}, 2, kNotice},
    {{"công", "điện"}, 2, kDispatch},
    {{"nghị", "định"}, 2, kDecree},
    {{"thông", "tư"}, 2, kCircular},
    {{"công", "văn"}, 2, kOfficialLetter},
    {{"hướng", "dẫn"}, 2, kGuideline},
    {{"báo", "cáo"}, 2, kReport},
    {{"đề", "án"}, 2, kProject},
    {{"tờ", "trình"}, 2, kProposal},
    {{"văn", "bản"}, 2, kUnknown},
    {{"luật"}, 1, kLaw},
};

struct Issuer {
  std::string_view code, name;
};
// Party bodies at the centre; every other Party issuer (TU, HU, ĐU, ĐH, BTGTU, BCS…) is local.
// clang-format off
constexpr Issuer kPartyIssuers[] = {
    {"TW", "Ban Chấp hành Trung ương Đảng"}, {"TƯ", "Ban Chấp hành Trung ương Đảng"},
    {"BCT", "Bộ Chính trị"}, {"BBT", "Ban Bí thư"}, {"BTCTW", "Ban Tổ chức Trung ương"},
    {"BTGTW", "Ban Tuyên giáo Trung ương"}, {"BDVTW", "Ban Dân vận Trung ương"},
    {"UBKTTW", "Ủy ban Kiểm tra Trung ương"}, {"VPTW", "Văn phòng Trung ương Đảng"},
    {"BKTTW", "Ban Kinh tế Trung ương"}, {"BNCTW", "Ban Nội chính Trung ương"},
    {"BĐNTW", "Ban Đối ngoại Trung ương"}, {"QUTW", "Quân ủy Trung ương"},
};
// clang-format on
// State bodies by the code they number with (in state numbers "BCT" is the ministry).
// clang-format off
constexpr Issuer kStateIssuers[] = {
    {"CP", "Chính phủ"}, {"TTg", "Thủ tướng Chính phủ"}, {"Ttg", "Thủ tướng Chính phủ"},
    {"TTG", "Thủ tướng Chính phủ"},
    {"VPCP", "Văn phòng Chính phủ"}, {"CTN", "Chủ tịch nước"},
    {"BTC", "Bộ Tài chính"}, {"BCA", "Bộ Công an"}, {"BQP", "Bộ Quốc phòng"},
    {"BGDĐT", "Bộ Giáo dục và Đào tạo"}, {"BYT", "Bộ Y tế"},
    {"BTTTT", "Bộ Thông tin và Truyền thông"}, {"BTNMT", "Bộ Tài nguyên và Môi trường"},
    {"BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"},
    {"BNN", "Bộ Nông nghiệp và Phát triển nông thôn"}, {"BKHĐT", "Bộ Kế hoạch và Đầu tư"},
    {"BCT", "Bộ Công Thương"}, {"BXD", "Bộ Xây dựng"}, {"BGTVT", "Bộ Giao thông vận tải"},
    {"BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"}, {"BNV", "Bộ Nội vụ"},
    {"BTP", "Bộ Tư pháp"}, {"BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"},
    {"BKHCN", "Bộ Khoa học và Công nghệ"}, {"BNG", "Bộ Ngoại giao"},
    {"UBDT", "Ủy ban Dân tộc"}, {"NHNN", "Ngân hàng Nhà nước Việt Nam"},
    {"TTCP", "Thanh tra Chính phủ"}, {"KTNN", "Kiểm toán Nhà nước"},
    {"TANDTC", "Tòa án nhân dân tối cao"}, {"VKSNDTC", "Viện kiểm sát nhân dân tối cao"},
    {"TCHQ", "Tổng cục Hải quan"}, {"TCT", "Tổng cục Thuế"},
};
// clang-format on
// Provincial state issuers by prefix; "S…" (a Sở: SKHĐT, STNMT) is checked separately.
// clang-format off
constexpr std::string_view kLocalStatePrefixes[] = {
    "UBND", "ƯBND", "HĐND", "TTHĐND", "VPUB", "VPHĐND", "VPĐĐBQH", "ĐĐBQH", "TU", "HU", "ĐU",
};
// clang-format on

// clang-format off
constexpr std::string_view kOtherPapers[] = {
    "HĐ", "HĐKT", "GP", "GPXD", "GPKD", "GCN", "BB", "BA", "DS", "HS", "HC", "KDTM", "HNGĐ", "LĐ",
    "HSST", "HSPT", "DSST", "DSPT", "QĐST", "QĐPT",
};
// clang-format on

std::string_view Lookup(std::string_view code, const Issuer* begin, const Issuer* end) {
  for (const Issuer* i = begin; i != end; ++i)
    if (i->code == code) return i->name;
  return {};
}

}  // namespace

const TypeName& NameOf(Type type) { return kTypeNames[type]; }

Type TypeOfCode(std::string_view code) {
  for (const auto& c : kCodeTypes)
    if (c.code == code) return c.type;
  return kUnknown;
}

std::span<const Phrase> TypePhrases() { return kPhrases; }

std::string_view PartyIssuerName(std::string_view code) {
  return Lookup(code, std::begin(kPartyIssuers), std::end(kPartyIssuers));
}

std::string_view StateIssuerName(std::string_view code) {
  return Lookup(code, std::begin(kStateIssuers), std::end(kStateIssuers));
}

bool HasLocalStatePrefix(std::string_view code) {
  for (std::string_view prefix : kLocalStatePrefixes)
    if (code.starts_with(prefix)) return true;
  return false;
}

bool IsOtherPaper(std::string_view code) {
  for (std::string_view c : kOtherPapers)
    if (c == code) return true;
  return false;
}

}  // namespace kg::extract::document_scan
