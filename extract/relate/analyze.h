// Runs cleaning and every recogniser over one article and fills an
// ArticleAnalysis, including the article's province and year.
#pragma once

#include <memory>
#include <string>

#include "extract/relate/article_analysis.h"

namespace kg::extract {

// `text` must be valid UTF-8 in NFC. `published` and `province_hint` come from
// the corpus record, `outlet_province` from its site (outlets.h); all may be empty.
// The analysis points into itself (sentences view its text and maps), so it
// lives behind a pointer and never moves.
std::unique_ptr<ArticleAnalysis> AnalyzeArticle(std::string text, const std::string& published,
                                                const std::string& province_hint,
                                                const std::string& outlet_province = {});

// The article's year: a dateline or publication date; else the latest year the text
// speaks of as its own ("nhiệm vụ năm 2024") or of a full date it tells of, leaving out
// ranges ("2020 - 2025"), horizons ("đến năm 2030"), retrospective starts ("từ năm
// 2012") and deadlines; else 0 (dates then print as --MM-DD).
void InferArticleYear(ArticleAnalysis& a, const std::string& published);

// The article's province: the corpus hint, else the province named most often
// in its content, when one is named strictly more often than any other, else the
// outlet's province when the content names none.
void InferArticleProvince(ArticleAnalysis& a, const std::string& province_hint,
                          const std::string& outlet_province = {});

// True when a country follows a place name ("Hà Nam (Trung Quốc)", "Luang Prabang, Lào",
// "tỉnh Hủa Phăn của Lào"): the place, and posts of it, are foreign.
bool ForeignPlaceAfter(std::string_view text, size_t pos);

// The same, or a bracketed country closing the clause that follows ("Bí thư Tỉnh ủy,
// Tỉnh trưởng tỉnh Luông Nậm Thà (Lào)"): the posts just read are foreign.
bool ForeignPostAfter(std::string_view text, size_t pos);

// Resolves a day and month to a date in the article's time frame.
std::string ResolveDate(const ArticleAnalysis& a, const PartialDate& d);

}  // namespace kg::extract
