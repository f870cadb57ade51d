// Batch summaries grouped by 主管部门, 实施单位 or year (--group-by).
#ifndef EVALSCORE_CLI_GROUP_SUMMARY_H_
#define EVALSCORE_CLI_GROUP_SUMMARY_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli/file_report.h"

namespace evalscore::cli {

enum class GroupBy { kNone, kDepartment, kUnit, kYear };

struct GroupRow {
  std::string key;  // the department, unit or year; "(none)" when the form has none
  size_t projects = 0;
  size_t errors = 0;  // inputs that could not be scored are not grouped: counted here
  double total_sum = 0;
  size_t rate_count = 0;  // projects with an execution rate
  double rate_sum = 0;
  size_t below = 0;                      // totals below the threshold
  std::map<std::string, size_t> grades;  // grade -> projects
  size_t reported_count = 0;             // projects with a reported 总分
  double over_sum = 0;                   // Σ (reported − recomputed) over them
  size_t overstating = 0;  // projects whose reported 总分 is above the recomputed one

  double MeanTotal() const { return projects ? total_sum / static_cast<double>(projects) : 0; }
  // Mean of reported − recomputed over the projects with a reported 总分.
  std::optional<double> MeanOverstatement() const {
    if (reported_count == 0) return std::nullopt;
    return over_sum / static_cast<double>(reported_count);
  }
  std::optional<double> MeanRate() const {
    if (rate_count == 0) return std::nullopt;
    return rate_sum / static_cast<double>(rate_count);
  }
};

// Accumulates scored reports into groups. `threshold`: totals below it are
// counted in GroupRow::below (--fail-under, else 60, the 中 band's floor).
class GroupSummary {
 public:
  GroupSummary(GroupBy by, double threshold) : by_(by), threshold_(threshold) {}

  void Add(const FileReport& r);
  // Groups sorted by key; inputs that could not be scored are counted in a
  // last row "(could not be scored)".
  std::vector<GroupRow> Rows() const;
  GroupBy by() const { return by_; }
  double threshold() const { return threshold_; }
  // The grade names in the order of the profile's bands, as first seen.
  const std::vector<std::string>& grade_order() const { return grade_order_; }

 private:
  GroupBy by_;
  double threshold_;
  std::map<std::string, GroupRow> groups_;
  size_t errors_ = 0;
  std::vector<std::string> grade_order_;
};

// "department", "unit", "year".
const char* GroupByName(GroupBy by);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_GROUP_SUMMARY_H_
