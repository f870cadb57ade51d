#include "cli/group_summary.h"

#include <algorithm>

namespace evalscore::cli {

const char* GroupByName(GroupBy by) {
  switch (by) {
    case GroupBy::kDepartment:
      return "department";
    case GroupBy::kUnit:
      return "unit";
    case GroupBy::kYear:
      return "year";
    case GroupBy::kNone:
      break;
  }
  return "";
}

void GroupSummary::Add(const FileReport& r) {
  if (r.status != FileStatus::kScored) {
    ++errors_;
    return;
  }
  const Project& p = r.eval.project;
  std::string key;
  switch (by_) {
    case GroupBy::kDepartment:
      key = p.department ? p.department->value : "";
      break;
    case GroupBy::kUnit:
      key = p.unit ? p.unit->value : "";
      break;
    case GroupBy::kYear:
      key = p.year ? std::to_string(p.year->value) : "";
      break;
    case GroupBy::kNone:
      break;
  }
  if (key.empty()) key = "(none)";
  GroupRow& g = groups_[key];
  g.key = key;
  ++g.projects;
  g.total_sum += r.eval.totals.total;
  if (r.eval.funds.status == BudgetStatus::kScored) {
    ++g.rate_count;
    g.rate_sum += r.eval.funds.rate;
  }
  if (r.eval.totals.total < threshold_) ++g.below;
  if (p.reported_total) {
    const double over = p.reported_total->value - r.eval.totals.total;
    ++g.reported_count;
    g.over_sum += over;
    const double tolerance = r.profile ? r.profile->checks.score_tolerance : 0.01;
    if (over > tolerance + 1e-9) ++g.overstating;
  }
  ++g.grades[r.eval.totals.grade];
  if (r.profile) {
    for (const GradeBand& band : r.profile->grades) {
      if (std::find(grade_order_.begin(), grade_order_.end(), band.name) == grade_order_.end()) {
        grade_order_.push_back(band.name);
      }
    }
  }
}

std::vector<GroupRow> GroupSummary::Rows() const {
  std::vector<GroupRow> rows;
  for (const auto& [key, row] : groups_) rows.push_back(row);
  if (errors_ > 0) {
    GroupRow errors;
    errors.key = "(could not be scored)";
    errors.errors = errors_;
    rows.push_back(errors);
  }
  return rows;
}

}  // namespace evalscore::cli
