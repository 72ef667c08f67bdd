#include "extract/pipeline.h"

#include "extract/recognise/outlets.h"

#include "extract/relate/analyze.h"
#include "extract/relate/relations.h"
#include "extract/text/normalize.h"
#include "extract/text/utf8.h"

namespace kg::extract {
namespace {

// Converts every byte span (NFC text) to code point offsets in the original.
class SpanConverter {
 public:
  SpanConverter(const text::NormalizedText& norm, std::string_view original)
      : norm_(norm), chars_(original) {}
  void operator()(Span& s) const {
    s.start = chars_.ToChar(norm_.ToOriginal(s.start));
    s.end = chars_.ToChar(norm_.ToOriginal(s.end));
  }

 private:
  const text::NormalizedText& norm_;
  text::CharOffsetMap chars_;
};

void ConvertSpans(ArticleFacts& f, const SpanConverter& convert) {
  for (auto& x : f.persons) convert(x.name_span);
  for (auto& x : f.holds) convert(x.evidence);
  for (auto& x : f.events) convert(x.evidence);
  for (auto& x : f.chaired) convert(x.evidence);
  for (auto& x : f.documents) convert(x.evidence);
  for (auto& x : f.issued) convert(x.evidence);
  for (auto& x : f.discussed) convert(x.evidence);
  for (auto& x : f.targets) convert(x.evidence);
  for (auto& x : f.tasks) convert(x.evidence);
  for (auto& x : f.sentences) convert(x);
}

}  // namespace

ArticleFacts RelateArticle(const ArticleAnalysis& a) {
  ArticleFacts facts;
  ExtractHolds(a, facts);
  ExtractEvents(a, facts);
  ExtractDocuments(a, facts);
  ExtractTargets(a, facts);
  ExtractTasks(a, facts);
  return facts;
}

ArticleFacts ExtractArticle(const corpus::RawArticle& article) {
  text::NormalizedText norm(article.text);
  auto analysis = AnalyzeArticle(norm.text(), article.published, article.province,
                                 OutletProvince(article.site, article.url));
  ArticleFacts facts = RelateArticle(*analysis);
  facts.article_id = article.id;
  facts.province = analysis->province;
  facts.title = analysis->cleaned.title;
  facts.authors = analysis->cleaned.authors;
  facts.source = analysis->cleaned.source;
  if (analysis->reference_date.day > 0) facts.published = analysis->reference_date.ToIso();
  facts.sentences.reserve(analysis->sentences.size());
  for (const auto& s : analysis->sentences)
    facts.sentences.push_back(
        {static_cast<uint32_t>(s.sentence.begin), static_cast<uint32_t>(s.sentence.end)});
  ConvertSpans(facts, SpanConverter(norm, article.text));
  return facts;
}

}  // namespace kg::extract
