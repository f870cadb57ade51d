// Command-line parse errors (CLI11's own messages) in the tool's format and
// language: "evalscore: error: …" / "evalscore: 错误: …", with a pointer to
// --help.
#ifndef EVALSCORE_CLI_USAGE_ERRORS_H_
#define EVALSCORE_CLI_USAGE_ERRORS_H_

#include <string>

#include "cli/style.h"

namespace evalscore::cli {

// The lines to print on stderr for CLI11's error text `cli11_what`.
std::string UsageErrorText(const std::string& cli11_what, Lang lang);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_USAGE_ERRORS_H_
