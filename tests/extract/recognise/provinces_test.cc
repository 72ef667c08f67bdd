#include "extract/recognise/provinces.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "extract/text/normalize.h"

namespace kg::extract {
namespace {

const ProvinceInfo& Unit(const std::string& name) {
  for (const ProvinceInfo& p : AllProvinces())
    if (p.name == name) return p;
  ADD_FAILURE() << "no unit " << name;
  static const ProvinceInfo kNone;
  return kNone;
}

std::string NameOf(const ProvinceInfo* p) { return p == nullptr ? "(none)" : p->name; }

// The provinces the text mentions, in order.
std::vector<std::string> Names(std::string_view text) {
  std::vector<std::string> out;
  for (const ProvinceMention& m : FindProvinceMentions(text)) out.push_back(m.province->name);
  return out;
}

using Names_t = std::vector<std::string>;
using Set_t = std::set<std::string>;

Set_t FormedFrom(const std::string& name) {
  const auto& f = Unit(name).formed_from;
  return Set_t(f.begin(), f.end());
}

// ---------------------------------------------------------------- the table

TEST(ProvinceTable, CountsBeforeAndAfter2025) {
  int before = 0, after = 0, both = 0, cities_before = 0, cities_after = 0, kept = 0;
  for (const ProvinceInfo& p : AllProvinces()) {
    before += p.before_2025;
    after += p.after_2025;
    both += p.before_2025 && p.after_2025;
    cities_before += p.before_2025 && p.city;
    cities_after += p.after_2025 && p.city;
    kept += p.after_2025 && p.formed_from.size() == 1;
  }
  EXPECT_EQ(before, 63);
  EXPECT_EQ(after, 34);
  EXPECT_EQ(both, 33);  // only Huế is new; all other 33 kept an old name
  EXPECT_EQ(AllProvinces().size(), 64u);
  EXPECT_EQ(cities_before, 5);
  EXPECT_EQ(cities_after, 6);
  EXPECT_EQ(kept, 11);
}

TEST(ProvinceTable, NamesAreUniqueNfcAndEnglishIsAscii) {
  std::set<std::string> names, folded;
  for (const ProvinceInfo& p : AllProvinces()) {
    EXPECT_TRUE(names.insert(p.name).second) << p.name;
    EXPECT_TRUE(folded.insert(text::Fold(p.name)).second) << p.name;
    EXPECT_TRUE(text::IsNfc(p.name)) << p.name;
    EXPECT_FALSE(p.name_en.empty()) << p.name;
    for (char c : p.name_en) EXPECT_TRUE(static_cast<unsigned char>(c) < 0x80) << p.name_en;
  }
}

TEST(ProvinceTable, SuccessorsAndFormedFromAgree) {
  std::map<std::string, int> absorbed;  // old unit -> how many new units list it
  for (const ProvinceInfo& p : AllProvinces()) {
    if (p.before_2025) {
      const ProvinceInfo& s = Unit(p.successor);
      EXPECT_TRUE(s.after_2025) << p.name << " -> " << p.successor;
    } else {
      EXPECT_TRUE(p.successor.empty()) << p.name;
    }
    if (p.after_2025) {
      ASSERT_FALSE(p.formed_from.empty()) << p.name;
      for (const std::string& old : p.formed_from) {
        ++absorbed[old];
        EXPECT_EQ(Unit(old).successor, p.name) << old;
        EXPECT_TRUE(Unit(old).before_2025) << old;
      }
    } else {
      EXPECT_TRUE(p.formed_from.empty()) << p.name;
    }
  }
  EXPECT_EQ(absorbed.size(), 63u);
  for (const auto& [old, count] : absorbed) EXPECT_EQ(count, 1) << old;
}

TEST(ProvinceTable, Resolution202Mergers) {
  EXPECT_EQ(FormedFrom("Phú Thọ"), (Set_t{"Phú Thọ", "Vĩnh Phúc", "Hòa Bình"}));
  EXPECT_EQ(FormedFrom("Ninh Bình"), (Set_t{"Ninh Bình", "Hà Nam", "Nam Định"}));
  EXPECT_EQ(FormedFrom("Lâm Đồng"), (Set_t{"Lâm Đồng", "Đắk Nông", "Bình Thuận"}));
  EXPECT_EQ(FormedFrom("TP Hồ Chí Minh"),
            (Set_t{"TP Hồ Chí Minh", "Bình Dương", "Bà Rịa – Vũng Tàu"}));
  EXPECT_EQ(FormedFrom("Cần Thơ"), (Set_t{"Cần Thơ", "Hậu Giang", "Sóc Trăng"}));
  EXPECT_EQ(Unit("Phú Thọ").formed_from.front(), "Phú Thọ");  // the unit that kept its name first
  EXPECT_EQ(Unit("Huế").formed_from, (Names_t{"Thừa Thiên Huế"}));
  EXPECT_EQ(Unit("Quảng Ninh").formed_from, (Names_t{"Quảng Ninh"}));
  EXPECT_EQ(Unit("Hà Giang").successor, "Tuyên Quang");
  EXPECT_EQ(Unit("Yên Bái").successor, "Lào Cai");
  EXPECT_EQ(Unit("Bắc Giang").successor, "Bắc Ninh");
  EXPECT_EQ(Unit("Thái Bình").successor, "Hưng Yên");
  EXPECT_EQ(Unit("Hải Dương").successor, "Hải Phòng");
  EXPECT_EQ(Unit("Quảng Bình").successor, "Quảng Trị");
  EXPECT_EQ(Unit("Quảng Nam").successor, "Đà Nẵng");
  EXPECT_EQ(Unit("Kon Tum").successor, "Quảng Ngãi");
  EXPECT_EQ(Unit("Bình Định").successor, "Gia Lai");
  EXPECT_EQ(Unit("Phú Yên").successor, "Đắk Lắk");
  EXPECT_EQ(Unit("Bình Phước").successor, "Đồng Nai");
  EXPECT_EQ(Unit("Long An").successor, "Tây Ninh");
  EXPECT_EQ(Unit("Tiền Giang").successor, "Đồng Tháp");
  EXPECT_EQ(Unit("Kiên Giang").successor, "An Giang");
  EXPECT_EQ(Unit("Bạc Liêu").successor, "Cà Mau");
  EXPECT_EQ(Unit("Thừa Thiên Huế").successor, "Huế");
  EXPECT_FALSE(Unit("Thừa Thiên Huế").after_2025);
  EXPECT_FALSE(Unit("Huế").before_2025);
  EXPECT_TRUE(Unit("Huế").city);
  EXPECT_TRUE(Unit("Hà Nội").city);
  EXPECT_FALSE(Unit("Quảng Ninh").city);
  EXPECT_EQ(Unit("TP Hồ Chí Minh").name_en, "Ho Chi Minh City");
}

// ---------------------------------------------------------------- FindProvince

TEST(FindProvince, EveryCanonicalEnglishAndFoldedNameRoundTrips) {
  for (const ProvinceInfo& p : AllProvinces()) {
    EXPECT_EQ(FindProvince(p.name), &p) << p.name;
    if (p.name == "Huế") continue;  // other forms of Huế mean Thừa Thiên Huế (2017 corpus)
    EXPECT_EQ(FindProvince(text::ToUpper(p.name)), &p) << p.name;
    EXPECT_EQ(FindProvince(text::Fold(p.name)), &p) << p.name;
    EXPECT_EQ(FindProvince(p.name_en), &p) << p.name_en;
    if (p.name.rfind("TP ", 0) != 0) {
      EXPECT_EQ(FindProvince("tỉnh " + p.name), &p) << p.name;
    }
  }
}

TEST(FindProvince, PrefixesCaseDiacriticsDashesAndVariants) {
  struct Case {
    const char* written;
    const char* expected;
  };
  // clang-format off
  const Case cases[] = {
      {"tỉnh Quảng Ninh", "Quảng Ninh"},
      {"Tỉnh Quảng Ninh", "Quảng Ninh"},
      {"Quang Ninh", "Quảng Ninh"},
      {"  quảng   ninh ", "Quảng Ninh"},
      {"Quảng Ninh province", "Quảng Ninh"},
      {"TP HCM", "TP Hồ Chí Minh"},
      {"TP.HCM", "TP Hồ Chí Minh"},
      {"TPHCM", "TP Hồ Chí Minh"},
      {"Tp. Hồ Chí Minh", "TP Hồ Chí Minh"},
      {"thành phố Hồ Chí Minh", "TP Hồ Chí Minh"},
      {"Thành phố Hồ Chí Minh", "TP Hồ Chí Minh"},
      {"Hồ Chí Minh", "TP Hồ Chí Minh"},
      {"thành phố Hà Nội", "Hà Nội"},
      {"Hanoi", "Hà Nội"},
      {"Thừa Thiên - Huế", "Thừa Thiên Huế"},
      {"Thừa Thiên-Huế", "Thừa Thiên Huế"},
      {"TT-Huế", "Thừa Thiên Huế"},
      {"TP Huế", "Thừa Thiên Huế"},
      {"huế", "Thừa Thiên Huế"},
      {"Đác Lắc", "Đắk Lắk"},
      {"Đắc Lắk", "Đắk Lắk"},
      {"Đăk Lăk", "Đắk Lắk"},
      {"Daklak", "Đắk Lắk"},
      {"DakLak", "Đắk Lắk"},
      {"Đắc Nông", "Đắk Nông"},
      {"Kontum", "Kon Tum"},
      {"Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu"},
      {"Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu"},
      {"Bà Rịa Vũng Tàu", "Bà Rịa – Vũng Tàu"},
      {"BR-VT", "Bà Rịa – Vũng Tàu"},
      {"Thanh Hoá", "Thanh Hóa"},
      {"Khánh Hoà", "Khánh Hòa"},
      {"Hoà Bình", "Hòa Bình"},
      {"Bắc Cạn", "Bắc Kạn"},
      {"Đà Nẵng", "Đà Nẵng"},
  };
  // clang-format on
  for (const Case& c : cases) EXPECT_EQ(NameOf(FindProvince(c.written)), c.expected) << c.written;
}

TEST(FindProvince, UnknownNames) {
  for (const char* s : {"", "tỉnh", "TP", "Sài Gòn", "Hạ Long", "TP Hạ Long", "Quảng", "Vũng Tàu",
                        "Hà Tây", "Quảng Ninh Hải Phòng", "\xff\xfe"})
    EXPECT_EQ(FindProvince(s), nullptr) << s;
}

// ---------------------------------------------------------------- mentions

TEST(FindProvinceMentions, SpansAndPrefixes) {
  const std::string text =
      "Ban Thường vụ Tỉnh ủy tỉnh Quảng Ninh họp với TP.HCM và thành phố Cần Thơ.";
  auto ms = FindProvinceMentions(text);
  ASSERT_EQ(ms.size(), 3u);
  EXPECT_EQ(text.substr(ms[0].begin, ms[0].end - ms[0].begin), "Quảng Ninh");
  EXPECT_EQ(text.substr(ms[0].prefix_begin, ms[0].begin - ms[0].prefix_begin), "tỉnh ");
  EXPECT_TRUE(ms[0].prefixed);
  EXPECT_EQ(ms[0].province->name, "Quảng Ninh");
  EXPECT_EQ(text.substr(ms[1].begin, ms[1].end - ms[1].begin), "HCM");
  EXPECT_EQ(text.substr(ms[1].prefix_begin, ms[1].end - ms[1].prefix_begin), "TP.HCM");
  EXPECT_EQ(ms[1].province->name, "TP Hồ Chí Minh");
  EXPECT_EQ(text.substr(ms[2].prefix_begin, ms[2].end - ms[2].prefix_begin), "thành phố Cần Thơ");
  EXPECT_EQ(ms[2].province->name, "Cần Thơ");
}

TEST(FindProvinceMentions, UnprefixedMentionHasPrefixBeginAtBegin) {
  auto ms = FindProvinceMentions("Đoàn công tác làm việc tại Hải Phòng.");
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_FALSE(ms[0].prefixed);
  EXPECT_EQ(ms[0].prefix_begin, ms[0].begin);
  EXPECT_EQ(ms[0].province->name, "Hải Phòng");
}

TEST(FindProvinceMentions, EveryPre2025NameIsFoundInText) {
  for (const ProvinceInfo& p : AllProvinces()) {
    if (!p.before_2025) continue;
    std::string name = p.name.rfind("TP ", 0) == 0 ? p.name.substr(3) : p.name;
    EXPECT_EQ(Names("Lãnh đạo tỉnh " + name + " dự họp."), Names_t{p.name}) << p.name;
    EXPECT_EQ(Names("Về " + name + " hôm qua."),
              p.name == "TP Hồ Chí Minh" ? Names_t{} : Names_t{p.name})
        << p.name;
  }
}

TEST(FindProvinceMentions, HoChiMinhCityNeedsAPrefix) {
  EXPECT_EQ(Names("Thực hiện Di chúc của Chủ tịch Hồ Chí Minh, học tập tư tưởng Hồ Chí Minh."),
            Names_t{});
  EXPECT_EQ(Names("Đoàn TNCS Hồ Chí Minh tỉnh Bắc Giang"), Names_t{"Bắc Giang"});
  for (const char* s :
       {"TP HCM", "TP.HCM", "TPHCM", "Tp.HCM", "TP. HCM", "Tp. Hồ Chí Minh", "TP Hồ Chí Minh",
        "thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", "THÀNH PHỐ HỒ CHÍ MINH"}) {
    std::string text = std::string("Mưa lớn ở ") + s + " chiều nay";
    EXPECT_EQ(Names(text), Names_t{"TP Hồ Chí Minh"}) << s;
  }
  EXPECT_EQ(Names("nhận được HCM"), Names_t{});
}

TEST(FindProvinceMentions, HueMeansThuaThienHueOnlyInProvinceForms) {
  for (const char* s : {"tỉnh Thừa Thiên Huế", "Thừa Thiên - Huế", "Thừa Thiên-Huế", "TT-Huế",
                        "TP Huế", "thành phố Huế", "Thừa Thiên Huế"}) {
    std::string text = std::string("Hội nghị tại ") + s + " sáng nay";
    EXPECT_EQ(Names(text), Names_t{"Thừa Thiên Huế"}) << s;
  }
  EXPECT_EQ(Names("Đại học Huế và Cố đô Huế đón khách"), Names_t{});
  EXPECT_EQ(Names("các tỉnh Ninh Bình, Huế, Đà Nẵng"), (Names_t{"Ninh Bình", "Đà Nẵng"}));
  const std::string dateline = "TT. Huế: Chỉ đạo";
  auto tt = FindProvinceMentions(dateline);
  ASSERT_EQ(tt.size(), 1u);
  EXPECT_EQ(dateline.substr(tt[0].begin, tt[0].end - tt[0].begin), "TT. Huế");
  EXPECT_EQ(tt[0].province->name, "Thừa Thiên Huế");
  EXPECT_EQ(Names("TT.Huế"), Names_t{"Thừa Thiên Huế"});
  auto ms = FindProvinceMentions("Tỉnh ủy Thừa Thiên – Huế");
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].end, std::string("Tỉnh ủy Thừa Thiên – Huế").size());
}

