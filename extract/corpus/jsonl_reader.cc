#include "extract/corpus/jsonl_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <zlib.h>

#include "extract/text/utf8.h"

namespace kg::corpus {
namespace {

// Reads a line of any length from a gzFile (plain files pass through).
bool ReadLine(gzFile file, std::string& line) {
  line.clear();
  char buf[1 << 16];
  while (gzgets(file, buf, sizeof buf) != nullptr) {
    line.append(buf);
    if (!line.empty() && line.back() == '\n') {
      line.pop_back();
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return true;
    }
  }
  return !line.empty();
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
  doc.Parse(line.c_str(), line.size());
  if (doc.HasParseError())
    return std::string("not JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
           " at column " + std::to_string(doc.GetErrorOffset() + 1);
  if (!doc.IsObject()) return "not a JSON object";
  auto text = doc.FindMember("text");
  if (text == doc.MemberEnd() || !text->value.IsString()) return "missing \"text\"";
  out.text.assign(text->value.GetString(), text->value.GetStringLength());
  auto id = doc.FindMember("id");
  if (id != doc.MemberEnd() && id->value.IsString()) {
    out.id.assign(id->value.GetString(), id->value.GetStringLength());
  } else if (id != doc.MemberEnd() && id->value.IsInt64()) {
    out.id = std::to_string(id->value.GetInt64());
  } else {
    return "missing \"id\"";
  }
  if (out.id.empty()) return "empty \"id\"";
  out.published = OptionalString(doc, "published");
  out.site = OptionalString(doc, "site");
  out.url = OptionalString(doc, "url");
  out.province = OptionalString(doc, "province");
  return CheckArticleText(out.text);
}

void ReadJsonlFile(const std::string& path, ReadCounts& counts, const ArticleSink& on_article,
                   const IssueSink& on_issue) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) {
    on_issue({path, "cannot open"});
    ++counts.skipped;
    return;
  }
  gzbuffer(file, 1 << 20);
  std::string line;
  size_t line_number = 0;
  while (ReadLine(file, line)) {
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank lines
    RawArticle article;
    std::string where = path + ":" + std::to_string(line_number);
    if (std::string reason = ParseArticleRecord(line, article); !reason.empty()) {
      on_issue({where, reason});
      ++counts.skipped;
      continue;
    }
    article.origin = std::move(where);
    ++counts.articles;
    on_article(std::move(article));
  }
  int err = 0;
  const char* message = gzerror(file, &err);
  if (err != Z_OK && err != Z_STREAM_END) {
    on_issue({path + ":" + std::to_string(line_number + 1), std::string("truncated or corrupt: ") + message});
    ++counts.skipped;
  }
  gzclose(file);
}

}  // namespace kg::corpus
