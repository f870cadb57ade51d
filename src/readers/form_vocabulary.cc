#include "readers/form_vocabulary.h"

#include <utility>
#include <vector>

#include "readers/text_norm.h"

namespace evalscore::readers {
namespace {

// Label → role. Labels are canonical (see CanonLabel). Several roles share
// a label only where the block decides (分值 in funds and indicators).
const std::vector<std::pair<const char*, Role>> kLabels = {
    {"项目名称", Role::kProjectName},
    {"部门名称", Role::kProjectName},
    {"单位名称", Role::kProjectName},
    {"主管部门", Role::kDepartment},
    {"主管部门及代码", Role::kDepartment},
    {"主管单位", Role::kDepartment},
    {"实施单位", Role::kUnit},
    {"项目实施单位", Role::kUnit},
    {"年度", Role::kYear},
    {"项目资金", Role::kFundsBlock},
    {"项目资金情况", Role::kFundsBlock},
    {"资金情况", Role::kFundsBlock},
    {"预算执行情况", Role::kFundsBlock},
    {"年度预算执行情况", Role::kFundsBlock},
    {"年初预算数", Role::kInitial},
    {"年初预算", Role::kInitial},
    {"全年预算数", Role::kBudget},
    {"全年预算", Role::kBudget},
    {"调整后预算数", Role::kAdjusted},
    {"调整后预算", Role::kAdjusted},
    {"全年执行数", Role::kExecuted},
    {"全年执行", Role::kExecuted},
    {"预算执行数", Role::kExecuted},
    {"全年实际执行数", Role::kExecuted},
    {"执行率", Role::kRate},
    {"预算执行率", Role::kRate},
    {"填报执行率", Role::kReportedRate},
    {"分值", Role::kPoints},
    {"权重", Role::kPoints},
    {"指标分值", Role::kPoints},
    {"得分", Role::kScore},
    {"自评得分", Role::kScore},
    {"指标得分", Role::kScore},
    {"填报得分", Role::kReportedScore},
    {"年度总体目标", Role::kGoals},
    {"总体目标", Role::kGoals},
    {"年度总体目标完成情况", Role::kGoals},
    {"预期目标", Role::kGoalPlanned},
    {"年初设定目标", Role::kGoalPlanned},
    {"年度目标", Role::kGoalPlanned},
    {"实际完成情况", Role::kGoalAchieved},
    {"全年实际完成情况", Role::kGoalAchieved},
    {"实际完成目标", Role::kGoalAchieved},
    {"绩效指标", Role::kIndicators},
    {"一级指标", Role::kLevel1},
    {"二级指标", Role::kLevel2},
    {"三级指标", Role::kName},
    {"指标名称", Role::kName},
    {"指标内容", Role::kName},
    {"年度指标值", Role::kTarget},
    {"指标值", Role::kTarget},
    {"年初目标值", Role::kTarget},
    {"预期指标值", Role::kTarget},
    {"年度目标值", Role::kTarget},
    {"目标值", Role::kTarget},
    {"全年指标值", Role::kTarget},
    {"预期目标值", Role::kTarget},
    {"指标性质", Role::kSign},
    {"度量单位", Role::kMeasureUnit},
    {"计量单位", Role::kMeasureUnit},
    {"实际完成值", Role::kActual},
    {"完成值", Role::kActual},
    {"全年实际值", Role::kActual},
    {"实际值", Role::kActual},
    {"自评完成值", Role::kActual},
    {"全年完成值", Role::kActual},
    {"全年实际完成值", Role::kActual},
    {"年度实际完成值", Role::kActual},
    {"实际完成指标值", Role::kActual},
    {"偏差原因分析及改进措施", Role::kDeviation},
    {"偏差原因", Role::kDeviation},
    {"偏差原因分析", Role::kDeviation},
    {"偏差原因及改进措施", Role::kDeviation},
    {"未完成原因", Role::kDeviation},
    {"未完成原因分析", Role::kDeviation},
    {"复核完成值", Role::kIgnored},
    {"复核得分", Role::kIgnored},
    {"偏离度", Role::kIgnored},
    {"总分", Role::kTotal},
    {"合计", Role::kTotal},
    {"总计", Role::kTotal},
    {"自评等级", Role::kGrade},
    {"等级", Role::kGrade},
    {"评价等级", Role::kGrade},
};

const std::vector<std::pair<const char*, FundsRowKind>> kFundsRows = {
    {"当年财政拨款", FundsRowKind::kAppropriation},
    {"本年财政拨款", FundsRowKind::kAppropriation},
    {"财政资金", FundsRowKind::kAppropriation},
    {"财政拨款", FundsRowKind::kAppropriation},
    {"上年结转资金", FundsRowKind::kCarryover},
    {"上年结转", FundsRowKind::kCarryover},
    {"上年结余资金", FundsRowKind::kCarryover},
    {"上年结转结余资金", FundsRowKind::kCarryover},
    {"财政专户管理资金", FundsRowKind::kSpecialAccount},
    {"单位资金", FundsRowKind::kOwn},
    {"单位自有资金", FundsRowKind::kOwn},
    {"其他资金", FundsRowKind::kOther},
};

const std::vector<const char*> kTotalRows = {"年度资金总额", "资金总额", "年度资金总额合计",
                                             "合计"};

}  // namespace

std::string CanonLabel(std::string_view text) {
  std::string s = WithoutSpaces(FoldWidth(text));
  for (bool changed = true; changed;) {
    changed = false;
    while (s.ends_with(":")) s.pop_back(), changed = true;
    for (const auto& [open, close] : {std::pair{"(", ")"}, std::pair{"【", "】"}}) {
      if (s.ends_with(close)) {
        const size_t at = s.rfind(open);
        if (at != std::string::npos && at > 0) s.erase(at), changed = true;
      }
    }
  }
  return s;
}

Role RoleOf(const std::string& canon) {
  for (const auto& [label, role] : kLabels) {
    if (canon == label) return role;
  }
  return Role::kNone;
}

std::optional<FundsRowKind> FundsRowOf(const std::string& canon, bool* is_total) {
  std::string s = canon;
  for (const char* prefix : {"其中:", "其中"}) {
    if (s.starts_with(prefix)) s.erase(0, std::string_view(prefix).size());
  }
  *is_total = false;
  for (const char* label : kTotalRows) {
    if (s == label) {
      *is_total = true;
      return std::nullopt;
    }
  }
  for (const auto& [label, kind] : kFundsRows) {
    if (s == label) return kind;
  }
  return std::nullopt;
}

bool IsPlaceholderName(const std::string& text) {
  std::string s = WithoutSpaces(FoldWidth(text));
  if (s.starts_with("指标")) {
    size_t i = std::string_view("指标").size();
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i > std::string_view("指标").size() && i < s.size() && s[i] == ':') ++i;
    if (i > std::string_view("指标").size()) s.erase(0, i);
  }
  return s.empty() || IsBlankMark(s) || s.find_first_not_of(".。…") == std::string::npos;
}

bool IsPartName(const std::string& text) { return FoldWidth(text).starts_with("其中"); }

bool IsGradeWord(const std::string& text) {
  const std::string s = WithoutSpaces(text);
  return s == "优" || s == "良" || s == "中" || s == "差";
}

bool IsBlankRowMarker(const std::string& text) {
  return WithoutSpaces(FoldWidth(text)) == "(空行,不计分)";
}

}  // namespace evalscore::readers
