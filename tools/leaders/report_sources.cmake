# The HTML report of the leaders module (tools/leaders/report_html.h), for kg_leaders:
#   include(${CMAKE_CURRENT_SOURCE_DIR}/report_sources.cmake)
#   add_library(kg_leaders ... ${KG_LEADERS_REPORT_SOURCES})
# Not needed when tools/leaders/CMakeLists.txt globs its *.cc. Needs kg_text (UTF-8, Fold).
set(KG_LEADERS_REPORT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/html_escape.cc
    ${CMAKE_CURRENT_LIST_DIR}/report_context.cc
    ${CMAKE_CURRENT_LIST_DIR}/report_html.cc
    ${CMAKE_CURRENT_LIST_DIR}/report_measures_html.cc
    ${CMAKE_CURRENT_LIST_DIR}/report_province_html.cc
    ${CMAKE_CURRENT_LIST_DIR}/report_style.cc
    ${CMAKE_CURRENT_LIST_DIR}/report_svg_timeline.cc
    ${CMAKE_CURRENT_LIST_DIR}/report_time_scale.cc
    ${CMAKE_CURRENT_LIST_DIR}/report_unplaced_html.cc)
