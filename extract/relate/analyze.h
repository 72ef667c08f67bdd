// Runs cleaning and every recogniser over one article and fills an
// ArticleAnalysis, including the article's province and year.
#pragma once

#include <memory>
#include <string>

#include "extract/relate/article_analysis.h"

namespace kg::extract {

// `text` must be valid UTF-8 in NFC. `published` and `province_hint` come from
// the corpus record and may be empty.
// The analysis points into itself (sentences view its text and maps), so it
// lives behind a pointer and never moves.
std::unique_ptr<ArticleAnalysis> AnalyzeArticle(std::string text, const std::string& published,
                                                const std::string& province_hint);

// The article's year: a dateline or publication date; else the year the text
// speaks of most ("năm 2024"), leaving out term ranges ("2020 - 2025") and
// horizons ("đến năm 2030"), ties going to the later year; else 0.
void InferArticleYear(ArticleAnalysis& a, const std::string& published);

// The article's province: the corpus hint, else the province named most often
// in its content, when one is named strictly more often than any other.
void InferArticleProvince(ArticleAnalysis& a, const std::string& province_hint);

// Resolves a day and month to a date in the article's time frame.
std::string ResolveDate(const ArticleAnalysis& a, const PartialDate& d);

}  // namespace kg::extract
