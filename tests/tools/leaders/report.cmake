# The leaders module's HTML report (tools/leaders/report_html.h). Included from
# tests/tools/leaders/CMakeLists.txt; needs the kg_leaders library.
#
#   leaders_report_tests       GoogleTest: structure, escaping, bars, conflicts, no external resources
#   leaders_report_demo        writes the report of a hand-made Leadership (the test fixture)
#   leaders.report_screenshot  xmllint + headless Chromium screenshot of the demo's report and
#                              of `kg leaders --report` on the seeds;
#                              skipped (77) only when Chromium is not installed
add_library(kg_leaders_report_fixture STATIC ${CMAKE_CURRENT_LIST_DIR}/report_fixture.cc)
target_link_libraries(kg_leaders_report_fixture PUBLIC kg_leaders)

add_executable(leaders_report_tests ${CMAKE_CURRENT_LIST_DIR}/report_html_test.cc)
target_link_libraries(leaders_report_tests PRIVATE kg_leaders_report_fixture GTest::gtest_main)
gtest_discover_tests(leaders_report_tests TEST_PREFIX "leaders.")

add_executable(leaders_report_demo ${CMAKE_CURRENT_LIST_DIR}/report_demo.cc)
target_link_libraries(leaders_report_demo PRIVATE kg_leaders_report_fixture)

add_test(NAME leaders.report_screenshot
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/report_screenshot.sh $<TARGET_FILE:kg>
                 $<TARGET_FILE:leaders_report_demo> ${CMAKE_SOURCE_DIR})
set_tests_properties(leaders.report_screenshot PROPERTIES SKIP_RETURN_CODE 77
                     LABELS "leaders;report;browser" TIMEOUT 300)
