// The whole command line: int Run(args, in, out, err) so tests can call it
// in-process. main() only forwards to it.
#ifndef EVALSCORE_CLI_RUN_H_
#define EVALSCORE_CLI_RUN_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

namespace evalscore::cli {

// Exit codes (documented in the README).
enum class ExitCode : int {
  kOk = 0,          // every input scored, every gate passed
  kGateFailed = 1,  // every input scored, at least one failed a gate (--fail-under)
  kInputError = 2,  // at least one input could not be scored (the rest still reported)
  kUsage = 3,       // bad usage, a broken rule profile or config, an internal error
};

// `args[0]` is the program name.
int Run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_RUN_H_
