// The reviewer's columns (复核得分, 复核意见, the review: block) checked: a
// review score within the row's 分值, a reason for every deduction, every
// scored row reviewed once reviewing has started, and who reviewed it.
#include "check_context.h"

namespace evalscore {

void CheckReview(CheckContext& c) {
  size_t reviewed = 0, unreviewed = 0;
  Location first_reviewed;
  for (const CheckContext::Row& row : c.Rows()) {
    const Indicator& ind = *row.indicator;
    const IndicatorScore& s = *row.score;
    if (!ind.review_score) {
      if (s.status == IndicatorStatus::kScored || s.status == IndicatorStatus::kFallback ||
          s.status == IndicatorStatus::kError) {
        ++unreviewed;
      }
      continue;
    }
    if (reviewed++ == 0) first_reviewed = ind.review_score->where;
    const double review = ind.review_score->value;
    const double points = ind.points ? ind.points->value : 0;
    if (review > points + 1e-9) {
      c.Add("ES801", ind.review_score->where,
            "'" + s.name + "': 复核得分 " + Num(review) + " is above its 分值 " + Num(points),
            review, points);
    } else if (review < points - 1e-9 &&
               (!ind.review_comment || ind.review_comment->value.empty())) {
      c.Add("ES802", ind.review_score->where,
            "'" + s.name + "': 复核得分 " + Num(review) + " of " + Num(points) +
                " without a 复核意见 (the reason of the deduction)");
    }
  }
  if (reviewed == 0) return;
  if (unreviewed > 0) {
    c.Add("ES803", first_reviewed,
          std::to_string(unreviewed) + (unreviewed == 1 ? " scored row has" : " scored rows have") +
              " no 复核得分; the recomputed score stands for it in the reviewed total");
  }
  const auto& block = c.project.review;
  if (!block || !block->reviewer || !block->date) {
    c.Add("ES804", block ? block->where : first_reviewed,
          "复核得分 recorded without a reviewer and date (review: {reviewer, date})");
  }
}

}  // namespace evalscore
