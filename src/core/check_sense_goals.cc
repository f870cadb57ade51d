// Sense checks on the 年度总体目标 texts and the form's header: amounts that
// do not add up, items spent above their plan, goals that are only money,
// 主管部门 and 实施单位 swapped.
#include <cmath>

#include "check_context.h"
#include "text_scan.h"

namespace evalscore {
namespace {

bool Differs(double a, double b) { return std::fabs(a - b) > 0.005 * std::max(1.0, std::fabs(b)); }

// Words that mark an amount as the total of those after it.
bool IsTotalLabel(const std::string& label) {
  return ContainsAny(label, {"共", "合计", "总计", "总额", "总投资", "总金额", "累计"});
}

// The item an amount is for, without verbs around it ("用于设备" -> "设备").
std::string ItemOf(std::string label) {
  for (std::string_view w : {"其中", "用于", "支出", "申请", "完成", "安排", "使用", "投入"}) {
    if (label.rfind(w, 0) == 0) label.erase(0, w.size());
  }
  return FoldText(label);
}

std::string Yuan(double y) { return Num(y) + "元"; }

// ES701 for one text: a total followed by items that do not add up to it.
void AmountsAddUp(CheckContext& c, const OptText& text, const char* which) {
  if (!text) return;
  const std::vector<MoneyAmount> amounts = MoneyAmounts(text->value);
  if (amounts.size() < 3 || !IsTotalLabel(amounts.front().label)) return;
  // "…等" or "主要" lists only some items: nothing to add up.
  if (ContainsAny(text->value, {"等", "主要", "部分", "其他"})) return;
  double sum = 0;
  std::string terms;
  for (size_t i = 1; i < amounts.size(); ++i) {
    if (IsTotalLabel(amounts[i].label)) return;  // several totals: not one list
    sum += amounts[i].yuan;
    terms += (i > 1 ? " + " : "") + Num(amounts[i].yuan);
  }
  if (!Differs(sum, amounts.front().yuan)) return;
  c.Add("ES701", text->where,
        {"ES701.amounts_sum",
         {TextArg("field", which), TextArg("terms", terms), NumberArg("sum", sum, Yuan(sum)),
          NumberArg("stated", amounts.front().yuan, Yuan(amounts.front().yuan))}});
}

// ES702: an item of 实际完成情况 above the same item of 预期目标.
void ItemsWithinPlan(CheckContext& c) {
  const Project& p = c.project;
  if (!p.goal_planned || !p.goal_achieved) return;
  const std::vector<MoneyAmount> planned = MoneyAmounts(p.goal_planned->value);
  const std::vector<MoneyAmount> achieved = MoneyAmounts(p.goal_achieved->value);
  for (const MoneyAmount& a : achieved) {
    const std::string item = ItemOf(a.label);
    if (item.empty() || IsTotalLabel(a.label)) continue;
    for (const MoneyAmount& plan : planned) {
      if (ItemOf(plan.label) != item || IsTotalLabel(plan.label)) continue;
      if (a.yuan > plan.yuan && Differs(a.yuan, plan.yuan)) {
        c.Add("ES702", p.goal_achieved->where,
              {"ES702.item_over_plan",
               {TextArg("item", item), NumberArg("spent", a.yuan, Yuan(a.yuan)),
                NumberArg("planned", plan.yuan, Yuan(plan.yuan))}});
      }
      break;
    }
  }
}

// True when a goal text says nothing but amounts of money.
bool OnlyMoney(const std::string& text) {
  std::string rest = FoldText(text);
  for (std::string_view w :
       {"万元", "亿元", "元",   "万",   "共",   "申请", "支出", "资金", "合计", "总计",
        "预算", "经费", "使用", "拨付", "投入", "计划", "实际", "完成", "安排", "下达",
        "到位", "执行", "约",   "计",   "为",   "已",   "全部", "项目", "%"}) {
    for (size_t at = rest.find(w); at != std::string::npos; at = rest.find(w)) {
      rest.erase(at, w.size());
    }
  }
  std::string left;
  for (char ch : NormaliseForCompare(rest)) {
    if (!((ch >= '0' && ch <= '9') || ch == '.')) left += ch;
  }
  return left.empty() && !FoldText(text).empty();
}

// ES703: 年度总体目标 given only as money amounts.
void GoalsOnlyMoney(CheckContext& c) {
  const Project& p = c.project;
  const OptText* first = nullptr;
  std::string which;
  for (const auto& [t, name] :
       {std::pair{&p.goal_planned, "预期目标"}, std::pair{&p.goal_achieved, "实际完成情况"}}) {
    if (!*t || !OnlyMoney((*t)->value)) continue;
    if (!first) first = t;
    which += std::string(which.empty() ? "" : "; ") + name + " '" + (*t)->value + "'";
  }
  if (!first) return;
  c.Add("ES703", (*first)->where, {"ES703.goals_only_money", {TextArg("goals", which)}});
}

// The level an organisation's name suggests: 2 a bureau or higher, 1 a
// subordinate unit, 0 unknown.
int Level(const std::string& name) {
  const std::string n = WithoutParentheses(name);
  for (std::string_view w : {"局", "厅", "委员会", "委", "人民政府", "办公室", "部"}) {
    if (EndsWith(n, w)) return 2;
  }
  for (std::string_view w : {"馆", "站", "所", "院", "中心", "学校", "小学", "中学", "医院", "队",
                             "园", "社", "场", "台"}) {
    if (EndsWith(n, w)) return 1;
  }
  return 0;
}

// ES704: a subordinate unit as 主管部门 over a bureau as 实施单位.
void UnitsSwapped(CheckContext& c) {
  const Project& p = c.project;
  if (!p.department || !p.unit) return;
  if (Level(p.department->value) != 1 || Level(p.unit->value) != 2) return;
  c.Add("ES704", p.department->where,
        {"ES704.units_swapped",
         {TextArg("department", p.department->value), TextArg("unit", p.unit->value)}});
}

}  // namespace

void CheckSenseGoals(CheckContext& c) {
  AmountsAddUp(c, c.project.goal_planned, "预期目标");
  AmountsAddUp(c, c.project.goal_achieved, "实际完成情况");
  ItemsWithinPlan(c);
  GoalsOnlyMoney(c);
  UnitsSwapped(c);
}

}  // namespace evalscore
