// The form's headings as the renderers print them, taken from the form's
// vocabulary (evalscore/vocabulary.h): a field's heading is its form label.
#ifndef EVALSCORE_CLI_FORM_HEADINGS_H_
#define EVALSCORE_CLI_FORM_HEADINGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace evalscore::cli {

// The form label of a field (项目名称 for project.name, 年初预算数 for
// fundsRow.initial); the key when the vocabulary has no such field.
std::string FieldLabel(std::string_view section, std::string_view key);

// A goal's heading: 年度总体目标：预期目标 (key "planned"), …：实际完成情况 ("achieved").
std::string GoalHeading(std::string_view key);

// The columns of the funds table after its first (项目资金（万元）):
// 年初预算数, 全年预算数, [调整后预算数,] 全年执行数, 分值, 执行率, 得分.
std::vector<std::string> FundsHeadings(bool adjusted);

// The columns of the indicator table: 一级指标, 二级指标, 三级指标, 年度指标值,
// 实际完成值, 分值, 得分, 填报得分, 偏差原因分析及改进措施[, 复核得分, 复核意见].
std::vector<std::string> IndicatorHeadings(bool reviewed);

// The per-project summary columns with the form's Chinese labels (CSV
// --csv-headers zh, the xlsx summary sheet): 文件, 状态, 项目名称, 年度, 主管部门,
// 实施单位, 评分规则, 执行率`rate_unit`, … 复核人等级 (22 columns).
std::vector<std::string> SummaryColumnsZh(std::string_view rate_unit);

// `headings` joined: each between `open` and `close`, separated by `between`.
std::string JoinHeadings(const std::vector<std::string>& headings, std::string_view open,
                         std::string_view close, std::string_view between = "");

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_FORM_HEADINGS_H_
