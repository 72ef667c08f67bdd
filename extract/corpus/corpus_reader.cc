#include "extract/corpus/corpus_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/corpus/jsonl_reader.h"
#include "extract/text/utf8.h"

namespace kg::corpus {
namespace fs = std::filesystem;

namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

enum class FileKind { kText, kJsonl, kOther };

FileKind KindOf(const std::string& path) {
  if (path == "-") return FileKind::kJsonl;  // standard input: JSON Lines, plain or gzip
  std::string lower = path;                  // "ARTICLE.TXT" is a text file too
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (EndsWith(lower, ".txt")) return FileKind::kText;
  if (EndsWith(lower, ".jsonl") || EndsWith(lower, ".jsonl.gz")) return FileKind::kJsonl;
  return FileKind::kOther;
}

// A text file's id: its name without extension, or for a file in a subfolder of a folder
// given, its path from that folder ("2017/march/a"), so two "a.txt" never collide.
std::string TextId(const std::string& path, const std::string& root) {
  fs::path p(path);
  if (root.empty()) return p.stem().string();
  fs::path rel = fs::path(path).lexically_relative(root);
  if (rel.empty() || !rel.has_parent_path()) return p.stem().string();
  return (rel.parent_path() / p.stem()).generic_string();
}

void ReadTextFile(const std::string& path, const std::string& root, ReadCounts& counts,
                  const ArticleSink& on_article, const IssueSink& on_issue,
                  const ReadOptions& options) {
  std::error_code size_error;
  const auto size = fs::file_size(path, size_error);
  if (!size_error && size > options.max_article_bytes) {
    on_issue({path, "article of " + std::to_string(size) + " bytes is over the limit of " +
                        std::to_string(options.max_article_bytes) +
                        "; skipped — raise with --max-article-bytes"});
    ++counts.skipped;
    return;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    on_issue({path, std::string("cannot open: ") + std::strerror(errno)});
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
  article.id = TextId(path, root);
  article.origin = path;
  article.input_position = counts.input_bytes + (size_error ? 0 : size);
  ++counts.articles;
  on_article(std::move(article));
}

void ReadFile(const std::string& path, const std::string& root, ReadCounts& counts,
              const ArticleSink& on_article, const IssueSink& on_issue,
              const ReadOptions& options) {
  ++counts.files;
  switch (KindOf(path)) {
    case FileKind::kText: ReadTextFile(path, root, counts, on_article, on_issue, options); break;
    case FileKind::kJsonl: ReadJsonlFile(path, counts, on_article, on_issue, options); break;
    case FileKind::kOther:
      on_issue({path, "not a .txt, .jsonl or .jsonl.gz file"});
      ++counts.skipped;
      break;
  }
  std::error_code ec;
  if (path != "-") counts.input_bytes += fs::file_size(path, ec) * !ec;  // 0 when unknown
}

// The files ReadCorpus reads from `path` (a folder's readable files, sorted), else the
// path itself. Shared by the reader and InputBytes, so the two agree.
std::vector<std::string> FilesOf(const std::string& path) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return {path};
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(path, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec) && KindOf(it->path().string()) != FileKind::kOther)
      files.push_back(it->path().string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::string CheckUtf8ArticleText(const std::string& text) {
  if (text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) return "empty article";
  if (text::LooksUtf16(text))
    return "UTF-16 text; kg reads UTF-8 (convert it first: iconv -f UTF-16 -t UTF-8)";
  if (text::LooksBinary(text)) return "binary content, not text";
  return {};
}

std::string CheckArticleText(const std::string& text) {
  if (std::string reason = CheckUtf8ArticleText(text); !reason.empty()) return reason;
  if (int64_t bad = text::FindInvalidUtf8(text); bad >= 0)
    return "not UTF-8 (invalid byte at offset " + std::to_string(bad) + ")";
  return {};
}

uint64_t InputBytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  for (const auto& path : paths)
    for (const auto& file : FilesOf(path)) {
      std::error_code ec;
      if (file != "-") total += fs::file_size(file, ec) * !ec;
    }
  return total;
}

ReadCounts ReadCorpus(const std::vector<std::string>& paths, const ArticleSink& on_article,
                      const IssueSink& on_issue, const ReadOptions& options) {
  ReadCounts counts;
  for (const auto& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> files, others;
      for (auto it = fs::recursive_directory_iterator(path, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        (KindOf(it->path().string()) != FileKind::kOther ? files : others)
            .push_back(it->path().string());
      }
      if (ec) on_issue({path, "cannot list folder: " + ec.message()});
      std::sort(files.begin(), files.end());
      std::sort(others.begin(), others.end());
      // nothing in a folder is passed over without a word: hidden files aside (".git")
      for (const auto& o : others) {
        if (fs::path(o).filename().string().rfind('.', 0) == 0) continue;
        on_issue({o, "skipped: not a .txt, .jsonl or .jsonl.gz file"});
        ++counts.skipped;
      }
      for (const auto& f : files) ReadFile(f, path, counts, on_article, on_issue, options);
    } else if (path == "-" || fs::exists(path, ec)) {  // "-": JSON Lines on stdin
      ReadFile(path, "", counts, on_article, on_issue, options);
    } else {
      on_issue({path, "no such file or folder"});
      ++counts.skipped;
    }
  }
  return counts;
}

}  // namespace kg::corpus