TEST(FindProvinceMentions, PersonNamesAndLongerNamesAreNotProvinces) {
  EXPECT_EQ(Names("ông Nguyễn Hải Dương, Giám đốc Sở"), Names_t{});
  EXPECT_EQ(Names("Nguyễn Hải Dương cho biết"), Names_t{});  // sentence start, still a person
  EXPECT_EQ(Names("bà Trần Thị Thái Bình phát biểu"), Names_t{});
  EXPECT_EQ(Names("tỉnh Hà Nam Ninh cũ"), Names_t{});
  EXPECT_EQ(Names("vùng châu Á - Thái Bình Dương"), Names_t{});
  EXPECT_EQ(Names("chiến thắng Điện Biên Phủ"), Names_t{});
  EXPECT_EQ(Names("Giải Nobel Hòa Bình"), Names_t{});
  EXPECT_EQ(Names("TP Hạ Long và thành phố Cẩm Phả"), Names_t{});
  EXPECT_EQ(Names("CLB Hoàng Anh Gia Lai"), Names_t{});
  EXPECT_EQ(Names("ÔNG NGUYỄN HẢI DƯƠNG"), Names_t{});
  EXPECT_EQ(Names("Đại học Thanh Hoa, chị Thanh Hoa"), Names_t{});  // ASCII: not Thanh Hóa
  EXPECT_EQ(Names("Phó Thủ tướng Trương Hòa Bình"), Names_t{});
  EXPECT_EQ(Names("số 5 phố Ngụy Như Kon Tum"), Names_t{});  // a street named after a person
  EXPECT_EQ(Names("ông Phí Thái Bình cho hay"), Names_t{});
}

