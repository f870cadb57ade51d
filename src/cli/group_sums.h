// The unit's printed 得分 of a level (二级 group) added up, to set beside the
// recomputed sum in text and explain output.
#ifndef EVALSCORE_CLI_GROUP_SUMS_H_
#define EVALSCORE_CLI_GROUP_SUMS_H_

#include <optional>
#include <string>

#include "evalscore/score.h"

namespace evalscore::cli {

// Σ reported 得分 of the rows of group `group` of category `category` that
// count toward the total; nullopt when none of them printed a 得分.
std::optional<double> ReportedGroupSum(const ProjectScore& score, const std::string& category,
                                       const std::string& group);

// True when the printed sum differs from the recomputed one by more than `tolerance`.
bool GroupSumDiffers(const ProjectScore& score, const CategoryScore& cat, const GroupScore& group,
                     double tolerance);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_GROUP_SUMS_H_
