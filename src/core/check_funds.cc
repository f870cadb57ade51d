#include <cmath>

#include "evalscore/printed_rate.h"

#include "check_context.h"

namespace evalscore {
namespace {

bool Differs(double a, double b) { return std::fabs(a - b) > 1e-6 * std::max(1.0, std::fabs(b)); }

void BreakdownSums(CheckContext& c, const Funds& funds) {
  const BudgetScore& b = c.score.budget;
  if (!funds.total || funds.breakdown.empty()) return;
  struct Column {
    const char* label;
    const char* label_en;
    OptNumber FundsRow::*field;
  };
  const Column columns[] = {{"年初预算数", "initial", &FundsRow::initial},
                            {"全年预算数", "budget", &FundsRow::budget},
                            {"调整后预算数", "adjusted", &FundsRow::adjusted},
                            {"全年执行数", "executed", &FundsRow::executed}};
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
    if (!any) continue;  // breakdown left blank in this column: nothing to compare
    if (!total) {
      // A blank total cell is blank, not 0. Where the funds score took the breakdown's
      // figure, ES606 says so; otherwise say the cell is blank.
      const bool used = col.field == &FundsRow::executed ? b.executed_from_breakdown
                                                         : b.denominator_from_breakdown;
      if (!used && !b.from_breakdown) {
        c.Add("ES101", funds.total->where,
              {"ES101.total_blank",
               {TextArg("column", col.label), TextArg("column_en", col.label_en),
                NumArg("sum", sum)}});
      }
      continue;
    }
    const double t = total->value;
    if (t == 0 && b.from_breakdown) continue;  // a zero-filled total row: ES606 says it
    if (Differs(sum, t)) {
      c.Add("ES101", total ? total->where : funds.total->where,
            {"ES101.breakdown_sum",
             {TextArg("column", col.label), TextArg("column_en", col.label_en),
              NumberArg("sum", sum, terms == Num(sum) ? terms : terms + " = " + Num(sum)),
              NumArg("total", t)}},
            t, sum);
    }
  }
}

// The printed 执行率 against the recomputed rate, to the precision it was printed
// with (trailing zeros count: 83.00%, D2); a bare "1" or "0.95" that equals the rate
// as a fraction is read as one (G2, ES604).
// `which` names a 其中 row ("" for the total row).
void CheckPrintedRate(CheckContext& c, const FundsRow& row, double rate,
                      const std::string& arithmetic, const std::string& which) {
  const std::string prefix = which.empty() ? "" : "row_";
  const auto compared = ComparePrintedRate(row, rate);
  if (!compared || compared->reading == PrintedRateReading::kAgrees) return;
  const double reported = compared->printed;
  if (compared->reading == PrintedRateReading::kFraction) {
    c.Add(
        "ES604", row.reported_rate->where,
        {"ES604." + prefix + "rate_fraction",
         {TextArg("row", which), NumArg("reported", reported), TextArg("arithmetic", arithmetic)}});
    return;
  }
  c.Add("ES102", row.reported_rate->where,
        {"ES102." + prefix + "rate_differs",
         {TextArg("row", which),
          NumberArg("reported", reported,
                    row.reported_rate_decimals > 0 ? FixedText(reported, row.reported_rate_decimals)
                                                   : Num(reported)),
          TextArg("arithmetic", arithmetic)}},
        reported, rate * 100);
}

std::string RateText(double rate) { return Num(std::round(rate * 10000) / 100) + "%"; }

// 其中 rows that print their own 执行率/分值/得分 are checked like the total row (G8, D7).
void BreakdownRowScores(CheckContext& c, const Funds& funds) {
  for (const auto& [kind, row] : funds.breakdown) {
    if (!row.reported_rate && !row.reported_score) continue;
    const double points = row.points ? row.points->value : c.score.budget.points;
    const BudgetScore b = ScoreFundsRow(row, points, c.profile);
    if (b.status != BudgetStatus::kScored) continue;
    const std::string& which = row.label;
    const std::string arithmetic =
        Num(b.executed) + " / " + Num(b.denominator) + " = " + RateText(b.rate);
    CheckPrintedRate(c, row, b.rate, arithmetic, which);
    if (row.reported_score &&
        std::fabs(row.reported_score->value - b.score) > c.profile.checks.score_tolerance + 1e-9) {
      c.Add(
          "ES103", row.reported_score->where,
          {"ES103.row_score_differs",
           {TextArg("row", which), NumArg("reported", row.reported_score->value),
            TextArg("arithmetic", arithmetic), NumArg("points", points), NumArg("score", b.score)}},
          row.reported_score->value, b.score);
    }
  }
}

// Statements of the layout and readings a reviewer should know of.
void LayoutFindings(CheckContext& c, const Funds& funds) {
  const BudgetScore& b = c.score.budget;
  if (b.form_unscored) {
    c.Add("ES607", funds.scored->where, {"ES607.form_unscored", {}});
  } else if (!b.counts && b.status != BudgetStatus::kNotApplicable) {
    c.Add("ES607", funds.in_total ? funds.in_total->where : funds.where,
          {"ES607.not_counted",
           {NumArg("score", b.score),
            TextArg("why", funds.in_total ? std::string("funds.in_total: false")
                                          : "profile " + c.profile.name)}});
  }
  if (b.from_breakdown) {
    const FundsRow& total = *funds.total;
    c.Add("ES606", total.where,
          {b.denominator_from_breakdown ? "ES606.total_blank" : "ES606.executed_blank",
           {NumArg("executed", b.executed), NumArg("denominator", b.denominator)}});
  }
}

// ES107, INDICATORS_FULL_BUDGET_LOW: (I/Imax − B/Bmax) / (I/Imax) > gap at low execution.
void FullMarksAtLowExecution(CheckContext& c, Location exec_where, const std::string& rate_text,
                             const std::string& arithmetic) {
  const BudgetScore& b = c.score.budget;
  const CheckRules& rules = c.profile.checks;
  // Without a funds score (funds.scored: false) the share is the rate itself, capped.
  if (c.score.totals.indicator_points > 0 && c.score.totals.indicator_sum > 0 &&
      (b.points > 0 || b.form_unscored)) {
    const double indicators = c.score.totals.indicator_score / c.score.totals.indicator_points;
    const double funds_share = b.form_unscored ? std::min(b.rate, 1.0) : b.score / b.points;
    const double gap = (indicators - funds_share) / indicators;
    if (gap > rules.full_marks_gap && b.rate < rules.low_execution) {
      c.Add("ES107", exec_where,
            {"ES107.full_marks_low_execution",
             {NumArg("score", c.score.totals.indicator_score),
              NumArg("points", c.score.totals.indicator_points),
              NumArg("share", std::round(indicators * 1000) / 10), TextArg("rate", rate_text),
              TextArg("arithmetic", arithmetic)}});
    }
  }
}

}  // namespace

