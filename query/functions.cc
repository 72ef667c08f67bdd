#include "query/functions.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <strings.h>

#include "query/query_error.h"
#include "query/temporal/temporal_functions.h"
#include "query/value_compare.h"
#include "extract/text/normalize.h"
#include "extract/text/utf8.h"

namespace kg::query {
namespace {

const FunctionSpec kFunctions[] = {
    {"count", 1, 1, true},        {"collect", 1, 1, true},      {"min", 1, 1, true},
    {"max", 1, 1, true},          {"sum", 1, 1, true},          {"avg", 1, 1, true},
    {"stDev", 1, 1, true},        {"stDevP", 1, 1, true},       {"percentileDisc", 2, 2, true},
    {"percentileCont", 2, 2, true},
    {"id", 1, 1, false},          {"labels", 1, 1, false},      {"type", 1, 1, false},
    {"properties", 1, 1, false},  {"keys", 1, 1, false},        {"nodes", 1, 1, false},
    {"relationships", 1, 1, false}, {"rels", 1, 1, false},      {"length", 1, 1, false},
    {"size", 1, 1, false},        {"coalesce", 1, -1, false},   {"head", 1, 1, false},
    {"last", 1, 1, false},        {"tail", 1, 1, false},        {"range", 2, 3, false},
    {"toLower", 1, 1, false},     {"toUpper", 1, 1, false},     {"lower", 1, 1, false},
    {"upper", 1, 1, false},       {"trim", 1, 1, false},        {"ltrim", 1, 1, false},
    {"rtrim", 1, 1, false},       {"substring", 2, 3, false},   {"replace", 3, 3, false},
    {"split", 2, 2, false},       {"left", 2, 2, false},        {"right", 2, 2, false},
    {"reverse", 1, 1, false},     {"toString", 1, 1, false},    {"toStringOrNull", 1, 1, false},
    {"toInteger", 1, 1, false},   {"toIntegerOrNull", 1, 1, false}, {"toFloat", 1, 1, false},
    {"toFloatOrNull", 1, 1, false}, {"toBoolean", 1, 1, false}, {"toBooleanOrNull", 1, 1, false},
    {"abs", 1, 1, false},         {"ceil", 1, 1, false},        {"floor", 1, 1, false},
    {"round", 1, 1, false},       {"sign", 1, 1, false},        {"sqrt", 1, 1, false},
    {"exp", 1, 1, false},         {"log", 1, 1, false},         {"log10", 1, 1, false},
    {"sin", 1, 1, false},         {"cos", 1, 1, false},         {"tan", 1, 1, false},
    {"cot", 1, 1, false},         {"asin", 1, 1, false},        {"acos", 1, 1, false},
    {"atan", 1, 1, false},        {"atan2", 2, 2, false},       {"degrees", 1, 1, false},
    {"radians", 1, 1, false},     {"pi", 0, 0, false},          {"e", 0, 0, false},
    {"rand", 0, 0, false},        {"startNode", 1, 1, false},   {"endNode", 1, 1, false},
    {"exists", 1, 1, false},      {"fold", 1, 1, false},        {"isEmpty", 1, 1, false},
    {"nullIf", 2, 2, false},      {"valueType", 1, 1, false},   {"sources", 1, 1, false},
};

[[noreturn]] void BadArg(const FunctionSpec& spec, const Value& v, size_t offset,
                         const char* code = "InvalidArgumentValue") {
  throw RuntimeError("TypeError", code,
                     std::string(spec.name) + "() cannot take " + TypeName(v.type()) + " here",
                     offset, std::char_traits<char>::length(spec.name));
}

Value PropertiesMap(const graph::PropertyGraph& g, const graph::Properties& props) {
  ValueMap m;
  for (const auto& [k, v] : props) m.emplace_back(g.SymbolName(k), FromProperty(v));
  return Value::Map(std::move(m));
}

std::string TrimLeft(std::string s) {
  size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}
std::string TrimRight(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  return s;
}

// Code points of a string, for substring/left/right/reverse on characters.
std::vector<std::string> CodePoints(const std::string& s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    text::DecodeAt(s, pos);
    out.push_back(s.substr(start, pos - start));
  }
  return out;
}

std::string Join(const std::vector<std::string>& cps, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to && i < cps.size(); ++i) out += cps[i];
  return out;
}

