// The statistics of a batch run, computed once as the reports come in: what
// the text summary line, the JSON "summary", the grouped tables and the exit
// code all read (run.cc feeds it; the renderers get it through RenderOptions).
#ifndef EVALSCORE_CLI_BATCH_SUMMARY_H_
#define EVALSCORE_CLI_BATCH_SUMMARY_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "evalscore/batch_check.h"

#include "cli/file_report.h"
#include "cli/gate.h"
#include "cli/group_summary.h"

namespace evalscore::cli {

struct BatchSummary {
  BatchSummary(const Gates& run_gates, GroupBy by, double group_threshold)
      : gates(run_gates), groups(by, group_threshold) {}

  // One report, in the order the renderers get them.
  void Add(const FileReport& report);
  // The batch checks' findings (after every report): counted with the findings
  // of the form they are located at, and against the finding gate.
  void AddBatch(const std::vector<BatchFinding>& findings);

  std::optional<double> MeanTotal() const;
  // 2 when an input could not be scored, else 1 when a project failed a gate,
  // else 0 (VerdictExitCode).
  int ExitCode() const;

  Gates gates;
  size_t files = 0;  // reports (a workbook with several forms gives several)
  size_t scored = 0;
  size_t unscorable = 0;
  // Findings of the scored forms at each severity, the batch findings included.
  size_t errors = 0, warnings = 0, infos = 0;
  double total_sum = 0;  // Σ totals of the scored forms, in the order added
  std::optional<double> min_total, max_total;
  std::map<std::string, size_t> grades;  // grade -> scored forms
  size_t below = 0;                      // scored totals below --fail-under
  size_t gated = 0;                      // forms with a finding at or above --fail-level
  std::vector<std::string> unscorable_paths;
  std::vector<std::string> below_paths;  // below --fail-under
  std::set<std::string> gated_paths;     // with a finding at or above --fail-level
  // Each form failing a gate, in the order added; then the files only the batch
  // findings put over --fail-level.
  std::vector<std::string> failed_paths;
  GroupSummary groups;  // --group-by
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_BATCH_SUMMARY_H_
