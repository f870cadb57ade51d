#include <algorithm>

#include "evalscore/score.h"

namespace evalscore {
namespace {

const OptNumber& Denominator(const FundsRow& row, BudgetDenominator d) {
  switch (d) {
    case BudgetDenominator::kAdjusted:
      return row.adjusted;
    case BudgetDenominator::kInitial:
      return row.initial;
    case BudgetDenominator::kBudget:
      break;
  }
  return row.budget;
}

double RoundRate(double rate, RateRounding r) {
  switch (r) {
    case RateRounding::kPercent2dp:
      return RoundScore(rate * 100, 2, RoundMode::kHalfUp) / 100;
    case RateRounding::kPercentInt:
      return RoundScore(rate * 100, 0, RoundMode::kHalfUp) / 100;
    case RateRounding::kNone:
      break;
  }
  return rate;
}

// The denominator column actually used on `row` (adjusted falls back to budget).
const OptNumber* DenominatorOf(const FundsRow& row, BudgetDenominator d, bool* fell_back) {
  const OptNumber* denominator = &Denominator(row, d);
  if (!*denominator && d == BudgetDenominator::kAdjusted && row.budget) {
    denominator = &row.budget;  // forms without a separate 调整后预算数 column
    *fell_back = true;
  }
  return denominator;
}

// Σ of one column over the breakdown rows; nullopt when no row has it.
OptNumber BreakdownSum(const Funds& f, BudgetDenominator d, bool executed) {
  OptNumber sum;
  for (const auto& [kind, row] : f.breakdown) {
    bool fell_back = false;
    const OptNumber& v = executed ? row.executed : *DenominatorOf(row, d, &fell_back);
    if (!v) continue;
    if (!sum) sum = Located<double>{0, v->where};
    sum->value += v->value;
  }
  return sum;
}

// A total row left blank or zero-filled while the breakdown rows carry the
// amounts (D9, M8): the amounts are taken from the breakdown.
FundsRow TotalOrBreakdown(const Funds& f, BudgetDenominator d, BudgetScore* b) {
  FundsRow row = *f.total;
  bool fell_back = false;
  const OptNumber* denominator = DenominatorOf(row, d, &fell_back);
  const OptNumber den_sum = BreakdownSum(f, d, false);
  const OptNumber exec_sum = BreakdownSum(f, d, true);
  const bool den_blank = !*denominator || (*denominator)->value == 0;
  if (den_blank && den_sum && den_sum->value > 0) {
    row.adjusted = row.initial = std::nullopt;
    row.budget = den_sum;
    if (d == BudgetDenominator::kAdjusted) row.adjusted = den_sum;
    if (d == BudgetDenominator::kInitial) row.initial = den_sum;
    row.executed = exec_sum;
    b->from_breakdown = b->denominator_from_breakdown = true;
    b->executed_from_breakdown = exec_sum.has_value();
  } else if (!row.executed && exec_sum) {
    row.executed = exec_sum;
    b->from_breakdown = b->executed_from_breakdown = true;
  }
  return row;
}

}  // namespace

BudgetScore ScoreFundsRow(const FundsRow& row, double points, const RuleProfile& profile) {
  BudgetScore b;
  b.points = points;
  b.denominator_used = profile.budget.denominator;
  const OptNumber* denominator = DenominatorOf(row, b.denominator_used, &b.denominator_fell_back);
  if (!*denominator || !row.executed) {
    b.status = BudgetStatus::kIncomplete;
    return b;
  }
  b.denominator = (*denominator)->value;
  b.executed = row.executed->value;
  if (b.denominator == 0) {
    b.status = profile.budget.zero_budget == ZeroBudgetPolicy::kNotApplicable
                   ? BudgetStatus::kNotApplicable
                   : BudgetStatus::kZeroBudget;
    return b;
  }
  b.status = BudgetStatus::kScored;
  b.rate = b.executed / b.denominator;
  b.rate_used = RoundRate(b.rate, profile.rounding.rate);
  b.raw = b.rate_used * b.points;
  double capped = b.raw;
  if (profile.budget.cap && capped > b.points) {
    capped = b.points;
    b.capped = true;
  }
  b.score = RoundScore(capped, profile.rounding.score_decimals, profile.rounding.score_mode);
  return b;
}

BudgetScore ScoreBudget(const Project& project, const RuleProfile& profile) {
  BudgetScore missing;
  missing.points = profile.budget.points;
  missing.denominator_used = profile.budget.denominator;
  if (!project.funds || !project.funds->total) return missing;  // kMissing
  const Funds& funds = *project.funds;
  BudgetScore flags;
  const FundsRow row = TotalOrBreakdown(funds, profile.budget.denominator, &flags);
  BudgetScore b = ScoreFundsRow(row, profile.budget.points, profile);
  b.from_breakdown = flags.from_breakdown;
  b.executed_from_breakdown = flags.executed_from_breakdown;
  b.denominator_from_breakdown = flags.denominator_from_breakdown;
  b.counts = funds.in_total ? funds.in_total->value : profile.budget.in_total;
  if (b.status == BudgetStatus::kNotApplicable) b.counts = false;
  if (funds.scored && !funds.scored->value) {
    // The layout prints amounts but no funds 分值/得分 (G5): no funds score at all.
    b.form_unscored = true;
    b.counts = false;
    b.points = 0;
    b.raw = b.score = 0;
  }
  return b;
}

}  // namespace evalscore
