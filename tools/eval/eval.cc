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

// ---- parsing ---------------------------------------------------------------

std::string ToJson(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// Parses one non-blank line; returns an empty string or the reason it is bad.
std::string ParseLine(std::string_view line, Fact& fact) {
  if (!text::IsValidUtf8(line)) return "invalid UTF-8";
  rapidjson::Document doc;
  doc.Parse(line.data(), line.size());
  if (doc.HasParseError())
    return std::string("not JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
           " (offset " + std::to_string(doc.GetErrorOffset()) + ")";
  if (!doc.IsObject()) return "not a JSON object";
  auto kind = doc.FindMember("fact");
  if (kind == doc.MemberEnd()) return "no \"fact\"";
  if (!kind->value.IsString()) return "\"fact\" is not a string";
  auto article = doc.FindMember("article");
  if (article == doc.MemberEnd()) return "no \"article\"";
  if (!article->value.IsString()) return "\"article\" is not a string";
  fact.kind.assign(kind->value.GetString(), kind->value.GetStringLength());
  fact.article.assign(article->value.GetString(), article->value.GetStringLength());
  auto optional = doc.FindMember("optional");
  if (optional != doc.MemberEnd()) {
    if (!optional->value.IsBool()) return "\"optional\" is neither true nor false";
    fact.optional = optional->value.GetBool();
  }
  for (const auto& field : ScoredFields(fact.kind)) {
    auto it = doc.FindMember(field.name.c_str());
    if (it != doc.MemberEnd() && !it->value.IsNull() && !it->value.IsNumber() &&
        !it->value.IsString())
      return "\"" + field.name + "\" is not a string, a number or null";
  }
  for (const auto& member : doc.GetObject()) {
    std::string name(member.name.GetString(), member.name.GetStringLength());
    if (name == "fact" || name == "article" || name == "optional" || name == "evidence") continue;
    RawField raw;
    if (member.value.IsNull()) {
      raw.type = RawField::Type::kNull;
    } else if (member.value.IsNumber()) {
      raw.type = RawField::Type::kNumber;
      raw.number = member.value.GetDouble();
    } else if (member.value.IsString()) {
      raw.type = RawField::Type::kString;
      raw.text.assign(member.value.GetString(), member.value.GetStringLength());
    } else {
      continue;  // structured values are never scored
    }
    raw.json = ToJson(member.value);
    fact.fields.emplace(std::move(name), std::move(raw));
  }
  return {};
}

// ---- scoring ---------------------------------------------------------------

bool IsKnownKind(const std::string& kind) { return !ScoredFields(kind).empty(); }

// A fact with its comparison key, or unscored.
struct Keyed {
  const Fact* fact = nullptr;
  bool scored = false;
  std::vector<FieldValue> key;
};

FieldValue ToValue(const RawField* raw, FieldType type, bool gold) {
  if (raw == nullptr || raw->type == RawField::Type::kNull) return FieldValue::Null();
  if (raw->type == RawField::Type::kNumber) return FieldValue::Number(raw->number);
  if (gold && raw->text == "*") return FieldValue::Any();
  return FieldValue::String(raw->text, type);
}

Keyed MakeKey(const Fact& fact, const std::vector<FieldSpec>& specs, bool gold) {
  Keyed keyed;
  keyed.fact = &fact;
  for (const auto& spec : specs) {
    auto it = fact.fields.find(spec.name);
    keyed.key.push_back(ToValue(it == fact.fields.end() ? nullptr : &it->second, spec.type, gold));
  }
  // events without a date and documents without a number are not scored
  keyed.scored = true;
  if (fact.kind == "event" || fact.kind == "document") {
    const std::string& needed = fact.kind == "event" ? "date" : "number";
    for (size_t i = 0; i < specs.size(); ++i)
      if (specs[i].name == needed && keyed.key[i].kind == FieldValue::Kind::kNull)
        keyed.scored = false;
  }
  return keyed;
}

bool TupleMatches(const Keyed& gold, const Keyed& output) {
  for (size_t i = 0; i < gold.key.size(); ++i)
    if (!ValueMatches(gold.key[i], output.key[i])) return false;
  return true;
}

bool TupleEquals(const Keyed& gold, const Keyed& output) {
  for (size_t i = 0; i < gold.key.size(); ++i)
    if (!ValueEquals(gold.key[i], output.key[i])) return false;
  return true;
}

// Maximum bipartite matching between the gold and the output facts of one article
// and kind (Kuhn's augmenting paths). Gold facts are tried non-optional first, then
// optional. The gold sets a matching can cover form a (transversal) matroid, and an
// augmenting path leaves every matched gold fact matched, so this order yields a
// matching that covers as many non-optional gold facts as possible and, among those,
// is of maximum size: most TP, then fewest FP. Candidate lists hold exact matches
// before tolerant ones, so ties prefer exact pairs (it changes no count, only which
// output facts --show-errors names).
class GroupMatcher {
 public:
  GroupMatcher(const std::vector<const Keyed*>& gold, const std::vector<const Keyed*>& output)
      : candidates_(gold.size()), gold_of_(output.size(), kNone), match_of_(gold.size(), kNone) {
    for (size_t g = 0; g < gold.size(); ++g) {
      std::vector<size_t> tolerant;
      for (size_t o = 0; o < output.size(); ++o) {
        if (!TupleMatches(*gold[g], *output[o])) continue;
        if (TupleEquals(*gold[g], *output[o])) {
          candidates_[g].push_back(o);
        } else {
          tolerant.push_back(o);
        }
      }
      candidates_[g].insert(candidates_[g].end(), tolerant.begin(), tolerant.end());
    }
    std::vector<size_t> order;
    for (size_t g = 0; g < gold.size(); ++g)
      if (!gold[g]->fact->optional) order.push_back(g);
    for (size_t g = 0; g < gold.size(); ++g)
      if (gold[g]->fact->optional) order.push_back(g);
    std::vector<char> seen;
    for (size_t g : order) {
      seen.assign(output.size(), 0);
      Augment(g, seen);
    }
  }
  size_t GoldMatch(size_t g) const { return match_of_[g]; }
  size_t OutputMatch(size_t o) const { return gold_of_[o]; }
  static constexpr size_t kNone = static_cast<size_t>(-1);

 private:
  bool Augment(size_t g, std::vector<char>& seen) {
    for (size_t o : candidates_[g]) {
      if (seen[o]) continue;
      seen[o] = 1;
      if (gold_of_[o] == kNone || Augment(gold_of_[o], seen)) {
        gold_of_[o] = g;
        match_of_[g] = o;
        return true;
      }
    }
    return false;
  }

  std::vector<std::vector<size_t>> candidates_;
  std::vector<size_t> gold_of_;
  std::vector<size_t> match_of_;
};

ScoringError MakeError(const Keyed& keyed, const std::vector<FieldSpec>& specs, bool fp) {
  ScoringError error;
  error.false_positive = fp;
  error.article = keyed.fact->article;
  error.kind = keyed.fact->kind;
  error.line = keyed.fact->line;
  for (const auto& spec : specs) {
    auto it = keyed.fact->fields.find(spec.name);
    error.tuple.emplace_back(spec.name, it == keyed.fact->fields.end() ? "null" : it->second.json);
  }
  return error;
}

// Kinds in report order: the format's eight first, then the others by name.
std::vector<std::string> ReportKinds(const std::set<std::string>& present) {
  std::vector<std::string> kinds;
  for (const auto& kind : KnownKinds())
    if (present.count(kind)) kinds.push_back(kind);
  for (const auto& kind : present)
    if (!IsKnownKind(kind)) kinds.push_back(kind);
  return kinds;
}

struct Group {
  std::vector<const Keyed*> gold;
  std::vector<const Keyed*> output;
};

}  // namespace

FactsFile ParseFacts(std::string_view contents, std::string_view name) {
  FactsFile file;
  if (contents.substr(0, 3) == "\xEF\xBB\xBF") contents.remove_prefix(3);  // BOM
  size_t line_number = 0;
  for (size_t start = 0; start < contents.size();) {
    size_t end = contents.find('\n', start);
    if (end == std::string_view::npos) end = contents.size();
    std::string_view line = contents.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsBlank(line)) continue;
    Fact fact;
    fact.line = line_number;
    std::string reason = ParseLine(line, fact);
    if (!reason.empty()) {
      file.errors.push_back(std::string(name) + ":" + std::to_string(line_number) + ": " + reason);
      continue;
    }
    file.facts.push_back(std::move(fact));
  }
  return file;
}

