// FindDocumentNumbers: Party and state numbering, the type word before a number, local vs
// national issuers, and the numbers that are not documents.
#include "extract/recognise/document_numbers.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kg::extract {
namespace {

std::vector<std::string> Numbers(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& m : FindDocumentNumbers(text)) out.push_back(m.number);
  return out;
}

// The only mention in `text`; fails the test when there is not exactly one.
DocumentMention One(std::string_view text) {
  auto found = FindDocumentNumbers(text);
  EXPECT_EQ(found.size(), 1u) << text;
  return found.empty() ? DocumentMention{} : found[0];
}

std::string_view Slice(std::string_view text, size_t b, size_t e) { return text.substr(b, e - b); }

TEST(DocumentNumbers, PartyResolutionOfAProvincialCommittee) {
  const std::string_view text =
      "Hội nghị quán triệt Nghị quyết số 15-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.";
  DocumentMention m = One(text);
  EXPECT_EQ(m.number, "15-NQ/TU");
  EXPECT_EQ(Slice(text, m.begin, m.end), "15-NQ/TU");
  EXPECT_EQ(Slice(text, m.type_begin, m.end), "Nghị quyết số 15-NQ/TU");
  EXPECT_EQ(m.type, "Nghị quyết");
  EXPECT_EQ(m.type_en, "Resolution");
  EXPECT_EQ(m.issuer_code, "TU");
  EXPECT_TRUE(m.local);
  EXPECT_EQ(m.national_issuer, "");
  EXPECT_EQ(m.year, 0);
}

TEST(DocumentNumbers, CentralPartyDocumentsAreNational) {
  DocumentMention m = One("tiếp tục thực hiện Chỉ thị 35-CT/TW về đại hội đảng bộ các cấp");
  EXPECT_EQ(m.number, "35-CT/TW");
  EXPECT_EQ(m.type, "Chỉ thị");
  EXPECT_EQ(m.type_en, "Directive");
  EXPECT_FALSE(m.local);
  EXPECT_EQ(m.national_issuer, "Ban Chấp hành Trung ương Đảng");

  // "TƯ" is Trung ương, not a Tỉnh ủy
  m = One("Nghị quyết 26-NQ/TƯ về nông nghiệp, nông dân, nông thôn");
  EXPECT_EQ(m.number, "26-NQ/TƯ");
  EXPECT_EQ(m.issuer_code, "TƯ");
  EXPECT_FALSE(m.local);
  EXPECT_EQ(m.national_issuer, "Ban Chấp hành Trung ương Đảng");

  m = One("Chỉ thị số 788-CT/QUTW của Quân ủy Trung ương");
  EXPECT_FALSE(m.local);
  EXPECT_EQ(m.national_issuer, "Quân ủy Trung ương");

  m = One("theo Hướng dẫn 12-HD/BTCTW");  // a central body, no name in the table needed
  EXPECT_FALSE(m.local);
  EXPECT_EQ(m.type, "Hướng dẫn");
}

TEST(DocumentNumbers, ProvincialPartyIssuers) {
  struct Case {
    std::string_view text, number, type, issuer;
  };
  for (const Case& c : {
           Case{"Đại hội thông qua Nghị quyết 05-NQ/ĐH nhiệm kỳ 2020 – 2025", "05-NQ/ĐH",
                "Nghị quyết", "ĐH"},
           Case{"ban hành Hướng dẫn số 29-HD/BTGTU về tuyên truyền", "29-HD/BTGTU", "Hướng dẫn",
                "BTGTU"},
           Case{"triển khai 45-CTr/TU của Tỉnh ủy Bắc Giang", "45-CTr/TU", "Chương trình", "TU"},
           Case{"Huyện ủy Đông Triều ban hành 09-NQ/HU", "09-NQ/HU", "Nghị quyết", "HU"},
           Case{"theo Tờ trình số 01-TTr/BCSĐ ngày 26/5", "01-TTr/BCSĐ", "Tờ trình", "BCSĐ"},
           Case{"thông báo 241-TB/BTCTU về nhân sự", "241-TB/BTCTU", "Thông báo", "BTCTU"},
       }) {
    DocumentMention m = One(c.text);
    EXPECT_EQ(m.number, c.number) << c.text;
    EXPECT_EQ(m.type, c.type) << c.text;
    EXPECT_EQ(m.issuer_code, c.issuer) << c.text;
    EXPECT_TRUE(m.local) << c.text;
    EXPECT_EQ(m.national_issuer, "") << c.text;
  }
}

