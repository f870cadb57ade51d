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

namespace {

// The catalogue is written in blocks (0.1's checks, then later ones); it is
// served ordered by code.
std::vector<CheckInfo> SortedByCode(std::vector<CheckInfo> checks) {
  std::stable_sort(checks.begin(), checks.end(),
                   [](const CheckInfo& a, const CheckInfo& b) { return a.code < b.code; });
  return checks;
}

}  // namespace

const std::vector<CheckInfo>& CheckCatalogue() {
  using S = Severity;
  static const std::vector<CheckInfo> catalogue = SortedByCode({
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
      // How the form was read (form model v2): layouts and readings a reviewer should know of.
      {"ES601", "POINTS_FROM_LEVEL", S::kInfo,
       "rows print no 分值: they were scored with a share of their level's declared weight",
       "The form prints only 得分 on these rows; the level's weight (e.g. 产出指标 80分) stands "
       "for "
       "them, shared as the profile's indicators.level_split says (equal by default). Write each "
       "row's 分值 if the form gives it elsewhere."},
      {"ES602", "NA_RESCALED", S::kInfo,
       "rows were dropped as 不适用 and the other rows rescaled to the full weight",
       "Rows whose target or actual is /, 不适用 or — (with no actual) are left out and the rest "
       "scaled up (profile indicators.not_applicable: rescale). Check that the rows really do not "
       "apply."},
      {"ES603", "NAME_MISSING", S::kWarning, "a row has values but its 三级指标 name is missing",
       "The row was scored from its values; write the indicator's name (from the original form or "
       "the 绩效目标申报表) so the row can be identified."},
      {"ES604", "RATE_AS_FRACTION", S::kInfo, "the 执行率 was printed as a fraction (1 for 100%)",
       "The printed figure equals executed ÷ budget as a fraction; print it as a percentage."},
      {"ES605", "FUNDS_SCORE_BLANK", S::kWarning,
       "the funds row has a 分值 but its 得分 cell is blank",
       "Fill in the funds 得分 (执行率 × 分值); the recomputed score is shown beside it."},
      {"ES606", "TOTAL_FROM_BREAKDOWN", S::kWarning,
       "the 年度资金总额 row is blank or zero while the breakdown rows carry the amounts",
       "The funds row was scored from the sum of the breakdown rows. Copy the amounts into the "
       "年度资金总额 row."},
      {"ES607", "FUNDS_NOT_IN_TOTAL", S::kInfo,
       "the form has no funds score, or does not count it in 总分",
       "Stated by the file (funds.scored: false / funds.in_total: false) or the profile: the total "
       "is the indicators alone. The execution checks still run."},
      {"ES608", "PERCENT_WEIGHTS", S::kInfo,
       "weights printed as percentages were read as points of a 100-point table",
       "权重 35% is read as 35 points. Nothing to fix if the table totals 100."},
      {"ES609", "BARE_ACTUAL_IN_TARGET_UNIT", S::kInfo,
       "an actual without a unit was read in the target's unit (70 against ≤50万元 is 70万元)",
       "Write the unit with the actual so nobody has to guess."},
      {"ES610", "DEPARTMENT_FORM", S::kInfo,
       "no 项目名称: read as a department-wide form (部门整体支出绩效自评表) named by its unit",
       "Write `kind: department` (表类型: 部门整体支出) in the project block to say so."},
      // The reviewer's columns (复核得分, 复核意见, review:).
      {"ES801", "REVIEW_ABOVE_POINTS", S::kError, "a 复核得分 is above the row's 分值",
       "A review score cannot exceed the row's points: correct the 复核得分."},
      {"ES802", "REVIEW_WITHOUT_REASON", S::kWarning, "a 复核得分 below the 分值 has no 复核意见",
       "Every deduction of the review needs its reason in 复核意见 (review_comment), e.g. "
       "“无佐证材料，扣 60%”."},
      {"ES803", "REVIEW_INCOMPLETE", S::kInfo,
       "some scored rows carry a 复核得分 and others do not",
       "Review every scored row, or accept that the recomputed score stands for the others in "
       "the reviewed total."},
      {"ES804", "REVIEW_UNSIGNED", S::kInfo, "复核得分 recorded without a reviewer and date",
       "Add `review: {reviewer: …, date: …}` (复核: 复核人, 复核日期) so the review can be "
       "traced."},
      // Sense checks (audit v2): the numbers add up, the form does not make sense.
      {"ES112", "BUDGET_CUT_TO_EXECUTED", S::kWarning,
       "全年预算数 was cut below 年初预算数 to exactly 全年执行数",
       "A budget lowered during the year to what was spent reads as 100% execution. Check the "
       "adjustment document; reviewers compare the spending with 年初预算数 too."},
      {"ES206", "ROW_IN_FULL_LEVEL", S::kWarning,
       "a row with values but no points sits in a level the other rows already fill",
       "The level's declared weight is used up by the other rows, so this row cannot be scored "
       "without overfilling it: give it points and lower the others, or remove it."},
      {"ES207", "MISSING_BENEFIT", S::kWarning, "产出 has indicators but 效益 has none",
       "A form should say what the outputs achieved (社会效益, 经济效益, 可持续影响 …): add the "
       "效益指标 rows."},
      {"ES208", "QUALITATIVE_HEAVY", S::kInfo,
       "more than the profile's share (checks.qualitative_share, 50%) of the rows are qualitative",
       "Qualitative rows (效果明显, 符合规定) can hardly be checked; reviewers ask for measurable "
       "targets where there can be one."},
      {"ES319", "RATE_IN_COUNT_UNIT", S::kWarning,
       "an indicator named …率 (a rate) is measured in persons, pieces or another count",
       "A rate is a percentage: give 年度指标值 and 实际完成值 in %, or rename the row as a count "
       "(体检人数 instead of 体检覆盖率)."},
      {"ES320", "TEMPLATE_PLACEHOLDER", S::kInfo,
       "a template placeholder (**, XX, ××) is left in a name or value",
       "Replace the placeholder with the real figure or unit (≥**平方米 → ≥260平方米); one "
       "finding per form names the rows."},
      {"ES321", "VALUE_WITHOUT_UNIT", S::kInfo,
       "a value has no unit where the target has one, or where the name asks for one",
       "Write the unit with the number (18万元, 260平方米) so nobody has to guess what it counts."},
      {"ES322", "FUNDS_AS_OUTPUT", S::kWarning,
       "budget execution, 拨付率 or 到位率, or an amount of money, is entered as an output or "
       "benefit indicator",
       "Money allocated or spent is not an output: the funds row already scores execution, and "
       "review rules give such rows 0. Replace the row with what the money produced."},
      {"ES323", "TIMELINESS_AS_PERCENT", S::kWarning,
       "a 时效 indicator names a deadline but is measured as a percentage",
       "A deadline is checked by a date: write the target as 9月底前 and the actual as the month "
       "it was reached."},
      {"ES324", "YEAR_OUTSIDE_FORM", S::kWarning,
       "a date in an indicator from another year than the form's, or a year after it",
       "A deadline of an earlier year was probably copied from last year's form; data of later "
       "years cannot be reported yet. Correct the year or the row."},
      {"ES325", "MISFILED_INDICATOR", S::kWarning,
       "a row that does not measure satisfaction is filed under 满意度",
       "Move the row (合格率, 达标率 …) to 质量指标 or 效益指标; 满意度 rows measure what the "
       "beneficiaries think."},
      {"ES326", "PROGRESS_FOR_TIMELINESS", S::kInfo,
       "二级指标 进度指标 where the template has 时效指标",
       "The central template's 二级指标 for deadlines is 时效指标; rename the level."},
      {"ES327", "CAP_ON_OUTPUT_COUNT", S::kWarning, "a \"≤\" cap on an output count",
       "An output target is a floor: more output is not worse. Write ≥ (or no sign); caps are "
       "for costs, complaints and failures."},
      {"ES328", "PACKED_INDICATOR", S::kWarning,
       "several groups with their own counts packed into one indicator with a 100% target",
       "A 100% over several groups hides which one fell short: give each group its own row with "
       "its count as the target."},
      {"ES329", "ALL_AT_THRESHOLD", S::kInfo, "every \"≥\" target is met exactly at its threshold",
       "Actuals equal to every target look copied from the targets; check a few against "
       "evidence. Needs at least checks.at_threshold_rows (3) such rows."},
      {"ES330", "SUSTAINABILITY_IN_YEAR_ONE", S::kWarning,
       "a multi-year figure (≥20年) is reported as achieved in the form's year",
       "A service life or a lasting effect of many years cannot be observed after one year: "
       "report what can be measured now, or mark the row as not yet assessable."},
      {"ES331", "UNIT_COST_VS_BUDGET", S::kWarning,
       "unit cost × quantity is above the whole budget",
       "单件成本 × 数量 must fit the budget: one of the three figures is wrong. The threshold is "
       "checks.unit_cost_excess (1.1 × the budget)."},
      {"ES332", "COST_CEILING_ABOVE_BUDGET", S::kWarning,
       "a cost ceiling (≤30万元) is above the whole budget",
       "A cost ceiling above the money available controls nothing: set it from the (adjusted) "
       "budget."},
      {"ES333", "SATISFACTION_WITHOUT_SURVEY", S::kInfo,
       "satisfaction reported as 100% with no survey, sample or method named on the form",
       "满意度无资料打0分: name the survey (问卷, 抽样, 回访 …) and its sample in the 偏差原因 or "
       "the 年度总体目标, and keep the material."},
      {"ES403", "TOTAL_CAPPED_BY_EXECUTION", S::kInfo,
       "the profile's execution-rate cap lowered 总分",
       "The profile caps 总分 by execution rate (budget.execution_caps, e.g. below 80% at most "
       "89); the part above the cap is deducted."},
      // Batch checks: several forms scored together.
      {"ES501", "UNIT_ALL_FULL_MARKS", S::kWarning,
       "every project of a unit self-scores full marks",
       "A unit whose every form reports full marks did not evaluate; reviewers sample its "
       "evidence first. Needs checks.batch_min_unit_projects (3) forms of the unit."},
      {"ES502", "COPIED_INDICATOR", S::kInfo,
       "the same indicator text and target appear on forms of different units",
       "An indicator copied from another unit's form rarely fits this project (its "
       "beneficiaries, its outputs): check that it measures this project."},
      {"ES503", "UNIT_SATISFACTION_ALL_100", S::kWarning,
       "satisfaction is 100% on every form of a unit",
       "Every survey of a unit at 100% is unlikely: ask for the survey material."},
      {"ES504", "DUPLICATE_PROJECT", S::kWarning,
       "the same project (name, year, unit) appears twice in one batch",
       "A form submitted twice is counted twice in every summary: remove one, or correct the "
       "name."},
      // Goals and header.
      {"ES701", "GOAL_AMOUNTS_SUM", S::kWarning,
       "the amounts in a 年度总体目标 text do not add up to the total it states",
       "共申请300000元：设备100000元，培训50000元，宣传60000元 adds up to 210000: correct the "
       "total or the items."},
      {"ES702", "GOAL_ITEM_OVER_PLAN", S::kWarning,
       "an item of 实际完成情况 spent more than the same item in 预期目标",
       "Spending above the plan on one item needs an adjustment or an explanation."},
      {"ES703", "GOALS_ONLY_MONEY", S::kInfo, "the 年度总体目标 are only money amounts",
       "A goal says what the money is to achieve (outputs, beneficiaries, effects), not only how "
       "much was spent."},
      {"ES704", "UNITS_SWAPPED", S::kWarning,
       "主管部门 and 实施单位 look swapped (a subordinate unit above its bureau)",
       "主管部门 is the bureau in charge, 实施单位 the unit that carried the project out: swap "
       "them "
       "if they were entered the wrong way round."},
  });
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
