// Internal: the reviewer's columns of a project file (复核, issue 16), read by
// the project loader: per row `review_score` (复核得分) and `review_comment`
// (复核意见), and the `review:` block (复核人, 复核日期, 复核意见).
#ifndef EVALSCORE_CORE_LOAD_REVIEW_H_
#define EVALSCORE_CORE_LOAD_REVIEW_H_

#include <optional>

#include "evalscore/project.h"
#include "evalscore/result.h"

#include "yaml_map.h"

namespace evalscore {

// Reads review_score and review_comment of an indicator row into `ind`.
void ReadRowReview(const MapReader& row, Indicator* ind, Errors* errors);

// Reads the `review:` block; errors (a non-mapping, unknown keys) go to `errors`.
std::optional<ReviewBlock> ReadReviewBlock(const yaml::Node& node, Errors* errors);

}  // namespace evalscore

#endif  // EVALSCORE_CORE_LOAD_REVIEW_H_