Result<FactsFile> ReadFacts(const std::string& path) {
  if (path == "-") {  // standard input: `kg facts g.kg | kg eval --gold gold.jsonl -`
    std::ostringstream contents;
    contents << std::cin.rdbuf();
    return ParseFacts(contents.str(), "stdin");
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::Error(path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream contents;
  contents << in.rdbuf();
  if (in.bad()) return Status::Error(path + ": read error");
  return ParseFacts(contents.str(), path);
}

std::optional<double> Counts::Precision() const {
  if (tp + fp == 0) return std::nullopt;
  return static_cast<double>(tp) / static_cast<double>(tp + fp);
}

std::optional<double> Counts::Recall() const {
  if (tp + fn == 0) return std::nullopt;
  return static_cast<double>(tp) / static_cast<double>(tp + fn);
}

std::optional<double> Counts::F1() const {
  if (tp + fp + fn == 0) return std::nullopt;
  return 2.0 * static_cast<double>(tp) / static_cast<double>(2 * tp + fp + fn);
}

Counts& Counts::operator+=(const Counts& other) {
  tp += other.tp;
  fp += other.fp;
  fn += other.fn;
  return *this;
}

EvalReport Score(const FactsFile& gold, const FactsFile& output) {
  EvalReport report;
  report.gold_facts = gold.facts.size();
  report.output_facts = output.facts.size();
  report.gold_bad_lines = gold.errors.size();
  report.output_bad_lines = output.errors.size();

  // Kinds and their scored fields; a kind the format does not define is scored on
  // the union of the fields its gold facts carry.
  std::set<std::string> gold_kinds;
  std::map<std::string, std::vector<FieldSpec>> specs;
  for (const auto& fact : gold.facts) {
    gold_kinds.insert(fact.kind);
    if (IsKnownKind(fact.kind)) continue;
    auto& list = specs[fact.kind];
    for (const auto& [name, raw] : fact.fields) {
      bool seen = std::any_of(list.begin(), list.end(), [&](const FieldSpec& s) { return s.name == name; });
      if (!seen) list.push_back({name, FieldType::kText});
    }
  }
  for (auto& [kind, list] : specs)
    std::sort(list.begin(), list.end(), [](const FieldSpec& a, const FieldSpec& b) { return a.name < b.name; });
  for (const auto& kind : gold_kinds)
    if (IsKnownKind(kind)) specs[kind] = ScoredFields(kind);

  std::vector<Keyed> gold_keyed, output_keyed;
  gold_keyed.reserve(gold.facts.size());
  output_keyed.reserve(output.facts.size());
  std::vector<std::string> article_order;
  std::set<std::string> gold_articles, listed_articles;
  // article -> kind -> group
  std::unordered_map<std::string, std::map<std::string, Group>> groups;

  for (const auto& fact : gold.facts) {
    if (gold_articles.insert(fact.article).second) article_order.push_back(fact.article);
    gold_keyed.push_back(MakeKey(fact, specs[fact.kind], true));
  }
  listed_articles = gold_articles;
  for (const auto& fact : output.facts) {
    if (!gold_kinds.count(fact.kind)) {
      ++report.output_ignored;
      continue;
    }
    output_keyed.push_back(MakeKey(fact, specs[fact.kind], false));
  }
  for (const auto& keyed : gold_keyed) {
    if (!keyed.scored) {
      ++report.gold_unscored;
      continue;
    }
    if (keyed.fact->optional) ++report.gold_optional;
    groups[keyed.fact->article][keyed.fact->kind].gold.push_back(&keyed);
  }
  for (const auto& keyed : output_keyed) {
    if (!keyed.scored) {
      ++report.output_unscored;
      continue;
    }
    const std::string& article = keyed.fact->article;
    if (!gold_articles.count(article)) ++report.output_unknown_article;
    if (listed_articles.insert(article).second) article_order.push_back(article);
    groups[article][keyed.fact->kind].output.push_back(&keyed);
  }

  std::vector<std::string> kinds = ReportKinds(gold_kinds);
  std::map<std::string, Counts> by_kind;
  for (const auto& article : article_order) {
    auto found = groups.find(article);
    if (found == groups.end()) continue;  // only unscored facts
    ArticleScore score;
    score.article = article;
    std::vector<ScoringError> fns, fps;
    for (const auto& kind : kinds) {
      auto it = found->second.find(kind);
      if (it == found->second.end()) continue;
      const Group& group = it->second;
      GroupMatcher matcher(group.gold, group.output);
      Counts counts;
      for (size_t g = 0; g < group.gold.size(); ++g) {
        if (group.gold[g]->fact->optional) continue;
        if (matcher.GoldMatch(g) != GroupMatcher::kNone) {
          ++counts.tp;
        } else {
          ++counts.fn;
          fns.push_back(MakeError(*group.gold[g], specs[kind], false));
        }
      }
      for (size_t o = 0; o < group.output.size(); ++o) {
        size_t g = matcher.OutputMatch(o);
        if (g == GroupMatcher::kNone) {
          ++counts.fp;
          fps.push_back(MakeError(*group.output[o], specs[kind], true));
        } else if (group.gold[g]->fact->optional) {
          ++report.output_optional_matched;
        }
      }
      score.kinds.push_back({kind, counts});
      score.total += counts;
      by_kind[kind] += counts;
    }
    auto by_line = [](const ScoringError& a, const ScoringError& b) { return a.line < b.line; };
    std::sort(fns.begin(), fns.end(), by_line);
    std::sort(fps.begin(), fps.end(), by_line);
    report.errors.insert(report.errors.end(), fns.begin(), fns.end());
    report.errors.insert(report.errors.end(), fps.begin(), fps.end());
    report.overall += score.total;
    report.articles.push_back(std::move(score));
  }
  for (const auto& kind : kinds) report.kinds.push_back({kind, by_kind[kind]});
  return report;
}

// ---- reports ---------------------------------------------------------------

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
  out << "output: " << report.output_facts << " facts (" << report.output_unscored
      << " unscored, " << report.output_ignored << " of kinds gold does not list, "
      << report.output_optional_matched << " matching optional gold facts), "
      << report.output_bad_lines << " bad lines\n";
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
  WriteCounterObject(w, "gold", {{"facts", report.gold_facts},
                                 {"unscored", report.gold_unscored},
                                 {"optional", report.gold_optional},
                                 {"bad_lines", report.gold_bad_lines}});
  WriteCounterObject(w, "output", {{"facts", report.output_facts},
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
