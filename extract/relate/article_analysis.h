// The working state of one article between the recognisers and the relation
// extractors: cleaned lines, sentences with their mentions, and the context
// (province, year) the relations need. Byte offsets into `text` (NFC).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "extract/relate/article_facts.h"
#include "extract/recognise/bodies.h"
#include "extract/clean/cleaner.h"
#include "extract/recognise/dates.h"
#include "extract/recognise/document_numbers.h"
#include "extract/recognise/numbers.h"
#include "extract/recognise/people.h"
#include "extract/recognise/provinces.h"
#include "extract/recognise/sentence_view.h"
#include "extract/clean/sentences.h"

namespace kg::extract {

struct AnalyzedSentence {
  Sentence sentence;
  SentenceView view;
  std::vector<PersonMention> people;
  std::vector<BodyMention> bodies;  // bodies not inside a person's posts
  std::vector<const DateMention*> dates;
  std::vector<const DocumentMention*> documents;
  std::vector<const Quantity*> quantities;
  std::vector<YearMention> years;
};

struct ArticleAnalysis {
  std::string text;  // NFC
  CleanedArticle cleaned;
  std::vector<ProvinceMention> province_mentions;
  std::unordered_map<size_t, ProvinceMention> province_at;
  std::vector<DateMention> dates;
  std::vector<DocumentMention> documents;
  std::vector<Quantity> quantities;
  std::vector<AnalyzedSentence> sentences;
  std::string province;         // the article's province, "" when not established
  int year = 0;                 // the article's year, 0 when unknown
  PartialDate reference_date;   // dateline or publication date, when known
  std::string year_source;      // how the year was found (for --explain)
  bool trace_rules = false;     // relation extractors note their rules (for --explain)
  bool foreign_places = false;  // the article names a foreign province ("Hà Nam (Trung Quốc)")
};

}  // namespace kg::extract
