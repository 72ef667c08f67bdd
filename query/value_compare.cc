#include "query/value_compare.h"

#include <cmath>
#include <functional>

namespace kg::query {

Value TriValue(Tri t) {
  if (t == Tri::kNull) return Value();
  return Value::Bool(t == Tri::kTrue);
}

namespace {

Cmp CompareNumbers(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) {
    if (a.as_int() < b.as_int()) return Cmp::kLess;
    return a.as_int() == b.as_int() ? Cmp::kEqual : Cmp::kGreater;
  }
  if (a.is_int() != b.is_int()) {
    // compare an integer with a float exactly where the float is integral
    const Value& i = a.is_int() ? a : b;
    double f = a.is_int() ? b.as_float() : a.as_float();
    if (std::isnan(f)) return Cmp::kFalse;
    double fi = static_cast<double>(i.as_int());
    Cmp r;
    if (fi < f) {
      r = Cmp::kLess;
    } else if (fi > f) {
      r = Cmp::kGreater;
    } else if (f >= 9.2233720368547758e18 || f < -9.2233720368547758e18) {
      r = f > 0 ? Cmp::kLess : Cmp::kGreater;
    } else {
      auto fl = static_cast<int64_t>(f);
      r = i.as_int() < fl ? Cmp::kLess : (i.as_int() > fl ? Cmp::kGreater : Cmp::kEqual);
    }
    if (!a.is_int()) r = r == Cmp::kLess ? Cmp::kGreater : (r == Cmp::kGreater ? Cmp::kLess : r);
    return r;
  }
  double x = a.as_float(), y = b.as_float();
  if (std::isnan(x) || std::isnan(y)) return Cmp::kFalse;
  return x < y ? Cmp::kLess : (x > y ? Cmp::kGreater : Cmp::kEqual);
}

int TypeRank(const Value& v) {
  switch (v.type()) {
    case ValueType::kMap: return 0;
    case ValueType::kNode: return 1;
    case ValueType::kRelationship: return 2;
    case ValueType::kList: return 3;
    case ValueType::kPath: return 4;
    case ValueType::kTemporal: return 5;
    case ValueType::kString: return 6;
    case ValueType::kBool: return 7;
    case ValueType::kInt:
    case ValueType::kFloat: return 8;
    case ValueType::kNull: return 9;
  }
  return 10;
}

template <typename T>
int Three(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

}  // namespace

Tri Equals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Tri::kNull;
  if (a.is_number() && b.is_number()) return ToTri(CompareNumbers(a, b) == Cmp::kEqual);
  if (a.type() != b.type()) return Tri::kFalse;
  switch (a.type()) {
    case ValueType::kBool: return ToTri(a.as_bool() == b.as_bool());
    case ValueType::kString: return ToTri(a.as_string() == b.as_string());
    case ValueType::kTemporal: return ToTri(TemporalEquals(a.as_temporal(), b.as_temporal()));
    case ValueType::kNode: return ToTri(a.as_node() == b.as_node());
    case ValueType::kRelationship: return ToTri(a.as_relationship() == b.as_relationship());
    case ValueType::kPath:
      return ToTri(a.as_path().nodes == b.as_path().nodes && a.as_path().rels == b.as_path().rels);
    case ValueType::kList: {
      const ValueList& x = a.as_list();
      const ValueList& y = b.as_list();
      if (x.size() != y.size()) return Tri::kFalse;
      Tri r = Tri::kTrue;
      for (size_t i = 0; i < x.size(); ++i) {
        Tri e = Equals(x[i], y[i]);
        if (e == Tri::kFalse) return Tri::kFalse;
        if (e == Tri::kNull) r = Tri::kNull;
      }
      return r;
    }
    case ValueType::kMap: {
      const ValueMap& x = a.as_map();
      const ValueMap& y = b.as_map();
      if (x.size() != y.size()) return Tri::kFalse;
      for (size_t i = 0; i < x.size(); ++i)
        if (x[i].first != y[i].first) return Tri::kFalse;
      Tri r = Tri::kTrue;
      for (size_t i = 0; i < x.size(); ++i) {
        Tri e = Equals(x[i].second, y[i].second);
        if (e == Tri::kFalse) return Tri::kFalse;
        if (e == Tri::kNull) r = Tri::kNull;
      }
      return r;
    }
    default: return Tri::kFalse;
  }
}

Cmp Compare(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Cmp::kNull;
  if (a.is_number() && b.is_number()) return CompareNumbers(a, b);
  if (a.type() != b.type()) return Cmp::kNull;
  switch (a.type()) {
    case ValueType::kBool: {
      int c = Three(a.as_bool(), b.as_bool());
      return c < 0 ? Cmp::kLess : (c > 0 ? Cmp::kGreater : Cmp::kEqual);
    }
    case ValueType::kString: {
      int c = a.as_string().compare(b.as_string());
      return c < 0 ? Cmp::kLess : (c > 0 ? Cmp::kGreater : Cmp::kEqual);
    }
    case ValueType::kTemporal: {
      std::optional<int> c = CompareTemporal(a.as_temporal(), b.as_temporal());
      if (!c) return Cmp::kNull;
      return *c < 0 ? Cmp::kLess : (*c > 0 ? Cmp::kGreater : Cmp::kEqual);
    }
    case ValueType::kList: {
      const ValueList& x = a.as_list();
      const ValueList& y = b.as_list();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
        Cmp c = Compare(x[i], y[i]);
        if (c != Cmp::kEqual) return c;
      }
      return x.size() < y.size() ? Cmp::kLess : (x.size() > y.size() ? Cmp::kGreater : Cmp::kEqual);
    }
    default: return Cmp::kNull;
  }
}

