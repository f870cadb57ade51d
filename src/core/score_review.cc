#include "evalscore/review.h"

namespace evalscore {

ReviewedScore ScoreReview(const Project& project, const ProjectScore& score,
                          const RuleProfile& profile) {
  ReviewedScore r;
  double sum = 0;
  size_t i = 0;  // score.indicators follows the rows in document order
  for (const IndicatorCategory& cat : project.categories) {
    for (const IndicatorGroup& group : cat.groups) {
      for (const Indicator& ind : group.indicators) {
        if (i >= score.indicators.size()) break;
        const IndicatorScore& s = score.indicators[i++];
        const bool counts = s.status == IndicatorStatus::kScored ||
                            s.status == IndicatorStatus::kFallback ||
                            s.status == IndicatorStatus::kError;
        if (ind.review_score) r.any = true;
        if (!counts) continue;
        ++r.rows_counted;
        if (ind.review_score) ++r.rows_reviewed;
        sum += ind.review_score ? ind.review_score->value : s.score;
      }
    }
  }
  if (!r.any) return r;
  const RoundingRules& rounding = profile.rounding;
  r.indicator_score = RoundScore(sum * score.rescale, rounding.score_decimals, rounding.score_mode);
  r.total = r.indicator_score + (score.budget.counts ? score.budget.score : 0);
  r.total = RoundScore(r.total, rounding.score_decimals, rounding.score_mode);
  r.grade = GradeFor(r.total, profile.grades);
  return r;
}

}  // namespace evalscore
