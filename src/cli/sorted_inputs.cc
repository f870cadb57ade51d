#include "cli/sorted_inputs.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace evalscore::cli {

double SortValue(const FileReport& r, SortKey key) {
  if (r.status != FileStatus::kScored) return -1e300;
  if (key == SortKey::kTotal) return r.eval.totals.total;
  return r.eval.project.reported_total ? r.eval.project.reported_total->value - r.eval.totals.total
                                       : -1e299;
}

namespace {

// `v` as sorted: a NaN (not expected of a score) goes last, so the order is
// a strict weak one whatever the values.
double Orderable(double v) { return std::isnan(v) ? -std::numeric_limits<double>::infinity() : v; }

}  // namespace

std::optional<InputOrder> SortedInputs(const InputList& inputs, unsigned jobs,
                                       const ScoreOne& score, SortKey key) {
  if (inputs.size() > std::numeric_limits<InputOrder::value_type>::max()) return std::nullopt;
  std::vector<double> values;
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
           [&](const FileReport& r) { values.push_back(Orderable(SortValue(r, key))); });
  if (values.size() != inputs.size()) return std::nullopt;  // not reached: `first` gives one each
  InputOrder order(inputs.size());
  std::iota(order.begin(), order.end(), InputOrder::value_type{0});
  // Largest first; the index breaks ties, which makes the sort stable
  // without the buffer std::stable_sort takes.
  std::sort(order.begin(), order.end(), [&](InputOrder::value_type a, InputOrder::value_type b) {
    if (values[a] != values[b]) return values[a] > values[b];
    return a < b;
  });
  return order;
}

}  // namespace evalscore::cli