TEST(DocumentNumbers, SpacedAndDashedPartyNumbersAreJoined) {
  EXPECT_EQ(Numbers("theo Kế hoạch số 15 - NQ/TU"), std::vector<std::string>{"15-NQ/TU"});
  EXPECT_EQ(Numbers("Quyết định số 439 – QĐNS/TW chỉ định đồng chí"),
            std::vector<std::string>{"439-QĐNS/TW"});
  EXPECT_EQ(Numbers("Chỉ thị 42 -CT/TW và Quy định số 47- QĐ/TW"),
            (std::vector<std::string>{"42-CT/TW", "47-QĐ/TW"}));
  DocumentMention m = One("thực hiện Quyết định số 439 – QĐNS/TW ngày 6/2/2017");
  EXPECT_EQ(m.type, "Quyết định");  // QĐNS: a personnel decision
  EXPECT_EQ(m.end - m.begin, std::string_view("439 – QĐNS/TW").size());
}

TEST(DocumentNumbers, TypeWordWinsOverTheCode) {
  // Quy định used to be numbered "QĐ"; the word says which
  EXPECT_EQ(One("Quy định số 47-QĐ/TW về những điều đảng viên không được làm").type, "Quy định");
  EXPECT_EQ(One("Quy định 08-QĐi/TW về trách nhiệm nêu gương").type, "Quy định");
  EXPECT_EQ(One("Bộ Chính trị ban hành 12-QĐ/TW về việc thành lập").type, "Quyết định");
  EXPECT_EQ(One("Kết luận số 01-KL/TU của Ban Thường vụ").type_en, "Conclusion");
  // a generic "văn bản" belongs to the mention but leaves the type to the code
  DocumentMention m = One("theo văn bản số 4171-CV/VPTW của Văn phòng Trung ương");
  EXPECT_EQ(m.type, "Công văn");
  EXPECT_EQ(m.national_issuer, "Văn phòng Trung ương Đảng");
}

TEST(DocumentNumbers, TypeWordIsCaseInsensitiveAndOptional) {
  const std::string_view lower = "học tập nghị quyết số 05/2020/NQ-HĐND của HĐND tỉnh";
  DocumentMention m = One(lower);
  EXPECT_EQ(m.type, "Nghị quyết");
  EXPECT_EQ(Slice(lower, m.type_begin, m.begin), "nghị quyết số ");

  const std::string_view caps = "NGHỊ QUYẾT SỐ 12-NQ/TU";
  m = One(caps);
  EXPECT_EQ(m.type_begin, 0u);
  EXPECT_EQ(m.type, "Nghị quyết");

  const std::string_view bare = "căn cứ 16/CT-TTg, tỉnh đã giãn cách";
  m = One(bare);
  EXPECT_EQ(m.type, "Chỉ thị");  // from the code
  EXPECT_EQ(m.type_begin, m.begin);

  const std::string_view colon = "Kế hoạch số: 134/KH-UBND ngày 12/5/2021";
  m = One(colon);
  EXPECT_EQ(m.number, "134/KH-UBND");
  EXPECT_EQ(m.type_begin, 0u);
  EXPECT_EQ(m.type_en, "Plan");

  // "số" alone is no type word
  const std::string_view so = "đã gửi số 1234/QĐ-UBND";
  m = One(so);
  EXPECT_EQ(m.type_begin, m.begin);
  EXPECT_EQ(m.type, "Quyết định");
}

TEST(DocumentNumbers, StateNumbersWithYear) {
  DocumentMention m = One("theo Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ");
  EXPECT_EQ(m.number, "100/2019/NĐ-CP");
  EXPECT_EQ(m.type, "Nghị định");
  EXPECT_EQ(m.type_en, "Decree");
  EXPECT_EQ(m.issuer_code, "CP");
  EXPECT_EQ(m.national_issuer, "Chính phủ");
  EXPECT_FALSE(m.local);
  EXPECT_EQ(m.year, 2019);

  m = One("Thông tư 22/2019/TT-BTTTT quy định về");
  EXPECT_EQ(m.type, "Thông tư");
  EXPECT_EQ(m.national_issuer, "Bộ Thông tin và Truyền thông");
  EXPECT_EQ(m.year, 2019);

  m = One("Quyết định 70/2014/QĐ-TTg của Thủ tướng");
  EXPECT_EQ(m.national_issuer, "Thủ tướng Chính phủ");

  m = One("HĐND tỉnh thông qua 05/2020/NQ-HĐND");
  EXPECT_EQ(m.type, "Nghị quyết");
  EXPECT_EQ(m.issuer_code, "HĐND");
  EXPECT_TRUE(m.local);
  EXPECT_EQ(m.year, 2020);
}