int64_t IntArg(const FunctionSpec& spec, const Value& v, size_t offset) {
  if (!v.is_int()) BadArg(spec, v, offset, "InvalidArgumentType");
  return v.as_int();
}

std::optional<int64_t> ParseInteger(const std::string& raw) {
  std::string s = TrimRight(TrimLeft(raw));
  if (s.empty()) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (*end == '\0' && errno == 0) return v;
  errno = 0;
  double d = std::strtod(s.c_str(), &end);
  if (*end != '\0' || errno != 0 || std::isnan(d) || std::isinf(d)) return std::nullopt;
  if (d >= 9.2233720368547758e18 || d < -9.2233720368547758e18) return std::nullopt;
  return static_cast<int64_t>(d);
}

std::optional<double> ParseFloat(const std::string& raw) {
  std::string s = TrimRight(TrimLeft(raw));
  if (s.empty()) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (*end != '\0') return std::nullopt;
  return d;
}

double Number(const FunctionSpec& spec, const Value& v, size_t offset) {
  if (!v.is_number()) BadArg(spec, v, offset, "InvalidArgumentType");
  return v.as_number();
}

}  // namespace

const FunctionSpec* FindFunction(std::string_view name) {
  for (const auto& f : kFunctions)
    if (name.size() == std::strlen(f.name) && strncasecmp(name.data(), f.name, name.size()) == 0)
      return &f;
  return FindTemporalFunction(name);
}

std::string NumberToString(const Value& v) {
  if (v.is_int()) return std::to_string(v.as_int());
  if (v.is_bool()) return v.as_bool() ? "true" : "false";
  if (v.is_string()) return v.as_string();
  double d = v.as_float();
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[40];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  std::string s = buf;
  size_t e = s.find('e');
  if (e != std::string::npos) {  // Java style: 1.0E20, 1.5E-7
    std::string mantissa = s.substr(0, e);
    int exponent = std::atoi(s.c_str() + e + 1);
    if (mantissa.find('.') == std::string::npos) mantissa += ".0";
    return mantissa + "E" + std::to_string(exponent);
  }
  if (s.find('.') == std::string::npos) s += ".0";
  return s;
}

