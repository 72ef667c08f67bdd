#include "extract/recognise/dates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kg::extract {
namespace {

const char* RelationName(DateRelation r) {
  switch (r) {
    case DateRelation::kOn: return "on";
    case DateRelation::kBefore: return "before";
    case DateRelation::kAfter: return "after";
    case DateRelation::kFrom: return "from";
    case DateRelation::kUntil: return "until";
  }
  return "?";
}

// One line per mention: [span] iso relation, then the optional parts.
std::string Dump(const std::string& text) {
  std::string out;
  for (const DateMention& d : FindDates(text)) {
    if (!out.empty()) out += "\n";
    out += "[" + text.substr(d.begin, d.end - d.begin) + "] " + d.date.ToIso() + " " +
           RelationName(d.relation);
    if (!d.part_of_day.empty()) out += " part=" + d.part_of_day;
    if (!d.weekday.empty()) out += " weekday=" + d.weekday;
    if (d.day_word) out += " word";
    if (d.clause_initial) out += " initial";
  }
  return out;
}

const char* KindName(YearMention::Kind k) {
  switch (k) {
    case YearMention::Kind::kPlain: return "plain";
    case YearMention::Kind::kRangeStart: return "start";
    case YearMention::Kind::kRangeEnd: return "end";
    case YearMention::Kind::kHorizon: return "horizon";
    case YearMention::Kind::kInDate: return "in-date";
  }
  return "?";
}

std::string DumpYears(const std::string& text) {
  std::string out;
  for (const YearMention& y : FindYears(text)) {
    if (!out.empty()) out += " ";
    EXPECT_EQ(text.substr(y.begin, y.end - y.begin), std::to_string(y.year));
    out += std::to_string(y.year) + ":" + KindName(y.kind);
  }
  return out;
}

struct Case {
  const char* text;
  const char* dump;
};

void ExpectDumps(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Dump(c.text), c.dump) << "input: " << c.text;
}

TEST(PartialDate, ToIso) {
  EXPECT_EQ((PartialDate{2020, 6, 2}).ToIso(), "2020-06-02");
  EXPECT_EQ((PartialDate{0, 12, 31}).ToIso(), "--12-31");
  EXPECT_EQ((PartialDate{2020, 6, 0}).ToIso(), "");
  EXPECT_EQ((PartialDate{2020, 0, 0}).ToIso(), "");
  EXPECT_EQ((PartialDate{0, 0, 0}).ToIso(), "");
}

TEST(FindDates, DayWordAndPartOfDay) {
  ExpectDumps({
      {"Ngày 21/6, các đại biểu dự hội nghị.", "[Ngày 21/6] --06-21 on word initial"},
      {"Sáng 9.1, tại TP Hạ Long, hội nghị khai mạc.",
       "[Sáng 9.1] --01-09 on part=sáng word initial"},
      {"NGÀY 3/4, UBND tỉnh họp.", "[NGÀY 3/4] --04-03 on word initial"},
      {"Đoàn công tác đến thăm vào chiều 5/7 tại huyện.", "[chiều 5/7] --07-05 on part=chiều word"},
      {"Lễ khai mạc diễn ra tối 20-11 ở nhà văn hóa.", "[tối 20-11] --11-20 on part=tối word"},
      {"Trưa 3.5, xe cứu thương tới.", "[Trưa 3.5] --05-03 on part=trưa word initial"},
      {"Đêm 30/4 pháo hoa được bắn.", "[Đêm 30/4] --04-30 on part=đêm word initial"},
      {"Đại hội bế mạc vào sáng ngày 4/1.", "[sáng ngày 4/1] --01-04 on part=sáng word"},
      {"Buổi tập chiều ngày 4-2 bị hoãn.", "[chiều ngày 4-2] --02-04 on part=chiều word"},
      {"Các em học sinh sáng nay (6/2) đã đến trường.",
       "[sáng nay (6/2)] --02-06 on part=sáng word"},
      {"Hội nghị sáng nay 9/1 thống nhất chủ trương.", "[sáng nay 9/1] --01-09 on part=sáng word"},
      {"Kết quả đêm 5.2, rạng sáng 6.2 như sau.",
       "[đêm 5.2] --02-05 on part=đêm word\n[rạng sáng 6.2] --02-06 on part=sáng word initial"},
      {"Từ đầu năm, hôm 12/3 tỉnh đã họp.", "[hôm 12/3] --03-12 on word initial"},
      {"Phải báo cáo đến ngày hôm nay (6/2).", "[đến ngày hôm nay (6/2)] --02-06 until word"},
      {"Hàng năm vào ngày mùng 6/1 người dân đi lễ.", "[ngày mùng 6/1] --01-06 on word"},
      {"ngày 6-2 ông về quê.", "[ngày 6-2] --02-06 on word initial"},
  });
}

