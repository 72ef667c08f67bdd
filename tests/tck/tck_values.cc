#include "tests/tck/tck_values.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace kg::tck {
namespace {

std::string Float(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Inf" : "-Inf";
  if (d == 0) return "0.0";  // the TCK does not tell -0.0 from 0.0
  char buf[40];
  for (int p = 1; p <= 17; ++p) {
    std::snprintf(buf, sizeof buf, "%.*g", p, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  std::string s = buf;
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

std::string JoinList(std::vector<std::string> items, bool sort) {
  if (sort) std::sort(items.begin(), items.end());
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out + "]";
}

std::string JoinMap(std::vector<std::pair<std::string, std::string>> entries) {
  std::sort(entries.begin(), entries.end());
  std::string out = "{";
  for (size_t i = 0; i < entries.size(); ++i)
    out += (i ? ", " : "") + entries[i].first + ": " + entries[i].second;
  return out + "}";
}

std::string Element(char open, char close, std::vector<std::string> labels,
                    const std::string& props) {
  std::sort(labels.begin(), labels.end());
  std::string out(1, open);
  for (const auto& l : labels) out += ":" + l;
  if (props != "{}") out += (labels.empty() ? "" : " ") + props;
  return out + close;
}

class Reader {
 public:
  Reader(const std::string& s, bool sort) : s_(s), sort_(sort) {}

  std::optional<std::string> All() {
    auto v = Value();
    Space();
    if (!v || pos_ != s_.size()) return std::nullopt;
    return v;
  }

 private:
  void Space() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
  }
  bool Eat(char c) {
    Space();
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  bool Word(const char* w) {
    Space();
    size_t n = std::char_traits<char>::length(w);
    if (s_.compare(pos_, n, w) != 0) return false;
    if (pos_ + n < s_.size() &&
        (std::isalnum(static_cast<unsigned char>(s_[pos_ + n])) || s_[pos_ + n] == '_'))
      return false;
    pos_ += n;
    return true;
  }
  std::optional<std::string> Name() {
    Space();
    if (pos_ < s_.size() && s_[pos_] == '`') {
      size_t end = s_.find('`', pos_ + 1);
      if (end == std::string::npos) return std::nullopt;
      std::string n = s_.substr(pos_ + 1, end - pos_ - 1);
      pos_ = end + 1;
      return n;
    }
    size_t start = pos_;
    while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) ||
                                s_[pos_] == '_' || static_cast<unsigned char>(s_[pos_]) >= 0x80))
      ++pos_;
    if (pos_ == start) return std::nullopt;
    return s_.substr(start, pos_ - start);
  }

  std::optional<std::string> MapBody() {  // after '{'
    std::vector<std::pair<std::string, std::string>> entries;
    if (Eat('}')) return JoinMap(entries);
    do {
      auto k = Name();
      if (!k || !Eat(':')) return std::nullopt;
      auto v = Value();
      if (!v) return std::nullopt;
      entries.emplace_back(*k, *v);
    } while (Eat(','));
    if (!Eat('}')) return std::nullopt;
    return JoinMap(entries);
  }

  std::optional<std::string> Node() {  // after '('
    std::vector<std::string> labels;
    while (Eat(':')) {
      auto l = Name();
      if (!l) return std::nullopt;
      labels.push_back(*l);
    }
    std::string props = "{}";
    if (Eat('{')) {
      auto m = MapBody();
      if (!m) return std::nullopt;
      props = *m;
    }
    if (!Eat(')')) return std::nullopt;
    return Element('(', ')', labels, props);
  }

  std::optional<std::string> Rel() {  // after '['
    if (!Eat(':')) return std::nullopt;
    auto t = Name();
    if (!t) return std::nullopt;
    std::string props = "{}";
    if (Eat('{')) {
      auto m = MapBody();
      if (!m) return std::nullopt;
      props = *m;
    }
    if (!Eat(']')) return std::nullopt;
    return Element('[', ']', {*t}, props);
  }

  std::optional<std::string> Path() {  // after '<'
    std::string out = "<";
    if (!Eat('(')) return std::nullopt;
    auto n = Node();
    if (!n) return std::nullopt;
    out += *n;
    while (true) {
      Space();
      bool left = false;
      if (Eat('<')) left = true;
      if (!Eat('-')) break;
      if (!Eat('[')) return std::nullopt;
      auto r = Rel();
      if (!r || !Eat('-')) return std::nullopt;
      bool right = Eat('>');
      out += (left ? "<-" : "-") + *r + (right ? "->" : "-");
      if (!Eat('(')) return std::nullopt;
      auto m = Node();
      if (!m) return std::nullopt;
      out += *m;
    }
    if (!Eat('>')) return std::nullopt;
    return out + ">";
  }

  std::optional<std::string> Value() {
    Space();
    if (pos_ >= s_.size()) return std::nullopt;
    char c = s_[pos_];
    if (c == '\'' || c == '"') {
      char q = c;
      std::string out;
      for (++pos_; pos_ < s_.size() && s_[pos_] != q; ++pos_) {
        if (s_[pos_] == '\\' && pos_ + 1 < s_.size()) {
          ++pos_;
          char e = s_[pos_];
          out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
        } else {
          out += s_[pos_];
        }
      }
      if (pos_ >= s_.size()) return std::nullopt;
      ++pos_;
      return Quote(out);
    }
    if (Eat('[')) {
      Space();
      if (pos_ < s_.size() && s_[pos_] == ':') return Rel();
      std::vector<std::string> items;
      if (Eat(']')) return JoinList(items, sort_);
      do {
        auto v = Value();
        if (!v) return std::nullopt;
        items.push_back(*v);
      } while (Eat(','));
      if (!Eat(']')) return std::nullopt;
      return JoinList(items, sort_);
    }
    if (Eat('{')) return MapBody();
    if (Eat('(')) return Node();
    if (Eat('<')) return Path();
    if (Word("null")) return "null";
    if (Word("true")) return "true";
    if (Word("false")) return "false";
    if (Word("NaN")) return "NaN";
    if (Word("Inf") || Word("Infinity")) return "Inf";
    if (s_.compare(pos_, 4, "-Inf") == 0) {
      pos_ += s_.compare(pos_, 9, "-Infinity") == 0 ? 9 : 4;
      return "-Inf";
    }
    size_t start = pos_;
    if (s_[pos_] == '-' || s_[pos_] == '+') ++pos_;
    bool is_float = false;
    while (
        pos_ < s_.size() &&
        (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '.' ||
         ((s_[pos_] == '-' || s_[pos_] == '+') && (s_[pos_ - 1] == 'e' || s_[pos_ - 1] == 'E')))) {
      if (s_[pos_] == '.' || s_[pos_] == 'e' || s_[pos_] == 'E') is_float = true;
      ++pos_;
    }
    std::string num = s_.substr(start, pos_ - start);
    if (num.empty() || num == "-" || num == "+") return std::nullopt;
    char* end = nullptr;
    if (is_float) {
      double d = std::strtod(num.c_str(), &end);
      if (*end != '\0') return std::nullopt;
      return Float(d);
    }
    long long v = std::strtoll(num.c_str(), &end, 10);
    if (*end != '\0') return std::nullopt;
    return std::to_string(v);
  }

  const std::string& s_;
  bool sort_;
  size_t pos_ = 0;
};

std::string Properties(const graph::PropertyGraph& g, const graph::Properties& props, bool sort) {
  std::vector<std::pair<std::string, std::string>> entries;
  for (const auto& [k, v] : props)
    entries.emplace_back(g.SymbolName(k), CanonicalActual(g, query::FromProperty(v), sort));
  return JoinMap(entries);
}

std::string NodeText(const graph::PropertyGraph& g, graph::NodeIndex n, bool sort) {
  std::vector<std::string> labels;
  for (auto l : g.node(n).labels) labels.push_back(g.SymbolName(l));
  return Element('(', ')', labels, Properties(g, g.node(n).properties, sort));
}

std::string RelText(const graph::PropertyGraph& g, graph::EdgeIndex e, bool sort) {
  return Element('[', ']', {g.SymbolName(g.edge(e).type)},
                 Properties(g, g.edge(e).properties, sort));
}

}  // namespace

