#include "cli/batch_summary.h"

#include <algorithm>

namespace evalscore::cli {

void BatchSummary::Add(const FileReport& report) {
  ++files;
  groups.Add(report);
  if (report.status != FileStatus::kScored) {
    ++unscorable;
    unscorable_paths.push_back(report.path);
    return;
  }
  ++scored;
  const double total = report.eval.totals.total;
  total_sum += total;
  min_total = std::min(min_total.value_or(total), total);
  max_total = std::max(max_total.value_or(total), total);
  ++grades[report.eval.totals.grade];
  errors += report.Count(Severity::kError);
  warnings += report.Count(Severity::kWarning);
  infos += report.Count(Severity::kInfo);
  const std::vector<std::string> failed = FailedGates(report, gates);
  for (const std::string& gate : failed) {
    if (gate == "fail_under") {
      ++below;
      below_paths.push_back(report.path);
    } else {
      ++gated;
      gated_paths.insert(report.path);
    }
  }
  if (!failed.empty()) failed_paths.push_back(report.path);
}

void BatchSummary::AddBatch(const std::vector<BatchFinding>& findings) {
  for (const BatchFinding& f : findings) {
    const Severity s = f.diagnostic.severity;
    ++(s == Severity::kError ? errors : s == Severity::kWarning ? warnings : infos);
    if (gates.fail_level && s >= *gates.fail_level && gated_paths.insert(f.file).second) {
      ++gated;
      if (std::find(failed_paths.begin(), failed_paths.end(), f.file) == failed_paths.end()) {
        failed_paths.push_back(f.file);
      }
    }
  }
}

std::optional<double> BatchSummary::MeanTotal() const {
  if (scored == 0) return std::nullopt;
  return total_sum / static_cast<double>(scored);
}

int BatchSummary::ExitCode() const { return VerdictExitCode(unscorable, failed_paths.size()); }

}  // namespace evalscore::cli
