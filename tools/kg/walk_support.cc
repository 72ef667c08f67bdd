#include "tools/kg/walk_support.h"

#include <cctype>
#include <iostream>

#include "tools/kg/fail.h"

namespace kg::tools {

bool IsName(const std::string& s) {
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  for (unsigned char c : s)
    if (!(std::isalnum(c) || c == '_' || c >= 0x80)) return false;
  return true;
}

std::optional<int64_t> ResolveNodeId(query::Session& session, const std::string& argument,
                                     const char* command) {
  auto node = query::ResolveNodeArgument(session.engine(), session.graph(), argument);
  if (!node.ok()) {
    Fail(command, node.status().message());
    return std::nullopt;
  }
  return static_cast<int64_t>(session.graph().node(node.value()).id);
}

std::string SourcesReturn(query::OutputFormat format, bool with_step) {
  const std::string step = with_step ? "step, " : "";
  const std::string ends = "id(startNode(r)) AS from, type(r) AS type, id(endNode(r)) AS to";
  const std::string order = with_step ? " ORDER BY step" : " ORDER BY from, type, to";
  if (format == query::OutputFormat::kJson || format == query::OutputFormat::kJsonl)
    return "RETURN " + step + ends +
           ", [s IN sources(r) WHERE s.article IS NOT NULL | s.article] AS articles,"
           " sources(r) AS sources" +
           order;
  // a table shows strings bare: put the quote in quotation marks
  const std::string text = format == query::OutputFormat::kTable ? "'“' + s.text + '”'" : "s.text";
  return "UNWIND sources(r) AS s RETURN " + step + ends +
         ", s.article AS article, s.start AS start, s.`end` AS `end`, s.published AS published, " +
         text + " AS text" + order + ", article, start, `end`";
}

}  // namespace kg::tools
