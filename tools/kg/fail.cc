#include "tools/kg/fail.h"

#include <iostream>

namespace kg::tools {

int Fail(std::string_view command, const std::string& message, int exit_status) {
  std::cerr << "kg " << command << ": " << message << "\n";
  return exit_status;
}

int FailUsage(std::string_view command, const std::string& message, std::string_view usage) {
  std::cerr << "kg " << command << ": " << message << "\n" << usage << "\n";
  return kExitUsage;
}

}  // namespace kg::tools
