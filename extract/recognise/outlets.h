// Provincial news outlets and portals as data (extract/data/outlets.tsv: domain, province,
// kind). A provincial newspaper or portal writes about its own province, often without
// naming it ("Chủ tịch UBND tỉnh Phạm Anh Tuấn" on binhdinh.gov.vn); the article analysis
// uses this province when the text names none.
#pragma once

#include <string>
#include <string_view>

namespace kg::extract {

// The canonical province of the outlet behind `site` or `url` ("baobinhdinh.vn",
// "https://www.baoquangninh.vn/…", "tintuc.binhdinh.gov.vn"), or "" for a national
// outlet or one the table does not list. Thread-safe.
std::string OutletProvince(std::string_view site, std::string_view url);

}  // namespace kg::extract
