#include "query/operator.h"

#include "query/operators.h"

namespace kg::query {

int Operator::ColumnIndex(std::string_view name) const {
  for (size_t i = 0; i < columns_.size(); ++i)
    if (columns_[i] == name) return static_cast<int>(i);
  return -1;
}

bool ArgumentOp::Next(Row& out) {
  if (done_) return false;
  done_ = true;
  if (row_ != nullptr) {
    out = *row_;
  } else {
    out.clear();
  }
  out.resize(columns_.size());
  return true;
}

std::string ArgumentOp::Describe() const {
  std::string out = "Argument";
  for (size_t i = 0; i < columns_.size(); ++i) out += (i ? ", " : " ") + columns_[i];
  return out;
}

namespace {

void Dump(const Operator& op, int depth, std::string& out) {
  out.append(static_cast<size_t>(depth) * 2, ' ');
  out += op.Describe();
  out += "\n";
  for (const Operator* c : op.Children()) Dump(*c, depth + 1, out);
}

}  // namespace

std::string DumpPlan(const Operator& root) {
  std::string out;
  Dump(root, 0, out);
  return out;
}

bool Uniqueness::Excludes(const Row& row, graph::EdgeIndex e) const {
  for (int c : single) {
    const Value& v = row[c];
    if (v.is_relationship() && v.as_relationship() == e) return true;
  }
  for (int c : lists) {
    const Value& v = row[c];
    if (!v.is_list()) continue;
    for (const auto& r : v.as_list())
      if (r.is_relationship() && r.as_relationship() == e) return true;
  }
  return false;
}

}  // namespace kg::query
