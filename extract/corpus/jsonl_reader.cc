#include "extract/corpus/jsonl_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include "extract/text/utf8.h"

namespace kg::corpus {
namespace {

// Lines of a gzFile (plain files pass through), split on '\n' only: gzgets would stop at
// a NUL byte and glue the rest of the line to the next record.
class LineReader {
 public:
  LineReader(gzFile file, size_t max_line) : file_(file), max_line_(max_line), buffer_(1 << 20) {}

  // The next line, without its "\n" or "\r\n"; false at the end. A line longer than the
  // limit comes back empty with `too_long` set and its length in `skipped_bytes`.
  bool Next(std::string& line, bool& too_long, size_t& skipped_bytes) {
    line.clear();
    too_long = false;
    skipped_bytes = 0;
    bool any = false;
    while (true) {
      if (pos_ == end_ && !Fill()) return any;
      any = true;
      const char* start = buffer_.data() + pos_;
      const void* nl = std::memchr(start, '\n', end_ - pos_);
      const size_t take = nl ? static_cast<const char*>(nl) - start : end_ - pos_;
      if (!too_long && line.size() + take > max_line_) {
        too_long = true;
        skipped_bytes = line.size();
        line.clear();
      }
      if (too_long)
        skipped_bytes += take;
      else
        line.append(start, take);
      pos_ += take;
      if (nl != nullptr) {
        ++pos_;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return true;
      }
    }
  }

  // The bytes buffered next, without consuming them (the first read of the file if none
  // is buffered): to sniff the encoding of a pipe, which cannot be rewound.
  std::string_view Peek() {
    if (pos_ == end_) Fill();
    return std::string_view(buffer_.data() + pos_, end_ - pos_);
  }

 private:
  bool Fill() {
    const int n = gzread(file_, buffer_.data(), static_cast<unsigned>(buffer_.size()));
    pos_ = 0;
    end_ = n > 0 ? static_cast<size_t>(n) : 0;
    return n > 0;
  }

