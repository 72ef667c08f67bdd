// How a kg command reports that it cannot go on: one line on stderr,
// `kg <command>: <message>`, and the exit status to return. Usage errors print
// the command's usage after the line.
#pragma once

#include <string>
#include <string_view>

namespace kg::tools {

inline constexpr int kExitFailure = 1;  // the work could not be done (a file, a query, …)
inline constexpr int kExitUsage = 2;    // the command line is wrong

// Prints "kg <command>: <message>" and returns `exit_status`.
int Fail(std::string_view command, const std::string& message, int exit_status = kExitFailure);

// Prints "kg <command>: <message>", then `usage`, and returns kExitUsage.
int FailUsage(std::string_view command, const std::string& message, std::string_view usage);

}  // namespace kg::tools
