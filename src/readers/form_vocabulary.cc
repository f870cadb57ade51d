#include "readers/form_vocabulary.h"

#include <map>
#include <utility>
#include <vector>

#include "evalscore/vocabulary.h"

#include "readers/text_norm.h"

namespace evalscore::readers {
namespace {

// Which labels name a role: the vocabulary field that is the same concept
// (its Chinese keys are labels the form prints, evalscore/vocabulary.h), and
// the spellings only a printed form uses (reader-only variants). Labels are
// canonical (see CanonLabel); no label names two roles. Several roles share a
// label only where the block decides (分值 in funds and indicators).
struct RoleLabels {
  Role role;
  // The vocabulary field (section, key); a section alone names its title
  // (一级指标: "category"); both "": no vocabulary concept (填报执行率 is
  // evalscore's own column).
  std::string_view section;
  std::string_view key;
  bool all_aliases;  // false: only the field's form label (aliases[0])
  std::vector<std::string_view> reader_only;
};

const std::vector<RoleLabels> kRoleLabels = {
    {Role::kProjectName, "project", "name", true, {"部门名称", "单位名称"}},
    {Role::kDepartment, "project", "department", true, {"主管部门及代码", "主管单位"}},
    {Role::kUnit, "project", "unit", true, {"项目实施单位"}},
    {Role::kYear, "project", "year", true, {}},
    {Role::kFundsBlock,
     "",
     "funds",
     true,
     {"项目资金情况", "资金情况", "预算执行情况", "年度预算执行情况"}},
    {Role::kInitial, "fundsRow", "initial", true, {}},
    {Role::kBudget, "fundsRow", "budget", true, {}},
    {Role::kAdjusted, "fundsRow", "adjusted", true, {"调整后预算"}},
    {Role::kExecuted, "fundsRow", "executed", true, {"全年实际执行数"}},
    {Role::kRate, "fundsRow", "reported_rate", true, {"预算执行率"}},
    {Role::kReportedRate, "", "", false, {"填报执行率"}},
    {Role::kPoints, "row", "points", true, {"指标分值"}},
    {Role::kScore, "row", "score", true, {"自评得分", "指标得分"}},
    {Role::kReportedScore, "", "", false, {"填报得分"}},
    {Role::kGoals, "", "goals", true, {"总体目标", "年度总体目标完成情况"}},
    // Not 年初目标 / 完成情况: alone on a printed form they head other columns.
    {Role::kGoalPlanned, "goals", "planned", false, {"年初设定目标", "年度目标"}},
    {Role::kGoalAchieved, "goals", "achieved", false, {"全年实际完成情况", "实际完成目标"}},
    {Role::kIndicators, "", "indicators", true, {}},
    {Role::kLevel1, "category", "", false, {}},
    {Role::kLevel2, "group", "", false, {}},
    {Role::kName, "row", "name", true, {"指标内容"}},
    {Role::kTarget,
     "row",
     "target",
     true,
     {"预期指标值", "年度目标值", "目标值", "全年指标值", "预期目标值"}},
    {Role::kSign, "target", "sign", true, {}},
    {Role::kMeasureUnit, "target", "unit", true, {"计量单位"}},
    {Role::kActual,
     "row",
     "actual",
     true,
     {"实际值", "自评完成值", "全年完成值", "全年实际完成值", "年度实际完成值", "实际完成指标值"}},
    {Role::kDeviation,
     "row",
     "deviation",
     true,
     {"偏差原因分析", "偏差原因及改进措施", "未完成原因分析"}},
    {Role::kIgnored, "row", "review_score", true, {"复核完成值", "偏离度"}},
    {Role::kTotal, "", "reported", true, {"合计", "总计"}},
    {Role::kGrade, "reported", "grade", true, {"评价等级"}},
};

// The breakdown rows of the funds block: the vocabulary's funds fields and the
// spellings only printed forms use.
struct FundsRowLabels {
  FundsRowKind kind;  // its field in the vocabulary: "funds" FundsRowKey(kind)
  std::vector<std::string_view> reader_only;
};

const std::vector<FundsRowLabels> kFundsRowLabels = {
    {FundsRowKind::kAppropriation, {"财政拨款"}},
    {FundsRowKind::kCarryover, {"上年结转", "上年结余资金", "上年结转结余资金"}},
    {FundsRowKind::kSpecialAccount, {}},
    {FundsRowKind::kOwn, {"单位自有资金"}},
    {FundsRowKind::kOther, {}},
};

const std::vector<std::string_view> kTotalRowReaderOnly = {"资金总额", "年度资金总额合计", "合计"};

// The labels of a vocabulary field: its form label, or all its Chinese keys.
std::vector<std::string> FieldLabels(std::string_view section, std::string_view key,
                                     bool all_aliases) {
  std::vector<std::string> labels;
  const VocabSection* titled = key.empty() ? FindSection(section) : nullptr;
  if (titled != nullptr && !section.empty()) labels.emplace_back(titled->zh_title);
  if (const VocabField* f = FindField(section, key)) {
    for (std::string_view a : f->aliases) {
      labels.emplace_back(a);
      if (!all_aliases) break;
    }
  }
  return labels;
}

std::vector<std::string> Concat(std::vector<std::string> labels,
                                const std::vector<std::string_view>& more) {
  for (std::string_view m : more) labels.emplace_back(m);
  return labels;
}

const std::map<std::string, Role>& LabelRoles() {
  static const std::map<std::string, Role> roles = [] {
    std::map<std::string, Role> out;
    for (const RoleLabels& r : kRoleLabels) {
      for (const std::string& label :
           Concat(FieldLabels(r.section, r.key, r.all_aliases), r.reader_only)) {
        out.emplace(label, r.role);
      }
    }
    return out;
  }();
  return roles;
}

const std::map<std::string, FundsRowKind>& FundsRowLabelKinds() {
  static const std::map<std::string, FundsRowKind> kinds = [] {
    std::map<std::string, FundsRowKind> out;
    for (const FundsRowLabels& r : kFundsRowLabels) {
      for (const std::string& label :
           Concat(FieldLabels("funds", FundsRowKey(r.kind), true), r.reader_only)) {
        out.emplace(label, r.kind);
      }
    }
    return out;
  }();
  return kinds;
}

const std::vector<std::string>& TotalRowLabels() {
  static const std::vector<std::string> labels =
      Concat(FieldLabels("funds", FundsRowKey(FundsRowKind::kTotal), true), kTotalRowReaderOnly);
  return labels;
}

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
  const auto it = LabelRoles().find(canon);
  return it == LabelRoles().end() ? Role::kNone : it->second;
}

std::vector<std::pair<std::string, Role>> RoleLabelList() {
  return {LabelRoles().begin(), LabelRoles().end()};
}

std::vector<std::pair<std::string, FundsRowKind>> FundsRowLabelList() {
  return {FundsRowLabelKinds().begin(), FundsRowLabelKinds().end()};
}

std::optional<FundsRowKind> FundsRowOf(const std::string& canon, bool* is_total) {
  std::string s = canon;
  for (const char* prefix : {"其中:", "其中"}) {
    if (s.starts_with(prefix)) s.erase(0, std::string_view(prefix).size());
  }
  *is_total = false;
  for (const std::string& label : TotalRowLabels()) {
    if (s == label) {
      *is_total = true;
      return std::nullopt;
    }
  }
  const auto it = FundsRowLabelKinds().find(s);
  if (it != FundsRowLabelKinds().end()) return it->second;
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
