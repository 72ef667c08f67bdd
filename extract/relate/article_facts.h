// What extraction produces for one article: typed facts, each with its
// evidence span. Spans are character (code point) offsets into the article's
// text as given, so `text[start:end]` in Python shows the evidence.
// Empty strings and zero numbers mean unknown (null in the facts view).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kg::extract {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
};

struct PersonRef {
  std::string name;
  std::string province;  // where this person holds a provincial post, or "" if unknown
  Span name_span;        // where the name is first written
};

struct BodyRef {
  std::string name;      // canonical, without the province
  std::string province;  // "" for national bodies or when unknown
  std::string kind;
};

struct HoldsFact {
  int person = -1;   // index into ArticleFacts::persons
  std::string role;  // canonical title without the province
  std::string role_en;
  std::string province;
  BodyRef body;  // the body the post belongs to (OF), may be empty
  Span evidence;
  bool former = false;  // the text gives it as a past post ("nguyên Bí thư Tỉnh ủy")
};

struct EventFact {
  std::string date;  // YYYY-MM-DD, --MM-DD, or ""
  std::string province;
  std::optional<BodyRef> convener;
  std::string name;
  std::string kind;  // conference, meeting, congress, session, working visit…
  int ordinal = 0;
  Span evidence;
};

struct ChairedFact {
  int person = -1;
  int event = -1;
  Span evidence;
};

struct DocumentFact {
  std::string number;
  std::string type;
  std::string type_en;
  std::string title;
  std::string date;
  std::string province;  // issuing province for local documents, "" for national ones
  Span evidence;
};

struct IssuedFact {
  BodyRef body;
  int document = -1;
  Span evidence;
};

struct DiscussedFact {
  int event = -1;
  int document = -1;
  std::string action;  // disseminated, reviewed, adopted, drafted, discussed
  Span evidence;
};

struct TargetFact {
  std::string indicator;
  double value = 0;
  std::string unit;
  std::string comparator;
  int year = 0;
  std::string province;
  int event = -1;  // the event that set it, if known
  Span evidence;
};

struct TaskFact {
  BodyRef body;
  std::string task;
  std::string deadline;
  std::string date;  // when it was assigned (the meeting's date)
  std::string province;
  int event = -1;
  Span evidence;
};

// Why a fact was made, or a candidate refused, by which rule (`kg build --explain`).
struct RuleNote {
  size_t at = 0;     // byte offset of the sentence (or mention) in the analysis text
  std::string text;  // "holds: post after the name, ', Bí thư Tỉnh ủy'" / "refused: …"
};

struct ArticleFacts {
  std::string article_id;
  std::string province;   // the article's province, "" when it never says
  std::string published;  // from the corpus or the dateline, YYYY-MM-DD or ""
  std::string title;
  std::vector<std::string> authors;
  std::string source;
  std::vector<PersonRef> persons;
  std::vector<HoldsFact> holds;
  std::vector<EventFact> events;
  std::vector<ChairedFact> chaired;
  std::vector<DocumentFact> documents;
  std::vector<IssuedFact> issued;
  std::vector<DiscussedFact> discussed;
  std::vector<TargetFact> targets;
  std::vector<TaskFact> tasks;
  // The sentences of the title and body lines, in text order, as spans like the
  // evidence: where the graph's quotes of the evidence come from.
  std::vector<Span> sentences;
  // Filled only when the analysis asks for it (ArticleAnalysis::trace_rules).
  std::vector<RuleNote> rules;
};

}  // namespace kg::extract