TEST(FindProvinceMentions, LowerLevelUnitsOfTheSameName) {
  EXPECT_EQ(Names("xã Hòa Bình, huyện Hòa Bình, tỉnh Bạc Liêu"), Names_t{"Bạc Liêu"});
  EXPECT_EQ(Names("số 5 đường Hải Phòng, sông Đồng Nai, TX Quảng Trị, xa lộ Hà Nội"), Names_t{});
  EXPECT_EQ(Names("phố phường Hà Nội"), Names_t{"Hà Nội"});
  EXPECT_EQ(Names("Sở Nông nghiệp và Phát triển nông thôn Thanh Hóa"), Names_t{"Thanh Hóa"});
  EXPECT_EQ(Names("nhóm giang hồ Hải Phòng"), Names_t{"Hải Phòng"});
  EXPECT_EQ(Names("huyện Quảng Ninh, tỉnh Quảng Bình"), Names_t{"Quảng Bình"});
}

TEST(FindProvinceMentions, CapitalisedWordsBeforeThatDoNotBlock) {
  EXPECT_EQ(Names("Báo Quảng Ninh đưa tin"), Names_t{"Quảng Ninh"});
  EXPECT_EQ(Names("theo Cục Thuế Quảng Ninh"), Names_t{"Quảng Ninh"});
  EXPECT_EQ(Names("Công an Quảng Ninh"), Names_t{"Quảng Ninh"});
  EXPECT_EQ(Names("UBND Quảng Ninh, HĐND Bắc Giang"), (Names_t{"Quảng Ninh", "Bắc Giang"}));
  EXPECT_EQ(Names("Đảng bộ tỉnh Bắc Giang"), Names_t{"Bắc Giang"});
  EXPECT_EQ(Names("Tỉnh ủy Quảng Ninh"), Names_t{"Quảng Ninh"});
  EXPECT_EQ(Names("Tại Quảng Ninh, mưa. Ở Hà Nội thì nắng."), (Names_t{"Quảng Ninh", "Hà Nội"}));
  EXPECT_EQ(Names("(PLVN) - Tại Đà Nẵng"), Names_t{"Đà Nẵng"});
  EXPECT_EQ(Names("TỈNH ỦY QUẢNG NINH"), Names_t{"Quảng Ninh"});
  EXPECT_EQ(Names("\u201cThanh Hóa\u201d"), Names_t{"Thanh Hóa"});
  EXPECT_EQ(Names("Bệnh viện Nhi Thanh Hóa, BV Sản Nhi Nghệ An"),
            (Names_t{"Thanh Hóa", "Nghệ An"}));
  EXPECT_EQ(Names("đại biểu Nguyễn Hữu Cầu (Đoàn Nghệ An)"), Names_t{"Nghệ An"});
  EXPECT_EQ(Names("mưa to. Từ Thanh Hóa đến Thừa Thiên Huế"),
            (Names_t{"Thanh Hóa", "Thừa Thiên Huế"}));
  EXPECT_EQ(Names("miền Tây Nghệ An"), Names_t{"Nghệ An"});
}

