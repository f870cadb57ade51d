#include <cmath>

#include "check_context.h"

namespace evalscore {
namespace {

bool Differs(double a, double b) { return std::fabs(a - b) > 1e-6 * std::max(1.0, std::fabs(b)); }

void BreakdownSums(CheckContext& c, const Funds& funds) {
  if (!funds.total || funds.breakdown.empty()) return;
  struct Column {
    const char* label;
    OptNumber FundsRow::*field;
  };
  const Column columns[] = {{"年初预算数 (initial)", &FundsRow::initial},
                            {"全年预算数 (budget)", &FundsRow::budget},
                            {"调整后预算数 (adjusted)", &FundsRow::adjusted},
                            {"全年执行数 (executed)", &FundsRow::executed}};
  for (const Column& col : columns) {
    const OptNumber& total = (*funds.total).*col.field;
    double sum = 0;
    std::string terms;
    bool any = false;
    for (const auto& [kind, row] : funds.breakdown) {
      if (const OptNumber& v = row.*col.field) {
        sum += v->value;
        terms += (any ? " + " : "") + Num(v->value);
        any = true;
      }
    }
    if (!any && !total) continue;
    const double t = total ? total->value : 0;
    if (!any) continue;  // breakdown left blank in this column: nothing to compare
    if (Differs(sum, t)) {
      c.Add("ES101", total ? total->where : funds.total->where,
            std::string(col.label) + ": the breakdown rows add up to " +
                (terms == Num(sum) ? terms : terms + " = " + Num(sum)) + ", not the total " +
                Num(t),
            t, sum);
    }
  }
}

}  // namespace

void CheckFunds(CheckContext& c) {
  const BudgetScore& b = c.score.budget;
  const CheckRules& rules = c.profile.checks;
  if (!c.project.funds || !c.project.funds->total) {
    c.Add("ES110", c.project.funds ? c.project.funds->where : c.project.indicators_where,
          "no 年度资金总额 (funds total) row: the total has no funds score");
    return;
  }
  const Funds& funds = *c.project.funds;
  const FundsRow& total = *funds.total;
  BreakdownSums(c, funds);
  if (funds.points && Differs(funds.points->value, c.profile.budget.points)) {
    c.Add("ES111", funds.points->where,
          "the form gives the funds row " + Num(funds.points->value) + " points; profile " +
              c.profile.name + " gives it " + Num(c.profile.budget.points),
          funds.points->value, c.profile.budget.points);
  }
  if (total.initial && total.initial->value == 0 && total.budget && total.budget->value > 0) {
    c.Add("ES109", total.initial->where,
          "年初预算数 is 0 but 全年预算数 is " + Num(total.budget->value));
  }
  switch (b.status) {
    case BudgetStatus::kIncomplete:
      c.Add("ES108", total.where,
            std::string("the total row has no ") +
                (total.executed ? "budget (denominator)" : "executed amount") +
                ": the funds row scores 0");
      return;
    case BudgetStatus::kZeroBudget:
    case BudgetStatus::kNotApplicable:
      c.Add("ES105", total.budget ? total.budget->where : total.where,
            "the budget of the total row is 0: no execution rate" +
                std::string(b.status == BudgetStatus::kZeroBudget ? "; the funds row scores 0"
                                                                  : "; the funds row is dropped"));
      return;
    case BudgetStatus::kMissing:
      return;
    case BudgetStatus::kScored:
      break;
  }
  const Location exec_where = total.executed ? total.executed->where : total.where;
  const std::string rate_text = Num(std::round(b.rate * 10000) / 100) + "%";
  const std::string arithmetic = Num(b.executed) + " / " + Num(b.denominator) + " = " + rate_text;
  if (b.executed > b.denominator) {
    c.Add("ES104", exec_where,
          "executed " + Num(b.executed) + " is more than the budget " + Num(b.denominator) + " (" +
              rate_text + "); the funds score is " + (b.capped ? "capped at " : "") + Num(b.score));
  }
  if (b.rate < rules.low_execution) {
    c.Add("ES106", exec_where,
          "execution " + arithmetic + " is below " + Num(rules.low_execution * 100) + "%");
  }
  if (total.reported_rate) {
    const double reported = total.reported_rate->value;
    const double tolerance = 0.5 * std::pow(10.0, -PrintedDecimals(reported)) + 1e-9;
    if (std::fabs(reported - b.rate * 100) > tolerance) {
      c.Add("ES102", total.reported_rate->where,
            "the printed 执行率 " + Num(reported) + "% differs from " + arithmetic, reported,
            b.rate * 100);
    }
  }
  if (total.reported_score) {
    const double reported = total.reported_score->value;
    if (std::fabs(reported - b.score) > rules.score_tolerance + 1e-9) {
      c.Add("ES103", total.reported_score->where,
            "the printed funds 得分 " + Num(reported) + " differs from " + arithmetic + " × " +
                Num(b.points) + " = " + Num(b.score),
            reported, b.score);
    }
  }
  // INDICATORS_FULL_BUDGET_LOW: (I/Imax − B/Bmax) / (I/Imax) > gap.
  if (c.score.indicator_points > 0 && c.score.indicator_sum > 0 && b.points > 0) {
    const double indicators = c.score.indicator_score / c.score.indicator_points;
    const double funds_share = b.score / b.points;
    const double gap = (indicators - funds_share) / indicators;
    if (gap > rules.full_marks_gap && b.rate < rules.low_execution) {
      c.Add("ES107", exec_where,
            "indicators scored " + Num(c.score.indicator_score) + " of " +
                Num(c.score.indicator_points) + " (" + Num(std::round(indicators * 1000) / 10) +
                "%) while only " + rate_text + " of the budget was spent (" + arithmetic + ")");
    }
  }
}

}  // namespace evalscore
