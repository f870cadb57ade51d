#include "cli/sorted_inputs.h"

#include <algorithm>
#include <utility>

namespace evalscore::cli {

double SortValue(const FileReport& r, SortKey key) {
  if (r.status != FileStatus::kScored) return -1e300;
  if (key == SortKey::kTotal) return r.eval.totals.total;
  return r.eval.project.reported_total ? r.eval.project.reported_total->value - r.eval.totals.total
                                       : -1e299;
}

std::vector<Input> SortedInputs(const std::vector<Input>& inputs, unsigned jobs,
                                const ScoreOne& score, SortKey key) {
  std::vector<std::pair<double, size_t>> values;
  values.reserve(inputs.size());
  // One value per input: a workbook holding several forms sorts by its first.
  const ScoreOne first = [&](const Input& input) {
    std::vector<FileReport> reports = score(input);
    if (reports.size() > 1) reports.resize(1);
    // An input that gives no report (an evalscore report met in a directory
    // scan) keeps its place; the second pass renders nothing for it.
    if (reports.empty()) reports.emplace_back();
    return reports;
  };
  RunBatch(inputs, jobs, first,
           [&](const FileReport& r) { values.emplace_back(SortValue(r, key), values.size()); });
  if (values.size() != inputs.size()) return inputs;  // an input gave no report: keep the order
  std::stable_sort(values.begin(), values.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<Input> sorted;
  sorted.reserve(inputs.size());
  for (const auto& v : values) sorted.push_back(inputs[v.second]);
  return sorted;
}

}  // namespace evalscore::cli
