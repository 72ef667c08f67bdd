#include "graph/export/display.h"

#include <cmath>
#include <cstdio>

#include "graph/export/output.h"
#include "graph/export/property_schema.h"
#include "graph/schema.h"

namespace kg::exporter {
namespace {

void AppendWithSpace(std::string_view part, std::string& out) {
  if (part.empty()) return;
  if (!out.empty()) out.push_back(' ');
  out.append(part);
}

void AppendInParens(std::string_view part, std::string& out) {
  if (part.empty()) return;
  if (!out.empty()) out.push_back(' ');
  out.push_back('(');
  out.append(part);
  out.push_back(')');
}

}  // namespace

std::string AmountText(double value, const std::string& unit) {
  // money as a reader says it: 8.8e7 VND is "88 triệu đồng", 1.2e12 "1.2 nghìn tỷ đồng"
  struct Scale {
    double factor;
    const char* word;
  };
  static constexpr Scale kScales[] = {{1e12, "nghìn tỷ"}, {1e9, "tỷ"}, {1e6, "triệu"}};
  const bool money = unit == "VND" || unit == "USD";
  double shown = value;
  std::string out;
  const char* scale = nullptr;
  if (money)
    for (const Scale& s : kScales)
      if (std::fabs(value) >= s.factor) {
        shown = value / s.factor;
        scale = s.word;
        break;
      }
  char buf[64];
  if (std::isfinite(shown) && std::fabs(shown) < 1e15) {
    // at most two decimals, no exponent, no trailing zeros
    std::snprintf(buf, sizeof buf, "%.2f", shown);
    out = buf;
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  } else {
    AppendDouble(shown, out);
  }
  if (scale != nullptr) out += std::string(" ") + scale;
  if (!unit.empty()) out += " " + (unit == "VND" ? std::string("đồng") : unit);
  return out;
}

DisplayNamer::DisplayNamer(const graph::PropertyGraph& graph) : graph_(graph) {
  person_ = graph.FindSymbol(graph::schema::kPerson);
  document_ = graph.FindSymbol(graph::schema::kDocument);
  event_ = graph.FindSymbol(graph::schema::kEvent);
  role_ = graph.FindSymbol(graph::schema::kRole);
  body_ = graph.FindSymbol(graph::schema::kBody);
  target_ = graph.FindSymbol(graph::schema::kTarget);
  name_ = graph.FindSymbol(graph::schema::kName);
  title_ = graph.FindSymbol(graph::schema::kTitle);
  number_ = graph.FindSymbol(graph::schema::kNumber);
  type_ = graph.FindSymbol(graph::schema::kType);
  date_ = graph.FindSymbol(graph::schema::kDate);
  province_ = graph.FindSymbol(graph::schema::kProvince);
  kind_ = graph.FindSymbol(graph::schema::kKind);
  indicator_ = graph.FindSymbol(graph::schema::kIndicator);
  comparator_ = graph.FindSymbol(graph::schema::kComparator);
  value_ = graph.FindSymbol(graph::schema::kValue);
  unit_ = graph.FindSymbol(graph::schema::kUnit);
  year_ = graph.FindSymbol(graph::schema::kYear);
  task_ = graph.FindSymbol(graph::schema::kTask);
  action_ = graph.FindSymbol(graph::schema::kAction);
  if (person_ && name_) {
    std::unordered_set<std::string> seen;
    for (graph::NodeIndex n = 0; n < graph.node_count(); ++n) {
      if (!graph.HasLabel(n, *person_)) continue;
      std::string name(Text(n, name_));
      if (!name.empty() && !seen.insert(name).second) shared_person_names_.insert(std::move(name));
    }
  }
}

std::string_view DisplayNamer::Text(graph::NodeIndex node,
                                    std::optional<graph::SymbolId> key) const {
  if (!key) return {};
  const graph::PropertyValue* v = graph_.NodeProperty(node, *key);
  if (v && v->is_temporal()) return v->as_temporal().text;  // a date: its ISO text
  return v && v->is_string() ? std::string_view(v->as_string()) : std::string_view();
}

bool DisplayNamer::Is(graph::NodeIndex node, std::optional<graph::SymbolId> label) const {
  return label && graph_.HasLabel(node, *label);
}

std::string DisplayNamer::NodeLabel(graph::NodeIndex node) const {
  std::string out;
  if (Is(node, document_)) {
    AppendWithSpace(Text(node, type_), out);
    AppendWithSpace(Text(node, number_), out);
    if (out.empty()) AppendWithSpace(Text(node, title_), out);
  } else if (Is(node, event_)) {
    AppendWithSpace(Text(node, name_), out);
    if (out.empty()) AppendWithSpace(Text(node, kind_), out);
    AppendInParens(Text(node, date_), out);
  } else if (Is(node, role_)) {
    AppendWithSpace(Text(node, title_), out);
    AppendInParens(Text(node, province_), out);
  } else if (Is(node, body_)) {
    std::string_view name = Text(node, name_), province = Text(node, province_);
    AppendWithSpace(name, out);
    if (name.find(province) == std::string_view::npos) AppendInParens(province, out);
  } else if (Is(node, target_)) {
    AppendWithSpace(Text(node, indicator_), out);
    if (out.empty()) AppendWithSpace(Text(node, task_), out);
    AppendWithSpace(Text(node, comparator_), out);
    const graph::PropertyValue* v = value_ ? graph_.NodeProperty(node, *value_) : nullptr;
    if (v != nullptr && (v->is_int() || v->is_double())) {
      AppendWithSpace(AmountText(v->is_int() ? static_cast<double>(v->as_int()) : v->as_double(),
                                 std::string(Text(node, unit_))),
                      out);
    } else {
      if (v != nullptr) {
        std::string value;
        AppendScalarText(*v, value);
        AppendWithSpace(value, out);
      }
      AppendWithSpace(Text(node, unit_), out);
    }
    if (year_) {
      if (const graph::PropertyValue* v = graph_.NodeProperty(node, *year_)) {
        std::string year;
        AppendScalarText(*v, year);
        AppendInParens(year, out);
      }
    }
  } else if (Is(node, person_)) {
    std::string_view name = Text(node, name_);
    AppendWithSpace(name, out);
    if (shared_person_names_.count(std::string(name))) AppendInParens(Text(node, province_), out);
  } else {
    for (auto key : {name_, title_, number_}) {
      if (out.empty()) AppendWithSpace(Text(node, key), out);
    }
  }
  if (out.empty()) AppendWithSpace(Text(node, name_), out);
  if (out.empty()) AppendNodeId(graph_, node, out);
  return out;
}

std::string DisplayNamer::EdgeLabel(graph::EdgeIndex edge) const {
  std::string out = graph_.SymbolName(graph_.edge(edge).type);
  if (action_) {
    const graph::PropertyValue* v = graph_.EdgeProperty(edge, *action_);
    if (v && v->is_string()) AppendInParens(v->as_string(), out);
  }
  return out;
}

std::string DisplayNamer::NodeType(graph::NodeIndex node) const {
  std::string out;
  for (graph::SymbolId label : graph_.node(node).labels) {
    if (!out.empty()) out.push_back(':');
    out += graph_.SymbolName(label);
  }
  return out;
}

std::string LabelColour(std::string_view label) {
  struct Fixed {
    std::string_view label, colour;
  };
  static constexpr Fixed kFixed[] = {
      {graph::schema::kPerson, "#FFD966"},   {graph::schema::kRole, "#F4B183"},
      {graph::schema::kBody, "#9DC3E6"},     {graph::schema::kEvent, "#A9D18E"},
      {graph::schema::kDocument, "#C9A0DC"}, {graph::schema::kTarget, "#FF9999"},
  };
  for (const auto& f : kFixed)
    if (f.label == label) return std::string(f.colour);
  uint32_t h = 2166136261u;  // FNV-1a
  for (char c : label) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  // light colours only, so black text stays readable
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02X%02X%02X", 0x80 + (h & 0x7F), 0x80 + ((h >> 8) & 0x7F),
                0x80 + ((h >> 16) & 0x7F));
  return buf;
}

void AppendNodeId(const graph::PropertyGraph& graph, graph::NodeIndex node, std::string& out) {
  out.push_back('n');
  AppendUint(graph.node(node).id, out);
}

void AppendEdgeId(const graph::PropertyGraph& graph, graph::EdgeIndex edge, std::string& out) {
  out.push_back('e');
  AppendUint(graph.edge(edge).id, out);
}

NodeIds::NodeIds(const graph::PropertyGraph& graph) : ids_(graph.node_count()) {
  for (graph::NodeIndex n = 0; n < ids_.size(); ++n) ids_[n] = graph.node(n).id;
}

}  // namespace kg::exporter