int Order(const Value& a, const Value& b) {
  int ra = TypeRank(a), rb = TypeRank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (a.type()) {
    case ValueType::kNull: return 0;
    case ValueType::kInt:
    case ValueType::kFloat: {
      bool na = a.is_float() && std::isnan(a.as_float());
      bool nb = b.is_float() && std::isnan(b.as_float());
      if (na || nb) return na == nb ? 0 : (na ? 1 : -1);
      Cmp c = CompareNumbers(a, b);
      if (c == Cmp::kEqual) return a.is_int() == b.is_int() ? 0 : (a.is_float() ? -1 : 1);
      return c == Cmp::kLess ? -1 : 1;
    }
    case ValueType::kBool: return Three(a.as_bool(), b.as_bool());
    case ValueType::kString: {
      int c = a.as_string().compare(b.as_string());
      return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case ValueType::kTemporal: return OrderTemporal(a.as_temporal(), b.as_temporal());
    case ValueType::kNode: return Three(a.as_node(), b.as_node());
    case ValueType::kRelationship: return Three(a.as_relationship(), b.as_relationship());
    case ValueType::kList: {
      const ValueList& x = a.as_list();
      const ValueList& y = b.as_list();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
        int c = Order(x[i], y[i]);
        if (c != 0) return c;
      }
      return Three(x.size(), y.size());
    }
    case ValueType::kMap: {
      const ValueMap& x = a.as_map();
      const ValueMap& y = b.as_map();
      for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
        int c = x[i].first.compare(y[i].first);
        if (c != 0) return c < 0 ? -1 : 1;
        c = Order(x[i].second, y[i].second);
        if (c != 0) return c;
      }
      return Three(x.size(), y.size());
    }
    case ValueType::kPath: {
      const PathData& x = a.as_path();
      const PathData& y = b.as_path();
      if (x.nodes != y.nodes) return x.nodes < y.nodes ? -1 : 1;
      if (x.rels != y.rels) return x.rels < y.rels ? -1 : 1;
      return 0;
    }
  }
  return 0;
}

bool Equivalent(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
  if (a.is_float() && b.is_float() && std::isnan(a.as_float()) && std::isnan(b.as_float()))
    return true;
  if (a.is_list() && b.is_list()) {
    const ValueList& x = a.as_list();
    const ValueList& y = b.as_list();
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i)
      if (!Equivalent(x[i], y[i])) return false;
    return true;
  }
  if (a.is_map() && b.is_map()) {
    const ValueMap& x = a.as_map();
    const ValueMap& y = b.as_map();
    if (x.size() != y.size()) return false;
    for (size_t i = 0; i < x.size(); ++i)
      if (x[i].first != y[i].first || !Equivalent(x[i].second, y[i].second)) return false;
    return true;
  }
  return Equals(a, b) == Tri::kTrue;
}

size_t Hash(const Value& v) {
  auto mix = [](size_t h, size_t x) {
    return h ^ (x + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2));
  };
  switch (v.type()) {
    case ValueType::kNull: return 0x51;
    case ValueType::kBool: return v.as_bool() ? 0x71 : 0x70;
    case ValueType::kInt: return std::hash<double>()(static_cast<double>(v.as_int()));
    case ValueType::kFloat:
      return std::isnan(v.as_float()) ? 0x7ff : std::hash<double>()(v.as_float());
    case ValueType::kString: return std::hash<std::string>()(v.as_string());
    case ValueType::kTemporal: return HashTemporal(v.as_temporal());
    case ValueType::kNode: return mix(0x11, v.as_node());
    case ValueType::kRelationship: return mix(0x22, v.as_relationship());
    case ValueType::kList: {
      size_t h = 0x33;
      for (const auto& item : v.as_list()) h = mix(h, Hash(item));
      return h;
    }
    case ValueType::kMap: {
      size_t h = 0x44;
      for (const auto& [k, item] : v.as_map())
        h = mix(mix(h, std::hash<std::string>()(k)), Hash(item));
      return h;
    }
    case ValueType::kPath: {
      size_t h = 0x55;
      for (auto n : v.as_path().nodes) h = mix(h, n);
      for (auto r : v.as_path().rels) h = mix(h, r);
      return h;
    }
  }
  return 0;
}

size_t RowHash::operator()(const ValueList& row) const {
  size_t h = row.size();
  for (const auto& v : row) h = h * 1000003u ^ Hash(v);
  return h;
}

bool RowEquivalent::operator()(const ValueList& a, const ValueList& b) const {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (!Equivalent(a[i], b[i])) return false;
  return true;
}

}  // namespace kg::query
