// Writes the HTML report of the hand-made fixture to a file, for the screenshot
// test while `kg leaders --report` is not there: report_demo OUT.html
#include <fstream>
#include <iostream>

#include "tools/leaders/report_html.h"
#include "tests/tools/leaders/report_fixture.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: report_demo OUT.html\n";
    return 2;
  }
  kg::leaders::ReportOptions options;
  options.graph_file = "fixture.kg";
  options.generated_on = "2025-12-02";
  std::ofstream out(argv[1], std::ios::binary);
  out << kg::leaders::RenderHtmlReport(kg::leaders::report_testing::ReportFixture(), options);
  out.close();
  if (!out) {
    std::cerr << "report_demo: cannot write " << argv[1] << "\n";
    return 1;
  }
  return 0;
}