TEST(DocumentNumbers, LawsOfTheNationalAssembly) {
  DocumentMention m = One("Luật số 61/2019/QH14 có hiệu lực từ ngày 1/7/2020");
  EXPECT_EQ(m.number, "61/2019/QH14");
  EXPECT_EQ(m.type, "Luật");
  EXPECT_EQ(m.type_en, "Law");
  EXPECT_EQ(m.issuer_code, "QH14");
  EXPECT_EQ(m.national_issuer, "Quốc hội");
  EXPECT_FALSE(m.local);

  EXPECT_EQ(One("Bộ luật Hình sự 100/2015/QH13").type, "Luật");
  // the National Assembly's resolutions are numbered the same way
  EXPECT_EQ(One("Nghị quyết số 111/2015/QH13 ngày 27/11/2015").type, "Nghị quyết");
  m = One("theo Nghị quyết số 334/2017/UBTVQH14");
  EXPECT_EQ(m.national_issuer, "Ủy ban Thường vụ Quốc hội");
}

TEST(DocumentNumbers, StateNumbersWithoutYear) {
  DocumentMention m = One("UBND tỉnh ban hành Công điện số 10/CĐ-UBND về phòng chống bão");
  EXPECT_EQ(m.number, "10/CĐ-UBND");
  EXPECT_EQ(m.type, "Công điện");
  EXPECT_EQ(m.type_en, "Dispatch");
  EXPECT_TRUE(m.local);
  EXPECT_EQ(m.year, 0);

  m = One("Quyết định 3062/QĐ-TTg phê duyệt");
  EXPECT_EQ(m.national_issuer, "Thủ tướng Chính phủ");
  EXPECT_FALSE(m.local);

  m = One("tại Quyết định số 1234/QĐ-UBND-NC của UBND tỉnh");
  EXPECT_EQ(m.number, "1234/QĐ-UBND-NC");
  EXPECT_EQ(m.issuer_code, "UBND");  // NC is a unit of the issuer
  EXPECT_TRUE(m.local);

  m = One("báo cáo của Sở: 12/BC-SKHĐT");
  EXPECT_EQ(m.type, "Báo cáo");
  EXPECT_TRUE(m.local);
}

TEST(DocumentNumbers, OfficialLettersNumberedByIssuerAndUnit) {
  DocumentMention m = One("UBND tỉnh có Văn bản số 7128/UBND-TKBT gửi các sở");
  EXPECT_EQ(m.number, "7128/UBND-TKBT");
  EXPECT_EQ(m.type, "Công văn");
  EXPECT_EQ(m.type_en, "Official letter");
  EXPECT_EQ(m.issuer_code, "UBND");
  EXPECT_TRUE(m.local);

  m = One("Thủ tướng đã có ý kiến tại 1517/TTg-KTN");
  EXPECT_EQ(m.type, "Công văn");
  EXPECT_EQ(m.national_issuer, "Thủ tướng Chính phủ");

  m = One("công văn số 322/BGDĐT-GDTrH hướng dẫn");
  EXPECT_EQ(m.number, "322/BGDĐT-GDTrH");
  EXPECT_EQ(m.national_issuer, "Bộ Giáo dục và Đào tạo");

  m = One("Sở có văn bản 253/STNMT-CCBVMT");
  EXPECT_TRUE(m.local);
}

TEST(DocumentNumbers, JointCircularsKeepAllIssuers) {
  DocumentMention m = One("Thông tư liên tịch số 06/2008/TTLT/BCA-VKSNDTC-TANDTC ngày 25/12/2008");
  EXPECT_EQ(m.number, "06/2008/TTLT/BCA-VKSNDTC-TANDTC");
  EXPECT_EQ(m.type, "Thông tư");
  EXPECT_EQ(m.issuer_code, "BCA-VKSNDTC-TANDTC");
  EXPECT_EQ(m.national_issuer, "Bộ Công an");
  EXPECT_EQ(m.year, 2008);
}

TEST(DocumentNumbers, SpacesAndDashesInsideStateNumbers) {
  EXPECT_EQ(Numbers("Nghị định 131/2013/NĐ- CP quy định xử phạt"),
            std::vector<std::string>{"131/2013/NĐ-CP"});
  EXPECT_EQ(Numbers("căn cứ theo Quyết định 89/2016/QĐ - UBND về"),
            std::vector<std::string>{"89/2016/QĐ-UBND"});
  EXPECT_EQ(Numbers("hướng dẫn tại Nghị quyết 01/2010/NQ–HĐTP ngày"),
            std::vector<std::string>{"01/2010/NQ-HĐTP"});
  EXPECT_EQ(Numbers("Nghị định 68/ NĐ-CP"), std::vector<std::string>{"68/NĐ-CP"});
  // a glued "ngày" is cut off, not taken into the code
  EXPECT_EQ(Numbers("theo Nghị định 204/2004/NĐ-CPngày 14/12/2004"),
            std::vector<std::string>{"204/2004/NĐ-CP"});
}

