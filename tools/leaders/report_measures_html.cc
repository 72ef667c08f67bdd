// The report's closing section: the comparison measures.
#include <map>
#include <set>
#include <utility>

#include "tools/leaders/html_escape.h"
#include "tools/leaders/report_sections.h"
#include "tools/leaders/report_svg_timeline.h"

namespace kg::leaders {
namespace {

void AppendProvinceLink(const ReportContext& context, const std::string& province,
                        std::string& out) {
  if (context.SpellsOf(province).empty()) {
    AppendHtmlEscaped(province.empty() ? "unknown" : province, out);
    return;
  }
  out += "<a href=\"#" + context.AnchorOf(province) + "\">";
  AppendHtmlEscaped(province, out);
  out += "</a>";
}

void AppendConcurrent(const ReportContext& context, std::string& out) {
  const std::vector<ConcurrentPosts>& concurrent = context.leadership().concurrent;
  out +=
      "<h3 id=\"concurrent\">Concurrent posts</h3><p class=\"note\">One person holding two core "
      "posts of a province at once (attested in one article, or with overlapping spells).</p>";
  if (concurrent.empty()) {
    out += "<p class=\"muted\">None attested.</p>";
    return;
  }
  out +=
      "<table class=\"measures\"><thead><tr><th>Person</th><th>Province</th><th>Posts</th>"
      "<th>Overlap</th></tr></thead><tbody>";
  for (const ConcurrentPosts& entry : concurrent) {
    out += "<tr><td class=\"person\">";
    AppendHtmlEscaped(entry.person, out);
    out += "</td><td>";
    AppendProvinceLink(context, entry.province, out);
    out += "</td><td>";
    AppendPostName(entry.post_a, out);
    out += " + ";
    AppendPostName(entry.post_b, out);
    out += "</td><td class=\"date\">";
    AppendHtmlEscaped(DateRange(entry.from, entry.to), out);
    out += "</td></tr>";
  }
  out += "</tbody></table>";
}

void AppendTurnover(const ReportContext& context, std::string& out) {
  // (province, post) in first-seen order, each with its terms.
  std::vector<std::pair<std::string, CorePost>> keys;
  std::map<std::pair<std::string, int>, std::vector<const Turnover*>> terms;
  for (const Turnover& entry : context.leadership().turnover) {
    auto& list = terms[{entry.province, static_cast<int>(entry.post)}];
    if (list.empty()) keys.emplace_back(entry.province, entry.post);
    list.push_back(&entry);
  }
  out +=
      "<h3 id=\"turnover\">Turnover per term</h3><p class=\"note\">Distinct persons attested in a "
      "post during one term (Party posts: congress terms; state posts: People\u2019s Council "
      "terms). Two or more means a change within the term, or a conflict in the "
      "evidence.</p>";
  if (keys.empty()) {
    out += "<p class=\"muted\">No dated evidence.</p>";
    return;
  }
  out +=
      "<table class=\"measures\"><thead><tr><th>Province</th><th>Post</th><th>Holders per term"
      "</th></tr></thead><tbody>";
  for (const auto& [province, post] : keys) {
    out += "<tr><td>";
    AppendProvinceLink(context, province, out);
    out += "</td><td>";
    AppendPostName(post, out);
    out += "</td><td>";
    for (const Turnover* entry : terms[{province, static_cast<int>(post)}]) {
      out += entry->holders >= 2 ? "<span class=\"term high\">" : "<span class=\"term\">";
      AppendHtmlEscaped(entry->term, out);
      // In the current map a merged unit counts each unit it was formed from apart.
      if (!entry->province_as_attested.empty() && entry->province_as_attested != province) {
        out += " (";
        AppendHtmlEscaped(entry->province_as_attested, out);
        out += ')';
      }
      out += ": <b>" + std::to_string(entry->holders) + "</b></span>";
    }
    out += "</td></tr>";
  }
  out += "</tbody></table>";
}

void AppendGaps(const ReportContext& context, std::string& out) {
  const Leadership& leadership = context.leadership();
  out += "<h3 id=\"gaps\">Gaps as of ";
  AppendHtmlEscaped(context.as_of().empty() ? "the latest evidence" : context.as_of(), out);
  out +=
      "</h3><p class=\"note\">Who holds each post as of the date; a gap is a post with no "
      "attested holder, a hole in the evidence rather than a vacancy.</p>";
  if (!context.provinces_with_spells().empty()) {
    out += "<table class=\"coverage\"><thead><tr><th>Province</th>";
    for (int post = 0; post < kCorePostCount; ++post) {
      const CorePostInfo& info = Info(static_cast<CorePost>(post));
      out += "<th title=\"";
      AppendHtmlEscaped(info.title, out);
      out += "\"><span class=\"swatch\" style=\"background:";
      out += PostColour(info.post);
      out += "\"></span>";
      AppendHtmlEscaped(info.short_title ? info.short_title : info.title, out);
      out += "</th>";
    }
    out += "<th>Gaps</th></tr></thead><tbody>";
    for (const std::string& province : context.provinces_with_spells()) {
      out += "<tr><td>";
      AppendProvinceLink(context, province, out);
      out += "</td>";
      int gaps = 0;
      for (int post = 0; post < kCorePostCount; ++post) {
        const std::vector<size_t> holders =
            HoldersAsOf(context, province, static_cast<CorePost>(post));
        if (holders.empty()) {
          ++gaps;
          out += "<td class=\"gap\">gap</td>";
          continue;
        }
        out += "<td>";
        for (size_t k = 0; k < holders.size(); ++k) {
          if (k > 0) out += "<br/>";
          AppendHtmlEscaped(leadership.spells[holders[k]].person, out);
        }
        out += "</td>";
      }
      out += "<td class=\"num\">" + std::to_string(gaps) + "</td></tr>";
    }
    out += "</tbody></table>";
  }
  std::vector<std::string> silent;
  for (const ProvinceRow& row : leadership.provinces) {
    if (context.SpellsOf(row.province).empty()) silent.push_back(row.province);
  }
  if (!silent.empty()) {
    out += "<p class=\"silent\"><b>" + Count(silent.size(), "province", "provinces") +
           " of the map with no attested core post:</b> ";
    for (size_t i = 0; i < silent.size(); ++i) {
      if (i > 0) out += ", ";
      AppendHtmlEscaped(silent[i], out);
    }
    out += ".</p>";
  }
}

// Names person resolution kept apart: the analyst decides whether they are one person.
void AppendAmbiguous(const ReportContext& context, std::string& out) {
  const std::vector<AmbiguousName>& ambiguous = context.leadership().ambiguous;
  out +=
      "<h3 id=\"ambiguous\">Names that may be two people</h3><p class=\"note\">One name, "
      "several persons that resolution kept apart (different provinces or careers); each "
      "holds a core post or sits on the Central Committee. Their spells are counted "
      "apart.</p>";
  if (ambiguous.empty()) {
    out += "<p class=\"muted\">None.</p>";
    return;
  }
  out += "<table class=\"measures\"><thead><tr><th>Name</th><th>Persons</th></tr></thead><tbody>";
  for (const AmbiguousName& name : ambiguous) {
    out += "<tr><td class=\"person\">";
    AppendHtmlEscaped(name.name, out);
    out += "</td><td>";
    for (const NameCluster& cluster : name.clusters) {
      out += "<div class=\"cluster\"><b>";
      AppendHtmlEscaped(cluster.person, out);
      out += "</b> <span class=\"range\">";
      std::string provinces;
      for (const std::string& province : cluster.provinces) {
        if (!provinces.empty()) provinces += ", ";
        provinces += province;
      }
      AppendHtmlEscaped((provinces.empty() ? std::string("province unknown") : provinces) +
                            " \u00B7 " + DateRange(cluster.first_seen, cluster.last_seen),
                        out);
      out += "</span><ul>";
      for (const HeldRole& role : cluster.roles) {
        out += role.core ? "<li class=\"core\">" : "<li>";
        AppendHtmlEscaped(role.title, out);
        if (!role.province.empty()) {
          out += " (";
          AppendHtmlEscaped(role.province, out);
          out += ')';
        }
        out += " <span class=\"range\">";
        AppendHtmlEscaped(DateRange(role.first_seen, role.last_seen) + " \u00B7 " +
                              Count(role.article_count, "article", "articles"),
                          out);
        out += "</span></li>";
      }
      out += "</ul></div>";
    }
    out += "</td></tr>";
  }
  out += "</tbody></table>";
}

}  // namespace

void AppendMeasuresSection(const ReportContext& context, std::string& out) {
  out += "<section class=\"measures\" id=\"measures\"><h2>Measures</h2>";
  AppendConcurrent(context, out);
  AppendTurnover(context, out);
  AppendGaps(context, out);
  AppendAmbiguous(context, out);
  out += "</section>";
}

}  // namespace kg::leaders
