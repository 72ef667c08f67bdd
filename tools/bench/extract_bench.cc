// Micro-benchmarks of the extraction hot spots (issue 13, item 5), on real articles:
// tokenising a sentence, lexicon keys and ICU folding of words, cleaning, sentence
// splitting, and the whole per-article entry point, ExtractArticle. Each reports
// bytes/s of the text it was given.
//
//   build/tools/bench/extract_bench [--benchmark_min_time=0.1] [CORPUS...]
//
// CORPUS is anything `kg build` reads (folders, .txt, .jsonl, .jsonl.gz); the default is
// the seeds of the source tree. Built when KG_BENCH is on; not a ctest test.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "extract/clean/cleaner.h"
#include "extract/clean/sentences.h"
#include "extract/corpus/corpus_reader.h"
#include "extract/pipeline.h"
#include "extract/recognise/tokens.h"
#include "extract/text/normalize.h"
#include "extract/text/vietnamese.h"

namespace {

using kg::corpus::RawArticle;

// The corpus in the forms each benchmark starts from, prepared once before timing.
struct Corpus {
  std::vector<RawArticle> articles;                  // as read
  std::vector<std::string> nfc_texts;                // each article's NFC text
  std::vector<kg::extract::CleanedArticle> cleaned;  // of nfc_texts
  struct SentenceRef {
    size_t article, begin, end;
  };
  std::vector<SentenceRef> sentences;
  std::vector<std::string> words;  // every word token, as written
  size_t raw_bytes = 0, nfc_bytes = 0, sentence_bytes = 0, word_bytes = 0;
};

Corpus& TheCorpus() {
  static Corpus corpus;
  return corpus;
}

bool LoadCorpus(const std::vector<std::string>& paths) {
  Corpus& c = TheCorpus();
  kg::corpus::ReadCorpus(
      paths, [&](RawArticle&& a) { c.articles.push_back(std::move(a)); },
      [](const kg::corpus::InputIssue& issue) {
        std::fprintf(stderr, "%s: %s\n", issue.where.c_str(), issue.reason.c_str());
      });
  for (size_t i = 0; i < c.articles.size(); ++i) {
    c.raw_bytes += c.articles[i].text.size();
    c.nfc_texts.push_back(kg::text::ToNfc(c.articles[i].text));
    const std::string& text = c.nfc_texts.back();
    c.nfc_bytes += text.size();
    c.cleaned.push_back(kg::extract::CleanArticle(text));
    for (const auto& s : kg::extract::SplitSentences(text, c.cleaned.back())) {
      c.sentences.push_back({i, s.begin, s.end});
      c.sentence_bytes += s.end - s.begin;
      for (const auto& t : kg::extract::Tokenize(text, s.begin, s.end).tokens) {
        if (t.kind != kg::extract::TokenKind::kWord) continue;
        c.words.emplace_back(text.substr(t.begin, t.end - t.begin));
        c.word_bytes += t.end - t.begin;
      }
    }
  }
  return !c.articles.empty();
}

void BM_Tokenize(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const auto& s : c.sentences) {
      benchmark::DoNotOptimize(kg::extract::Tokenize(c.nfc_texts[s.article], s.begin, s.end));
    }
  }
  state.SetBytesProcessed(state.iterations() * c.sentence_bytes);
}

void BM_LexiconKey(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const auto& w : c.words) benchmark::DoNotOptimize(kg::text::LexiconKey(w));
  }
  state.SetBytesProcessed(state.iterations() * c.word_bytes);
}

// ICU folding (NFD, marks removed, case folded), one word at a time.
void BM_FoldWords(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const auto& w : c.words) benchmark::DoNotOptimize(kg::text::Fold(w));
  }
  state.SetBytesProcessed(state.iterations() * c.word_bytes);
}

void BM_IsNfc(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const auto& a : c.articles) benchmark::DoNotOptimize(kg::text::IsNfc(a.text));
  }
  state.SetBytesProcessed(state.iterations() * c.raw_bytes);
}

void BM_CleanArticle(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const auto& text : c.nfc_texts) benchmark::DoNotOptimize(kg::extract::CleanArticle(text));
  }
  state.SetBytesProcessed(state.iterations() * c.nfc_bytes);
}

void BM_SplitSentences(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (size_t i = 0; i < c.nfc_texts.size(); ++i) {
      benchmark::DoNotOptimize(kg::extract::SplitSentences(c.nfc_texts[i], c.cleaned[i]));
    }
  }
  state.SetBytesProcessed(state.iterations() * c.nfc_bytes);
}

void BM_ExtractArticle(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    for (const auto& a : c.articles) benchmark::DoNotOptimize(kg::extract::ExtractArticle(a));
  }
  state.SetBytesProcessed(state.iterations() * c.raw_bytes);
}

BENCHMARK(BM_Tokenize);
BENCHMARK(BM_LexiconKey);
BENCHMARK(BM_FoldWords);
BENCHMARK(BM_IsNfc);
BENCHMARK(BM_CleanArticle);
BENCHMARK(BM_SplitSentences);
BENCHMARK(BM_ExtractArticle);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);  // takes the --benchmark_* flags out of argv
  std::vector<std::string> paths(argv + 1, argv + argc);
  if (paths.empty()) paths.push_back(KG_SEEDS_DIR);
  if (!LoadCorpus(paths)) {
    std::fprintf(stderr, "extract_bench: no articles read\n");
    return 1;
  }
  const Corpus& c = TheCorpus();
  benchmark::AddCustomContext("corpus", std::to_string(c.articles.size()) + " articles, " +
                                            std::to_string(c.raw_bytes) + " bytes, " +
                                            std::to_string(c.sentences.size()) + " sentences, " +
                                            std::to_string(c.words.size()) + " words");
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
