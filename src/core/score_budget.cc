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

}  // namespace

BudgetScore ScoreBudget(const Project& project, const RuleProfile& profile) {
  BudgetScore b;
  b.points = profile.budget.points;
  b.denominator_used = profile.budget.denominator;
  if (!project.funds || !project.funds->total) return b;  // kMissing
  const FundsRow& row = *project.funds->total;
  const OptNumber* denominator = &Denominator(row, b.denominator_used);
  if (!*denominator && b.denominator_used == BudgetDenominator::kAdjusted && row.budget) {
    denominator = &row.budget;  // forms without a separate 调整后预算数 column
    b.denominator_fell_back = true;
  }
  b.counts = profile.budget.in_total;
  if (!*denominator || !row.executed) {
    b.status = BudgetStatus::kIncomplete;
    return b;
  }
  b.denominator = (*denominator)->value;
  b.executed = row.executed->value;
  if (b.denominator == 0) {
    if (profile.budget.zero_budget == ZeroBudgetPolicy::kNotApplicable) {
      b.status = BudgetStatus::kNotApplicable;
      b.counts = false;
    } else {
      b.status = BudgetStatus::kZeroBudget;
    }
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

}  // namespace evalscore
