#include "evalscore/review.h"

namespace evalscore {

ReviewedScore ScoreReview(const Evaluation& e, const RuleProfile& profile) {
  ReviewedScore r;
  double sum = 0;
  e.ForEachRow([&](const RowEvaluation& row) {
    const Indicator& ind = *row.form;
    if (ind.review_score) r.any = true;
    if (!CountsTowardTotal(row.score)) return;
    ++r.rows_counted;
    if (ind.review_score) ++r.rows_reviewed;
    sum += ind.review_score ? ind.review_score->value : row.score.score;
  });
  if (!r.any) return r;
  const RoundingRules& rounding = profile.rounding;
  r.indicator_score =
      RoundScore(sum * e.totals.rescale, rounding.score_decimals, rounding.score_mode);
  r.total = r.indicator_score + (e.funds.counts ? e.funds.score : 0);
  r.total = RoundScore(r.total, rounding.score_decimals, rounding.score_mode);
  r.grade = GradeFor(r.total, profile.grades);
  return r;
}

}  // namespace evalscore
