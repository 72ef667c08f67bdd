#include "tests/tck/gherkin.h"

#include <sstream>

namespace kg::tck {

std::string Trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r");
  if (a == std::string::npos) return "";
  size_t b = s.find_last_not_of(" \t\r");
  return s.substr(a, b - a + 1);
}

namespace {

bool StartsWith(const std::string& s, const std::string& p) {
  return s.compare(0, p.size(), p) == 0;
}

// Cells of "| a | b |"; a backslash escapes a bar or a backslash.
std::vector<std::string> Cells(const std::string& line) {
  std::vector<std::string> cells;
  std::string cur;
  bool started = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '\\' && i + 1 < line.size() && (line[i + 1] == '|' || line[i + 1] == '\\')) {
      cur += line[i + 1];  // Gherkin's cell escapes (bar, backslash)
      ++i;
    } else if (c == '|') {
      if (started) cells.push_back(Trim(cur));
      cur.clear();
      started = true;
    } else {
      cur += c;
    }
  }
  return cells;
}

std::string Substitute(std::string s, const std::vector<std::string>& names,
                       const std::vector<std::string>& values) {
  for (size_t i = 0; i < names.size() && i < values.size(); ++i) {
    std::string key = "<" + names[i] + ">";
    size_t pos = 0;
    while ((pos = s.find(key, pos)) != std::string::npos) {
      s.replace(pos, key.size(), values[i]);
      pos += values[i].size();
    }
  }
  return s;
}

}  // namespace

Feature ParseFeature(const std::string& path, const std::string& text) {
  Feature f;
  f.path = path;
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) lines.push_back(l);

  std::vector<Step> background;
  std::vector<Step>* steps = nullptr;
  Scenario current;
  bool in_scenario = false, outline = false;
  std::vector<std::string> pending_tags;
  std::vector<std::vector<std::string>> examples;
  bool in_examples = false;

  auto flush = [&]() {
    if (!in_scenario) return;
    if (!outline) {
      Scenario s = current;
      s.steps.insert(s.steps.begin(), background.begin(), background.end());
      f.scenarios.push_back(std::move(s));
    } else if (examples.size() > 1) {
      const auto& names = examples[0];
      for (size_t r = 1; r < examples.size(); ++r) {
        Scenario s = current;
        s.name += " (example " + std::to_string(r) + ")";
        for (auto& st : s.steps) {
          st.text = Substitute(st.text, names, examples[r]);
          st.doc = Substitute(st.doc, names, examples[r]);
          for (auto& row : st.table)
            for (auto& cell : row) cell = Substitute(cell, names, examples[r]);
        }
        s.steps.insert(s.steps.begin(), background.begin(), background.end());
        f.scenarios.push_back(std::move(s));
      }
    }
    in_scenario = false;
    examples.clear();
    in_examples = false;
  };

  for (size_t i = 0; i < lines.size(); ++i) {
    std::string t = Trim(lines[i]);
    if (t.empty() || t[0] == '#') continue;
    if (t[0] == '@') {
      std::istringstream tags(t);
      for (std::string tag; tags >> tag;) pending_tags.push_back(tag);
      continue;
    }
    if (StartsWith(t, "Feature:")) {
      f.name = Trim(t.substr(8));
    } else if (StartsWith(t, "Background:")) {
      steps = &background;
    } else if (StartsWith(t, "Scenario Outline:") || StartsWith(t, "Scenario:")) {
      flush();
      outline = StartsWith(t, "Scenario Outline:");
      current = Scenario();
      current.name = Trim(t.substr(t.find(':') + 1));
      current.line = static_cast<int>(i + 1);
      current.tags = pending_tags;
      pending_tags.clear();
      in_scenario = true;
      steps = &current.steps;
    } else if (StartsWith(t, "Examples:")) {
      in_examples = true;
    } else if (t[0] == '|') {
      if (in_examples) {
        examples.push_back(Cells(t));
      } else if (steps && !steps->empty()) {
        steps->back().table.push_back(Cells(t));
      }
    } else if (StartsWith(t, "\"\"\"")) {
      // doc string: dedent by the opening quotes' indentation
      size_t indent = lines[i].find("\"\"\"");
      std::string doc;
      for (++i; i < lines.size(); ++i) {
        if (Trim(lines[i]) == "\"\"\"") break;
        std::string l = lines[i];
        size_t cut = 0;
        while (cut < indent && cut < l.size() && (l[cut] == ' ' || l[cut] == '\t')) ++cut;
        doc += l.substr(cut) + "\n";
      }
      if (steps && !steps->empty()) steps->back().doc = doc;
    } else if (steps) {
      size_t space = t.find(' ');
      Step st;
      st.keyword = t.substr(0, space);
      st.text = space == std::string::npos ? "" : Trim(t.substr(space + 1));
      st.line = static_cast<int>(i + 1);
      steps->push_back(std::move(st));
    }
  }
  flush();
  return f;
}

}  // namespace kg::tck
