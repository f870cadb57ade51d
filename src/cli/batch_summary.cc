#include "cli/batch_summary.h"

#include <algorithm>
#include <functional>
#include <iterator>

namespace evalscore::cli {

void BatchSummary::Add(const FileReport& report) {
  ++files;
  groups.Add(report);
  if (report.status != FileStatus::kScored) {
    ++unscorable;
    unscorable_paths.Add(report.path);
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
  bool gated_here = false;
  for (const std::string& gate : failed) {
    if (gate == "fail_under") {
      ++below;
      below_paths.Add(report.path);
    } else {
      ++gated;
      gated_here = true;
      NoteGated(report.path);
    }
  }
  if (failed.empty()) return;
  failed_paths.Add(report.path);
  failed_gated_.push_back(gated_here);
  if (indexed_)
    failed_index_.emplace(std::hash<std::string>{}(report.path), failed_paths.size() - 1);
}

void BatchSummary::NoteGated(const std::string& path) {
  // The forms of one file (a workbook's) come one after the other.
  if (path != last_gated_) ++gated_files;
  last_gated_ = path;
  gated_first.insert(path);
  if (gated_first.size() > PathList::kShown) gated_first.erase(std::prev(gated_first.end()));
}

std::vector<size_t> BatchSummary::FindFailed(const std::string& path) {
  if (!indexed_) {
    for (size_t i = 0; i < failed_paths.size(); ++i) {
      failed_index_.emplace(std::hash<std::string>{}(failed_paths.At(i)), i);
    }
    indexed_ = true;
  }
  std::vector<size_t> found;
  const auto [from, to] = failed_index_.equal_range(std::hash<std::string>{}(path));
  for (auto it = from; it != to; ++it) {
    if (failed_paths.At(it->second) == path) found.push_back(it->second);
  }
  std::sort(found.begin(), found.end());
  return found;
}

void BatchSummary::GateByBatch(const std::string& path) {
  const std::vector<size_t> entries = FindFailed(path);
  for (size_t i : entries) {
    if (failed_gated_[i]) return;  // gated already: counted once
  }
  if (!entries.empty()) {
    failed_gated_[entries.front()] = true;
  } else {
    failed_paths.Add(path);
    failed_gated_.push_back(true);
    failed_index_.emplace(std::hash<std::string>{}(path), failed_paths.size() - 1);
  }
  ++gated;
  NoteGated(path);
}

void BatchSummary::AddBatch(const std::vector<BatchFinding>& findings) {
  for (const BatchFinding& f : findings) {
    const Severity s = f.diagnostic.severity;
    ++(s == Severity::kError ? errors : s == Severity::kWarning ? warnings : infos);
    if (gates.fail_level && s >= *gates.fail_level) GateByBatch(f.file);
  }
}

std::optional<double> BatchSummary::MeanTotal() const {
  if (scored == 0) return std::nullopt;
  return total_sum / static_cast<double>(scored);
}

int BatchSummary::ExitCode() const { return VerdictExitCode(unscorable, failed_paths.size()); }

}  // namespace evalscore::cli
