// Numbers and quantities: tables of text -> compact dump of what FindQuantities saw.
#include "extract/recognise/numbers.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <string>

namespace kg::extract {
namespace {

std::string Number(double v) {
  std::ostringstream out;
  if (v == std::floor(v) && std::fabs(v) < 1e18) {
    out << static_cast<long long>(v);
  } else {
    out.precision(6);
    out << v;
  }
  return out.str();
}

// "cmp value unit [frac]" per quantity, joined by "; ".
std::string Dump(std::string_view text) {
  std::string out;
  for (const Quantity& q : FindQuantities(text)) {
    if (!out.empty()) out += "; ";
    if (!q.comparator.empty()) out += q.comparator + " ";
    out += Number(q.value);
    if (!q.unit.empty()) out += " " + q.unit;
    if (q.fraction) out += " frac";
  }
  return out;
}

struct Case {
  const char* text;
  const char* dump;
};

void ExpectDumps(std::initializer_list<Case> cases) {
  for (const Case& c : cases) EXPECT_EQ(Dump(c.text), c.dump) << "text: " << c.text;
}

TEST(ParseVietnameseNumber, GroupingAndDecimals) {
  EXPECT_DOUBLE_EQ(*ParseVietnameseNumber("34.000"), 34000);
  EXPECT_DOUBLE_EQ(*ParseVietnameseNumber("1.234.567"), 1234567);
  EXPECT_DOUBLE_EQ(*ParseVietnameseNumber("8,5"), 8.5);
  EXPECT_DOUBLE_EQ(*ParseVietnameseNumber("0,25"), 0.25);
  EXPECT_DOUBLE_EQ(*ParseVietnameseNumber("1.234,5"), 1234.5);
  EXPECT_DOUBLE_EQ(*ParseVietnameseNumber("12.345.678,75"), 12345678.75);
  EXPECT_DOUBLE_EQ(*ParseVietnameseNumber("8.5"), 8.5);  // a lone '.' before 1-2 digits
  EXPECT_DOUBLE_EQ(*ParseVietnameseNumber("6.25"), 6.25);
  EXPECT_DOUBLE_EQ(*ParseVietnameseNumber("8.500"), 8500);  // three digits: thousands
  EXPECT_DOUBLE_EQ(*ParseVietnameseNumber("2021"), 2021);
  EXPECT_DOUBLE_EQ(*ParseVietnameseNumber("007"), 7);
}

TEST(ParseVietnameseNumber, RejectsWhatIsNotANumber) {
  for (const char* bad :
       {"", "abc", "8,", ".5", "1..2", "1,2,3", "1.2.3", "12.3456", "1234.567", "0203.3835.111",
        "2.12.2020", "8,5%", "1 000", "1.234,5,6", "1,234.567,8", "5-7"})
    EXPECT_FALSE(ParseVietnameseNumber(bad).has_value()) << bad;
}

TEST(FindQuantities, PercentagesAndMoney) {
  ExpectDumps({
      {"GRDP tăng trưởng 8,5%", "8.5 %"},
      {"tăng 8,5 % so với cùng kỳ", "8.5 %"},
      {"lãi suất 8.5% một năm", "8.5 %"},
      {"đạt 7,25 phần trăm", "7.25 %"},
      {"vốn đầu tư toàn xã hội 34.000 tỷ đồng", "34000000000000 VND"},
      {"thu nhập bình quân 88 triệu đồng/người/năm", "88000000 VND"},
      {"thu ngân sách nội địa 6.000 tỷ đồng", "6000000000000 VND"},
      {"thu hút 2,5 triệu USD vốn FDI", "2500000 USD"},
      {"kim ngạch 1,5 tỷ đô la", "1500000000 USD"},
      {"hỗ trợ 500 triệu VNĐ", "500000000 VND"},
      {"mỗi suất quà 500.000đ", "500000 VND"},
      {"giá 300.000 đồng", "300000 VND"},
      {"tổng mức 1,5 nghìn tỷ đồng", "1500000000000 VND"},
      {"bồi thường 960 tỷ 533 triệu đồng", "960533000000 VND"},
      {"trị giá 12 tỷ.", "12000000000"},
      {"sản lượng 5 nghìn tấn", "5000 tấn"},
      {"thu hút 3 ngàn lượt khách", "3000 lượt khách"},
      {"dân số 1,2 triệu người", "1200000 người"},
      {"vốn 34.000\xC2\xA0tỷ đồng", "34000000000000 VND"},  // no-break space
  });
}

TEST(FindQuantities, Comparators) {
  ExpectDumps({
      {"phát triển trên 1.000 doanh nghiệp", "> 1000 doanh nghiệp"},
      {"tăng trưởng khoảng 11%", "~ 11 %"},
      {"Khoảng 11% số hộ", "~ 11 %"},
      {"tạo việc làm cho gần 500 lao động", "~ 500 lao động"},
      {"GRDP tăng từ 7% trở lên", ">= 7 %"},
      {"tăng 8,5% trở lên", ">= 8.5 %"},
      {"giảm 1,5% trở xuống", "<= 1.5 %"},
      {"ít nhất 30 hộ nghèo", ">= 30 hộ nghèo"},
      {"tối thiểu 20 học sinh mỗi lớp", ">= 20 học sinh"},
      {"không dưới 10 dự án", ">= 10 dự án"},
      {"tỷ lệ hộ nghèo dưới 2%", "< 2 %"},
      {"thời gian không quá 3 tháng", "<= 3 tháng"},
      {"không vượt quá 5%", "<= 5 %"},
      {"tối đa 50 người", "<= 50 người"},
      {"kết nạp hơn 200 đảng viên mới", "> 200 đảng viên"},
      {"thu vượt 12% dự toán", "> 12 %"},
      {"xấp xỉ 1,2 triệu người", "~ 1200000 người"},
      {"trên dưới 100 người", "~ 100 người"},
      {"chưa đến 5% dân số", "< 5 %"},
  });
}

TEST(FindQuantities, MentionSpans) {
  std::string t = "Phấn đấu có trên 1.000 doanh nghiệp mới";
  auto qs = FindQuantities(t);
  ASSERT_EQ(qs.size(), 1u);
  const Quantity& q = qs[0];
  EXPECT_EQ(t.substr(q.number_begin, q.number_end - q.number_begin), "1.000");
  EXPECT_EQ(t.substr(q.begin, q.end - q.begin), "trên 1.000 doanh nghiệp");
  EXPECT_EQ(q.comparator_begin, q.begin);

  t = "GRDP tăng từ 7% trở lên; thu ngân sách 6.000 tỷ đồng";
  qs = FindQuantities(t);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(t.substr(qs[0].begin, qs[0].end - qs[0].begin), "từ 7% trở lên");
  EXPECT_EQ(t.substr(qs[0].comparator_begin, 4), "từ");
  EXPECT_EQ(t.substr(qs[1].begin, qs[1].end - qs[1].begin), "6.000 tỷ đồng");
  EXPECT_EQ(qs[1].comparator_begin, qs[1].number_begin);
  EXPECT_EQ(t.substr(qs[1].number_begin, qs[1].number_end - qs[1].number_begin), "6.000");

  t = "đạt 8,5 %";
  qs = FindQuantities(t);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(t.substr(qs[0].begin, qs[0].end - qs[0].begin), "8,5 %");
}

TEST(FindQuantities, UnitsTakeOneOrTwoSyllables) {
  ExpectDumps({
      {"kết nối 35 điểm cầu trực tuyến", "35 điểm cầu"},
      {"thành lập mới 12 hợp tác xã", "12 hợp tác xã"},
      {"có 40 xã đạt chuẩn nông thôn mới", "40 xã"},
      {"hỗ trợ 50 người dân", "50 người dân"},
      {"có 300 người tham dự", "300 người"},
      {"xây mới 3 công trình", "3 công trình"},
      {"trao 120 suất quà", "120 suất quà"},
      {"trồng 8 héc-ta rừng", "8 héc-ta"},
      {"nâng cấp 15 km đường", "15 km"},
      {"quy hoạch 600ha đất", "600 ha"},
      {"căn hộ 30m2", "30 m2"},
      {"mua 3 chiếc xe", "3 chiếc"},
      {"thành lập 5 KCN", "5 kcn"},
      {"có 4 Phó Chủ tịch", "4"},
      {"lần lượt 5 và 6", "5; 6"},
      {"sau 5 năm thực hiện", "5 năm"},
      {"kết quả 6 tháng đầu năm", "6 tháng"},
      {"Mỗi ngày 500 lượt khách", "500 lượt khách"},
      {"tổng số 300 đảng viên", "300 đảng viên"},
      {"có 2000 người", "2000 người"},
  });
}

TEST(FindQuantities, Fractions) {
  ExpectDumps({
      {"2/3 đại biểu tán thành", "0.666667 đại biểu frac"},
      {"có 1/2 số xã đạt chuẩn", "0.5 xã frac"},
      {"9/10 huyện hoàn thành", "0.9 huyện frac"},
      {"đạt 2/3.", "0.666667 frac"},
  });
}

TEST(FindQuantities, Ranges) {
  ExpectDumps({
      {"thu hút 80.000-100.000 người", ">= 80000 người; <= 100000 người"},
      {"cần 5 - 7 tỷ đồng", ">= 5000000000 VND; <= 7000000000 VND"},
      {"diện tích 600-650ha", ">= 600 ha; <= 650 ha"},
      {"tăng 6%–6,5%", ">= 6 %; <= 6.5 %"},
      {"cần từ 5 đến 7 tỷ đồng", ">= 5000000000 VND; <= 7000000000 VND"},
      {"giá từ 799 triệu đến 899 triệu đồng", ">= 799000000 VND; <= 899000000 VND"},
      {"khoảng 5 - 7 ngày", "~ 5 ngày; ~ 7 ngày"},
      {"tỷ số 3-0", ""},  // a larger number first: a score or a date, not a range
      {"dịp 30-4 và 2-9", ""},
  });
  std::string t = "cần từ 5 đến 7 tỷ đồng";
  auto qs = FindQuantities(t);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(t.substr(qs[0].begin, qs[0].end - qs[0].begin), "từ 5");
  EXPECT_EQ(t.substr(qs[1].begin, qs[1].end - qs[1].begin), "7 tỷ đồng");
}

TEST(FindQuantities, YearsAreNotQuantities) {
  ExpectDumps({
      {"kế hoạch năm 2021", ""},
      {"Nghị quyết năm 2024 đã bế mạc", ""},
      {"giai đoạn 2021-2025", ""},
      {"giai đoạn 2021 – 2025", ""},
      {"nhiệm kỳ 2020 - 2025 có", ""},
      {"tầm nhìn đến 2045", ""},
      {"mẫu xe ra mắt 2019 tại Hà Nội", ""},
      {"sau Tết Nguyên đán 2017 Phương tiện đông", ""},
      {"năm 2021-2025 có 500 doanh nghiệp", "500 doanh nghiệp"},
  });
}

TEST(FindQuantities, DatesAndTimesAreNotQuantities) {
  ExpectDumps({
      {"Ngày 2/6, Ban Thường vụ họp", ""},
      {"(TTXVN) - 2/6, Ban Thường vụ họp", ""},
      {"ngày 02/06/2020", ""},
      {"Thứ ba - 02/06/2020", ""},
      {"Sáng 9.1, hội nghị khai mạc", ""},
      {"Chiều 15/8 tại hội trường", ""},
      {"ngày 2.12.2020", ""},
      {"ngày 6-2 tới", ""},
      {"ngày 15 tháng 3 năm 2021", ""},
      {"đến hết tháng 5/2020", ""},
      {"lễ kỷ niệm 30/4", ""},
      {"khai mạc lúc 8h30", ""},
      {"từ 14h đến 17h", ""},
      {"vào 14 giờ", ""},
      {"lúc 14 giờ 30 phút", ""},
      {"8 giờ sáng", ""},
      {"khoảng 3 giờ 30 ngày 27.5", ""},
      {"từ 3 - 4 giờ sáng", ""},
      {"diễn ra từ 17/6 – 2/7", ""},
      {"phiên họp 14:30", ""},
      {"trong 24 giờ", "24 giờ"},
      {"sau 72 giờ", "72 giờ"},
  });
}

TEST(FindQuantities, LabelsAreNotQuantities) {
  ExpectDumps({
      {"Hội nghị lần thứ 5", ""},
      {"Quốc hội khóa XIV", ""},
      {"Tỉnh ủy khoá 15", ""},
      {"Chỉ thị số 15", ""},
      {"vào thứ 2 hằng tuần", ""},
      {"Điều 3. Hiệu lực", ""},
      {"Quốc lộ 5 đoạn qua", ""},
      {"Nghị quyết 12 của Tỉnh ủy", ""},
      {"Nghị quyết số 15-NQ/TU", ""},
      {"Nghị định 100/2019/NĐ-CP", ""},
      {"Kế hoạch 134/KH-UBND", ""},
      {"theo Luật 61/2019/QH14", ""},
      {"1. Tiếp tục đổi mới", ""},
      {"gồm: 1. Xây dựng Đảng 2. Phát triển kinh tế", ""},
      {"nhiệm vụ (2) là", ""},
      {"quý 3 năm nay", ""},
      {"theo khoản 1, 2 và 3 Điều 5", ""},
      {"Điều 31, 32 Nghị định", ""},
      {"điện thoại Nokia 8 mới", ""},  // no unit after a name: a model, not an amount
      {"xổ số Mega 6/45", ""},
      {"nâng cấp 15 km đường", "15 km"},  // "cấp" of "nâng cấp" is no label
      {"dân số 1,2 triệu người", "1200000 người"},
  });
}

TEST(FindQuantities, CodesAndPhonesAreNotQuantities) {
  ExpectDumps({
      {"phòng chống dịch COVID-19", ""},
      {"cúm gia cầm H5N1", ""},
      {"tuyến QL18 mở rộng", ""},
      {"các ca F0 tại nhà", ""},
      {"Điện thoại: 0203.3835.111", ""},
      {"đường dây nóng 0912 345 678", ""},
      {"gọi +84 912 345 678", ""},
      {"máy bay Su-30MK2", ""},
      {"xem tại baomoi.com/a/c/21469372.epi", ""},
      {"thi đấu tại U.23", ""},
  });
}

TEST(FindQuantities, MixedSentenceInOrder) {
  EXPECT_EQ(Dump("Năm 2025, phấn đấu GRDP tăng 8,5%, thu ngân sách 12.000 tỷ đồng; giải quyết "
                 "việc làm cho 25.000 lao động, giảm tỷ lệ hộ nghèo dưới 1,5%."),
            "8.5 %; 12000000000000 VND; 25000 lao động; < 1.5 %");
  EXPECT_EQ(Dump("Ngày 21/6, Đảng bộ tỉnh có 735 tổ chức cơ sở đảng với hơn 90.000 đảng viên; "
                 "Nghị quyết số 02-NQ/TU ngày 2.12.2020 đặt ra 11 chỉ tiêu."),
            "735 tổ chức; > 90000 đảng viên; 11 chỉ tiêu");
}

TEST(FindQuantities, SpansAreOrderedAndDisjoint) {
  std::string t =
      "Sinh ra trong tháng 3 và 4 nhiều hơn 20% so với tháng khác; điểm 10 chưa đến 100 điểm; "
      "toán dưới 5 xấp xỉ 49,2%; từ 5 đến 7 tỷ đồng, 80.000-100.000 người, từ 7% trở lên, "
      "khoảng 1/2 số xã và trên 1.000 doanh nghiệp.";
  auto qs = FindQuantities(t);
  ASSERT_GE(qs.size(), 8u);
  size_t previous_end = 0;
  for (const Quantity& q : qs) {
    EXPECT_GE(q.begin, previous_end) << t.substr(q.begin, q.end - q.begin);
    EXPECT_LE(q.begin, q.number_begin);
    EXPECT_LT(q.number_begin, q.number_end);
    EXPECT_LE(q.number_end, q.end);
    EXPECT_LE(q.end, t.size());
    EXPECT_LE(q.begin, q.comparator_begin);
    if (q.comparator.empty()) {
      EXPECT_EQ(q.comparator_begin, q.number_begin);
    }
    previous_end = q.end;
  }
}

TEST(FindQuantities, TextEndingInsideAMention) {
  ExpectDumps({
      {"đạt 8,5", "8.5"},
      {"giá 5 tỷ", "5000000000"},
      {"tăng 7%", "7 %"},
      {"từ 7% trở", "7 %"},
      {"tỷ lệ 2/", ""},
      {"cần 5-", "5"},
      {"12", "12"},
      {"", ""},
  });
}

}  // namespace
}  // namespace kg::extract