TEST(DocumentNumbers, SeveralInTextOrder) {
  const std::string_view text =
      "Hội nghị quán triệt Nghị quyết 15-NQ/TU, Kết luận 01-KL/TU, Kế hoạch số 12-KH/TU "
      "và Nghị định 100/2019/NĐ-CP; Chỉ thị 35-CT/TW.";
  auto found = FindDocumentNumbers(text);
  ASSERT_EQ(found.size(), 5u);
  EXPECT_EQ(found[0].number, "15-NQ/TU");
  EXPECT_EQ(found[1].type, "Kết luận");
  EXPECT_EQ(found[2].type, "Kế hoạch");
  EXPECT_EQ(found[3].year, 2019);
  EXPECT_EQ(found[4].number, "35-CT/TW");
  EXPECT_EQ(text.substr(found[4].end), ".");
  for (size_t k = 1; k < found.size(); ++k) EXPECT_LE(found[k - 1].end, found[k].type_begin);
}

TEST(DocumentNumbers, NotDocuments) {
  for (std::string_view text : {
           "Ngày 02/06/2020, tại TP Hạ Long",
           "ngày 6/2/2017 và 29/05/2017",
           "hơn 2/3 số đại biểu tán thành",
           "phòng, chống dịch COVID-19 trên địa bàn",
           "xe ô tô biển kiểm soát 14A-123.45 lưu thông",
           "đường dây nóng 0912.345.678 hoặc 0203/3825.123",
           "cách ly các trường hợp F0/F1 tại nhà",
           "phục vụ 24/7 trong dịp Tết",
           "Ảnh ngày 29/05/2017 - REUTERS/Erik De Castro",
           "model SM-G9550/SM-G9550X của Samsung",
           "tốc độ 60 km/h trên cao tốc",
           "theo quy chuẩn QCVN 01:2009/BYT của Bộ Y tế",
           "http://baoquangninh.vn/2020/12/05/tin-moi",
           "Hà Nội thắng 2/SHB-Đà Nẵng",
           "tỷ số 3-1/Ajax",
           "1/ UBND tỉnh chỉ đạo; 2/ Sở Y tế",
           "bị cáo kháng cáo bản án số 12/2017/DS-ST",  // court cases, contracts, permits
           "theo hợp đồng 05/HĐ-EPC ký với nhà thầu",
           "được cấp 19/GP-SXD",
       }) {
    EXPECT_EQ(Numbers(text), std::vector<std::string>{}) << text;
  }
}

TEST(DocumentNumbers, UnknownCodesNeedATypeWord) {
  EXPECT_EQ(Numbers("năm 2017-ABC/XY"), std::vector<std::string>{});
  EXPECT_EQ(Numbers("giấy phép 189/GPXD"), std::vector<std::string>{});
  EXPECT_EQ(Numbers("Nghị định số 36/CP của Chính phủ"), std::vector<std::string>{"36/CP"});
  EXPECT_EQ(Numbers("Công văn số 238/C46-P12 của Cục"), std::vector<std::string>{"238/C46-P12"});
  EXPECT_EQ(Numbers("theo 238/C46-P12"), std::vector<std::string>{});
}

TEST(DocumentNumbers, TruncatedInputIsSafe) {
  const std::string text = "Nghị quyết số 15-NQ/TU và 100/2019/NĐ-CP, 134/KH – UBND";
  for (size_t n = 0; n <= text.size(); ++n) {
    const std::string prefix = text.substr(0, n);
    for (const auto& m : FindDocumentNumbers(prefix)) {
      EXPECT_LE(m.type_begin, m.begin);
      EXPECT_LT(m.begin, m.end);
      EXPECT_LE(m.end, prefix.size());
    }
  }
  for (std::string_view edge : {"/", "//", "1/", "/NQ", "-NQ/TU", "15-NQ/", "100/2019/", "số 15 -"})
    EXPECT_EQ(Numbers(edge), std::vector<std::string>{}) << edge;
  EXPECT_EQ(Numbers("15-NQ/TU"), std::vector<std::string>{"15-NQ/TU"});
}

}  // namespace
}  // namespace kg::extract
