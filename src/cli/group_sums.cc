#include "cli/group_sums.h"

#include <cmath>

namespace evalscore::cli {

std::optional<double> ReportedGroupSum(const ProjectScore& score, const std::string& category,
                                       const std::string& group) {
  std::optional<double> sum;
  for (const IndicatorScore& s : score.indicators) {
    if (s.category != category || s.group != group || !s.reported) continue;
    if (s.status == IndicatorStatus::kUnscored || s.status == IndicatorStatus::kNotApplicable) {
      continue;
    }
    sum = sum.value_or(0) + *s.reported;
  }
  return sum;
}

bool GroupSumDiffers(const ProjectScore& score, const CategoryScore& cat, const GroupScore& group,
                     double tolerance) {
  const std::optional<double> printed = ReportedGroupSum(score, cat.name, group.name);
  return printed && std::fabs(*printed - group.score) > tolerance + 1e-9;
}

}  // namespace evalscore::cli