Value CallScalar(const FunctionSpec& spec, const ValueList& args, ExecContext& ctx, size_t offset) {
  if (IsTemporalFunction(spec)) return CallTemporal(spec, args, ctx.now_nanos, offset);
  const graph::PropertyGraph& g = *ctx.graph;
  std::string_view name = spec.name;
  const Value& a = args.empty() ? Value() : args[0];
  if (name == "coalesce") {
    for (const auto& v : args)
      if (!v.is_null()) return v;
    return Value();
  }
  if (name == "pi") return Value::Float(M_PI);
  if (name == "e") return Value::Float(M_E);
  if (name == "rand") {
    static thread_local std::mt19937_64 rng(std::random_device{}());
    return Value::Float(std::uniform_real_distribution<double>(0, 1)(rng));
  }
  if (name == "exists") return Value::Bool(!a.is_null());
  if (name == "nullIf") return Equals(a, args[1]) == Tri::kTrue ? Value() : a;
  if (name == "valueType") return Value::String(a.is_null() ? "NULL" : TypeNameOf(a));
  if (name == "toStringOrNull" || name == "toIntegerOrNull" || name == "toFloatOrNull" ||
      name == "toBooleanOrNull") {
    try {
      std::string base(name.substr(0, name.size() - 6));
      return CallScalar(*FindFunction(base), args, ctx, offset);
    } catch (const RuntimeError&) {
      return Value();
    }
  }
  if (a.is_null() && name != "range") return Value();
  for (const auto& v : args)
    if (v.is_null() && name != "range" && name != "split" && name != "replace" &&
        name != "substring" && name != "left" && name != "right" && name != "atan2")
      return Value();

  if (name == "id") {
    if (a.is_node()) return Value::Int(static_cast<int64_t>(g.node(a.as_node()).id));
    if (a.is_relationship()) return Value::Int(static_cast<int64_t>(g.edge(a.as_relationship()).id));
    BadArg(spec, a, offset);
  }
  if (name == "labels" || name == "properties" || name == "keys") {
    const bool deleted = a.is_node() ? g.node_deleted(a.as_node())
                         : a.is_relationship() ? g.edge_deleted(a.as_relationship())
                                               : false;
    if (deleted)
      throw RuntimeError("EntityNotFound", "DeletedEntityAccess",
                         std::string(name) + "() of an entity deleted by this statement", offset,
                         name.size());
  }
  if (name == "labels") {
    if (!a.is_node()) BadArg(spec, a, offset);
    ValueList out;
    for (auto l : g.node(a.as_node()).labels) out.push_back(Value::String(g.SymbolName(l)));
    std::sort(out.begin(), out.end(), [](const Value& x, const Value& y) { return x.as_string() < y.as_string(); });
    return Value::List(std::move(out));
  }
  if (name == "type") {
    if (!a.is_relationship()) BadArg(spec, a, offset);
    return Value::String(g.SymbolName(g.edge(a.as_relationship()).type));
  }
  if (name == "properties" || name == "keys") {
    Value m;
    if (a.is_node()) m = PropertiesMap(g, g.node(a.as_node()).properties);
    else if (a.is_relationship()) m = PropertiesMap(g, g.edge(a.as_relationship()).properties);
    else if (a.is_map()) m = a;
    else BadArg(spec, a, offset);
    if (name == "properties") return m;
    ValueList keys;
    for (const auto& [k, v] : m.as_map())
      if (!v.is_null() || a.is_map()) keys.push_back(Value::String(k));
    return Value::List(std::move(keys));
  }
  if (name == "nodes" || name == "relationships" || name == "rels") {
    if (!a.is_path()) BadArg(spec, a, offset);
    ValueList out;
    if (name == "nodes") {
      for (auto n : a.as_path().nodes) out.push_back(Value::Node(n));
    } else {
      for (auto r : a.as_path().rels) out.push_back(Value::Relationship(r));
    }
    return Value::List(std::move(out));
  }
  if (name == "length") {
    if (a.is_path()) return Value::Int(static_cast<int64_t>(a.as_path().rels.size()));
    BadArg(spec, a, offset, "InvalidArgumentType");
  }
  if (name == "size") {
    if (a.is_list()) return Value::Int(static_cast<int64_t>(a.as_list().size()));
    if (a.is_string()) return Value::Int(static_cast<int64_t>(text::CodePointCount(a.as_string())));
    BadArg(spec, a, offset, "InvalidArgumentType");
  }
  if (name == "isEmpty") {
    if (a.is_list()) return Value::Bool(a.as_list().empty());
    if (a.is_string()) return Value::Bool(a.as_string().empty());
    if (a.is_map()) return Value::Bool(a.as_map().empty());
    BadArg(spec, a, offset, "InvalidArgumentType");
  }
  if (name == "head" || name == "last" || name == "tail") {
    if (!a.is_list()) BadArg(spec, a, offset, "InvalidArgumentType");
    const ValueList& l = a.as_list();
    if (name == "tail") return Value::List(l.empty() ? ValueList{} : ValueList(l.begin() + 1, l.end()));
    if (l.empty()) return Value();
    return name == "head" ? l.front() : l.back();
  }
  if (name == "range") {
    for (const auto& v : args)
      if (!v.is_int())
        throw RuntimeError("ArgumentError", "InvalidArgumentType",
                           std::string("range() takes Integers, not ") + TypeName(v.type()), offset, 5);
    int64_t from = args[0].as_int(), to = args[1].as_int();
    int64_t step = args.size() > 2 ? args[2].as_int() : 1;
    if (step == 0) throw RuntimeError("ArgumentError", "NumberOutOfRange", "range() step must not be 0", offset, 5);
    ValueList out;
    for (int64_t i = from; step > 0 ? i <= to : i >= to; i += step) {
      out.push_back(Value::Int(i));
      if ((out.size() & 1023) == 0) {
        ctx.budget->CheckRows(out.size());
        ctx.budget->CheckValue(out.size() * sizeof(Value));
        ctx.budget->Tick();
      }
      if ((step > 0 && i > INT64_MAX - step) || (step < 0 && i < INT64_MIN - step)) break;
    }
    return Value::List(std::move(out));
  }
  if (name == "sources") {
    // provenance: one map per piece of evidence, with its quote when the graph has one
    const std::vector<graph::Evidence>* evidence = nullptr;
    if (a.is_node()) evidence = &g.node(a.as_node()).evidence;
    else if (a.is_relationship()) evidence = &g.edge(a.as_relationship()).evidence;
    else BadArg(spec, a, offset, "InvalidArgumentType");
    ValueList out;
    for (const auto& ev : *evidence) {
      ValueMap m;
      if (ev.article == graph::Evidence::kManualArticle || ev.article >= g.articles().size()) {
        m.emplace_back("manual", Value::Bool(true));
      } else {
        const graph::ArticleRecord& art = g.articles()[ev.article];
        m.emplace_back("article", Value::String(art.id));
        m.emplace_back("start", Value::Int(ev.start));
        m.emplace_back("end", Value::Int(ev.end));
        if (!art.published.empty()) m.emplace_back("published", Value::String(art.published));
        if (!art.url.empty()) m.emplace_back("url", Value::String(art.url));
        if (!art.title.empty()) m.emplace_back("title", Value::String(art.title));
        if (std::string_view quote = g.EvidenceText(ev); !quote.empty())
          m.emplace_back("text", Value::String(std::string(quote)));
      }
      out.push_back(Value::Map(std::move(m)));
    }
    return Value::List(std::move(out));
  }
  if (name == "fold") {
    if (!a.is_string()) BadArg(spec, a, offset, "InvalidArgumentType");
    return Value::String(text::Fold(a.as_string()));
  }
  if (name == "toLower" || name == "lower" || name == "toUpper" || name == "upper" ||
      name == "trim" || name == "ltrim" || name == "rtrim") {
    if (!a.is_string()) BadArg(spec, a, offset, "InvalidArgumentType");
    const std::string& s = a.as_string();
    if (name == "toLower" || name == "lower") return Value::String(text::ToLower(s));
    if (name == "toUpper" || name == "upper") return Value::String(text::ToUpper(s));
    if (name == "trim") return Value::String(TrimRight(TrimLeft(s)));
    if (name == "ltrim") return Value::String(TrimLeft(s));
    return Value::String(TrimRight(s));
  }
  if (name == "substring" || name == "left" || name == "right") {
    for (const auto& v : args)
      if (v.is_null()) {
        if (&v == &args[0]) return Value();
        BadArg(spec, v, offset, "InvalidArgumentType");
      }
    if (!a.is_string()) BadArg(spec, a, offset, "InvalidArgumentType");
    auto cps = CodePoints(a.as_string());
    int64_t n = static_cast<int64_t>(cps.size());
    if (name == "substring") {
      int64_t start = IntArg(spec, args[1], offset);
      int64_t len = args.size() > 2 ? IntArg(spec, args[2], offset) : n;
      if (start < 0 || len < 0)
        throw RuntimeError("ArgumentError", "NumberOutOfRange", "negative substring() argument", offset, 9);
      if (start >= n) return Value::String("");
      return Value::String(Join(cps, start, static_cast<size_t>(std::min(n, start + std::min(len, n)))));
    }
    int64_t len = IntArg(spec, args[1], offset);
    if (len < 0) throw RuntimeError("ArgumentError", "NumberOutOfRange", "negative length", offset, 4);
    len = std::min(len, n);
    return Value::String(name == "left" ? Join(cps, 0, len) : Join(cps, n - len, n));
  }
  if (name == "replace") {
    for (const auto& v : args) {
      if (v.is_null()) return Value();
      if (!v.is_string()) BadArg(spec, v, offset, "InvalidArgumentType");
    }
    std::string s = a.as_string();
    const std::string& from = args[1].as_string();
    const std::string& to = args[2].as_string();
    if (from.empty()) return Value::String(s);
    std::string out;
    size_t pos = 0, hit;
    while ((hit = s.find(from, pos)) != std::string::npos) {
      out += s.substr(pos, hit - pos) + to;
      pos = hit + from.size();
    }
    return Value::String(out + s.substr(pos));
  }
  if (name == "split") {
    if (args[1].is_null()) return Value();
    if (!a.is_string() || !args[1].is_string()) BadArg(spec, a.is_string() ? args[1] : a, offset, "InvalidArgumentType");
    const std::string& s = a.as_string();
    const std::string& d = args[1].as_string();
    ValueList out;
    if (d.empty()) {
      for (auto& cp : CodePoints(s)) out.push_back(Value::String(cp));
      return Value::List(std::move(out));
    }
    size_t pos = 0, hit;
    while ((hit = s.find(d, pos)) != std::string::npos) {
      out.push_back(Value::String(s.substr(pos, hit - pos)));
      pos = hit + d.size();
    }
    out.push_back(Value::String(s.substr(pos)));
    return Value::List(std::move(out));
  }
  if (name == "reverse") {
    if (a.is_string()) {
      auto cps = CodePoints(a.as_string());
      std::reverse(cps.begin(), cps.end());
      return Value::String(Join(cps, 0, cps.size()));
    }
    if (a.is_list()) {
      ValueList l = a.as_list();
      std::reverse(l.begin(), l.end());
      return Value::List(std::move(l));
    }
    BadArg(spec, a, offset, "InvalidArgumentType");
  }
  if (name == "toString") {
    if (a.is_number() || a.is_bool() || a.is_string()) return Value::String(NumberToString(a));
    if (a.is_temporal()) return Value::String(FormatTemporal(a.as_temporal()));
    BadArg(spec, a, offset);
  }
  if (name == "toInteger") {
    if (a.is_int()) return a;
    if (a.is_float()) {
      double d = a.as_float();
      if (std::isnan(d) || d >= 9.2233720368547758e18 || d < -9.2233720368547758e18) return Value();
      return Value::Int(static_cast<int64_t>(d));
    }
    if (a.is_string()) {
      auto v = ParseInteger(a.as_string());
      return v ? Value::Int(*v) : Value();
    }
    if (a.is_bool()) return Value::Int(a.as_bool() ? 1 : 0);
    BadArg(spec, a, offset);
  }
  if (name == "toFloat") {
    if (a.is_float()) return a;
    if (a.is_int()) return Value::Float(static_cast<double>(a.as_int()));
    if (a.is_string()) {
      auto v = ParseFloat(a.as_string());
      return v ? Value::Float(*v) : Value();
    }
    BadArg(spec, a, offset);
  }
  if (name == "toBoolean") {
    if (a.is_bool()) return a;
    if (a.is_string()) {
      std::string s = text::ToLower(TrimRight(TrimLeft(a.as_string())));
      if (s == "true") return Value::Bool(true);
      if (s == "false") return Value::Bool(false);
      return Value();
    }
    if (a.is_int()) return Value::Bool(a.as_int() != 0);
    BadArg(spec, a, offset);
  }
  if (name == "startNode" || name == "endNode") {
    if (!a.is_relationship()) BadArg(spec, a, offset, "InvalidArgumentType");
    const auto& e = g.edge(a.as_relationship());
    return Value::Node(name == "startNode" ? e.source : e.target);
  }
  if (name == "abs") {
    if (a.is_int()) {
      if (a.as_int() == INT64_MIN) throw RuntimeError("ArgumentError", "NumberOutOfRange", "integer overflow", offset, 3);
      return Value::Int(std::llabs(a.as_int()));
    }
    return Value::Float(std::fabs(Number(spec, a, offset)));
  }
  if (name == "sign") {
    if (a.is_int()) return Value::Int((a.as_int() > 0) - (a.as_int() < 0));
    double d = Number(spec, a, offset);
    return Value::Int((d > 0) - (d < 0));
  }
  if (name == "ceil" || name == "floor" || name == "round") {
    double d = Number(spec, a, offset);
    if (name == "ceil") return Value::Float(std::ceil(d));
    if (name == "floor") return Value::Float(std::floor(d));
    return Value::Float(std::floor(d + 0.5));
  }
  if (name == "atan2") {
    if (a.is_null() || args[1].is_null()) return Value();
    return Value::Float(std::atan2(Number(spec, a, offset), Number(spec, args[1], offset)));
  }
  double d = Number(spec, a, offset);
  if (name == "sqrt") return Value::Float(std::sqrt(d));
  if (name == "exp") return Value::Float(std::exp(d));
  if (name == "log") return Value::Float(std::log(d));
  if (name == "log10") return Value::Float(std::log10(d));
  if (name == "sin") return Value::Float(std::sin(d));
  if (name == "cos") return Value::Float(std::cos(d));
  if (name == "tan") return Value::Float(std::tan(d));
  if (name == "cot") return Value::Float(1.0 / std::tan(d));
  if (name == "asin") return Value::Float(std::asin(d));
  if (name == "acos") return Value::Float(std::acos(d));
  if (name == "atan") return Value::Float(std::atan(d));
  if (name == "degrees") return Value::Float(d * 180.0 / M_PI);
  if (name == "radians") return Value::Float(d * M_PI / 180.0);
  throw RuntimeError("SyntaxError", "UnknownFunction", std::string("unknown function ") + spec.name, offset);
}

}  // namespace kg::query
