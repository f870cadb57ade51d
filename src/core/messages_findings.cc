// The catalogue of findings (the checks of check_*.cc): one entry per message
// id, English and Chinese. Ids start with the check's code ("ES101.breakdown_sum").
#include "messages.h"

namespace evalscore {

const std::vector<MessageTemplate>& FindingMessages() {
  static const auto* messages = new std::vector<MessageTemplate>{
      // Funds (check_funds.cc).
      {"ES101.breakdown_sum", "",
       "{column} ({column_en}): the breakdown rows add up to {sum}, not the total {total}",
       "{column}：各明细行合计 {sum}，与年度资金总额 {total} 不符"},
      {"ES101.total_blank", "",
       "{column} ({column_en}): the breakdown rows add up to {sum} but the total row's cell is "
       "blank",
       "{column}：各明细行合计 {sum}，而年度资金总额行此栏为空"},
      {"ES102.rate_differs", "", "the printed 执行率 {reported}% differs from {arithmetic}",
       "填报的执行率 {reported}% 与 {arithmetic} 不符"},
      {"ES102.row_rate_differs", "",
       "'{row}': the printed 执行率 {reported}% differs from {arithmetic}",
       "“{row}”：填报的执行率 {reported}% 与 {arithmetic} 不符"},
      {"ES103.score_differs", "",
       "the printed funds 得分 {reported} differs from {arithmetic} × {points} = {score}",
       "填报的资金得分 {reported} 与 {arithmetic} × {points} = {score} 不符"},
      {"ES103.row_score_differs", "",
       "'{row}': the printed funds 得分 {reported} differs from {arithmetic} × {points} = {score}",
       "“{row}”：填报的资金得分 {reported} 与 {arithmetic} × {points} = {score} 不符"},
      {"ES104.over_budget_capped", "",
       "executed {executed} is more than the budget {budget} ({rate}); the funds score is capped "
       "at {score}",
       "执行数 {executed} 超过预算数 {budget}（{rate}）；资金得分封顶为 {score}"},
      {"ES104.over_budget", "",
       "executed {executed} is more than the budget {budget} ({rate}); the funds score is {score}",
       "执行数 {executed} 超过预算数 {budget}（{rate}）；资金得分为 {score}"},
      {"ES105.zero_budget", "",
       "the budget of the total row is 0: no execution rate; the funds row scores 0",
       "年度资金总额行的预算数为 0，无法计算执行率；资金得分为 0"},
      {"ES105.zero_budget_dropped", "",
       "the budget of the total row is 0: no execution rate; the funds row is dropped",
       "年度资金总额行的预算数为 0，无法计算执行率；资金行不计分"},
      {"ES106.low_execution", "", "execution {arithmetic} is below {threshold}%",
       "预算执行率 {arithmetic}，低于 {threshold}%"},
      {"ES107.full_marks_low_execution", "",
       "indicators scored {score} of {points} ({share}%) while only {rate} of the budget was spent "
       "({arithmetic})",
       "绩效指标得分 {score}/{points}（{share}%），而预算仅执行了 {rate}（{arithmetic}）"},
      {"ES108.no_budget", "", "the total row has no budget (denominator): the funds row scores 0",
       "年度资金总额行缺少预算数：资金得分为 0"},
      {"ES108.no_executed", "", "the total row has no executed amount: the funds row scores 0",
       "年度资金总额行缺少执行数：资金得分为 0"},
      {"ES109.initial_zero", "", "年初预算数 is 0 but 全年预算数 is {budget}",
       "年初预算数为 0，全年预算数为 {budget}"},
      {"ES110.no_funds_total", "",
       "no 年度资金总额 (funds total) row: the total has no funds score",
       "没有年度资金总额行：总分不含资金得分"},
      {"ES111.funds_points", "",
       "the form gives the funds row {points} points; profile {profile} gives it {profile_points}",
       "表上资金行分值为 {points}，评分规则 {profile} 为 {profile_points}"},
      {"ES604.rate_fraction", "", "执行率 printed as {reported}: read as the fraction {arithmetic}",
       "执行率填为 {reported}，按小数读作 {arithmetic}"},
      {"ES604.row_rate_fraction", "",
       "'{row}': 执行率 printed as {reported}: read as the fraction {arithmetic}",
       "“{row}”：执行率填为 {reported}，按小数读作 {arithmetic}"},
      {"ES605.score_blank", "",
       "the funds row has 分值 {points} but its 得分 cell is blank; recomputed {arithmetic} × "
       "{funds_points} = {score}",
       "资金行有分值 {points}，但得分栏为空；重算为 {arithmetic} × {funds_points} = {score}"},
      {"ES606.total_blank", "",
       "the 年度资金总额 row is blank or zero while the breakdown rows carry the amounts: scored "
       "from their sum ({executed} / {denominator})",
       "年度资金总额行为空或为 0，而明细行填有金额：按明细行合计评分（{executed} / "
       "{denominator}）"},
      {"ES606.executed_blank", "",
       "the 年度资金总额 row is blank in 全年执行数 while the breakdown rows carry the amounts: "
       "scored from their sum ({executed} / {denominator})",
       "年度资金总额行的全年执行数为空，而明细行填有金额：按明细行合计评分（{executed} / "
       "{denominator}）"},
      {"ES607.form_unscored", "",
       "funds.scored: false: the form has no funds score; the total is the indicators alone",
       "本表资金行不计分（funds.scored: false）：总分仅为指标得分"},
      {"ES607.not_counted", "",
       "the funds score {score} is not counted in 总分 ({why}); the total is the indicators alone",
       "资金得分 {score} 不计入总分（{why}）：总分仅为指标得分"},
      // Weights (check_weights.cc).
      {"ES201.level_points", "",
       "the rows of '{level}' carry {points} points, not the declared {weight}",
       "“{level}”下各行分值合计 {points}，与设定的 {weight} 不符"},
      {"ES201.level_points_blank_one", "",
       "the rows of '{level}' carry {points} points (including {blank} blank row with points but "
       "no name), not the declared {weight}",
       "“{level}”下各行分值合计 {points}（含 {blank} 个有分值无名称的空行），与设定的 {weight} "
       "不符"},
      {"ES201.level_points_blank_many", "",
       "the rows of '{level}' carry {points} points (including {blank} blank rows with points but "
       "no name), not the declared {weight}",
       "“{level}”下各行分值合计 {points}（含 {blank} 个有分值无名称的空行），与设定的 {weight} "
       "不符"},
      {"ES202.sum_funds", "",
       "indicator rows carry {points} points + funds {funds} = {total}, not {expected}",
       "指标分值合计 {points} + 资金 {funds} = {total}，不等于 {expected}"},
      {"ES202.sum_funds_blank_one", "",
       "indicator rows carry {points} points (including {blank} blank row with points but no name) "
       "+ funds {funds} = {total}, not {expected}",
       "指标分值合计 {points}（含 {blank} 个空行）+ 资金 {funds} = {total}，不等于 {expected}"},
      {"ES202.sum_funds_blank_many", "",
       "indicator rows carry {points} points (including {blank} blank rows with points but no "
       "name) + funds {funds} = {total}, not {expected}",
       "指标分值合计 {points}（含 {blank} 个空行）+ 资金 {funds} = {total}，不等于 {expected}"},
      {"ES202.sum_no_funds_row", "",
       "indicator rows carry {points} points (no funds row) = {total}, not {expected}",
       "指标分值合计 {points}（不含资金行）= {total}，不等于 {expected}"},
      {"ES202.sum_no_funds_row_blank_one", "",
       "indicator rows carry {points} points (including {blank} blank row with points but no name) "
       "(no funds row) = {total}, not {expected}",
       "指标分值合计 {points}（不含资金行）= {total}，不等于 {expected}"},
      {"ES202.sum_no_funds_row_blank_many", "",
       "indicator rows carry {points} points (including {blank} blank rows with points but no "
       "name) (no funds row) = {total}, not {expected}",
       "指标分值合计 {points}（不含资金行）= {total}，不等于 {expected}"},
      {"ES202.sum_funds_not_counted", "",
       "indicator rows carry {points} points (funds not counted) = {total}, not {expected}",
       "指标分值合计 {points}（不含资金行）= {total}，不等于 {expected}"},
      {"ES202.sum_funds_not_counted_blank_one", "",
       "indicator rows carry {points} points (including {blank} blank row with points but no name) "
       "(funds not counted) = {total}, not {expected}",
       "指标分值合计 {points}（不含资金行）= {total}，不等于 {expected}"},
      {"ES202.sum_funds_not_counted_blank_many", "",
       "indicator rows carry {points} points (including {blank} blank rows with points but no "
       "name) (funds not counted) = {total}, not {expected}",
       "指标分值合计 {points}（不含资金行）= {total}，不等于 {expected}"},
      {"ES203.split", "",
       "first-level split 产出 {output} / 效益 {effect} / 满意度 {satisfaction} / 预算 {funds} "
       "differs from {expected}",
       "一级指标分值 产出 {output} / 效益 {effect} / 满意度 {satisfaction} / 预算 {funds}，与 "
       "{expected} 不同"},
      {"ES203.split_free", "",
       "first-level split 产出 {output} / 效益 {effect} / 满意度 {satisfaction} / 预算 {funds} "
       "differs from {expected} (free levels adding up to {free})",
       "一级指标分值结构 产出 {output} / 效益 {effect} / 满意度 {satisfaction} / 预算 {funds} 与 "
       "{expected} 不符（不限定的各级合计应为 {free}）"},
      {"ES204.points_not_positive", "", "'{indicator}' has {points} points",
       "“{indicator}”的分值为 {points}"},
      {"ES205.no_satisfaction", "", "no 满意度 (satisfaction) indicator", "没有满意度指标"},
      {"ES301.level_reported", "",
       "the rows of '{level}' report 得分 adding up to {reported}, more than the level's {weight} "
       "points",
       "“{level}”各行填报得分合计 {reported}，超过该级分值 {weight}"},
      {"ES601.shared_equally_one", "",
       "{rows} row of '{level}' print no 分值: {points} points of its weight shared equally "
       "({each} each)",
       "“{level}”的 {rows} 行没有分值：按其分值 {points} 平均分配（每行 {each}）"},
      {"ES601.shared_equally_many", "",
       "{rows} rows of '{level}' print no 分值: {points} points of its weight shared equally "
       "({each} each)",
       "“{level}”的 {rows} 行没有分值：按其分值 {points} 平均分配（每行 {each}）"},
      {"ES601.shared_in_proportion_one", "",
       "{rows} row of '{level}' print no 分值: {points} points of its weight shared in proportion "
       "to their printed 得分",
       "“{level}”的 {rows} 行没有分值：其分值 {points} 按各行填报得分比例分配"},
      {"ES601.shared_in_proportion_many", "",
       "{rows} rows of '{level}' print no 分值: {points} points of its weight shared in proportion "
       "to their printed 得分",
       "“{level}”的 {rows} 行没有分值：其分值 {points} 按各行填报得分比例分配"},
      {"ES608.points_percent", "",
       "分值 printed as a percentage ({points}%) is read as {points} points of a 100-point table",
       "分值以百分比填写（{points}%），按百分制读作 {points} 分"},
      // Rows (check_rows.cc); {note} is the row's scoring note (note.*).
      {"ES301.above_points", "",
       "'{indicator}': reported 得分 {reported} is above its 分值 {points}",
       "“{indicator}”：填报得分 {reported} 超过分值 {points}"},
      {"ES302.score_differs", "",
       "'{indicator}': reported 得分 {reported}, recomputed {score} ({target} → {actual})",
       "“{indicator}”：填报得分 {reported}，重算得分 {score}（{target} → {actual}）"},
      {"ES303.no_deviation_reason", "",
       "'{indicator}' scored {score} of {points} without a 偏差原因",
       "“{indicator}”得分 {score}/{points}，但未填写偏差原因"},
      {"ES304.outside_band", "",
       "'{indicator}': reported 得分 {reported} is outside the band [{low}, {high}) of its grade",
       "“{indicator}”：填报得分 {reported} 不在其等级的分值区间 [{low}, {high}) 内"},
      {"ES304.outside_band_closed", "",
       "'{indicator}': reported 得分 {reported} is outside the band [{low}, {high}] of its grade",
       "“{indicator}”：填报得分 {reported} 不在其等级的分值区间 [{low}, {high}] 内"},
      {"ES305.over_achieved", "",
       "'{indicator}': actual {actual} is {ratio}× the target {target} (≥ {factor}×) without a "
       "偏差原因",
       "“{indicator}”：实际完成值 {actual} 为指标值 {target} 的 {ratio} 倍（≥ {factor} "
       "倍），未说明原因"},
      {"ES306.text_for_number", "",
       "'{indicator}': text '{actual}' for the numeric target {target}",
       "“{indicator}”：定量指标 {target} 的实际完成值为文字“{actual}”"},
      {"ES308.value_in_name", "", "'{indicator}': 年度指标值 is empty but the name holds a value",
       "“{indicator}”：年度指标值为空，指标值写在了指标名称里"},
      {"ES309.negative_actual", "", "'{indicator}': negative actual {actual} scored as 0",
       "“{indicator}”：实际完成值 {actual} 为负数，按 0 计"},
      {"ES310.duplicate_name", "", "'{indicator}' appears again (first at line {first_line})",
       "“{indicator}”重复出现（首次在第 {first_line} 行）"},
      {"ES311.all_full_marks", "",
       "all {count} indicators are reported, and recomputed, at exactly full marks",
       "全部 {count} 个指标的填报得分与重算得分都恰好是满分"},
      {"ES307.row_units", "", "'{indicator}': {note}; scored 0", "“{indicator}”：{note}；计 0 分"},
      {"ES307.unweighted_units", "", "'{indicator}': {note} (the row has no 分值)",
       "“{indicator}”：{note}（该行没有分值）"},
      {"ES312.row_error", "", "'{indicator}': {note}; scored 0", "“{indicator}”：{note}；计 0 分"},
      {"ES312.unweighted_error", "", "'{indicator}': {note} (the row has no 分值)",
       "“{indicator}”：{note}（该行没有分值）"},
      {"ES313.fallback_scored", "", "'{indicator}': {note}; scored {score}",
       "“{indicator}”：{note}；计 {score} 分"},
      {"ES313.reported_taken", "", "'{indicator}': {note}; the unit's 得分 {score} was taken",
       "“{indicator}”：{note}；采用单位填报得分 {score}"},
      {"ES313.unweighted_fallback", "",
       "'{indicator}': {note}; no rule can score it (the row has no 分值)",
       "“{indicator}”：{note}；无法按规则评分（该行没有分值）"},
      {"ES314.approximate_actual", "", "'{indicator}': approximate actual {actual}",
       "“{indicator}”：实际完成值 {actual} 为约数"},
      {"ES315.actual_bound", "",
       "'{indicator}': the actual {actual} is a bound, not a measured value",
       "“{indicator}”：实际完成值 {actual} 是一个范围界限，不是实测值"},
      {"ES316.le_from_name", "",
       "'{indicator}': no sign in {target}; scored as ≤ (lower is better) from the name",
       "“{indicator}”：指标值 {target} 未写符号，按名称视为 ≤（越低越好）"},
      {"ES316.le_from_group", "",
       "'{indicator}': no sign in {target}; scored as ≤ (lower is better) from its group '{group}' "
       "(a cost is a ceiling)",
       "“{indicator}”：指标值 {target} 未写符号，按所在二级指标“{group}”视为 ≤（成本为上限）"},
      {"ES317.unweighted_values", "",
       "'{indicator}' has a target or actual but no 分值: not scored",
       "“{indicator}”有指标值或完成值但没有分值：不计分"},
      {"ES318.no_reported_score", "", "'{indicator}' has no reported 得分",
       "“{indicator}”没有填报得分"},
      {"ES603.name_lost", "",
       "a row with values ({target} → {actual}) but no 三级指标 name: scored from its values",
       "一行有指标值和完成值（{target} → {actual}）但缺少三级指标名称：按其数值评分"},
      {"ES609.actual_in_target_unit", "",
       "'{indicator}': the actual {actual} has no unit; read in the target's ({target})",
       "“{indicator}”：实际完成值 {actual} 未写单位，按指标值（{target}）的单位读取"},
      // Goals (check_sense_goals.cc).
      {"ES701.amounts_sum", "",
       "the amounts in {field} do not add up: {terms} = {sum}, not the {stated} stated",
       "{field}中的金额合计不符：{terms} = {sum}，而不是所写的 {stated}"},
      {"ES702.item_over_plan", "", "'{item}': {spent} spent against {planned} planned in 预期目标",
       "“{item}”：支出 {spent}，预期目标为 {planned}"},
      {"ES703.goals_only_money", "",
       "the 年度总体目标 give only money ({goals}): a goal says what the money is to achieve",
       "年度总体目标只写了金额（{goals}）：目标应说明资金要达到的效果"},
      {"ES704.units_swapped", "",
       "主管部门 '{department}' looks subordinate to 实施单位 '{unit}': are the two swapped?",
       "主管部门“{department}”看来隶属于实施单位“{unit}”：两者是否填反？"},
      // Sense checks (check_sense_money.cc, check_sense_rows.cc).
      {"ES112.budget_cut_to_executed", "",
       "全年预算数 {budget} was cut from 年初预算数 {initial} to exactly the executed {executed}: "
       "execution reads 100% because the budget followed the spending ({executed} / {initial} = "
       "{share}% of the initial budget)",
       "全年预算数 {budget} 由年初预算数 {initial} 调减至恰好等于执行数 {executed}：执行率 100% "
       "只因预算随支出调整（{executed} / {initial} = 年初预算的 {share}%）"},
      {"ES319.rate_in_count_unit", "",
       "'{indicator}' is a rate (…率) but is measured in {unit} ({value}): a rate needs a "
       "percentage, or the name a count (…数)",
       "“{indicator}”是比率（…率），却以“{unit}”计量（{value}"
       "）：比率应为百分比，否则名称应为数量（…数）"},
      {"ES320.placeholders_one", "", "{rows} row keeps a template placeholder ({mark}): {names}",
       "{rows} 行保留了模板占位符（{mark}）：{names}"},
      {"ES320.placeholders_many", "", "{rows} rows keep a template placeholder ({mark}): {names}",
       "{rows} 行保留了模板占位符（{mark}）：{names}"},
      {"ES321.actual_without_unit", "",
       "'{indicator}': the actual {actual} has no unit (target {target})",
       "“{indicator}”：完成值 {actual} 没有计量单位（指标值 {target}）"},
      {"ES321.name_asks_unit", "",
       "'{indicator}': {target} → {actual} carry no unit; the name asks for {unit}",
       "“{indicator}”：{target} → {actual} 没有计量单位；名称要求以“{unit}”计量"},
      {"ES322.money_spent", "",
       "'{indicator}' measures money spent (the funds row already scores it)",
       "“{indicator}”衡量的是资金支出（资金行已计分）"},
      {"ES322.money_spent_low_execution", "",
       "'{indicator}' measures money spent (the funds row already scores it); the funds execution "
       "is only {rate}% ({executed} / {denominator})",
       "“{indicator}”衡量的是资金支出（资金行已计分）；预算执行率仅 {rate}%（{executed} / "
       "{denominator}）"},
      {"ES322.money_allocated", "", "'{indicator}' measures money allocated or paid, not an output",
       "“{indicator}”衡量的是资金拨付或到位，不是产出"},
      {"ES322.money_allocated_low_execution", "",
       "'{indicator}' measures money allocated or paid, not an output; the funds execution is only "
       "{rate}% ({executed} / {denominator})",
       "“{indicator}”衡量的是资金拨付或到位，不是产出；预算执行率仅 {rate}%（{executed} / "
       "{denominator}）"},
      {"ES322.money_as_quantity", "",
       "'{indicator}' counts money under {group}, not a product or service",
       "“{indicator}”在{group}下计量的是资金，不是产品或服务"},
      {"ES322.money_as_quantity_low_execution", "",
       "'{indicator}' counts money under {group}, not a product or service; the funds execution is "
       "only {rate}% ({executed} / {denominator})",
       "“{indicator}”在{group}下计量的是资金，不是产品或服务；预算执行率仅 {rate}%（{executed} / "
       "{denominator}）"},
      {"ES323.deadline_as_percent", "",
       "'{indicator}' is a deadline but is measured as {target}: write the date reached (e.g. 9月) "
       "so it can be checked",
       "“{indicator}”是时限，却以 {target} 计量：请填写完成的日期（如 9月）以便核实"},
      {"ES324.year_after_form", "",
       "'{indicator}': the {field} names {year}, after the form's year {form_year}",
       "“{indicator}”：{field}中出现 {year} 年，晚于本表年度 {form_year}"},
      {"ES324.date_before_form", "",
       "'{indicator}': the {field} holds a date in {year} on a {form_year} form (copied from an "
       "earlier year?)",
       "“{indicator}”：{field}中的日期在 {year} 年，而本表为 {form_year} "
       "年度（是否沿用了往年内容？）"},
      {"ES327.output_capped", "",
       "'{indicator}': the output count is capped ({target}); an output target is a floor (≥), "
       "more is not worse",
       "“{indicator}”：产出数量设了上限（{target}）；产出指标应为下限（≥），多产出并非更差"},
      {"ES328.packed_groups", "",
       "'{indicator}' packs {groups} groups with their own counts into one row with a 100% target: "
       "give each its own row",
       "“{indicator}”把 {groups} 组各有数量的对象合为一行并以 100% 为目标：应各列一行"},
      {"ES330.multi_year_reached", "",
       "'{indicator}': a {years}-year figure ({target}) is reported as reached ({actual}) in the "
       "form's year; it cannot be observed yet",
       "“{indicator}”：{years} "
       "年的指标（{target}）在本年度即报为已达到（{actual}）；目前尚无法观察"},
      {"ES331.unit_cost_times_quantity", "",
       "'{indicator}' {target} × '{quantity}' {quantity_target} = {product}, more than the whole "
       "budget {budget}",
       "“{indicator}”{target} ×“{quantity}”{quantity_target} = {product}，超过全部预算 {budget}"},
      {"ES332.ceiling_above_budget", "",
       "'{indicator}': the cost ceiling {target} is above the whole budget {budget} (全年预算数)",
       "“{indicator}”：成本上限 {target} 高于全部预算 {budget}（全年预算数）"},
      {"ES332.ceiling_above_budget_initial", "",
       "'{indicator}': the cost ceiling {target} is above the whole budget {budget} (全年预算数; "
       "年初预算数 {initial})",
       "“{indicator}”：成本上限 {target} 高于全部预算 {budget}（全年预算数; 年初预算数 "
       "{initial}）"},
      // Structure (check_sense_structure.cc).
      {"ES206.level_full", "",
       "'{indicator}' carries no points while the other rows already fill '{level}' ({weight}): "
       "scoring it would overfill the level",
       "“{indicator}”没有分值，而其余指标已占满“{level}”的 {weight} 分：再计分将超出该级分值"},
      {"ES207.no_benefit", "",
       "产出 has indicators but 效益 has none: the form says what was produced, not what it "
       "achieved",
       "有产出指标而无效益指标：只说明了产出，未说明效果"},
      {"ES208.qualitative_heavy", "",
       "{qualitative} of {rows} indicators are qualitative (more than {share}%): little can be "
       "checked",
       "{rows} 个指标中有 {qualitative} 个为定性指标（超过 {share}%）：可核实的内容很少"},
      {"ES325.not_satisfaction", "",
       "'{indicator}' is filed under '{level}' but does not measure satisfaction",
       "“{indicator}”列在“{level}”下，但并不衡量满意度"},
      {"ES326.deadline_group", "",
       "二级指标 '{group}': the template's 二级指标 for deadlines is 时效指标",
       "二级指标“{group}”：模板中时限类二级指标为时效指标"},
      {"ES329.all_at_threshold", "",
       "all {rows} \"≥\" targets are met exactly at their threshold: actuals copied from the "
       "targets?",
       "全部 {rows} 个“≥”指标的完成值都恰好等于指标值：是否照抄了指标值？"},
      {"ES333.no_survey", "",
       "'{indicator}' is reported as {actual} with no survey, sample or method named on the form",
       "“{indicator}”填报为 {actual}，表上未说明调查、样本或方法"},
      // Totals (check_totals.cc, check_execution_cap.cc).
      {"ES401.total_differs", "",
       "the reported 总分 {reported} differs from the recomputed {total} (indicators {indicators}; "
       "difference {difference})",
       "填报总分 {reported} 与重算总分 {total} 不符（指标 {indicators}；差额 {difference}）"},
      {"ES401.total_differs_funds", "",
       "the reported 总分 {reported} differs from the recomputed {total} (indicators {indicators} "
       "+ funds {funds}; difference {difference})",
       "填报总分 {reported} 与重算总分 {total} 不符（指标 {indicators} + 资金 {funds}；差额 "
       "{difference}）"},
      {"ES401.total_differs_funds_capped", "",
       "the reported 总分 {reported} differs from the recomputed {total} (indicators {indicators} "
       "+ funds {funds} = {uncapped}, capped at {cap}; difference {difference})",
       "填报总分 {reported} 与重算总分 {total} 不符（指标 {indicators} + 资金 {funds} = "
       "{uncapped}，按执行率封顶为 {cap}；差额 {difference}）"},
      {"ES401.total_differs_capped", "",
       "the reported 总分 {reported} differs from the recomputed {total} (indicators {indicators} "
       "= {uncapped}, capped at {cap}; difference {difference})",
       "填报总分 {reported} 与重算总分 {total} 不符（指标 {indicators} = "
       "{uncapped}，按执行率封顶为 {cap}；差额 {difference}）"},
      {"ES402.grade_differs", "",
       "the reported grade {reported} differs from {grade} (recomputed total {total})",
       "填报等级 {reported} 与重算等级 {grade} 不符（重算总分 {total}）"},
      {"ES403.execution_cap", "",
       "execution {rate}% caps 总分 at {cap} (profile {profile}): {uncapped} → {total}",
       "执行率 {rate}% 使总分封顶为 {cap}（评分规则 {profile}）：{uncapped} → {total}"},
      {"ES602.not_applicable_rescaled", "",
       "rows worth {na_points} points were dropped as 不适用; the other rows were rescaled "
       "×{factor} to {points} points",
       "分值 {na_points} 的指标按不适用剔除；其余指标按 ×{factor} 折算为 {points} 分"},
      {"ES610.department_form", "",
       "no 项目名称: read as a department-wide form (部门整体支出绩效自评表) named by '{name}'",
       "没有项目名称：按部门整体支出绩效自评表读取，以“{name}”为名"},
      // The reviewer's columns (check_review.cc).
      {"ES801.review_above_points", "",
       "'{indicator}': 复核得分 {review} is above its 分值 {points}",
       "“{indicator}”：复核得分 {review} 超过分值 {points}"},
      {"ES802.no_review_comment", "",
       "'{indicator}': 复核得分 {review} of {points} without a 复核意见 (the reason of the "
       "deduction)",
       "“{indicator}”：复核得分 {review}/{points}，但未填写复核意见（扣分原因）"},
      {"ES803.unreviewed_one", "",
       "{rows} scored row has no 复核得分; the recomputed score stands for it in the reviewed "
       "total",
       "{rows} 个计分指标没有复核得分，复核总分中按重算得分计"},
      {"ES803.unreviewed_many", "",
       "{rows} scored rows have no 复核得分; the recomputed score stands for it in the reviewed "
       "total",
       "{rows} 个计分指标没有复核得分，复核总分中按重算得分计"},
      {"ES804.no_reviewer", "",
       "复核得分 recorded without a reviewer and date (review: {reviewer, date})",
       "填写了复核得分，但没有复核人和复核日期（review: {reviewer, date}）"},
      // The batch (check_batch.cc).
      {"ES501.unit_full_marks", "",
       "all {forms} forms of '{unit}' self-score full marks (also {others})",
       "“{unit}”的全部 {forms} 张表自评均为满分（另见 {others}）"},
      {"ES502.row_repeated", "",
       "'{indicator}' also appears in {other} ('{other_indicator}', unit '{unit}')",
       "“{indicator}”也出现在 {other}（“{other_indicator}”，单位“{unit}”）"},
      {"ES502.row_nearly_repeated", "",
       "'{indicator}' nearly also appears in {other} ('{other_indicator}', unit '{unit}')",
       "“{indicator}”也出现在 {other}（“{other_indicator}”，单位“{unit}”）"},
      {"ES503.unit_satisfaction_full", "",
       "satisfaction is 100% on all {forms} forms of '{unit}' (also {others})",
       "“{unit}”的全部 {forms} 张表满意度均为 100%（另见 {others}）"},
      {"ES504.project_repeated", "", "project '{project}' is also in {others}",
       "项目“{project}”也在 {others} 中"},
  };
  return *messages;
}

}  // namespace evalscore
