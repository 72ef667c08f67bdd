#include "graph/export/facts_csv_writer.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <streambuf>
#include <string>

#include "graph/export/escape.h"
#include "graph/export/output.h"
#include "graph/facts/facts_view.h"

namespace kg::exporter {
namespace {

// Column order; "evidence" is split into its start and end.
constexpr std::string_view kColumns[] = {
    "fact",  "article",   "person",     "role",  "body", "province", "date",
    "name",  "ordinal",   "number",     "type",  "title", "action",  "indicator",
    "comparator", "value", "unit",      "year",  "task", "deadline",
};
constexpr size_t kColumnCount = std::size(kColumns);

int ColumnOf(std::string_view name) {
  for (size_t i = 0; i < kColumnCount; ++i)
    if (kColumns[i] == name) return static_cast<int>(i);
  return -1;
}

void AppendJsonText(const rapidjson::Value& v, std::string& out) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  v.Accept(writer);
  out.append(buffer.GetString(), buffer.GetSize());
}

void AppendField(const rapidjson::Value& v, std::string& out) {
  if (v.IsNull()) return;
  if (v.IsString()) {
    AppendCsvQuoted(std::string_view(v.GetString(), v.GetStringLength()), out);
  } else if (v.IsBool()) {
    out += v.GetBool() ? "true" : "false";
  } else if (v.IsInt64()) {
    AppendInt(v.GetInt64(), out);
  } else if (v.IsUint64()) {
    AppendUint(v.GetUint64(), out);
  } else if (v.IsNumber()) {
    AppendDouble(v.GetDouble(), out);
  } else {
    std::string json;
    AppendJsonText(v, json);
    AppendCsvQuoted(json, out);
  }
}

// Receives the facts view as it is written and turns each complete line into a
// CSV row in `output`.
class FactsToCsv : public std::streambuf {
 public:
  explicit FactsToCsv(Output& output) : output_(output) {}
  bool bad() const { return bad_; }

 protected:
  int overflow(int c) override {
    if (c == traits_type::eof()) return traits_type::not_eof(c);
    Put(static_cast<char>(c));
    return c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    for (std::streamsize i = 0; i < n; ++i) Put(s[i]);
    return n;
  }

 private:
  void Put(char c) {
    if (c != '\n') {
      line_.push_back(c);
      return;
    }
    if (!line_.empty() && !AppendFactCsvRow(line_, output_.buffer())) bad_ = true;
    line_.clear();
    output_.Commit();
  }

  Output& output_;
  std::string line_;
  bool bad_ = false;
};

}  // namespace

const char kFactsCsvHeader[] =
    "fact,article,person,role,body,province,date,name,ordinal,number,type,title,action,"
    "indicator,comparator,value,unit,year,task,deadline,evidence_start,evidence_end,other";

bool AppendFactCsvRow(std::string_view json_line, std::string& out) {
  rapidjson::Document doc;
  doc.Parse(json_line.data(), json_line.size());
  if (doc.HasParseError() || !doc.IsObject()) return false;
  const rapidjson::Value* fields[kColumnCount] = {};
  const rapidjson::Value* start = nullptr;
  const rapidjson::Value* end = nullptr;
  rapidjson::Document other(rapidjson::kObjectType);
  for (auto& member : doc.GetObject()) {
    const std::string_view name(member.name.GetString(), member.name.GetStringLength());
    if (name == "evidence" && member.value.IsObject()) {
      if (auto it = member.value.FindMember("start"); it != member.value.MemberEnd())
        start = &it->value;
      if (auto it = member.value.FindMember("end"); it != member.value.MemberEnd())
        end = &it->value;
      continue;
    }
    const int column = ColumnOf(name);
    if (column >= 0) {
      fields[column] = &member.value;
    } else if (!member.value.IsNull()) {
      other.AddMember(rapidjson::Value(member.name, other.GetAllocator()),
                      rapidjson::Value(member.value, other.GetAllocator()),
                      other.GetAllocator());
    }
  }
  for (size_t i = 0; i < kColumnCount; ++i) {
    if (i > 0) out.push_back(',');
    if (fields[i]) AppendField(*fields[i], out);
  }
  out.push_back(',');
  if (start) AppendField(*start, out);
  out.push_back(',');
  if (end) AppendField(*end, out);
  out.push_back(',');
  if (other.MemberCount() > 0) AppendField(other, out);
  out.push_back('\n');
  return true;
}

Status WriteFactsCsv(const graph::PropertyGraph& graph, const Selection& selection,
                     std::ostream& stream) {
  if (!selection.is_all()) {
    return Status::Error("facts CSV covers the whole graph; it cannot be limited to a query");
  }
  Output output(stream);
  output.buffer() += kFactsCsvHeader;
  output.buffer().push_back('\n');
  FactsToCsv converter(output);
  std::ostream view(&converter);
  facts::WriteFactsView(graph, view);
  view.flush();
  if (converter.bad()) return Status::Error("the facts view wrote a line that is not JSON");
  return output.Finish();
}

}  // namespace kg::exporter
