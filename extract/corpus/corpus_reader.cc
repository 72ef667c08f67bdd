#include "extract/corpus/corpus_reader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/corpus/jsonl_reader.h"
#include "extract/text/utf8.h"

namespace kg::corpus {
namespace fs = std::filesystem;

namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

enum class FileKind { kText, kJsonl, kOther };

FileKind KindOf(const std::string& path) {
  if (EndsWith(path, ".txt")) return FileKind::kText;
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".jsonl.gz")) return FileKind::kJsonl;
  return FileKind::kOther;
}

void ReadTextFile(const std::string& path, ReadCounts& counts, const ArticleSink& on_article,
                  const IssueSink& on_issue) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    on_issue({path, "cannot open"});
    ++counts.skipped;
    return;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  RawArticle article;
  article.text = buffer.str();
  if (std::string reason = CheckArticleText(article.text); !reason.empty()) {
    on_issue({path, reason});
    ++counts.skipped;
    return;
  }
  article.id = fs::path(path).stem().string();
  article.origin = path;
  ++counts.articles;
  on_article(std::move(article));
}

void ReadFile(const std::string& path, ReadCounts& counts, const ArticleSink& on_article,
              const IssueSink& on_issue) {
  ++counts.files;
  switch (KindOf(path)) {
    case FileKind::kText: ReadTextFile(path, counts, on_article, on_issue); break;
    case FileKind::kJsonl: ReadJsonlFile(path, counts, on_article, on_issue); break;
    case FileKind::kOther:
      on_issue({path, "not a .txt, .jsonl or .jsonl.gz file"});
      ++counts.skipped;
      break;
  }
}

}  // namespace

std::string CheckArticleText(const std::string& text) {
  if (text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) return "empty article";
  if (text::LooksBinary(text)) return "binary content, not text";
  if (int64_t bad = text::FindInvalidUtf8(text); bad >= 0)
    return "not UTF-8 (invalid byte at offset " + std::to_string(bad) + ")";
  return {};
}

ReadCounts ReadCorpus(const std::vector<std::string>& paths, const ArticleSink& on_article,
                      const IssueSink& on_issue) {
  ReadCounts counts;
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(path, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && KindOf(it->path().string()) != FileKind::kOther)
          files.push_back(it->path().string());
      }
      if (ec) on_issue({path, "cannot list folder: " + ec.message()});
      std::sort(files.begin(), files.end());
      for (const auto& f : files) ReadFile(f, counts, on_article, on_issue);
    } else if (fs::exists(path, ec)) {
      ReadFile(path, counts, on_article, on_issue);
    } else {
      on_issue({path, "no such file or folder"});
      ++counts.skipped;
    }
  }
  return counts;
}

}  // namespace kg::corpus
