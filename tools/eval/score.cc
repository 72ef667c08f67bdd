// Scoring: facts keyed by their kind's scored fields, matched gold against output.
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
    for (const auto& field : fact.fields) {
      // named, not a structured binding: clang 14 cannot capture those in a lambda
      const auto& name = field.first;
      bool seen =
          std::any_of(list.begin(), list.end(), [&](const FieldSpec& s) { return s.name == name; });
      if (!seen) list.push_back({name, FieldType::kText});
    }
  }
  for (auto& [kind, list] : specs)
    std::sort(list.begin(), list.end(),
              [](const FieldSpec& a, const FieldSpec& b) { return a.name < b.name; });
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
}  // namespace kg::facts