TEST(FindDates, FullDates) {
  ExpectDumps({
      {"Nghị quyết số 02-NQ/TU ngày 2.12.2020 về phương hướng.",
       "[ngày 2.12.2020] 2020-12-02 on word"},
      {"Ngày 02/06/2020, Ban Thường vụ họp.", "[Ngày 02/06/2020] 2020-06-02 on word initial"},
      {"Theo báo cáo 30/12/2019 của Sở.", "[30/12/2019] 2019-12-30 on"},
      {"Hà Nội, ngày 15 tháng 3 năm 2021", "[ngày 15 tháng 3 năm 2021] 2021-03-15 on word initial"},
      {"Ký ngày 15 tháng 03 năm 2021.", "[ngày 15 tháng 03 năm 2021] 2021-03-15 on word"},
      {"Từ 1 tháng 7 năm 2022, luật có hiệu lực.",
       "[Từ 1 tháng 7 năm 2022] 2022-07-01 from initial"},
      {"Họp ngày 9 tháng 1 tại tỉnh.", "[ngày 9 tháng 1] --01-09 on word"},
      {"Ngày 15/3 năm 2021, tỉnh tổ chức.", "[Ngày 15/3 năm 2021] 2021-03-15 on word initial"},
      {"Ngày 14.2.1947, Bác Hồ về thăm.", "[Ngày 14.2.1947] 1947-02-14 on word initial"},
      {"Ngày 29/2/2020 là ngày nhuận.", "[Ngày 29/2/2020] 2020-02-29 on word initial"},
  });
}

TEST(FindDates, Weekdays) {
  ExpectDumps({
      {"Thứ ba - 02/06/2020 15:51",
       "[Thứ ba - 02/06/2020] 2020-06-02 on weekday=thứ ba word initial"},
      {"Thứ Ba, 02/06/2020", "[Thứ Ba, 02/06/2020] 2020-06-02 on weekday=thứ ba word initial"},
      {"Thứ Năm, 05/12/2019, 13:51 [GMT+7]",
       "[Thứ Năm, 05/12/2019] 2019-12-05 on weekday=thứ năm word initial"},
      {"THỨ SÁU, 10/01/2020", "[THỨ SÁU, 10/01/2020] 2020-01-10 on weekday=thứ sáu word initial"},
      {"Lễ ra quân vào sáng thứ Hai (6/2) tại quảng trường.",
       "[sáng thứ Hai (6/2)] --02-06 on part=sáng weekday=thứ hai word"},
      {"Trận đấu diễn ra thứ 7, 11/3 trên sân nhà.",
       "[thứ 7, 11/3] --03-11 on weekday=thứ bảy word"},
      {"Chủ nhật, ngày 5/2/2017",
       "[Chủ nhật, ngày 5/2/2017] 2017-02-05 on weekday=chủ nhật word initial"},
      {"Thứ bẩy (4/3) trời mưa.", "[Thứ bẩy (4/3)] --03-04 on weekday=thứ bảy word initial"},
      // ordinals are not weekdays: the fraction stays a fraction
      {"Đại hội lần thứ 5, 2/3 số đại biểu tán thành.", ""},
  });
}

