// Reports of a score: the aligned table and the JSON document.
#include "tools/eval/eval.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <unordered_map>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "tools/eval/fact_key.h"
#include "extract/text/utf8.h"

namespace kg::facts {

namespace {

std::string Ratio(const std::optional<double>& value) {
  if (!value) return "-";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4f", *value);
  return buffer;
}

void WriteRow(std::ostream& out, const std::string& label, const Counts& c) {
  char buffer[256];
  std::snprintf(buffer, sizeof buffer, "%-12s %6lld %6lld %6lld %9s %9s %9s\n", label.c_str(),
                static_cast<long long>(c.tp), static_cast<long long>(c.fp),
                static_cast<long long>(c.fn), Ratio(c.Precision()).c_str(),
                Ratio(c.Recall()).c_str(), Ratio(c.F1()).c_str());
  out << buffer;
}

void WriteTable(std::ostream& out, const std::vector<KindCounts>& kinds, const Counts& total) {
  char header[128];
  std::snprintf(header, sizeof header, "%-12s %6s %6s %6s %9s %9s %9s\n", "kind", "TP", "FP", "FN",
                "P", "R", "F1");
  out << header;
  for (const auto& k : kinds) WriteRow(out, k.kind, k.counts);
  WriteRow(out, "overall", total);
}

std::string TupleText(const ScoringError& error) {
  std::string text;
  for (const auto& [name, json] : error.tuple) {
    if (!text.empty()) text += ' ';
    text += name + "=" + json;
  }
  return text;
}

template <typename Writer>
void WriteNullable(Writer& w, const std::optional<double>& value) {
  if (value) {
    w.Double(*value);
  } else {
    w.Null();
  }
}

template <typename Writer>
void WriteCounts(Writer& w, const Counts& c) {
  w.StartObject();
  w.Key("tp");
  w.Int64(c.tp);
  w.Key("fp");
  w.Int64(c.fp);
  w.Key("fn");
  w.Int64(c.fn);
  w.Key("precision");
  WriteNullable(w, c.Precision());
  w.Key("recall");
  WriteNullable(w, c.Recall());
  w.Key("f1");
  WriteNullable(w, c.F1());
  w.EndObject();
}

template <typename Writer>
void WriteKinds(Writer& w, const std::vector<KindCounts>& kinds) {
  w.StartObject();
  for (const auto& k : kinds) {
    w.Key(k.kind.c_str(), static_cast<rapidjson::SizeType>(k.kind.size()));
    WriteCounts(w, k.counts);
  }
  w.EndObject();
}

template <typename Writer>
void WriteString(Writer& w, const std::string& s) {
  w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
}

// `"key": {"name": count, …}`, the counters in the order given.
void WriteCounterObject(rapidjson::Writer<rapidjson::StringBuffer>& w, const char* key,
                        std::initializer_list<std::pair<const char*, size_t>> counters) {
  w.Key(key);
  w.StartObject();
  for (const auto& [name, count] : counters) {
    w.Key(name);
    w.Uint64(count);
  }
  w.EndObject();
}

}  // namespace

void WriteTextReport(const EvalReport& report, const ReportOptions& options, std::ostream& out) {
  WriteTable(out, report.kinds, report.overall);
  out << "\ngold: " << report.gold_facts << " facts (" << report.gold_unscored << " unscored, "
      << report.gold_optional << " optional), " << report.gold_bad_lines << " bad lines\n";
  out << "output: " << report.output_facts << " facts (" << report.output_unscored << " unscored, "
      << report.output_ignored << " of kinds gold does not list, " << report.output_optional_matched
      << " matching optional gold facts), " << report.output_bad_lines << " bad lines\n";
  if (report.output_unknown_article > 0)
    out << "output facts of articles absent from gold (counted as false positives): "
        << report.output_unknown_article << "\n";
  if (options.by_article) {
    for (const auto& article : report.articles) {
      out << "\narticle " << article.article << "\n";
      WriteTable(out, article.kinds, article.total);
    }
  }
  if (options.show_errors && !report.errors.empty()) {
    out << "\nerrors (type, article, kind, tuple, line):\n";
    for (const auto& e : report.errors)
      out << (e.false_positive ? "FP" : "FN") << '\t' << e.article << '\t' << e.kind << '\t'
          << TupleText(e) << '\t' << (e.false_positive ? "output:" : "gold:") << e.line << '\n';
  }
}

void WriteJsonReport(const EvalReport& report, const ReportOptions& options, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("overall");
  WriteCounts(w, report.overall);
  w.Key("kinds");
  WriteKinds(w, report.kinds);
  WriteCounterObject(w, "gold",
                     {{"facts", report.gold_facts},
                      {"unscored", report.gold_unscored},
                      {"optional", report.gold_optional},
                      {"bad_lines", report.gold_bad_lines}});
  WriteCounterObject(w, "output",
                     {{"facts", report.output_facts},
                      {"unscored", report.output_unscored},
                      {"ignored", report.output_ignored},
                      {"optional_matched", report.output_optional_matched},
                      {"unknown_article", report.output_unknown_article},
                      {"bad_lines", report.output_bad_lines}});
  if (options.by_article) {
    w.Key("articles");
    w.StartArray();
    for (const auto& article : report.articles) {
      w.StartObject();
      w.Key("article");
      WriteString(w, article.article);
      w.Key("overall");
      WriteCounts(w, article.total);
      w.Key("kinds");
      WriteKinds(w, article.kinds);
      w.EndObject();
    }
    w.EndArray();
  }
  if (options.show_errors) {
    w.Key("errors");
    w.StartArray();
    for (const auto& e : report.errors) {
      w.StartObject();
      w.Key("type");
      w.String(e.false_positive ? "fp" : "fn");
      w.Key("article");
      WriteString(w, e.article);
      w.Key("kind");
      WriteString(w, e.kind);
      w.Key("line");
      w.Uint64(e.line);
      w.Key("tuple");
      w.StartObject();
      for (const auto& [name, json] : e.tuple) {
        WriteString(w, name);
        // the value as written, re-emitted verbatim
        w.RawValue(json.c_str(), json.size(), rapidjson::kStringType);
      }
      w.EndObject();
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  out << buffer.GetString() << '\n';
}

}  // namespace kg::facts
