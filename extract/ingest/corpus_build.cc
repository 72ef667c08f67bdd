#include "extract/ingest/corpus_build.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "extract/pipeline.h"
#include "extract/ingest/evidence_quotes.h"
#include "extract/ingest/graph_builder.h"

namespace kg::ingest {
namespace {

struct Job {
  size_t seq = 0;
  corpus::RawArticle article;
};

struct Done {
  corpus::RawArticle article;  // text dropped, metadata kept
  extract::ArticleFacts facts;
  std::vector<graph::EvidenceQuote> quotes;  // made before the text was dropped
};

// A bounded queue of articles to extract and a reorder buffer of results,
// so the merger commits articles in input order whatever thread finished first.
class Pipeline {
 public:
  explicit Pipeline(size_t capacity) : capacity_(capacity) {}

  void Push(corpus::RawArticle article) {
    std::unique_lock<std::mutex> lock(mu_);
    not_full_.wait(lock, [&] { return jobs_.size() < capacity_; });
    jobs_.push_back({submitted_++, std::move(article)});
    not_empty_.notify_one();
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    not_empty_.notify_all();
    ready_.notify_all();
  }
  std::optional<Job> Pop() {
    std::unique_lock<std::mutex> lock(mu_);
    not_empty_.wait(lock, [&] { return !jobs_.empty() || closed_; });
    if (jobs_.empty()) return std::nullopt;
    Job job = std::move(jobs_.front());
    jobs_.pop_front();
    not_full_.notify_one();
    return job;
  }
  void Finish(size_t seq, Done done) {
    std::lock_guard<std::mutex> lock(mu_);
    results_.emplace(seq, std::move(done));
    ready_.notify_all();
  }
  // Waits for result `seq`; nullopt once the input is closed and no such job exists.
  std::optional<Done> Take(size_t seq) {
    std::unique_lock<std::mutex> lock(mu_);
    ready_.wait(lock, [&] { return results_.count(seq) > 0 || (closed_ && seq >= submitted_); });
    auto it = results_.find(seq);
    if (it == results_.end()) return std::nullopt;
    Done d = std::move(it->second);
    results_.erase(it);
    return d;
  }

 private:
  std::mutex mu_;
  std::condition_variable not_full_, not_empty_, ready_;
  std::deque<Job> jobs_;
  std::map<size_t, Done> results_;
  size_t capacity_;
  size_t submitted_ = 0;
  bool closed_ = false;
};

Done Extract(corpus::RawArticle article) {
  Done d;
  d.facts = extract::ExtractArticle(article);
  d.quotes = QuoteEvidence(article.text, d.facts);
  article.text.clear();
  article.text.shrink_to_fit();
  d.article = std::move(article);
  return d;
}

}  // namespace

BuildReport BuildCorpus(const std::vector<std::string>& paths, graph::PropertyGraph& graph,
                        const BuildOptions& options, const corpus::IssueSink& on_issue) {
  auto start = std::chrono::steady_clock::now();
  BuildReport report;
  GraphBuilder builder(graph);
  // The reader only consults this snapshot; the graph itself is touched by
  // the merging thread alone.
  std::unordered_set<std::string> existing;
  for (const auto& a : graph.articles()) existing.insert(a.id);
  size_t duplicates = 0;  // ids repeated inside the input, found while merging
  auto merge = [&](Done& d) {
    if (builder.AddArticle(d.article, d.facts, std::move(d.quotes))) {
      ++report.articles_added;
    } else {
      ++duplicates;
    }
  };
  // ids read in this run: a repeat is reported with where the id came first, and whether
  // its text differs (two articles under one id: the second is not silently lost)
  std::unordered_map<std::string, std::pair<std::string, size_t>>
      seen;  // id -> (origin, text hash)
  size_t articles_seen = 0;
  double last_progress = 0;
  auto wanted = [&](const corpus::RawArticle& a) {
    report.text_bytes += a.text.size();
    ++articles_seen;
    if (options.on_progress) {
      const double now =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (now - last_progress >= 0.25) {
        last_progress = now;
        options.on_progress({articles_seen, report.text_bytes, a.input_position, now});
      }
    }
    if (existing.count(a.id)) {
      ++report.already_present;
      return false;
    }
    const size_t hash = std::hash<std::string>{}(a.text);
    auto [it, fresh] = seen.emplace(a.id, std::make_pair(a.origin, hash));
    if (!fresh) {
      on_issue(
          {a.origin, "id '" + a.id + "' already read at " + it->second.first +
                         (it->second.second == hash
                              ? " (same text); skipped"
                              : " with a different text; skipped — give each article its own id")});
      ++report.skipped_duplicates;
      return false;
    }
    return true;
  };
  corpus::ReadCounts counts;
  if (options.jobs <= 1) {
    counts = corpus::ReadCorpus(
        paths,
        [&](corpus::RawArticle&& a) {
          if (!wanted(a)) return;
          Done d = Extract(std::move(a));
          merge(d);
        },
        on_issue, options.read);
  } else {
    Pipeline pipeline(static_cast<size_t>(options.jobs) * 8);
    std::vector<std::thread> workers;
    for (int i = 0; i < options.jobs; ++i)
      workers.emplace_back([&] {
        while (auto job = pipeline.Pop())
          pipeline.Finish(job->seq, Extract(std::move(job->article)));
      });
    std::thread merger([&] {
      for (size_t seq = 0;; ++seq) {
        auto d = pipeline.Take(seq);
        if (!d) break;
        merge(*d);
      }
    });
    counts = corpus::ReadCorpus(
        paths,
        [&](corpus::RawArticle&& a) {
          if (wanted(a)) pipeline.Push(std::move(a));
        },
        on_issue, options.read);
    pipeline.Close();
    for (auto& w : workers) w.join();
    merger.join();
  }
  if (options.on_progress)  // the last word: everything read
    options.on_progress(
        {articles_seen, report.text_bytes, counts.input_bytes,
         std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()});
  report.already_present += duplicates;
  report.files = counts.files;
  report.articles_read = counts.articles;
  report.skipped = counts.skipped + report.skipped_duplicates;
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

}  // namespace kg::ingest
