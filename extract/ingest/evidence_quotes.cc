#include "extract/ingest/evidence_quotes.h"

#include <algorithm>
#include <string>

#include "extract/text/normalize.h"
#include "extract/text/utf8.h"

namespace kg::ingest {
namespace {

using extract::Span;

constexpr uint32_t kCutSlack = 20;  // how far a cut may move to fall on a space

bool IsSpace(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

bool IsLineBreak(char32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

std::vector<Span> EvidenceSpans(const extract::ArticleFacts& f) {
  std::vector<Span> spans;
  auto add = [&spans](const Span& s) {
    if (s.start != s.end) spans.push_back(s);
  };
  for (const auto& x : f.persons) add(x.name_span);
  for (const auto& x : f.holds) add(x.evidence);
  for (const auto& x : f.events) add(x.evidence);
  for (const auto& x : f.chaired) add(x.evidence);
  for (const auto& x : f.documents) add(x.evidence);
  for (const auto& x : f.issued) add(x.evidence);
  for (const auto& x : f.discussed) add(x.evidence);
  for (const auto& x : f.targets) add(x.evidence);
  for (const auto& x : f.tasks) add(x.evidence);
  auto before = [](const Span& a, const Span& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  };
  auto same = [](const Span& a, const Span& b) { return a.start == b.start && a.end == b.end; };
  std::sort(spans.begin(), spans.end(), before);
  spans.erase(std::unique(spans.begin(), spans.end(), same), spans.end());
  return spans;
}

// The sentences the span overlaps (widened to the span), or else its line.
Span Context(std::u32string_view text, const std::vector<Span>& sentences, Span span) {
  auto first = std::partition_point(sentences.begin(), sentences.end(),
                                    [&](const Span& s) { return s.end <= span.start; });
  if (first != sentences.end() && first->start < span.end) {
    auto last = first;
    while (last + 1 != sentences.end() && (last + 1)->start < span.end) ++last;
    return {std::min(first->start, span.start), std::max(last->end, span.end)};
  }
  Span line = span;
  while (line.start > 0 && !IsLineBreak(text[line.start - 1])) --line.start;
  while (line.end < text.size() && !IsLineBreak(text[line.end])) ++line.end;
  return line;
}

// At most kMaxQuoteChars of `context` around the span, cut at spaces where one is near.
Span Window(std::u32string_view text, Span context, Span span) {
  if (context.end - context.start <= kMaxQuoteChars) return context;
  Span w;
  if (span.end - span.start >= kMaxQuoteChars) {
    w = {span.start, span.start + static_cast<uint32_t>(kMaxQuoteChars)};
  } else {
    uint32_t slack = static_cast<uint32_t>(kMaxQuoteChars) - (span.end - span.start);
    w.start = span.start - std::min(slack / 2, span.start - context.start);
    w.end = std::min(context.end, w.start + static_cast<uint32_t>(kMaxQuoteChars));
    w.start = w.end - static_cast<uint32_t>(kMaxQuoteChars);
  }
  if (w.start > context.start)
    for (uint32_t k = w.start; k < std::min(w.start + kCutSlack, span.start); ++k)
      if (IsSpace(text[k])) {
        w.start = k + 1;
        break;
      }
  if (w.end < context.end)
    for (uint32_t k = w.end; k > span.end && k + kCutSlack > w.end; --k)
      if (IsSpace(text[k - 1])) {
        w.end = k - 1;
        break;
      }
  return w;
}

// The code points of `w`, white space collapsed and trimmed, NFC, "…" at the cuts.
std::string Render(std::u32string_view text, Span w, bool cut_before, bool cut_after) {
  std::string out;
  bool space = false;
  for (uint32_t i = w.start; i < w.end; ++i) {
    if (IsSpace(text[i])) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    text::AppendUtf8(text[i], out);
  }
  out = text::ToNfc(out);
  if (cut_before) out = "…" + out;
  if (cut_after) out += "…";
  return out;
}

}  // namespace

std::vector<graph::EvidenceQuote> QuoteEvidence(std::string_view text,
                                                const extract::ArticleFacts& facts) {
  std::vector<Span> spans = EvidenceSpans(facts);
  std::vector<graph::EvidenceQuote> quotes;
  if (spans.empty()) return quotes;
  std::u32string chars;
  chars.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) chars.push_back(text::DecodeAt(text, pos));
  quotes.reserve(spans.size());
  for (const Span& given : spans) {
    // some extractors give a span from its end back to its start: quote it the right way round
    Span span{std::min(given.start, given.end), std::max(given.start, given.end)};
    if (span.end > chars.size()) continue;
    Span context = Context(chars, facts.sentences, span);
    Span w = Window(chars, context, span);
    quotes.push_back(
        {given.start, given.end, Render(chars, w, w.start > context.start, w.end < context.end)});
  }
  return quotes;
}

}  // namespace kg::ingest
