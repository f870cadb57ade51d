#include "evalscore/score.h"

namespace evalscore {
namespace {

// Rows whose points and score enter the totals.
bool Counts(const IndicatorScore& s) {
  return s.status == IndicatorStatus::kScored || s.status == IndicatorStatus::kFallback ||
         s.status == IndicatorStatus::kError;
}

}  // namespace

ProjectScore ScoreProject(const Project& project, const RuleProfile& profile) {
  ProjectScore result;
  result.budget = ScoreBudget(project, profile);
  const std::vector<RowPoints> points = ResolveRowPoints(project, profile.indicators.level_split);
  size_t row = 0;
  double applicable_points = 0;
  double na_points = 0;
  for (const IndicatorCategory& cat : project.categories) {
    CategoryScore cs{cat.name.value, cat.weight, 0, 0, {}, cat.block};
    for (const IndicatorGroup& group : cat.groups) {
      GroupScore gs{group.name.value, group.weight, 0, 0};
      for (const Indicator& ind : group.indicators) {
        const RowPoints& rp = points[row++];
        RowContext context{group.name.value, rp.points, rp.implied, rp.from};
        IndicatorScore s = ScoreIndicator(ind, profile, context);
        s.category = cat.name.value;
        if (s.points_implied && !s.blank) ++result.totals.implied_rows;
        if (Counts(s)) {
          gs.points += s.points;
          gs.score += s.score;
          applicable_points += s.points;
          result.totals.indicator_sum += s.score;
        } else if (s.status == IndicatorStatus::kNotApplicable) {
          na_points += s.points;
          if (profile.indicators.not_applicable == NotApplicablePolicy::kZero) {
            gs.points += s.points;
            applicable_points += s.points;
          }
        }
        result.indicators.push_back(std::move(s));
      }
      cs.points += gs.points;
      cs.score += gs.score;
      cs.groups.push_back(std::move(gs));
    }
    result.categories.push_back(std::move(cs));
  }
  const RoundingRules& r = profile.rounding;
  result.totals.indicator_points = applicable_points;
  result.totals.na_points = na_points;
  if (profile.indicators.not_applicable == NotApplicablePolicy::kRescale && na_points > 0 &&
      applicable_points > 0) {
    result.totals.rescale = (applicable_points + na_points) / applicable_points;
    result.totals.indicator_points = applicable_points + na_points;
  }
  result.totals.indicator_score = RoundScore(result.totals.indicator_sum * result.totals.rescale,
                                             r.score_decimals, r.score_mode);
  result.totals.total = result.totals.indicator_score;
  result.totals.max_total = result.totals.indicator_points;
  if (result.budget.counts) {
    result.totals.total += result.budget.score;
    result.totals.max_total += result.budget.points;
  }
  result.totals.total = RoundScore(result.totals.total, r.score_decimals, r.score_mode);
  result.totals.grade = GradeFor(result.totals.total, profile.grades);
  ApplyExecutionCap(&result, profile);
  return result;
}

}  // namespace evalscore
