// The cap of 总分 by execution rate (budget.execution_caps), seen in a
// provincial platform's manual: 70–80% → at most 89, 60–70% → 79, < 60% → 69,
// < 50% → 59; the part above the cap is deducted.
#include "evalscore/score.h"

namespace evalscore {

void ApplyExecutionCap(ProjectScore* score, const RuleProfile& profile) {
  const std::vector<BudgetRules::ExecutionCap>& caps = profile.budget.execution_caps;
  if (caps.empty() || score->budget.status != BudgetStatus::kScored) return;
  const double rate = score->budget.rate_used;
  std::optional<double> cap;
  for (const BudgetRules::ExecutionCap& band : caps) {
    if (rate < band.below && (!cap || band.max_total < *cap)) cap = band.max_total;
  }
  if (!cap) return;
  score->totals.execution_cap = cap;
  if (score->totals.total <= *cap) return;
  score->totals.uncapped_total = score->totals.total;
  score->totals.total = *cap;
  score->totals.grade = GradeFor(score->totals.total, profile.grades);
}

}  // namespace evalscore