TEST(FindDates, Relations) {
  ExpectDumps({
      {"Sở tổng hợp báo cáo trước ngày 12/12/2019.",
       "[trước ngày 12/12/2019] 2019-12-12 before word"},
      {"Hoàn thành đến hết ngày 31/12.", "[đến hết ngày 31/12] --12-31 until word"},
      {"Áp dụng từ ngày 1/7.", "[từ ngày 1/7] --07-01 from word"},
      {"Kể từ ngày 1/7/2021, mức phạt tăng.", "[Kể từ ngày 1/7/2021] 2021-07-01 from word initial"},
      {"Thực hiện sau ngày 15-8.", "[sau ngày 15-8] --08-15 after word"},
      {"Nộp hồ sơ chậm nhất là ngày 20/5.", "[chậm nhất là ngày 20/5] --05-20 before word"},
      {"Kéo dài tới ngày 30/4.", "[tới ngày 30/4] --04-30 until word"},
      {"Hạn cuối trước 15/10/2021 phải xong.", "[trước 15/10/2021] 2021-10-15 before"},
      {"Giải diễn ra từ ngày 22/2 đến 04/3 tại Ấn Độ.",
       "[từ ngày 22/2] --02-22 from word\n[đến 04/3] --03-04 until"},
      {"Được giao đất từ ngày 27.12.2015 đến ngày 10.2.2016.",
       "[từ ngày 27.12.2015] 2015-12-27 from word\n[đến ngày 10.2.2016] 2016-02-10 until word"},
  });
}

TEST(FindDates, DayRanges) {
  ExpectDumps({
      {"Lễ hội kéo dài ba ngày, từ ngày 22 đến 24-6.",
       "[từ ngày 22] --06-22 from word initial\n[đến 24-6] --06-24 until word"},
      {"Trong hai ngày 4 và 5-2, hàng trăm cán bộ tham gia.",
       "[ngày 4] --02-04 on word\n[5-2] --02-05 on word"},
      {"Hội chợ diễn ra ngày 5-7/3/2021.",
       "[ngày 5] 2021-03-05 from word\n[7/3/2021] 2021-03-07 until word"},
      // a range must run forwards
      {"Ngày 24 đến 22/6.", ""},
  });
}

TEST(FindDates, NotDates) {
  ExpectDumps({
      {"Đã đạt 2/3 số xã nông thôn mới.", ""},
      {"Đến nay có 11/14 chỉ tiêu đạt, 8/9 gói thầu đã ký.", ""},
      {"Thực hiện Nghị định 100/2019/NĐ-CP của Chính phủ.", ""},
      {"Nghị quyết 15-NQ/TU của Tỉnh ủy.", ""},
      {"Kế hoạch số 134/KH-UBND và Công văn số 10/CĐ-UBND.", ""},
      {"Văn bản số 12/12/2019 của UBND.", ""},
      {"Lúc 8h30 sáng, xe xuất phát; 15:30 về.", ""},
      {"Ngày 31/2 không tồn tại, ngày 12/13 cũng vậy, ngày 0/5 cũng thế.", ""},
      {"Ngày 29/2/2019 không có.", ""},
      {"Thắng 3-0 trước đối thủ; tỷ số 2-1.", ""},
      {"Lốp sau 140/70-17, độ cao chỉnh thêm 3/4-inch.", ""},
      {"Quốc lộ QL1/2 và ngày 5/2x.", ""},
      {"Ngày 2.5% tăng trưởng là 8,5.", ""},
      {"Tỷ lệ (2/3) đại biểu.", ""},
      {"Ngày 5/2/17 không đủ năm.", ""},
      {"Điểm thi 9.1.2 cũ.", ""},
  });
}

