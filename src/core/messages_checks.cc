// The texts of each check: ids "check.ES101.summary" and "check.ES101.fix",
// English and Chinese, for `evalscore explain CODE`, the SARIF rules and the
// schemas. The one copy: CheckCatalogue() (check_catalogue.cc) takes its
// CheckInfo::summary and ::fix from the English here.
#include "evalscore/check.h"

#include "messages.h"

namespace evalscore {

const std::vector<MessageTemplate>& CheckTextMessages() {
  static const auto* messages = new std::vector<MessageTemplate>{
      {"check.ES101.summary", "",
       "the funds breakdown rows do not add up to the 年度资金总额 row (per column)",
       "资金明细行合计与年度资金总额行不符（按列）"},
      {"check.ES101.fix", "",
       "年度资金总额 must equal 当年财政拨款 + 上年结转资金 + 其他资金 in each of the 年初预算数, "
       "全年预算数 and 全年执行数 columns. Correct the row that is wrong, or fill in the missing "
       "breakdown row (often 其他资金).",
       "年初预算数、全年预算数、全年执行数各栏中，年度资金总额应等于当年财政拨款 + 上年结转资金 + "
       "其他资金。请更正填错的行，或补填缺失的明细行（常见为其他资金）。"},
      {"check.ES102.summary", "", "the printed 执行率 differs from 全年执行数 / 全年预算数",
       "填报的执行率与全年执行数 / 全年预算数不符"},
      {"check.ES102.fix", "",
       "Recompute 执行率 = 全年执行数 ÷ 全年预算数 (the profile's denominator) and print it; a "
       "difference within the rounding of the printed figure is accepted.",
       "按执行率 = 全年执行数 ÷ "
       "全年预算数（评分规则规定的分母）重新计算并填写；在所填数字的舍入范围内的差异视为一致。"},
      {"check.ES103.summary", "", "the printed funds 得分 differs from 执行率 × 分值",
       "填报的资金得分与执行率 × 分值不符"},
      {"check.ES103.fix", "",
       "The funds score is 执行率 × the funds points (10 unless the profile says otherwise), "
       "capped at the points and rounded as the profile says. Forms often round it to a whole "
       "number; if your bureau does, use a profile with rounding.score_decimals: 0.",
       "资金得分为执行率 × 资金分值（评分规则未另行规定时为 10 "
       "分），以分值封顶，并按评分规则舍入。表上常取整数；如本地如此，请使用 "
       "rounding.score_decimals: 0 的评分规则。"},
      {"check.ES104.summary", "", "全年执行数 is larger than the budget", "全年执行数大于预算数"},
      {"check.ES104.fix", "",
       "Spending above the budget is unusual: check both figures. The score is capped at the funds "
       "points.",
       "支出超过预算并不常见：请核对两个数字。资金得分以资金分值封顶。"},
      {"check.ES105.summary", "", "the budget (denominator) of the total row is 0",
       "年度资金总额行的预算数（分母）为 0"},
      {"check.ES105.fix", "",
       "A zero 全年预算数 gives no execution rate. Often the 年度资金总额 row was left at 0 while "
       "a breakdown row carries the real figures: copy them into the total row.",
       "全年预算数为 0 时无法计算执行率。常见情况是年度资金总额行填了 "
       "0，而实际数字在明细行中：请抄入年度资金总额行。"},
      {"check.ES106.summary", "",
       "the execution rate is below the profile's threshold (80% by default)",
       "执行率低于评分规则的阈值（默认 80%）"},
      {"check.ES106.fix", "",
       "Explain the low execution in the report (Sichuan requires it below 90%) and check that the "
       "indicator scores are consistent with it.",
       "请在报告中说明执行率偏低的原因（四川要求低于 90% 时说明），并核对指标得分是否与之相符。"},
      {"check.ES107.summary", "", "indicators are (near) full marks while execution is low",
       "预算执行率偏低，绩效指标却（接近）满分"},
      {"check.ES107.fix", "",
       "When most of the money was not spent, full marks on the outputs are hard to believe. Check "
       "the actual values, or explain why the outputs were reached with less money.",
       "大部分资金未支出，产出却全部满分，难以令人信服。请核实实际完成值，或说明以较少资金完成产出"
       "的原因。"},
      {"check.ES108.summary", "", "the total row lacks the budget or the executed amount",
       "年度资金总额行缺少预算数或执行数"},
      {"check.ES108.fix", "",
       "Fill in both 全年预算数 and 全年执行数 of 年度资金总额; without them the funds row scores "
       "0.",
       "请填写年度资金总额的全年预算数和全年执行数；缺少时资金得分为 0。"},
      {"check.ES109.summary", "", "年初预算数 is 0 but the full-year budget is not",
       "年初预算数为 0，全年预算数却不为 0"},
      {"check.ES109.fix", "",
       "The project was funded during the year; nothing to fix, but the rate is computed against "
       "the full-year (adjusted) budget.",
       "项目为年中追加：无需更正，执行率按全年（调整后）预算数计算。"},
      {"check.ES110.summary", "", "the form has no funds total row: no funds score",
       "表上没有年度资金总额行：没有资金得分"},
      {"check.ES110.fix", "",
       "Add the 年度资金总额 row if the form has one; some forms have none and total 100 on the "
       "indicators alone.",
       "表上有该行的请补上年度资金总额行；有的表没有资金行，仅以指标合计 100 分。"},
      {"check.ES111.summary", "",
       "the funds 分值 printed on the form differs from the profile's funds points",
       "表上的资金分值与评分规则的资金分值不同"},
      {"check.ES111.fix", "",
       "The form prints a different weight for the funds row (e.g. 20) than the rule profile uses. "
       "Choose the profile that matches the form (e.g. --rules hubei-20).",
       "表上资金行的分值（如 20）与评分规则不同：请选用与表相符的评分规则（如 --rules "
       "hubei-20）。"},
      {"check.ES112.summary", "", "全年预算数 was cut below 年初预算数 to exactly 全年执行数",
       "全年预算数由年初预算数调减至恰好等于全年执行数"},
      {"check.ES112.fix", "",
       "A budget lowered during the year to what was spent reads as 100% execution. Check the "
       "adjustment document; reviewers compare the spending with 年初预算数 too.",
       "年中把预算调减到实际支出数，执行率便显示为 "
       "100%。请核对调整文件；复核时也会把支出与年初预算数比较。"},
      {"check.ES201.summary", "",
       "the points of the rows under a level do not add up to its declared weight",
       "某一级别下各行分值合计与其设定分值不符"},
      {"check.ES201.fix", "",
       "下级指标分值合计应等于上级设置数: make the rows' 分值 add up to the level's declared "
       "weight. A blank row with points (a template leftover) counts here too: remove its points.",
       "下级指标分值合计应等于上级设置数：请使各行分值合计等于该级设定的分值。带分值的空行（模板遗"
       "留）也计入：请删去其分值。"},
      {"check.ES202.summary", "", "all points (rows + funds) do not add up to 100",
       "全部分值（指标 + 资金）合计不等于 100"},
      {"check.ES202.fix", "",
       "The indicator points plus the funds points should be 100 (or the printed 分值 total).",
       "指标分值加资金分值应为 100（或表上所印的分值合计）。"},
      {"check.ES203.summary", "",
       "the first-level split differs from 产出 50 / 效益 30 / 满意度 10 / 预算 10",
       "一级指标分值结构与 产出 50 / 效益 30 / 满意度 10 / 预算 10 不同"},
      {"check.ES203.fix", "",
       "财预〔2020〕10号 sets 50/30/10/10 in principle and allows adjustment in special cases: "
       "explain the deviation, or use a profile whose checks.expected_split fits.",
       "财预〔2020〕10号原则上规定 50/30/10/10，特殊情况可调整：请说明偏离的原因，或选用 "
       "checks.expected_split 相符的评分规则。"},
      {"check.ES204.summary", "", "an indicator row has 0 points", "某指标行分值为 0"},
      {"check.ES204.fix", "",
       "Every scored indicator needs 分值 > 0; remove the row or give it points.",
       "每个计分指标的分值都应大于 0：请删除该行或给出分值。"},
      {"check.ES205.summary", "", "no satisfaction (满意度) indicator", "没有满意度指标"},
      {"check.ES205.fix", "",
       "The central template has 服务对象满意度指标 (10 points); add it, or explain why there is "
       "none.",
       "中央模板设有服务对象满意度指标（10 分）：请补上，或说明没有的原因。"},
      {"check.ES206.summary", "",
       "a row with values but no points sits in a level the other rows already fill",
       "一行有数值但没有分值，而所在级别的分值已被其余各行占满"},
      {"check.ES206.fix", "",
       "The level's declared weight is used up by the other rows, so this row cannot be scored "
       "without overfilling it: give it points and lower the others, or remove it.",
       "该级设定的分值已被其余各行用完，给此行计分就会超出：请给它分值并调低其他行，或删除该行。"},
      {"check.ES207.summary", "", "产出 has indicators but 效益 has none",
       "有产出指标而无效益指标"},
      {"check.ES207.fix", "",
       "A form should say what the outputs achieved (社会效益, 经济效益, 可持续影响 …): add the "
       "效益指标 rows.",
       "表上应说明产出达到了什么效果（社会效益、经济效益、可持续影响……）：请补上效益指标。"},
      {"check.ES208.summary", "",
       "more than the profile's share (checks.qualitative_share, 50%) of the rows are qualitative",
       "定性指标所占比例超过评分规则的上限（checks.qualitative_share，50%）"},
      {"check.ES208.fix", "",
       "Qualitative rows (效果明显, 符合规定) can hardly be checked; reviewers ask for measurable "
       "targets where there can be one.",
       "定性指标（效果明显、符合规定）难以核实；凡能量化的，复核都会要求可衡量的指标值。"},
      {"check.ES301.summary", "", "a reported 得分 is larger than the row's 分值",
       "填报得分大于该行分值"},
      {"check.ES301.fix", "", "得分不能大于分值: a row can score at most its points.",
       "得分不能大于分值：每行最多得满分。"},
      {"check.ES302.summary", "",
       "a reported 得分 differs from the score recomputed by the profile's rule",
       "填报得分与按评分规则重算的得分不符"},
      {"check.ES302.fix", "",
       "Recompute the row: full points when the target is met, otherwise in proportion (see "
       "`evalscore explain FILE`). Judgement deductions need a 偏差原因.",
       "请重算该行：达到指标值得满分，否则按比例计分（见 evalscore explain "
       "FILE）。酌情扣分须填写偏差原因。"},
      {"check.ES303.summary", "", "a row scored below its points has no 偏差原因",
       "得分低于分值的行没有填写偏差原因"},
      {"check.ES303.fix", "",
       "请填写偏差原因分析及改进措施: every row below full points needs a reason and a measure.",
       "请填写偏差原因分析及改进措施：每个未得满分的指标都需要原因和措施。"},
      {"check.ES304.summary", "",
       "a qualitative row's reported score lies outside the band of its grade",
       "定性指标的填报得分不在其等级的分值区间内"},
      {"check.ES304.fix", "",
       "达成 scores 80–100% of the points, 部分达成 60–80%, 未达成 below 60%: move the score into "
       "the band, or correct the 实际完成值.",
       "达成得分值的 80–100%，部分达成 60–80%，未达成低于 "
       "60%：请把得分调入区间，或更正实际完成值。"},
      {"check.ES305.summary", "",
       "the actual is far above the target (≥ the profile's factor, 1.2×) without a 偏差原因",
       "实际完成值远高于指标值（≥ 评分规则的倍数，1.2 倍），却未填写偏差原因"},
      {"check.ES305.fix", "",
       "对完成值高于指标值较多的，要分析原因: a target set far too low should be explained (and "
       "may be deducted by the reviewer).",
       "对完成值高于指标值较多的，要分析原因：指标值定得过低应作说明（复核时可能扣分）。"},
      {"check.ES306.summary", "", "a numeric target has a text actual (such as 完成)",
       "定量指标的实际完成值填的是文字（如“完成”）"},
      {"check.ES306.fix", "",
       "定量指标的实际完成值为数值: write the measured number in the target's unit.",
       "定量指标的实际完成值为数值：请按指标值的单位填写实际数字。"},
      {"check.ES307.summary", "", "the actual's unit differs from the target's",
       "实际完成值的计量单位与指标值不同"},
      {"check.ES307.fix", "",
       "Write target and actual in the same unit (人 vs 人次, % vs 个 …); the row scores 0 until "
       "they can be compared.",
       "请用同一单位填写指标值和完成值（人与人次、% 与个……）；无法比较时该行计 0 分。"},
      {"check.ES308.summary", "", "the target is empty but the indicator name contains a value",
       "指标值为空，但指标名称中含有数值"},
      {"check.ES308.fix", "",
       "Move the value (e.g. 100%) from the name into 年度指标值 so the row can be scored.",
       "请把数值（如 100%）从名称移到年度指标值，以便评分。"},
      {"check.ES309.summary", "", "a negative actual (scored as 0)", "实际完成值为负数（按 0 计）"},
      {"check.ES309.fix", "", "判断实际完成值为负数，默认赋值为0: check the sign of the actual.",
       "判断实际完成值为负数，默认赋值为0：请核对完成值的符号。"},
      {"check.ES310.summary", "", "the same indicator name appears twice", "同一指标名称出现两次"},
      {"check.ES310.fix", "", "重复指标取一个打分: merge or rename the rows.",
       "重复指标取一个打分：请合并或重新命名。"},
      {"check.ES311.summary", "", "every indicator is reported exactly at full marks",
       "全部指标都恰好按满分填报"},
      {"check.ES311.fix", "",
       "All rows at full marks is common in inflated self-evaluations: check a few actual values "
       "against evidence.",
       "全部满分在虚高的自评中很常见：请对照佐证材料抽查几项实际完成值。"},
      {"check.ES312.summary", "", "a row's values cannot be compared",
       "某行的指标值与完成值无法比较"},
      {"check.ES312.fix", "",
       "Give both 年度指标值 and 实际完成值 in comparable forms (a number for a numeric target, a "
       "date for a deadline); the row scores 0 until then.",
       "请以可比较的形式填写年度指标值和实际完成值（定量指标填数字，时限指标填日期）；在此之前该行"
       "计 0 分。"},
      {"check.ES313.summary", "",
       "no rule could score a row; the profile's fallback (the unit's own score) was used",
       "没有规则能为该行评分，已采用评分规则的兜底办法（单位自评得分）"},
      {"check.ES313.fix", "",
       "Write a target and actual evalscore can parse, or a grade word for a qualitative row, so "
       "the row is recomputed rather than taken as reported.",
       "请填写 evalscore "
       "能识别的指标值和完成值，定性指标填写等级用语，以便重算而不是照搬填报得分。"},
      {"check.ES314.summary", "", "an approximate actual (200余人)",
       "实际完成值为约数（如 200余人）"},
      {"check.ES314.fix", "", "Write the exact number; it was scored as the number before 余.",
       "请填写准确数字；已按“余”之前的数字评分。"},
      {"check.ES315.summary", "", "the actual carries a comparison sign (≥80%)",
       "实际完成值带有比较符号（如 ≥80%）"},
      {"check.ES315.fix", "",
       "An actual is a measured value, not a bound: write the number reached. The bound was scored "
       "as the value.",
       "完成值是实测值，不是界限：请填写实际达到的数字。已按该界限值评分。"},
      {"check.ES316.summary", "",
       "no sign written; the row was scored as lower-is-better from its name",
       "指标值未写符号，按名称视为越低越好评分"},
      {"check.ES316.fix", "", "Write the sign (≤ or ≥) in 年度指标值 so nobody has to guess.",
       "请在年度指标值中写明符号（≤ 或 ≥），免得猜测。"},
      {"check.ES317.summary", "", "a row has values but no 分值: not scored",
       "一行有数值但没有分值：不计分"},
      {"check.ES317.fix", "",
       "Give the row its points, or mark it as a sub-row (`parts`) of the row it belongs to.",
       "请给该行分值，或把它标为所属行的分项（parts）。"},
      {"check.ES318.summary", "", "a scored row has no reported 得分", "计分指标没有填报得分"},
      {"check.ES318.fix", "", "Fill in the unit's own 得分 so it can be compared.",
       "请填写单位自评得分，以便比较。"},
      {"check.ES319.summary", "",
       "an indicator named …率 (a rate) is measured in persons, pieces or another count",
       "名为“…率”（比率）的指标以人、个等数量单位计量"},
      {"check.ES319.fix", "",
       "A rate is a percentage: give 年度指标值 and 实际完成值 in %, or rename the row as a count "
       "(体检人数 instead of 体检覆盖率).",
       "比率是百分比：请以 % "
       "填写年度指标值和实际完成值，或把指标改名为数量（如用体检人数代替体检覆盖率）。"},
      {"check.ES320.summary", "", "a template placeholder (**, XX, ××) is left in a name or value",
       "名称或数值中留有模板占位符（**、XX、××）"},
      {"check.ES320.fix", "",
       "Replace the placeholder with the real figure or unit (≥**平方米 → ≥260平方米); one finding "
       "per form names the rows.",
       "请用实际数字或单位替换占位符（≥**平方米 → ≥260平方米）；每张表一条发现，列出有关各行。"},
      {"check.ES321.summary", "",
       "a value has no unit where the target has one, or where the name asks for one",
       "指标值有单位而完成值没有，或名称要求单位而数值没有"},
      {"check.ES321.fix", "",
       "Write the unit with the number (18万元, 260平方米) so nobody has to guess what it counts.",
       "请在数字后写上单位（18万元、260平方米），免得猜测计量的是什么。"},
      {"check.ES322.summary", "",
       "budget execution, 拨付率 or 到位率, or an amount of money, is entered as an output or "
       "benefit indicator",
       "把预算执行率、拨付率、到位率或资金金额列为产出或效益指标"},
      {"check.ES322.fix", "",
       "Money allocated or spent is not an output: the funds row already scores execution, and "
       "review rules give such rows 0. Replace the row with what the money produced.",
       "资金的拨付或支出不是产出：资金行已对执行率计分，复核规则对此类指标计 0 "
       "分。请改为资金所形成的产出。"},
      {"check.ES323.summary", "",
       "a 时效 indicator names a deadline but is measured as a percentage",
       "时效指标名称是时限，却以百分比计量"},
      {"check.ES323.fix", "",
       "A deadline is checked by a date: write the target as 9月底前 and the actual as the month "
       "it was reached.",
       "时限要用日期核实：指标值写成“9月底前”，完成值写实际完成的月份。"},
      {"check.ES324.summary", "",
       "a date in an indicator from another year than the form's, or a year after it",
       "指标中的日期不是本表年度，或晚于本表年度"},
      {"check.ES324.fix", "",
       "A deadline of an earlier year was probably copied from last year's form; data of later "
       "years cannot be reported yet. Correct the year or the row.",
       "往年的时限多半是从上年表中照抄的；以后年度的数据现在还无法填报。请更正年份或该行。"},
      {"check.ES325.summary", "", "a row that does not measure satisfaction is filed under 满意度",
       "不衡量满意度的指标列在满意度下"},
      {"check.ES325.fix", "",
       "Move the row (合格率, 达标率 …) to 质量指标 or 效益指标; 满意度 rows measure what the "
       "beneficiaries think.",
       "请把该行（合格率、达标率……）移到质量指标或效益指标；满意度指标衡量的是受益对象的评价。"},
      {"check.ES326.summary", "", "二级指标 进度指标 where the template has 时效指标",
       "二级指标为进度指标，而模板中为时效指标"},
      {"check.ES326.fix", "",
       "The central template's 二级指标 for deadlines is 时效指标; rename the level.",
       "中央模板中时限类二级指标为时效指标：请更改该级名称。"},
      {"check.ES327.summary", "", "a \"≤\" cap on an output count", "产出数量指标设了“≤”上限"},
      {"check.ES327.fix", "",
       "An output target is a floor: more output is not worse. Write ≥ (or no sign); caps are for "
       "costs, complaints and failures.",
       "产出指标是下限：多产出并非更差。请写 ≥（或不写符号）；上限用于成本、投诉和故障。"},
      {"check.ES328.summary", "",
       "several groups with their own counts packed into one indicator with a 100% target",
       "把多组各有数量的对象合为一个以 100% 为目标的指标"},
      {"check.ES328.fix", "",
       "A 100% over several groups hides which one fell short: give each group its own row with "
       "its count as the target.",
       "多组合计 100% 会掩盖哪一组未完成：请每组各列一行，以其数量为指标值。"},
      {"check.ES329.summary", "", "every \"≥\" target is met exactly at its threshold",
       "每个“≥”指标都恰好在阈值上完成"},
      {"check.ES329.fix", "",
       "Actuals equal to every target look copied from the targets; check a few against evidence. "
       "Needs at least checks.at_threshold_rows (3) such rows.",
       "完成值与每个指标值都相等，像是照抄指标值；请对照佐证材料抽查几项。至少需要 "
       "checks.at_threshold_rows（3）行。"},
      {"check.ES330.summary", "",
       "a multi-year figure (≥20年) is reported as achieved in the form's year",
       "多年期的指标（≥20年）在本年度即报为已达到"},
      {"check.ES330.fix", "",
       "A service life or a lasting effect of many years cannot be observed after one year: report "
       "what can be measured now, or mark the row as not yet assessable.",
       "使用年限或多年的持续效果在一年后无法观察：请填写目前可以衡量的内容，或注明该行尚无法评价"
       "。"},
      {"check.ES331.summary", "", "unit cost × quantity is above the whole budget",
       "单位成本 × 数量超过全部预算"},
      {"check.ES331.fix", "",
       "单件成本 × 数量 must fit the budget: one of the three figures is wrong. The threshold is "
       "checks.unit_cost_excess (1.1 × the budget).",
       "单件成本 × 数量应在预算之内：三个数字中有一个是错的。阈值为 "
       "checks.unit_cost_excess（预算的 1.1 倍）。"},
      {"check.ES332.summary", "", "a cost ceiling (≤30万元) is above the whole budget",
       "成本上限（如 ≤30万元）高于全部预算"},
      {"check.ES332.fix", "",
       "A cost ceiling above the money available controls nothing: set it from the (adjusted) "
       "budget.",
       "高于可用资金的成本上限起不到控制作用：请按（调整后）预算设定。"},
      {"check.ES333.summary", "",
       "satisfaction reported as 100% with no survey, sample or method named on the form",
       "满意度填报为 100%，表上未说明调查、样本或方法"},
      {"check.ES333.fix", "",
       "满意度无资料打0分: name the survey (问卷, 抽样, 回访 …) and its sample in the 偏差原因 or "
       "the 年度总体目标, and keep the material.",
       "满意度无资料打0分：请在偏差原因或年度总体目标中写明调查方式（问卷、抽样、回访……）及样本，并"
       "留存资料。"},
      {"check.ES401.summary", "", "the reported 总分 differs from the recomputed total",
       "填报总分与重算总分不符"},
      {"check.ES401.fix", "",
       "Recompute 总分 = Σ indicator scores + funds score (see `evalscore explain FILE`).",
       "请重算总分 = 各指标得分之和 + 资金得分（见 evalscore explain FILE）。"},
      {"check.ES402.summary", "",
       "the reported grade differs from the grade of the recomputed total",
       "填报等级与重算总分对应的等级不符"},
      {"check.ES402.fix", "",
       "The grade follows from the total and the profile's bands (优 ≥ 90, 良 ≥ 80, 中 ≥ 60).",
       "等级由总分和评分规则的分档决定（优 ≥ 90，良 ≥ 80，中 ≥ 60）。"},
      {"check.ES403.summary", "", "the profile's execution-rate cap lowered 总分",
       "评分规则按执行率对总分封顶，使总分降低"},
      {"check.ES403.fix", "",
       "The profile caps 总分 by execution rate (budget.execution_caps, e.g. below 80% at most "
       "89); the part above the cap is deducted.",
       "评分规则按执行率对总分封顶（budget.execution_caps，如低于 80% 时最多 89 "
       "分）；超出封顶的部分扣除。"},
      {"check.ES501.summary", "", "every project of a unit self-scores full marks",
       "某单位的每个项目自评都是满分"},
      {"check.ES501.fix", "",
       "A unit whose every form reports full marks did not evaluate; reviewers sample its evidence "
       "first. Needs checks.batch_min_unit_projects (3) forms of the unit.",
       "每张表都报满分的单位实际上没有自评；复核时先抽查其佐证材料。需要该单位至少 "
       "checks.batch_min_unit_projects（3）张表。"},
      {"check.ES502.summary", "",
       "the same indicator text and target appear on forms of different units",
       "不同单位的表上出现相同的指标文字和指标值"},
      {"check.ES502.fix", "",
       "An indicator copied from another unit's form rarely fits this project (its beneficiaries, "
       "its outputs): check that it measures this project.",
       "从其他单位的表上照抄的指标很少适合本项目（受益对象、产出不同）：请核实它衡量的是本项目。"},
      {"check.ES503.summary", "", "satisfaction is 100% on every form of a unit",
       "某单位每张表的满意度都是 100%"},
      {"check.ES503.fix", "",
       "Every survey of a unit at 100% is unlikely: ask for the survey material.",
       "一个单位的每次调查都是 100% 不太可能：请索取调查材料。"},
      {"check.ES504.summary", "", "the same project (name, year, unit) appears twice in one batch",
       "同一项目（名称、年度、单位）在一批中出现两次"},
      {"check.ES504.fix", "",
       "A form submitted twice is counted twice in every summary: remove one, or correct the name.",
       "重复提交的表会在每个汇总中计算两次：请删除一张，或更正名称。"},
      {"check.ES601.summary", "",
       "rows print no 分值: they were scored with a share of their level's declared weight",
       "若干行没有分值：按其所在级别设定分值的份额计分"},
      {"check.ES601.fix", "",
       "The form prints only 得分 on these rows; the level's weight (e.g. 产出指标 80分) stands "
       "for them, shared as the profile's indicators.level_split says (equal by default). Write "
       "each row's 分值 if the form gives it elsewhere.",
       "表上这些行只印了得分；由该级的分值（如产出指标 80分）代表它们，按评分规则的 "
       "indicators.level_split 分配（默认平均）。如表上别处给出了各行分值，请填写。"},
      {"check.ES602.summary", "",
       "rows were dropped as 不适用 and the other rows rescaled to the full weight",
       "若干行按不适用剔除，其余各行按比例放大到满分"},
      {"check.ES602.fix", "",
       "Rows whose target or actual is /, 不适用 or — (with no actual) are left out and the rest "
       "scaled up (profile indicators.not_applicable: rescale). Check that the rows really do not "
       "apply.",
       "指标值或完成值为 /、不适用或 —（且无完成值）的行被剔除，其余各行按比例放大（评分规则 "
       "indicators.not_applicable: rescale）。请核实这些行确实不适用。"},
      {"check.ES603.summary", "", "a row has values but its 三级指标 name is missing",
       "一行有数值，但缺少三级指标名称"},
      {"check.ES603.fix", "",
       "The row was scored from its values; write the indicator's name (from the original form or "
       "the 绩效目标申报表) so the row can be identified.",
       "该行已按其数值评分；请填写指标名称（依原表或绩效目标申报表），以便识别。"},
      {"check.ES604.summary", "", "the 执行率 was printed as a fraction (1 for 100%)",
       "执行率以小数填写（1 表示 100%）"},
      {"check.ES604.fix", "",
       "The printed figure equals executed ÷ budget as a fraction; print it as a percentage.",
       "所填数字等于执行数 ÷ 预算数的小数：请以百分比填写。"},
      {"check.ES605.summary", "", "the funds row has a 分值 but its 得分 cell is blank",
       "资金行有分值，但得分栏为空"},
      {"check.ES605.fix", "",
       "Fill in the funds 得分 (执行率 × 分值); the recomputed score is shown beside it.",
       "请填写资金得分（执行率 × 分值）；重算得分已列在旁边。"},
      {"check.ES606.summary", "",
       "the 年度资金总额 row is blank or zero while the breakdown rows carry the amounts",
       "年度资金总额行为空或为 0，而明细行填有金额"},
      {"check.ES606.fix", "",
       "The funds row was scored from the sum of the breakdown rows. Copy the amounts into the "
       "年度资金总额 row.",
       "资金行已按明细行合计评分。请把金额抄入年度资金总额行。"},
      {"check.ES607.summary", "", "the form has no funds score, or does not count it in 总分",
       "表上没有资金得分，或资金得分不计入总分"},
      {"check.ES607.fix", "",
       "Stated by the file (funds.scored: false / funds.in_total: false) or the profile: the total "
       "is the indicators alone. The execution checks still run.",
       "由文件（funds.scored: false / funds.in_total: "
       "false）或评分规则规定：总分仅为指标得分。执行率相关检查照常进行。"},
      {"check.ES608.summary", "",
       "weights printed as percentages were read as points of a 100-point table",
       "以百分比填写的权重按百分制读作分值"},
      {"check.ES608.fix", "",
       "权重 35% is read as 35 points. Nothing to fix if the table totals 100.",
       "权重 35% 读作 35 分。表上合计为 100 时无需更正。"},
      {"check.ES609.summary", "",
       "an actual without a unit was read in the target's unit (70 against ≤50万元 is 70万元)",
       "没有单位的完成值按指标值的单位读取（70 对 ≤50万元 即 70万元）"},
      {"check.ES609.fix", "", "Write the unit with the actual so nobody has to guess.",
       "请在完成值后写上单位，免得猜测。"},
      {"check.ES610.summary", "",
       "no 项目名称: read as a department-wide form (部门整体支出绩效自评表) named by its unit",
       "没有项目名称：按部门整体支出绩效自评表读取，以其单位为名"},
      {"check.ES610.fix", "",
       "Write `kind: department` (表类型: 部门整体支出) in the project block to say so.",
       "请在 project 块中写 kind: department（表类型: 部门整体支出）加以说明。"},
      {"check.ES701.summary", "",
       "the amounts in a 年度总体目标 text do not add up to the total it states",
       "年度总体目标文字中的各项金额之和与所写的合计不符"},
      {"check.ES701.fix", "",
       "共申请300000元：设备100000元，培训50000元，宣传60000元 adds up to 210000: correct the "
       "total or the items.",
       "“共申请300000元：设备100000元，培训50000元，宣传60000元”合计为 "
       "210000：请更正合计或各项金额。"},
      {"check.ES702.summary", "",
       "an item of 实际完成情况 spent more than the same item in 预期目标",
       "实际完成情况中某一项的支出多于预期目标中的同一项"},
      {"check.ES702.fix", "",
       "Spending above the plan on one item needs an adjustment or an explanation.",
       "某一项支出超过计划，需要调整或说明。"},
      {"check.ES703.summary", "", "the 年度总体目标 are only money amounts",
       "年度总体目标只写了金额"},
      {"check.ES703.fix", "",
       "A goal says what the money is to achieve (outputs, beneficiaries, effects), not only how "
       "much was spent.",
       "目标应说明资金要达到的效果（产出、受益对象、效益），而不仅是花了多少钱。"},
      {"check.ES704.summary", "",
       "主管部门 and 实施单位 look swapped (a subordinate unit above its bureau)",
       "主管部门与实施单位看来填反了（下属单位在其主管局之上）"},
      {"check.ES704.fix", "",
       "主管部门 is the bureau in charge, 实施单位 the unit that carried the project out: swap "
       "them if they were entered the wrong way round.",
       "主管部门是负责的主管局，实施单位是具体实施项目的单位：如填反了请对调。"},
      {"check.ES801.summary", "", "a 复核得分 is above the row's 分值", "复核得分高于该行分值"},
      {"check.ES801.fix", "",
       "A review score cannot exceed the row's points: correct the 复核得分.",
       "复核得分不能超过该行分值：请更正复核得分。"},
      {"check.ES802.summary", "", "a 复核得分 below the 分值 has no 复核意见",
       "低于分值的复核得分没有填写复核意见"},
      {"check.ES802.fix", "",
       "Every deduction of the review needs its reason in 复核意见 (review_comment), e.g. "
       "“无佐证材料，扣 60%”.",
       "复核的每一处扣分都要在复核意见（review_comment）中写明原因，如“无佐证材料，扣 60%”。"},
      {"check.ES803.summary", "", "some scored rows carry a 复核得分 and others do not",
       "部分计分行有复核得分，部分没有"},
      {"check.ES803.fix", "",
       "Review every scored row, or accept that the recomputed score stands for the others in the "
       "reviewed total.",
       "请复核每个计分行，或接受复核总分中以重算得分代替未复核的行。"},
      {"check.ES804.summary", "", "复核得分 recorded without a reviewer and date",
       "填写了复核得分，但没有复核人和复核日期"},
      {"check.ES804.fix", "",
       "Add `review: {reviewer: …, date: …}` (复核: 复核人, 复核日期) so the review can be traced.",
       "请添加 review: {reviewer: …, date: …}（复核: 复核人, 复核日期），以便追溯复核。"},
  };
  return *messages;
}

Message CheckSummary(const CheckInfo& check) { return {"check." + check.code + ".summary", {}}; }

Message CheckFix(const CheckInfo& check) { return {"check." + check.code + ".fix", {}}; }

}  // namespace evalscore
