// The organisation and outlet tables (extract/data/*.tsv) and their lookups.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "extract/recognise/organisations.h"
#include "extract/recognise/outlets.h"

namespace kg::extract {
namespace {

TEST(Organisations, TableIsLoadedWithItsColumns) {
  const auto& rows = Organisations();
  ASSERT_GT(rows.size(), 150u);
  const std::set<std::string> levels = {"national", "province", "district", "commune"};
  for (const auto& o : rows) {
    EXPECT_FALSE(o.canonical.empty());
    EXPECT_TRUE(levels.count(o.level) > 0) << o.canonical << ": level '" << o.level << "'";
  }
}

TEST(Organisations, EveryAbbreviationResolvesToItsOwnBody) {
  for (const auto& o : Organisations())
    for (const auto& a : o.abbreviations)
      EXPECT_EQ(CanonicalOrganisation(a), o.canonical) << "'" << a << "'";
}

TEST(Organisations, EveryCanonicalNameResolvesToItself) {
  for (const auto& o : Organisations()) EXPECT_EQ(CanonicalOrganisation(o.canonical), o.canonical);
}

TEST(Organisations, NoKeyNamesTwoBodies) {
  std::map<std::string, std::string> owner;
  for (const auto& o : Organisations()) {
    std::vector<std::string> names = o.abbreviations;
    names.push_back(o.canonical);
    for (const auto& n : names) {
      auto [it, fresh] = owner.emplace(OrganisationKey(n), o.canonical);
      EXPECT_TRUE(fresh || it->second == o.canonical)
          << "'" << n << "' is both " << it->second << " and " << o.canonical;
    }
  }
}

TEST(Organisations, ParentsAreBodiesOfTheTable) {
  std::set<std::string> names;
  for (const auto& o : Organisations()) names.insert(o.canonical);
  for (const auto& o : Organisations())
    if (!o.parent.empty())
      EXPECT_TRUE(names.count(o.parent) > 0) << o.canonical << " -> " << o.parent;
}

// The forms the press writes, as the recognisers hand them over (tokens joined by spaces).
TEST(Organisations, PressFormsResolve) {
  EXPECT_EQ(CanonicalOrganisation("Bộ NN-PTNT"), "Bộ Nông nghiệp và Phát triển nông thôn");
  EXPECT_EQ(CanonicalOrganisation("Bộ NN & PTNT"), "Bộ Nông nghiệp và Phát triển nông thôn");
  EXPECT_EQ(CanonicalOrganisation("Sở KH & CN"), "Sở Khoa học và Công nghệ");
  EXPECT_EQ(CanonicalOrganisation("Sở GD&ĐT"), "Sở Giáo dục và Đào tạo");
  EXPECT_EQ(CanonicalOrganisation("Sở TN & MT"), "Sở Tài nguyên và Môi trường");
  EXPECT_EQ(CanonicalOrganisation("Sở VH - TT & DL"), "Sở Văn hóa, Thể thao và Du lịch");
  EXPECT_EQ(CanonicalOrganisation("Bộ Giáo dục & Đào tạo"), "Bộ Giáo dục và Đào tạo");
  EXPECT_EQ(CanonicalOrganisation("bộ văn hoá, thể thao và du lịch"),
            "Bộ Văn hóa, Thể thao và Du lịch");
}

TEST(Organisations, UnknownNamesStayUnknown) {
  EXPECT_EQ(CanonicalOrganisation("Sở Kế hoạch và Thể thao"), "");
  EXPECT_EQ(CanonicalOrganisation(""), "");
}

TEST(OrganisationKey, FoldsCaseTonesSeparatorsAndVa) {
  EXPECT_EQ(OrganisationKey("Sở KH&CN"), OrganisationKey("sở kh - cn"));
  EXPECT_EQ(OrganisationKey("Sở Khoa học và Công nghệ"),
            OrganisationKey("SỞ KHOA HỌC & CÔNG NGHỆ"));
  EXPECT_NE(OrganisationKey("Sở Y tế"), OrganisationKey("Sở Tư pháp"));
}

TEST(Outlets, ProvincialOutletsPlaceTheirArticles) {
  EXPECT_EQ(OutletProvince("baoquangninh.vn", ""), "Quảng Ninh");
  EXPECT_EQ(OutletProvince("", "https://www.baobinhdinh.vn/viewer.aspx?macm=1"), "Bình Định");
  EXPECT_EQ(OutletProvince("binhdinh.gov.vn", ""), "Bình Định");
  EXPECT_EQ(OutletProvince("", "http://tintuc.binhdinh.gov.vn/a/b"), "Bình Định");  // a subdomain
  EXPECT_EQ(OutletProvince("BAOQUANGNINH.VN", ""), "Quảng Ninh");
}

TEST(Outlets, NationalAndUnknownOutletsPlaceNothing) {
  EXPECT_EQ(OutletProvince("baomoi.com", "http://www.baomoi.com/a/c/1.epi"), "");
  EXPECT_EQ(OutletProvince("dantri.com.vn", ""), "");
  EXPECT_EQ(OutletProvince("", ""), "");
  EXPECT_EQ(OutletProvince("gov.vn", ""), "");  // a bare parent domain is no outlet
}

}  // namespace
}  // namespace kg::extract
