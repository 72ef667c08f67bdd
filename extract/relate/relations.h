// Relation extractors: each reads the analysed article and appends facts.
// They run in this order, later ones using earlier facts (persons before
// chairs, events before documents, targets and tasks). Spans are byte offsets
// into the analysis text until the pipeline converts them.
#pragma once

#include "extract/relate/article_analysis.h"

namespace kg::extract {

void ExtractHolds(const ArticleAnalysis& a, ArticleFacts& out);      // persons, HOLDS
void ExtractEvents(const ArticleAnalysis& a, ArticleFacts& out);     // events, CONVENED, CHAIRED
void ExtractDocuments(const ArticleAnalysis& a, ArticleFacts& out);  // documents, ISSUED, DISCUSSED
void ExtractTargets(const ArticleAnalysis& a, ArticleFacts& out);    // indicator targets, SET
void ExtractTasks(const ArticleAnalysis& a, ArticleFacts& out);      // tasks, ASSIGNED_TO

// The person a mention refers to: by name, or for a role-only mention ("đồng
// chí Bí thư Tỉnh ủy") the person of the article holding that post. -1 if none.
int ResolvePerson(const ArticleAnalysis& a, const ArticleFacts& facts, const PersonMention& m);

// The province a post or body of the article belongs to: its own, else the
// article's for provincial and local ones, "" for national ones.
std::string ProvinceFor(const ArticleAnalysis& a, const std::string& own, bool national);

BodyRef ToBodyRef(const ArticleAnalysis& a, const BodyMention& b);

// Index of the main event of the article (the first dated one), or -1.
int MainEvent(const ArticleFacts& facts);

// Records which rule made or refused a fact, when the analysis traces rules; free otherwise.
inline void NoteRule(const ArticleAnalysis& a, ArticleFacts& out, size_t at, std::string text) {
  if (a.trace_rules) out.rules.push_back({at, std::move(text)});
}

}  // namespace kg::extract

namespace kg::extract {
// Runs every extractor above in order.
ArticleFacts RelateArticle(const ArticleAnalysis& a);
}  // namespace kg::extract
