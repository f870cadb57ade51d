// The gates of a run (--fail-under, --fail-level/--strict, `check`'s default)
// and which of them a project fails: one answer for the exit code, stderr and
// every machine-readable format.
#ifndef EVALSCORE_CLI_GATE_H_
#define EVALSCORE_CLI_GATE_H_

#include <optional>
#include <string>
#include <vector>

#include "cli/file_report.h"

namespace evalscore::cli {

struct Gates {
  std::optional<double> fail_under;    // a project fails when its total < this
  std::optional<Severity> fail_level;  // ... or has a finding at or above this
};

// The gates `report` fails, by option name ("fail_under", "fail_level"), in
// that order; empty when it passes or could not be scored.
std::vector<std::string> FailedGates(const FileReport& report, const Gates& gates);

// The exit code the run ends with, as documented: 2 when an input could not be
// scored, else 1 when a project failed a gate, else 0.
int VerdictExitCode(size_t unscorable, size_t failed);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_GATE_H_