  gzFile file_;
  size_t max_line_;
  std::vector<char> buffer_;
  size_t pos_ = 0, end_ = 0;
};

// Where the gzip members of a file end: inflates them (output discarded) until the next
// bytes are no gzip member. Costs one more decompression pass, a few percent of a build.
uint64_t GzipDataEnd(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return 0;
  std::vector<unsigned char> in(1 << 16), out(1 << 16);
  z_stream z{};
  uint64_t consumed = 0;  // bytes of complete members
  bool open = inflateInit2(&z, 15 + 16) == Z_OK;
  size_t avail = 0;
  size_t offset = 0;  // of in[0] in the file
  bool eof = false;
  while (open) {
    if (z.avail_in == 0 && !eof) {
      offset += avail;
      avail = std::fread(in.data(), 1, in.size(), f);
      eof = avail < in.size();
      z.next_in = in.data();
      z.avail_in = static_cast<uInt>(avail);
    }
    if (z.avail_in == 0) break;
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&z, Z_NO_FLUSH);
    if (rc == Z_STREAM_END) {
      consumed = offset + (avail - z.avail_in);
      // another member follows only if its magic does
      if (z.avail_in < 2 && !eof) {  // keep going to see the next bytes
        inflateReset(&z);
        continue;
      }
      if (z.avail_in >= 2 && (z.next_in[0] != 0x1f || z.next_in[1] != 0x8b)) break;
      inflateReset(&z);
    } else if (rc != Z_OK) {
      break;
    }
  }
  if (open) inflateEnd(&z);
  std::fclose(f);
  return consumed;
}

const char* JsonTypeName(const rapidjson::Value& v) {
  if (v.IsNull()) return "null";
  if (v.IsBool()) return "a boolean";
  if (v.IsNumber()) return "a number";
  if (v.IsArray()) return "an array";
  if (v.IsObject()) return "an object";
  return "a string";
}

// Column (1-based) of the first \uD800-\uDFFF escape in a record that is not part of a
// high + low pair: the escape that decoded into invalid text. 0 when there is none.
size_t LoneSurrogateColumn(const std::string& line) {
  auto surrogate_at = [&](size_t i) -> int {  // 1 high, 2 low, 0 neither
    if (i + 6 > line.size() || line[i] != '\\' || line[i + 1] != 'u') return 0;
    unsigned value = 0;
    for (size_t k = i + 2; k < i + 6; ++k) {
      const char c = line[k];
      if (!std::isxdigit(static_cast<unsigned char>(c))) return 0;
      value =
          value * 16 +
          (std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (std::tolower(c) - 'a' + 10));
    }
    if (value >= 0xD800 && value <= 0xDBFF) return 1;
    if (value >= 0xDC00 && value <= 0xDFFF) return 2;
    return 0;
  };
  for (size_t i = 0; i + 6 <= line.size(); ++i) {
    if (line[i] != '\\') continue;
    if (line[i + 1] != 'u') {
      ++i;  // skip the escaped character ("\\u" is a backslash then a u)
      continue;
    }
    const int kind = surrogate_at(i);
    if (kind == 2) return i + 1;
    if (kind == 1) {
      if (surrogate_at(i + 6) != 2) return i + 1;
      i += 11;
    }
  }
  return 0;
}

std::string OptionalString(const rapidjson::Value& obj, const char* name) {
  auto it = obj.FindMember(name);
  if (it == obj.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

}  // namespace

std::string ParseArticleRecord(const std::string& line, RawArticle& out) {
  if (int64_t bad = text::FindInvalidUtf8(line); bad >= 0)
    return "not UTF-8 (invalid byte at column " + std::to_string(bad + 1) + ")";
  rapidjson::Document doc;
  // iterative: a record nested 150,000 deep ("[[[[…") is an error, never a stack overflow
  // The NUL-terminated form reads through a string stream, which RapidJSON scans in
  // 16-byte blocks where SSE2 is on; a record holding a NUL byte needs the counted form.
  if (line.find('\0') == std::string::npos) {
    doc.Parse<rapidjson::kParseIterativeFlag>(line.c_str());
  } else {
    doc.Parse<rapidjson::kParseIterativeFlag>(line.c_str(), line.size());
  }
  if (doc.HasParseError())
    return std::string("not JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
           " at column " + std::to_string(doc.GetErrorOffset() + 1);
  if (!doc.IsObject()) return "not a JSON object";
  auto text = doc.FindMember("text");
  if (text == doc.MemberEnd()) return "missing \"text\"";
  if (!text->value.IsString())
    return std::string("\"text\" is ") + JsonTypeName(text->value) + ", not a string";
  out.text.assign(text->value.GetString(), text->value.GetStringLength());
  auto id = doc.FindMember("id");
  if (id != doc.MemberEnd() && id->value.IsString()) {
    out.id.assign(id->value.GetString(), id->value.GetStringLength());
  } else if (id != doc.MemberEnd() && id->value.IsInt64()) {
    out.id = std::to_string(id->value.GetInt64());
  } else if (id == doc.MemberEnd()) {
    return "missing \"id\"";
  } else {
    return std::string("\"id\" is ") + JsonTypeName(id->value) + ", not a string or an integer";
  }
  if (out.id.empty()) return "empty \"id\"";
  out.published = OptionalString(doc, "published");
  out.site = OptionalString(doc, "site");
  out.url = OptionalString(doc, "url");
  out.province = OptionalString(doc, "province");
  // The record was valid UTF-8, so invalid text can only come from a \u escape: point at it
  // in the record, not at a byte of the decoded text. With no "\u" in the record the text
  // is valid as it stands (the record was checked once, above).
  if (line.find("\\u") != std::string::npos && text::FindInvalidUtf8(out.text) >= 0) {
    const size_t column = LoneSurrogateColumn(line);
    return "\"text\" has an unpaired surrogate escape" +
           (column > 0 ? " at column " + std::to_string(column) : std::string());
  }
  return CheckUtf8ArticleText(out.text);
}

void ReadJsonlFile(const std::string& path, ReadCounts& counts, const ArticleSink& on_article,
                   const IssueSink& on_issue, const ReadOptions& options) {
  // "-" is standard input; zlib reads plain text through unchanged, so a pipe may be either
  gzFile file = path == "-" ? gzdopen(::dup(STDIN_FILENO), "rb") : gzopen(path.c_str(), "rb");
  if (file == nullptr) {
    on_issue({path, std::string("cannot open: ") + std::strerror(errno)});
    ++counts.skipped;
    return;
  }
  gzbuffer(file, 1 << 20);
  // a record may escape its text: "\u1ec7" is six bytes for three
  const size_t max_line = options.max_article_bytes * 2 + 4096;
  LineReader lines(file, max_line);
  if (text::LooksUtf16(lines.Peek().substr(0, 512))) {
    on_issue({path, "UTF-16 file; kg reads UTF-8 (convert it first: iconv -f UTF-16 -t UTF-8)"});
    ++counts.skipped;
    gzclose(file);
    return;
  }
  std::string line;
  size_t line_number = 0;
  bool too_long = false;
  size_t skipped_bytes = 0;
  while (lines.Next(line, too_long, skipped_bytes)) {
    ++line_number;
    std::string where = (path == "-" ? "stdin" : path) + ":" + std::to_string(line_number);
    if (too_long) {
      on_issue({where, "record of " + std::to_string(skipped_bytes) +
                           " bytes is over the limit of " + std::to_string(max_line) +
                           " (an article of at most " + std::to_string(options.max_article_bytes) +
                           " bytes); skipped — raise with --max-article-bytes"});
      ++counts.skipped;
      continue;
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank lines
    RawArticle article;
    if (std::string reason = ParseArticleRecord(line, article); !reason.empty()) {
      on_issue({where, reason});
      ++counts.skipped;
      continue;
    }
    if (article.text.size() > options.max_article_bytes) {
      on_issue({where, "article of " + std::to_string(article.text.size()) +
                           " bytes is over the limit of " +
                           std::to_string(options.max_article_bytes) +
                           "; skipped — raise with --max-article-bytes"});
      ++counts.skipped;
      continue;
    }
    article.origin = std::move(where);
    article.input_position =
        counts.input_bytes + static_cast<uint64_t>(std::max<z_off_t>(gzoffset(file), 0));
    ++counts.articles;
    on_article(std::move(article));
  }
  int err = 0;
  const char* message = gzerror(file, &err);
  if (err != Z_OK && err != Z_STREAM_END) {
    on_issue({(path == "-" ? "stdin" : path) + ":" + std::to_string(line_number + 1),
              std::string("truncated or corrupt: ") + message});
    ++counts.skipped;
  } else if (gzdirect(file) == 0 && path != "-") {
    // zlib reads concatenated gzip members but ignores anything else after the last one
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    const uint64_t used = GzipDataEnd(path);
    if (!ec && used < size) {
      on_issue({path, std::to_string(size - used) +
                          " bytes after the end of the gzip data were not read (not gzip)"});
      ++counts.skipped;
    }
  }
  gzclose(file);
}

}  // namespace kg::corpus
