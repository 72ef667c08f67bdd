#include "extract/recognise/lexicon.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "extract/text/abbreviations.h"
#include "extract/text/vietnamese.h"

namespace kg::extract {
namespace {

std::vector<std::string> SplitKeys(std::string_view display) {
  std::vector<std::string> keys;
  size_t pos = 0;
  while (pos < display.size()) {
    size_t sp = display.find(' ', pos);
    if (sp == std::string_view::npos) sp = display.size();
    if (sp > pos) keys.push_back(text::LexiconKey(display.substr(pos, sp - pos)));
    pos = sp + 1;
  }
  return keys;
}

std::vector<Phrase> MakeTable(std::initializer_list<const char*> displays) {
  std::vector<Phrase> table;
  for (const char* d : displays) table.push_back({SplitKeys(d), d});
  // longest first, so the first match found is the longest
  std::stable_sort(table.begin(), table.end(),
                   [](const Phrase& a, const Phrase& b) { return a.keys.size() > b.keys.size(); });
  return table;
}

struct AbbreviationTable {
  std::unordered_map<std::string, std::vector<std::string>> keys;
  std::unordered_map<std::string, std::string> display;
};

// The abbreviations article text spells out, by lexicon key.
const AbbreviationTable& ArticleAbbreviations() {
  static const AbbreviationTable table = [] {
    AbbreviationTable t;
    for (const text::Abbreviation& a : text::Abbreviations()) {
      if ((a.readers & text::kArticleText) == 0) continue;
      std::string key = text::LexiconKey(a.short_form);
      t.keys[key] = SplitKeys(a.spelled);
      t.display[key] = std::string(a.spelled);
    }
    return t;
  }();
  return table;
}

}  // namespace

const std::vector<std::string>* AbbreviationExpansion(std::string_view key) {
  const auto& t = ArticleAbbreviations().keys;
  auto it = t.find(std::string(key));
  return it == t.end() ? nullptr : &it->second;
}

std::string DisplayBodyWord(std::string_view key) {
  const auto& t = ArticleAbbreviations().display;
  auto it = t.find(std::string(key));
  return it == t.end() ? std::string(key) : it->second;
}

bool IsSurname(std::string_view key) {
  static const std::unordered_set<std::string> kSurnames = [] {
    std::unordered_set<std::string> s;
    for (const char* name :
         {"Nguyễn", "Trần",  "Lê",     "Phạm", "Hoàng", "Huỳnh", "Phan",  "Vũ",     "Võ",
          "Đặng",   "Bùi",   "Đỗ",     "Hồ",   "Ngô",   "Dương", "Lý",    "Đào",    "Đoàn",
          "Vương",  "Trịnh", "Trương", "Lâm",  "Phùng", "Mai",   "Tô",    "Tạ",     "Hà",
          "Lưu",    "Lương", "Đinh",   "Cao",  "Chu",   "Châu",  "Đàm",   "Tăng",   "Thái",
          "Quách",  "Kiều",  "Khổng",  "Kim",  "La",    "Lại",   "Lục",   "Mạc",    "Nghiêm",
          "Nông",   "Ông",   "Phí",    "Quan", "Thân",  "Tiêu",  "Triệu", "Từ",     "Vi",
          "Diệp",   "Doãn",  "Giang",  "Hầu",  "Hứa",   "Khúc",  "Lạc",   "Lò",     "Lữ",
          "Mẫn",    "Ninh",  "Nhữ",    "Âu",   "Bạch",  "Biện",  "Cầm",   "Cù",     "Đồng",
          "Giáp",   "Hàn",   "Khương", "Lã",   "Lăng",  "Lường", "Mã",    "Phương", "Quàng",
          "Sầm",    "Thạch", "Thiều",  "Tòng", "Ứng",   "Vàng",  "Vy",    "Lỗ",     "Cấn",
          "Bế",     "Trình", "Nhan",   "Đới",  "Mông",  "Lầu",   "Sùng",  "Giàng",  "Thào",
          "Vừ",     "Chảo",  "Phàn",   "Y",    "Hoa",   "Lang",  "Danh",  "Điểu",   "Kha",
          "Lê",     "Thạch", "Sơn",    "Kpă",  "Rơ",    "Ksor",  "Nay",   "Siu",    "Rah",
          "Đinh",   "Bàn",   "Hờ",     "Mùa",  "Tống",  "Ôn",    "Yên"})
      s.insert(text::LexiconKey(name));
    return s;
  }();
  return kSurnames.count(std::string(key)) > 0;
}

const std::vector<Phrase>& Titles() {
  static const std::vector<Phrase> table = MakeTable({"Tổng Bí thư",
                                                      "Bí thư",
                                                      "Phó Bí thư",
                                                      "Phó Bí thư Thường trực",
                                                      "Bí thư Thường trực",
                                                      "Chủ tịch",
                                                      "Phó Chủ tịch",
                                                      "Phó Chủ tịch Thường trực",
                                                      "Chủ tịch nước",
                                                      "Phó Chủ tịch nước",
                                                      "Ủy viên",
                                                      "Ủy viên dự khuyết",
                                                      "Tỉnh ủy viên",
                                                      "Thành ủy viên",
                                                      "Trưởng",
                                                      "Phó Trưởng",
                                                      "Giám đốc",
                                                      "Phó Giám đốc",
                                                      "Chánh Văn phòng",
                                                      "Phó Chánh Văn phòng",
                                                      "Chủ nhiệm",
                                                      "Phó Chủ nhiệm",
                                                      "Thủ tướng",
                                                      "Phó Thủ tướng",
                                                      "Thủ tướng Chính phủ",
                                                      "Phó Thủ tướng Chính phủ",
                                                      "Bộ trưởng",
                                                      "Thứ trưởng",
                                                      "Chánh án",
                                                      "Viện trưởng",
                                                      "Chánh Thanh tra",
                                                      "Chỉ huy trưởng",
                                                      "Chính ủy",
                                                      "Tư lệnh",
                                                      "Cục trưởng",
                                                      "Vụ trưởng",
                                                      "Tổng Thư ký",
                                                      "Đại biểu Quốc hội",
                                                      "Phó Thủ tướng Thường trực",
                                                      "Phó Thủ tướng Chính phủ Thường trực",
                                                      "Phó Chánh Thanh tra",
                                                      "Phó Chánh án",
                                                      "Phó Viện trưởng",
                                                      "Tổng giám đốc",
                                                      "Phó Tổng giám đốc",
                                                      "Tổng cục trưởng",
                                                      "Phó Tổng cục trưởng",
                                                      "Phó Cục trưởng",
                                                      "Phó Vụ trưởng",
                                                      "Bí thư thứ nhất",
                                                      "Hiệu trưởng",
                                                      "Phó Hiệu trưởng",
                                                      "Trưởng phòng",
                                                      "Phó Trưởng phòng",
                                                      "Phó Tư lệnh",
                                                      "Chủ tịch Hội đồng quản trị",
                                                      "Ủy viên Thường trực",
                                                      "Phó Trưởng ban Thường trực",
                                                      "Ủy viên Thường vụ",
                                                      "Thủ trưởng",
                                                      "Tỉnh trưởng",
                                                      "Chủ nhiệm Thường trực"});
  return table;
}

const std::vector<Phrase>& BodyHeads() {
  // clang-format off
  static const std::vector<Phrase> table = MakeTable(
      {"Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương", "Trung ương Đảng",
       "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Đảng bộ", "Ban Chấp hành", "Ban Thường vụ",
       "Thường trực", "Ban cán sự đảng", "Ban cán sự", "Đảng đoàn", "Tỉnh ủy", "Thành ủy",
       "Huyện ủy", "Thị ủy", "Quận ủy", "Đảng ủy", "Ủy ban nhân dân", "Hội đồng nhân dân",
       "Ủy ban Kiểm tra", "Ủy ban Mặt trận Tổ quốc", "Mặt trận Tổ quốc", "Ủy ban", "Ban", "Sở",
       "Bộ", "Đoàn đại biểu Quốc hội", "Đoàn", "Tổ", "Văn phòng", "Cục", "Chi cục",
       "Tổng cục", "Công an", "Bộ Chỉ huy Quân sự", "Bộ Chỉ huy Bộ đội Biên phòng",
       "Tòa án nhân dân", "Viện Kiểm sát nhân dân", "Thanh tra", "Liên đoàn Lao động",
       "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Chính phủ", "Quốc hội",
       "Kho bạc Nhà nước", "Ngân hàng Nhà nước", "Cục Thuế", "Cục Hải quan", "Bảo hiểm xã hội",
       "Trung tâm", "Học viện", "Hội đồng", "Tỉnh đoàn", "Thành đoàn", "Quân ủy Trung ương",
       "Khu ủy", "Đại học", "Tập đoàn", "Tổng công ty", "Công ty", "Ngân hàng", "Bệnh viện",
       "Ban Quản lý", "Hội", "Liên hiệp", "Trung ương Đoàn",
       "Ủy ban Thường vụ Quốc hội", "Văn phòng Chính phủ", "Thanh tra Chính phủ",
       "Kiểm toán Nhà nước", "Đảng ủy Khối", "Quân khu", "Quân đoàn", "Sư đoàn",
       "Bộ Tư lệnh"});
  // clang-format on
  return table;
}

bool IsCommitteeWord(std::string_view k1, std::string_view k2) {
  return k2 == "ủy" && (k1 == "tỉnh" || k1 == "thành" || k1 == "huyện" || k1 == "thị" ||
                        k1 == "quận" || k1 == "đảng");
}

int LevelLength(const std::vector<std::string>& keys, size_t at) {
  if (at >= keys.size()) return 0;
  const std::string& k = keys[at];
  if (at + 1 < keys.size()) {
    const std::string& n = keys[at + 1];
    if ((k == "thành" && n == "phố") || (k == "thị" && n == "xã") || (k == "thị" && n == "trấn"))
      return 2;
  }
  if (k == "tỉnh" || k == "huyện" || k == "quận" || k == "xã" || k == "phường") return 1;
  return 0;
}

bool IsLowercaseBodyTerm(std::string_view k1, std::string_view k2) {
  // clang-format off
  static const std::unordered_set<std::string> kTerms = {
      "nhân dân",  "đồng nhân", "ban nhân", "chấp hành", "thường vụ", "thường trực", "cán sự",
      "sự đảng",   "giám sát",  "soạn thảo", "công tác", "chỉ đạo",   "đại biểu",    "kiểm tra",
      "tổ chức",   "tuyên giáo", "dân vận",  "nội chính", "kinh tế",  "ngân sách",   "pháp chế",
      "văn hóa",   "xã hội",    "dân tộc",   "quốc hội",  "trung ương", "biểu quốc", "kiểm sát",
      "đầu tư",    "kế hoạch",  "tài chính", "nội vụ",    "tư pháp",  "y tế",        "giáo dục",
      "đào tạo",   "xây dựng",  "công thương", "tài nguyên", "môi trường", "nông nghiệp",
      "phát triển", "nông thôn", "khoa học", "công nghệ", "thông tin", "truyền thông",
      "lao động",  "thương binh", "du lịch", "thể thao", "giao thông", "vận tải", "ngoại vụ",
      "thanh tra", "quân sự",   "biên phòng", "công an", "chính trị", "thư ký", "tổng hợp",
      "biên tập",  "thẩm định", "điều hành", "vận động", "bầu cử",   "thi đua",  "khen thưởng",
      "văn phòng", "tuyên truyền", "quản lý", "an ninh", "quốc phòng", "hành chính", "công nghiệp",
      "thủy sản", "lâm nghiệp", "ngoại giao", "tôn giáo", "phụ nữ", "thanh niên", "nông dân",
      "liên đoàn", "hợp tác", "kho bạc", "hải quan", "bảo hiểm", "ngân hàng", "thống kê",
      "xúc tiến", "chính phủ", "thương mại", "nhà nước", "tiếp dân", "dân nguyện", "dân chủ", "chiến binh", "cựu chiến", "quy hoạch"};
  // clang-format on
  std::string pair(k1);
  pair += ' ';
  pair += k2;
  return kTerms.count(pair) > 0;
}

bool IsStopWord(std::string_view key) {
  // clang-format off
  static const std::unordered_set<std::string> kStop = {
      "đã", "sẽ", "đang", "được", "bị", "là", "có", "không", "họp", "tổ", "tại", "với",
      "cho", "về", "trong", "khi", "nhưng", "thì", "mà", "để", "này", "đó", "các", "những",
      "một", "nhiều", "cùng", "ngày", "năm", "tháng", "sáng", "chiều", "phát", "yêu", "đề",
      "giao", "chủ", "kết", "nhấn", "tham", "dự", "tiếp", "trình", "báo", "nghe", "cho"};
  // clang-format on
  return kStop.count(std::string(key)) > 0;
}

size_t MatchPhrase(const std::vector<Phrase>& table, const std::vector<std::string>& keys,
                   size_t at, size_t& index) {
  if (at >= keys.size()) return 0;
  // Tables are static and few (titles, body heads); index each by its first key on first
  // use, in a short per-thread list searched by address (cheaper than hashing it).
  using Index = std::unordered_map<std::string, std::vector<size_t>>;
  struct Indexed {
    const void* table;
    Index by_first;
  };
  static thread_local std::vector<Indexed> indexes;
  Index* found = nullptr;
  for (auto& x : indexes)
    if (x.table == &table) found = &x.by_first;
  if (found == nullptr) {
    indexes.push_back({&table, {}});
    found = &indexes.back().by_first;
    for (size_t i = 0; i < table.size(); ++i) (*found)[table[i].keys.front()].push_back(i);
  }
  const Index& by_first = *found;
  auto it = by_first.find(keys[at]);
  if (it == by_first.end()) return 0;
  for (size_t i : it->second) {  // longest first, as the table is sorted
    const auto& p = table[i].keys;
    if (at + p.size() > keys.size()) continue;
    if (std::equal(p.begin(), p.end(), keys.begin() + static_cast<long>(at))) {
      index = i;
      return p.size();
    }
  }
  return 0;
}

}  // namespace kg::extract