void CheckFunds(CheckContext& c) {
  const BudgetScore& b = c.score.budget;
  const CheckRules& rules = c.profile.checks;
  if (!c.project.funds || !c.project.funds->total) {
    c.Add("ES110", c.project.funds ? c.project.funds->where : c.project.indicators_where,
          {"ES110.no_funds_total", {}});
    return;
  }
  const Funds& funds = *c.project.funds;
  const FundsRow& total = *funds.total;
  BreakdownSums(c, funds);
  LayoutFindings(c, funds);
  BreakdownRowScores(c, funds);
  if (funds.points && !b.form_unscored && Differs(funds.points->value, c.profile.budget.points)) {
    c.Add("ES111", funds.points->where,
          {"ES111.funds_points",
           {NumArg("points", funds.points->value), TextArg("profile", c.profile.name),
            NumArg("profile_points", c.profile.budget.points)}},
          funds.points->value, c.profile.budget.points);
  }
  if (total.initial && total.initial->value == 0 && total.budget && total.budget->value > 0) {
    c.Add("ES109", total.initial->where,
          {"ES109.initial_zero", {NumArg("budget", total.budget->value)}});
  }
  switch (b.status) {
    case BudgetStatus::kIncomplete:
      c.Add("ES108", total.where, {total.executed ? "ES108.no_budget" : "ES108.no_executed", {}});
      return;
    case BudgetStatus::kZeroBudget:
    case BudgetStatus::kNotApplicable:
      c.Add("ES105", total.budget ? total.budget->where : total.where,
            {b.status == BudgetStatus::kZeroBudget ? "ES105.zero_budget"
                                                   : "ES105.zero_budget_dropped",
             {}});
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
          {b.capped ? "ES104.over_budget_capped" : "ES104.over_budget",
           {NumArg("executed", b.executed), NumArg("budget", b.denominator),
            TextArg("rate", rate_text), NumArg("score", b.score)}});
  }
  if (b.rate < rules.low_execution) {
    c.Add("ES106", exec_where,
          {"ES106.low_execution",
           {TextArg("arithmetic", arithmetic), NumArg("threshold", rules.low_execution * 100)}});
  }
  CheckPrintedRate(c, total, b.rate, arithmetic, "");
  // Only where the row's other printed cells were transcribed (its 执行率): a file
  // that records no printed figures of the funds row is not a form with a blank cell.
  if (!total.reported_score && total.reported_rate && funds.points && !b.form_unscored) {
    c.Add("ES605", total.where,
          {"ES605.score_blank",
           {NumArg("points", funds.points->value), TextArg("arithmetic", arithmetic),
            NumArg("funds_points", b.points), NumArg("score", b.score)}});
  }
  if (total.reported_score && !b.form_unscored) {
    const double reported = total.reported_score->value;
    if (std::fabs(reported - b.score) > rules.score_tolerance + 1e-9) {
      c.Add("ES103", total.reported_score->where,
            {"ES103.score_differs",
             {NumArg("reported", reported), TextArg("arithmetic", arithmetic),
              NumArg("points", b.points), NumArg("score", b.score)}},
            reported, b.score);
    }
  }
  FullMarksAtLowExecution(c, exec_where, rate_text, arithmetic);
}

}  // namespace evalscore