TEST(FindDates, SpansAndOrder) {
  std::string text =
      "Ngày 2/6, dưới sự chủ trì của ông A; chiều 3/6 đoàn về, đến ngày 10/6 kết thúc.";
  std::vector<DateMention> d = FindDates(text);
  ASSERT_EQ(d.size(), 3u);
  for (size_t i = 1; i < d.size(); ++i) EXPECT_LE(d[i - 1].end, d[i].begin);
  EXPECT_EQ(text.substr(d[1].begin, d[1].end - d[1].begin), "chiều 3/6");
  EXPECT_TRUE(d[1].clause_initial);  // after a semicolon
  EXPECT_TRUE(d[2].clause_initial);  // after a comma, its relation word opens it
  EXPECT_EQ(d[2].relation, DateRelation::kUntil);
  // a dateline after an agency tag
  std::vector<DateMention> p = FindDates("(PLVN) - Ngày 21/6, các đại biểu.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_TRUE(p[0].clause_initial);
  // mid-sentence "ngày" does not open a clause
  std::vector<DateMention> m = FindDates("Tỉnh ủy họp ngày 21/6 tại hội trường.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_FALSE(m[0].clause_initial);
  EXPECT_TRUE(m[0].day_word);
}

TEST(FindDates, EdgesOfText) {
  EXPECT_EQ(Dump(""), "");
  EXPECT_EQ(Dump("12"), "");
  EXPECT_EQ(Dump("ngày 5/"), "");
  EXPECT_EQ(Dump("ngày 5/2"), "[ngày 5/2] --02-05 on word initial");
  EXPECT_EQ(Dump("01/01/2000"), "[01/01/2000] 2000-01-01 on initial");
  EXPECT_EQ(Dump("ngày 22 đến"), "");
  std::string cut = "ngày \xE1\xBA";  // a truncated code point must not be read past
  EXPECT_EQ(Dump(cut + " 5/2"), "");
}

TEST(FindYears, Kinds) {
  EXPECT_EQ(DumpYears("Chỉ tiêu năm 2021 và trong năm 2024."), "2021:plain 2024:plain");
  EXPECT_EQ(DumpYears("Giai đoạn 2021-2025, nhiệm kỳ 2020 - 2025 và 2015– 2020."),
            "2021:start 2025:end 2020:start 2025:end 2015:start 2020:end");
  EXPECT_EQ(DumpYears("từ năm 2021 đến năm 2025"), "2021:start 2025:end");
  EXPECT_EQ(DumpYears("Năm học 2019/2020 kết thúc."), "2019:start 2020:end");
  EXPECT_EQ(DumpYears("Quy hoạch đến năm 2030, tầm nhìn đến 2045."), "2030:horizon 2045:horizon");
  EXPECT_EQ(DumpYears("Phấn đấu vào năm 2030 trở thành tỉnh công nghiệp; đến hết năm 2025."),
            "2030:horizon 2025:horizon");
  EXPECT_EQ(DumpYears("Tầm nhìn 2050."), "2050:horizon");
  EXPECT_EQ(DumpYears("Nghị quyết ngày 2.12.2020 và Nghị định 100/2019/NĐ-CP."),
            "2020:in-date 2019:in-date");
  EXPECT_EQ(DumpYears("Thứ ba - 02/06/2020 15:51"), "2020:in-date");
  EXPECT_EQ(DumpYears("Đến hết tháng 3/2020, 47 chi bộ xong; tháng 9-2020 tiếp."),
            "2020:in-date 2020:in-date");
  EXPECT_EQ(DumpYears("ngày 15 tháng 3 năm 2021"), "2021:in-date");
  EXPECT_EQ(DumpYears("Luật số 61/2019/QH14."), "2019:in-date");
  EXPECT_EQ(DumpYears("Vào tháng 01 năm 2013, ở tháng 13 năm 2014"), "2013:in-date 2014:plain");
  // not years: out of range, glued to letters, parts of numbers
  EXPECT_EQ(DumpYears("Năm 1930, 2101 người, QL2020, 34.2020 tỷ, 2020% và 12020."), "");
  EXPECT_EQ(DumpYears("so với năm 2023 tăng; từ năm 2020 đến nay"), "2023:plain 2020:plain");
  // "đến" joins two years only after a range opener
  EXPECT_EQ(DumpYears("năm 2020 đến 2025 sẽ"), "2020:plain 2025:horizon");
}

TEST(FindDates, RepeatedParagraphsGiveProportionalMentions) {
  // a paragraph repeated 2,000 times must give 2,000 times its mentions: no state
  // leaks from one paragraph to the next (speed is measured by tools/, not here)
  std::string para =
      "Ngày 5/2, Ban Thường vụ Tỉnh ủy họp, cho ý kiến về 12 nội dung, đạt 2/3 số xã; "
      "thực hiện Nghị định 100/2019/NĐ-CP, Kế hoạch 134/KH-UBND trước ngày 12/12/2019 "
      "với 34.000 tỷ đồng, tăng 8,5% so với năm 2023, giai đoạn 2021-2025, tầm nhìn đến 2045.\n";
  size_t dates_one = FindDates(para).size();
  size_t years_one = FindYears(para).size();
  ASSERT_GT(dates_one, 0u);
  std::string text;
  for (int i = 0; i < 2000; ++i) text += para;
  EXPECT_EQ(FindDates(text).size(), 2000 * dates_one);
  EXPECT_EQ(FindYears(text).size(), 2000 * years_one);
}

}  // namespace
}  // namespace kg::extract