TEST(FindProvinceMentions, FollowingPersonNameDoesNotBlock) {
  auto ms = FindProvinceMentions("Bí thư Tỉnh ủy Quảng Ninh Nguyễn Văn Đọc");
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].province->name, "Quảng Ninh");
  EXPECT_EQ(ms[0].end - ms[0].begin, std::string("Quảng Ninh").size());
}

TEST(FindProvinceMentions, CapitalisationIsRequired) {
  EXPECT_EQ(Names("quảng ninh và hà nội"), Names_t{});
  EXPECT_EQ(Names("Quảng ninh"), Names_t{});
  EXPECT_EQ(Names("Hòa bình là khát vọng"), Names_t{});
}

TEST(FindProvinceMentions, SpellingVariants) {
  EXPECT_EQ(Names("tỉnh Thanh Hoá"), Names_t{"Thanh Hóa"});
  EXPECT_EQ(Names("tỉnh Khánh Hoà"), Names_t{"Khánh Hòa"});
  EXPECT_EQ(Names("tỉnh Hoà Bình"), Names_t{"Hòa Bình"});
  for (const char* s : {"Đắk Lắk", "Đắc Lắc", "Đăk Lăk", "Đác Lắc", "Daklak", "ĐắkLắk"})
    EXPECT_EQ(Names(std::string("tỉnh ") + s), Names_t{"Đắk Lắk"}) << s;
  EXPECT_EQ(Names("tỉnh Đắc Nông"), Names_t{"Đắk Nông"});
  EXPECT_EQ(Names("tỉnh Kontum"), Names_t{"Kon Tum"});
  EXPECT_EQ(Names("tỉnh Bắc Cạn"), Names_t{"Bắc Kạn"});
  for (const char* s : {"Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu", "BR-VT"})
    EXPECT_EQ(Names(std::string("tỉnh ") + s + " và"), Names_t{"Bà Rịa – Vũng Tàu"}) << s;
  EXPECT_EQ(Names("tỉnh Bà Rịa"), Names_t{});  // the city, not the province
}