std::optional<std::string> CanonicalExpected(const std::string& cell, bool sort_lists) {
  return Reader(cell, sort_lists).All();
}

std::string CanonicalActual(const graph::PropertyGraph& g, const query::Value& v, bool sort) {
  using query::ValueType;
  switch (v.type()) {
    case ValueType::kNull: return "null";
    case ValueType::kBool: return v.as_bool() ? "true" : "false";
    case ValueType::kInt: return std::to_string(v.as_int());
    case ValueType::kFloat: return Float(v.as_float());
    case ValueType::kString: return Quote(v.as_string());
    case ValueType::kList: {
      std::vector<std::string> items;
      for (const auto& item : v.as_list()) items.push_back(CanonicalActual(g, item, sort));
      return JoinList(items, sort);
    }
    case ValueType::kMap: {
      std::vector<std::pair<std::string, std::string>> entries;
      for (const auto& [k, item] : v.as_map())
        entries.emplace_back(k, CanonicalActual(g, item, sort));
      return JoinMap(entries);
    }
    case ValueType::kTemporal: return Quote(query::FormatTemporal(v.as_temporal()));
    case ValueType::kNode: return NodeText(g, v.as_node(), sort);
    case ValueType::kRelationship: return RelText(g, v.as_relationship(), sort);
    case ValueType::kPath: {
      const query::PathData& p = v.as_path();
      std::string out = "<" + NodeText(g, p.nodes[0], sort);
      for (size_t i = 0; i < p.rels.size(); ++i) {
        bool forward = g.edge(p.rels[i]).source == p.nodes[i];
        out += (forward ? "-" : "<-") + RelText(g, p.rels[i], sort) + (forward ? "->" : "-");
        out += NodeText(g, p.nodes[i + 1], sort);
      }
      return out + ">";
    }
  }
  return "?";
}

}  // namespace kg::tck
