// The statistics of a batch run, computed once as the reports come in: what
// the text summary line, the JSON "summary", the grouped tables and the exit
// code all read (run.cc feeds it; the renderers get it through RenderOptions).
#ifndef EVALSCORE_CLI_BATCH_SUMMARY_H_
#define EVALSCORE_CLI_BATCH_SUMMARY_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "evalscore/batch_check.h"

#include "cli/file_report.h"
#include "cli/gate.h"
#include "cli/group_summary.h"
#include "cli/path_list.h"

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
  // The paths of the forms in each verdict, spooled (path_list.h): a batch
  // where every form fails costs memory only the offsets.
  PathList unscorable_paths;
  PathList below_paths;  // below --fail-under
  // The first PathList::kShown of the paths with a finding at or above
  // --fail-level, in path order (`gated` counts them all).
  std::set<std::string> gated_first;
  size_t gated_files = 0;  // the paths with such a finding (a workbook's forms share one)
  // Each form failing a gate, in the order added; then the files only the batch
  // findings put over --fail-level.
  PathList failed_paths;
  GroupSummary groups;  // --group-by

 private:
  // A batch finding at or above --fail-level at `path` gates its form (once).
  void GateByBatch(const std::string& path);
  // The entries of failed_paths that are `path`, in order.
  std::vector<size_t> FindFailed(const std::string& path);
  void NoteGated(const std::string& path);

  std::vector<bool> failed_gated_;  // per failed_paths entry: it is gated
  // failed_paths by the hash of the path, made at the first batch finding
  // that gates (the batch findings come after every report).
  std::unordered_multimap<size_t, size_t> failed_index_;
  bool indexed_ = false;
  std::string last_gated_;  // the path NoteGated saw last
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_BATCH_SUMMARY_H_
