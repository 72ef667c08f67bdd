#include "query/corrections.h"

#include <fstream>
#include <sstream>

#include "query/engine.h"
#include "query/query_error.h"
#include "query/render.h"
#include "query/script.h"

namespace kg::query {

Result<std::vector<CorrectionOutcome>> ApplyCorrections(graph::PropertyGraph& graph,
                                                        const std::vector<std::string>& files) {
  std::vector<CorrectionOutcome> outcomes;
  Engine engine(graph);
  for (const std::string& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::Error(file + ": cannot read the corrections file");
    std::ostringstream text;
    text << in.rdbuf();
    const std::string script = text.str();
    for (const ScriptStatement& statement : SplitScript(script)) {
      const SourcePosition position = PositionOf(script, statement.offset);
      const std::string where = file + ":" + std::to_string(position.line);
      graph::ArticleRecord record;
      record.id = "correction:" + where;
      record.site = "correction";
      graph::Evidence evidence;
      evidence.article = graph.AddArticle(std::move(record));
      engine.SetWriteEvidence(evidence);
      try {
        QueryResult result = engine.Run(statement.text);
        outcomes.push_back({where, result.stats.empty() ? "" : DescribeChanges(result.stats)});
      } catch (const QueryError& e) {
        std::string rendered = RenderError(file, script, statement.offset, e);
        while (!rendered.empty() && rendered.back() == '\n') rendered.pop_back();
        return Status::Error(rendered);
      }
    }
  }
  return outcomes;
}

}  // namespace kg::query
