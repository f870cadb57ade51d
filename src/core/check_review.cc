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
            {"ES801.review_above_points",
             {TextArg("indicator", s.name), NumArg("review", review), NumArg("points", points)}},
            review, points);
    } else if (review < points - 1e-9 &&
               (!ind.review_comment || ind.review_comment->value.empty())) {
      c.Add("ES802", ind.review_score->where,
            {"ES802.no_review_comment",
             {TextArg("indicator", s.name), NumArg("review", review), NumArg("points", points)}});
    }
  }
  if (reviewed == 0) return;
  if (unreviewed > 0) {
    c.Add("ES803", first_reviewed,
          {unreviewed == 1 ? "ES803.unreviewed_one" : "ES803.unreviewed_many",
           {CountArg("rows", static_cast<long long>(unreviewed))}});
  }
  const auto& block = c.project.review;
  if (!block || !block->reviewer || !block->date) {
    c.Add("ES804", block ? block->where : first_reviewed, {"ES804.no_reviewer", {}});
  }
}

}  // namespace evalscore
