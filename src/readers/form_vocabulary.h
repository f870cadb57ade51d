// The labels a printed 自评表 uses, and the field of the project model each
// fills. Labels that are the same concept as a field of the form's vocabulary
// (evalscore/vocabulary.h) come from that field's Chinese keys; spellings only
// printed forms use are kept here, keyed to the field. The recognizer knows no
// label of its own.
#ifndef EVALSCORE_READERS_FORM_VOCABULARY_H_
#define EVALSCORE_READERS_FORM_VOCABULARY_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "evalscore/project.h"

namespace evalscore::readers {

enum class Role {
  kNone,
  // heading labels: the value is in the next cell to the right
  kProjectName,  // 项目名称 (部门名称 on a 部门整体 form)
  kDepartment,   // 主管部门
  kUnit,         // 实施单位
  kYear,         // 年度
  // funds block
  kFundsBlock,    // 项目资金（万元）
  kInitial,       // 年初预算数
  kBudget,        // 全年预算数
  kAdjusted,      // 调整后预算数
  kExecuted,      // 全年执行数
  kRate,          // 执行率
  kReportedRate,  // 填报执行率 (evalscore's own form: the unit's figure)
  // shared by the funds block and the indicator table
  kPoints,         // 分值 / 权重
  kScore,          // 得分
  kReportedScore,  // 填报得分 (evalscore's own form: the unit's figure)
  // goals
  kGoals,         // 年度总体目标
  kGoalPlanned,   // 预期目标
  kGoalAchieved,  // 实际完成情况
  // indicator table
  kIndicators,   // 绩效指标
  kLevel1,       // 一级指标
  kLevel2,       // 二级指标
  kName,         // 三级指标
  kTarget,       // 年度指标值 / 指标值
  kSign,         // 指标性质 (≥, ≤, 定性 ...)
  kMeasureUnit,  // 度量单位
  kActual,       // 实际完成值
  kDeviation,    // 偏差原因分析及改进措施
  kIgnored,      // a reviewer's columns (复核得分 ...): known, not read
  // closing row
  kTotal,  // 总分
  kGrade,  // 自评等级
};

// A label as compared: spaces and line breaks removed, full-width ASCII
// folded (（ → (), trailing bracketed notes such as units "(万元)" and "(A)"
// and a trailing colon dropped.
std::string CanonLabel(std::string_view text);

// The role of a label cell, from its canonical text.
Role RoleOf(const std::string& canon);
// Every label with its role, and every breakdown-row label with its row (for
// tests and documentation), in label order.
std::vector<std::pair<std::string, Role>> RoleLabelList();
std::vector<std::pair<std::string, FundsRowKind>> FundsRowLabelList();
// The funds row a label names (年度资金总额, 其中：当年财政拨款 ...); the total
// row is std::nullopt with *is_total set.
std::optional<FundsRowKind> FundsRowOf(const std::string& canon, bool* is_total);
// True for template placeholders carrying nothing: "指标1:", "……", "/".
bool IsPlaceholderName(const std::string& text);
// The part of a 三级 name that marks a 其中 sub-row.
bool IsPartName(const std::string& text);
// Grade words printed on the total row.
bool IsGradeWord(const std::string& text);
// evalscore's own rendering of a blank row: "（空行，不计分）".
bool IsBlankRowMarker(const std::string& text);

}  // namespace evalscore::readers

#endif  // EVALSCORE_READERS_FORM_VOCABULARY_H_
