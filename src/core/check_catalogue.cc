#include <algorithm>
#include <cctype>

#include "evalscore/check.h"

namespace evalscore {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
  }
  return "";
}

const std::vector<CheckInfo>& CheckCatalogue() {
  using S = Severity;
  static const std::vector<CheckInfo> catalogue = {
      // Funds block (预算执行).
      {"ES101", "BREAKDOWN_SUM", S::kWarning,
       "the funds breakdown rows do not add up to the 年度资金总额 row (per column)",
       "年度资金总额 must equal 当年财政拨款 + 上年结转资金 + 其他资金 in each of the 年初预算数, "
       "全年预算数 and 全年执行数 columns. Correct the row that is wrong, or fill in the missing "
       "breakdown row (often 其他资金)."},
      {"ES102", "RATE_MISMATCH", S::kWarning,
       "the printed 执行率 differs from 全年执行数 / 全年预算数",
       "Recompute 执行率 = 全年执行数 ÷ 全年预算数 (the profile's denominator) and print it; a "
       "difference within the rounding of the printed figure is accepted."},
      {"ES103", "BUDGET_SCORE_MISMATCH", S::kWarning,
       "the printed funds 得分 differs from 执行率 × 分值",
       "The funds score is 执行率 × the funds points (10 unless the profile says otherwise), "
       "capped at the points and rounded as the profile says. Forms often round it to a whole "
       "number; if your bureau does, use a profile with rounding.score_decimals: 0."},
      {"ES104", "EXEC_OVER_BUDGET", S::kWarning, "全年执行数 is larger than the budget",
       "Spending above the budget is unusual: check both figures. The score is capped at the "
       "funds points."},
      {"ES105", "ZERO_BUDGET", S::kWarning, "the budget (denominator) of the total row is 0",
       "A zero 全年预算数 gives no execution rate. Often the 年度资金总额 row was left at 0 while "
       "a breakdown row carries the real figures: copy them into the total row."},
      {"ES106", "LOW_EXECUTION", S::kWarning,
       "the execution rate is below the profile's threshold (80% by default)",
       "Explain the low execution in the report (Sichuan requires it below 90%) and check that "
       "the indicator scores are consistent with it."},
      {"ES107", "INDICATORS_FULL_BUDGET_LOW", S::kWarning,
       "indicators are (near) full marks while execution is low",
       "When most of the money was not spent, full marks on the outputs are hard to believe. "
       "Check the actual values, or explain why the outputs were reached with less money."},
      {"ES108", "BUDGET_INCOMPLETE", S::kWarning,
       "the total row lacks the budget or the executed amount",
       "Fill in both 全年预算数 and 全年执行数 of 年度资金总额; without them the funds row scores "
       "0."},
      {"ES109", "ANNUAL_ZERO_ADJUSTED", S::kInfo, "年初预算数 is 0 but the full-year budget is not",
       "The project was funded during the year; nothing to fix, but the rate is computed against "
       "the full-year (adjusted) budget."},
      {"ES110", "NO_FUNDS_SCORE", S::kInfo, "the form has no funds total row: no funds score",
       "Add the 年度资金总额 row if the form has one; some forms have none and total 100 on the "
       "indicators alone."},
      {"ES111", "FUNDS_POINTS_MISMATCH", S::kWarning,
       "the funds 分值 printed on the form differs from the profile's funds points",
       "The form prints a different weight for the funds row (e.g. 20) than the rule profile "
       "uses. Choose the profile that matches the form (e.g. --rules hubei-20)."},
      // Weights and points.
      {"ES201", "WEIGHT_SUM", S::kWarning,
       "the points of the rows under a level do not add up to its declared weight",
       "下级指标分值合计应等于上级设置数: make the rows' 分值 add up to the level's declared "
       "weight. "
       "A blank row with points (a template leftover) counts here too: remove its points."},
      {"ES202", "TOTAL_POINTS", S::kWarning, "all points (rows + funds) do not add up to 100",
       "The indicator points plus the funds points should be 100 (or the printed 分值 total)."},
      {"ES203", "WEIGHT_DEVIATION", S::kWarning,
       "the first-level split differs from 产出 50 / 效益 30 / 满意度 10 / 预算 10",
       "财预〔2020〕10号 sets 50/30/10/10 in principle and allows adjustment in special cases: "
       "explain the deviation, or use a profile whose checks.expected_split fits."},
      {"ES204", "NONPOSITIVE_POINTS", S::kWarning, "an indicator row has 0 points",
       "Every scored indicator needs 分值 > 0; remove the row or give it points."},
      {"ES205", "MISSING_SATISFACTION", S::kWarning, "no satisfaction (满意度) indicator",
       "The central template has 服务对象满意度指标 (10 points); add it, or explain why there is "
       "none."},
      // Indicator rows.
      {"ES301", "SCORE_GT_POINTS", S::kError, "a reported 得分 is larger than the row's 分值",
       "得分不能大于分值: a row can score at most its points."},
      {"ES302", "SCORE_MISMATCH", S::kWarning,
       "a reported 得分 differs from the score recomputed by the profile's rule",
       "Recompute the row: full points when the target is met, otherwise in proportion (see "
       "`evalscore explain FILE`). Judgement deductions need a 偏差原因."},
      {"ES303", "MISSING_DEVIATION_REASON", S::kWarning,
       "a row scored below its points has no 偏差原因",
       "请填写偏差原因分析及改进措施: every row below full points needs a reason and a measure."},
      {"ES304", "QUAL_BAND", S::kWarning,
       "a qualitative row's reported score lies outside the band of its grade",
       "达成 scores 80–100% of the points, 部分达成 60–80%, 未达成 below 60%: move the score into "
       "the band, or correct the 实际完成值."},
      {"ES305", "OVER_ACHIEVEMENT", S::kWarning,
       "the actual is far above the target (≥ the profile's factor, 1.2×) without a 偏差原因",
       "对完成值高于指标值较多的，要分析原因: a target set far too low should be explained (and "
       "may be deducted by the reviewer)."},
      {"ES306", "TEXT_ACTUAL_FOR_NUMERIC", S::kWarning,
       "a numeric target has a text actual (such as 完成)",
       "定量指标的实际完成值为数值: write the measured number in the target's unit."},
      {"ES307", "UNIT_MISMATCH", S::kError, "the actual's unit differs from the target's",
       "Write target and actual in the same unit (人 vs 人次, % vs 个 …); the row scores 0 until "
       "they can be compared."},
      {"ES308", "TARGET_IN_NAME", S::kInfo,
       "the target is empty but the indicator name contains a value",
       "Move the value (e.g. 100%) from the name into 年度指标值 so the row can be scored."},
      {"ES309", "NEGATIVE_ACTUAL", S::kWarning, "a negative actual (scored as 0)",
       "判断实际完成值为负数，默认赋值为0: check the sign of the actual."},
      {"ES310", "DUPLICATE_INDICATOR", S::kWarning, "the same indicator name appears twice",
       "重复指标取一个打分: merge or rename the rows."},
      {"ES311", "CONSTANT_FULL", S::kInfo, "every indicator is reported exactly at full marks",
       "All rows at full marks is common in inflated self-evaluations: check a few actual values "
       "against evidence."},
      {"ES312", "ROW_NOT_SCORABLE", S::kError, "a row's values cannot be compared",
       "Give both 年度指标值 and 实际完成值 in comparable forms (a number for a numeric target, a "
       "date for a deadline); the row scores 0 until then."},
      {"ES313", "SCORED_BY_FALLBACK", S::kWarning,
       "no rule could score a row; the profile's fallback (the unit's own score) was used",
       "Write a target and actual evalscore can parse, or a grade word for a qualitative row, "
       "so the row is recomputed rather than taken as reported."},
      {"ES314", "APPROXIMATE_ACTUAL", S::kInfo, "an approximate actual (200余人)",
       "Write the exact number; it was scored as the number before 余."},
      {"ES315", "SIGN_IN_ACTUAL", S::kWarning, "the actual carries a comparison sign (≥80%)",
       "An actual is a measured value, not a bound: write the number reached. The bound was "
       "scored as the value."},
      {"ES316", "IMPLIED_SIGN", S::kInfo,
       "no sign written; the row was scored as lower-is-better from its name",
       "Write the sign (≤ or ≥) in 年度指标值 so nobody has to guess."},
      {"ES317", "ROW_WITHOUT_POINTS", S::kInfo, "a row has values but no 分值: not scored",
       "Give the row its points, or mark it as a sub-row (`parts`) of the row it belongs to."},
      {"ES318", "MISSING_SCORE", S::kInfo, "a scored row has no reported 得分",
       "Fill in the unit's own 得分 so it can be compared."},
      // Totals.
      {"ES401", "TOTAL_MISMATCH", S::kWarning,
       "the reported 总分 differs from the recomputed total",
       "Recompute 总分 = Σ indicator scores + funds score (see `evalscore explain FILE`)."},
      {"ES402", "GRADE_MISMATCH", S::kWarning,
       "the reported grade differs from the grade of the recomputed total",
       "The grade follows from the total and the profile's bands (优 ≥ 90, 良 ≥ 80, 中 ≥ 60)."},
  };
  return catalogue;
}

const CheckInfo* FindCheck(const std::string& code_or_name) {
  std::string upper = code_or_name;
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  for (const CheckInfo& c : CheckCatalogue()) {
    if (c.code == upper || c.name == upper) return &c;
  }
  return nullptr;
}

}  // namespace evalscore