TEST(FindProvinceMentions, DashBetweenTwoProvinces) {
  const std::string text = "tuyến cao tốc Hà Nội - Hải Phòng";
  auto ms = FindProvinceMentions(text);
  ASSERT_EQ(ms.size(), 2u);
  EXPECT_EQ(text.substr(ms[0].begin, ms[0].end - ms[0].begin), "Hà Nội");
  EXPECT_EQ(text.substr(ms[1].begin, ms[1].end - ms[1].begin), "Hải Phòng");
}

TEST(FindProvinceMentions, TextEdges) {
  EXPECT_TRUE(FindProvinceMentions("").empty());
  EXPECT_EQ(Names("Hà Nội"), Names_t{"Hà Nội"});
  EXPECT_EQ(Names("tỉnh Quảng"), Names_t{});
  EXPECT_EQ(Names("NgheAn Quảng NinhX"), Names_t{});  // inside longer words
  EXPECT_EQ(Names("2017Hà Nội"), Names_t{});
}

// Mentions stay in order, inside the text and apart, whatever is around them.
TEST(FindProvinceMentions, SpansAreOrderedAndDisjointOnMixedText) {
  const char* pieces[] = {"tỉnh ", "Quảng Ninh", " ",    "TP.",     "HCM",
                          "-",     "Hà Nội",     "\n",   "Nguyễn ", "Hải Dương",
                          ". ",    "Đắk",        " Lắk", "–",       "thành phố ",
                          "\xc4",  "\x90",       "Huế",  "  ",      "Thừa Thiên"};
  unsigned seed = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int k = 0; k < 12; ++k) {
      seed = seed * 1103515245u + 12345u;
      text += pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
    }
    size_t last_end = 0;
    for (const ProvinceMention& m : FindProvinceMentions(text)) {
      ASSERT_NE(m.province, nullptr);
      ASSERT_LE(last_end, m.prefix_begin);
      ASSERT_LE(m.prefix_begin, m.begin);
      ASSERT_LT(m.begin, m.end);
      ASSERT_LE(m.end, text.size());
      last_end = m.end;
    }
  }
}

}  // namespace
}  // namespace kg::extract
