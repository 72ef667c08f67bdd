#include "extract/recognise/outlets.h"

#include <unordered_map>

#include "extract/recognise/tsv_table.h"
#include "extract/text/normalize.h"

namespace kg::extract {

// The table's text, compiled in from extract/data/outlets.tsv (see CMakeLists.txt).
extern const char kOutletsTsv[];

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

const std::unordered_map<std::string, std::string>& ByDomain() {
  static const std::unordered_map<std::string, std::string> table = [] {
    std::unordered_map<std::string, std::string> m;
    for (const auto& fields : TsvRows(kOutletsTsv))
      if (fields.size() >= 2) m.emplace(Lower(fields[0]), text::ToNfc(fields[1]));
    return m;
  }();
  return table;
}

// "https://www.baoquangninh.vn/x" -> "baoquangninh.vn"
std::string HostOf(std::string_view url) {
  if (size_t scheme = url.find("://"); scheme != std::string_view::npos)
    url.remove_prefix(scheme + 3);
  size_t end = url.find_first_of("/?#:");
  if (end != std::string_view::npos) url = url.substr(0, end);
  return Lower(url);
}

std::string Lookup(std::string host) {
  const auto& table = ByDomain();
  // the host, then its parent domains: "tintuc.binhdinh.gov.vn" -> "binhdinh.gov.vn"
  while (!host.empty()) {
    if (auto it = table.find(host); it != table.end()) return it->second;
    size_t dot = host.find('.');
    if (dot == std::string::npos) break;
    host.erase(0, dot + 1);
    if (host.find('.') == std::string::npos) break;  // never a bare "vn"
  }
  return {};
}

}  // namespace

std::string OutletProvince(std::string_view site, std::string_view url) {
  if (!site.empty())
    if (std::string p = Lookup(HostOf(site)); !p.empty()) return p;
  if (!url.empty()) return Lookup(HostOf(url));
  return {};
}

}  // namespace kg::extract
