#include "cli/gate.h"

#include <algorithm>

namespace evalscore::cli {

std::vector<std::string> FailedGates(const FileReport& report, const Gates& gates) {
  std::vector<std::string> failed;
  if (report.status != FileStatus::kScored) return failed;
  if (gates.fail_under && report.eval.totals.total < *gates.fail_under)
    failed.push_back("fail_under");
  if (gates.fail_level &&
      std::any_of(report.eval.diagnostics.begin(), report.eval.diagnostics.end(),
                  [&](const Diagnostic& d) { return d.severity >= *gates.fail_level; })) {
    failed.push_back("fail_level");
  }
  return failed;
}

int VerdictExitCode(size_t unscorable, size_t failed) {
  if (unscorable > 0) return 2;
  return failed > 0 ? 1 : 0;
}

}  // namespace evalscore::cli
