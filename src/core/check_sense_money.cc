// Sense checks on money: a budget cut to what was spent, money counted as an
// output, cost rows that do not fit the budget.
#include <cmath>
#include <utility>

#include "check_context.h"
#include "text_scan.h"

namespace evalscore {
namespace {

bool Same(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b)); }

// 元 per unit of the funds block's currency.
double YuanPerCurrency(const Funds& f) { return f.currency == "万元" ? 1e4 : 1; }

// An amount in 元 written in the funds block's currency ("120万元").
std::string InCurrency(double yuan, const Funds& f) {
  return Num(std::round(yuan / YuanPerCurrency(f) * 100) / 100) + f.currency;
}

// ES112: 全年预算数 cut below 年初预算数 to exactly 全年执行数.
void BudgetCutToExecuted(CheckContext& c) {
  if (!c.project.funds || !c.project.funds->total) return;
  const FundsRow& t = *c.project.funds->total;
  if (!t.initial || !t.budget || !t.executed) return;
  const double initial = t.initial->value, budget = t.budget->value, executed = t.executed->value;
  if (budget <= 0 || initial <= budget || !Same(budget, executed)) return;
  c.Add("ES112", t.budget->where,
        {"ES112.budget_cut_to_executed",
         {NumArg("budget", budget), NumArg("initial", initial), NumArg("executed", executed),
          NumArg("share", std::round(executed / initial * 1000) / 10)}});
}

// The rate word of a row that measures money allocated or spent, or "".
std::string FundsRateWord(const std::string& name) {
  const std::string folded = FoldText(name);
  for (std::string_view w : {"拨付率", "拨付进度", "到位率", "支付率", "支付进度", "支付完成率",
                             "执行率", "执行进度", "支出率", "使用率"}) {
    if (!Contains(folded, w)) continue;
    const bool money = ContainsAny(folded, {"资金", "预算", "经费", "款", "拨付", "财政"});
    if (money) return std::string(w);
  }
  return "";
}

// A 数量指标 row that counts money (工程资金金额 43.2 → 37.24): review rules
// give 资金支付类 quantity rows 0.
bool MoneyAsQuantity(const IndicatorScore& s) {
  if (!Contains(s.group, "数量")) return false;
  const std::string name = FoldText(s.name);
  if (!ContainsAny(name, {"资金", "经费", "预算"})) return false;
  return ContainsAny(name, {"金额", "支付", "拨付", "支出"}) ||
         (s.target.kind == ValueKind::kNumber && s.target.unit.rfind("元", 0) == 0 &&
          s.target.unit.find('/') == std::string::npos);
}

// ES322: the budget execution (or 拨付率/到位率) entered as an output or benefit row.
void FundsAsOutput(CheckContext& c, const Indicator& ind, const IndicatorScore& s) {
  if (!ContainsAny(s.category, {"产出", "效益"})) return;
  const std::string word = FundsRateWord(s.name);
  std::string id;
  if (!word.empty()) {
    id = Contains(word, "执行") ? "ES322.money_spent" : "ES322.money_allocated";
  } else if (MoneyAsQuantity(s)) {
    id = "ES322.money_as_quantity";
  } else {
    return;
  }
  const BudgetScore& b = c.score.budget;
  if (b.status == BudgetStatus::kScored && b.rate < c.profile.checks.low_execution) {
    id += "_low_execution";
  }
  c.Add("ES322", ind.name.where,
        {id,
         {TextArg("indicator", s.name), TextArg("group", s.group),
          NumArg("rate", std::round(b.rate * 10000) / 100), NumArg("executed", b.executed),
          NumArg("denominator", b.denominator)}});
}

// The measure word of a unit-cost row ("单件设备成本" -> 件, "3万元/台" -> 台), or "".
std::string UnitCostMeasure(const IndicatorScore& s) {
  const std::string& unit = s.target.unit;
  const size_t slash = unit.find('/');
  if (slash != std::string::npos) {
    const std::string per = unit.substr(slash + 1);
    return CodePoints(per) == 1 ? per : "";
  }
  static const std::pair<std::string_view, std::string_view> kWords[] = {
      {"单件", "件"}, {"单台", "台"}, {"单个", "个"}, {"单套", "套"}, {"每人", "人"},
      {"人均", "人"}, {"每户", "户"}, {"户均", "户"}, {"每亩", "亩"}, {"亩均", "亩"},
      {"每所", "所"}, {"每处", "处"}, {"每场", "场"}, {"每次", "次"}, {"每期", "期"}};
  for (const auto& [word, measure] : kWords) {
    if (Contains(s.name, word)) return std::string(measure);
  }
  return "";
}

// ES331 (unit cost × quantity above the budget) and ES332 (a cost ceiling
// above the whole budget), for one 成本 row.
void CostAgainstBudget(CheckContext& c, const CheckContext::Row& row,
                       const std::vector<CheckContext::Row>& rows) {
  const IndicatorScore& s = *row.score;
  const Funds& f = *c.project.funds;
  const double budget = f.total->budget->value * YuanPerCurrency(f);
  const Value& t = s.target;
  if (t.kind != ValueKind::kNumber || t.unit.rfind("元", 0) != 0 || budget <= 0) return;
  const Location at = row.indicator->target ? row.indicator->target->where : row.indicator->where;
  const std::string measure = UnitCostMeasure(s);
  if (!measure.empty()) {
    const IndicatorScore* quantity = nullptr;
    int matches = 0;
    for (const CheckContext::Row& other : rows) {
      const IndicatorScore& q = *other.score;
      if (Contains(q.group, "数量") && q.target.kind == ValueKind::kNumber &&
          q.target.unit == measure) {
        quantity = &q, ++matches;
      }
    }
    if (matches != 1) return;  // no quantity, or several: cannot tell which
    const double product = t.number * quantity->target.number;
    if (product <= budget * c.profile.checks.unit_cost_excess) return;
    c.Add("ES331", at,
          {"ES331.unit_cost_times_quantity",
           {TextArg("indicator", s.name), TextArg("target", t.text),
            TextArg("quantity", quantity->name), TextArg("quantity_target", quantity->target.text),
            NumberArg("product", product, InCurrency(product, f)),
            NumberArg("budget", budget, InCurrency(budget, f))}});
    return;
  }
  const bool ceiling = s.comparison == Comparison::kLe || s.comparison == Comparison::kLt;
  if (!ceiling || t.unit != "元" || t.number <= budget * (1 + 1e-6)) return;
  const bool initial_differs =
      f.total->initial && !Same(f.total->initial->value, f.total->budget->value);
  Message message{
      initial_differs ? "ES332.ceiling_above_budget_initial" : "ES332.ceiling_above_budget",
      {TextArg("indicator", s.name), TextArg("target", t.text),
       NumberArg("budget", budget, InCurrency(budget, f))}};
  if (initial_differs) {
    message.args.push_back(
        NumberArg("initial", f.total->initial->value, Num(f.total->initial->value) + f.currency));
  }
  c.Add("ES332", at, std::move(message));
}

bool InGroupCost(const IndicatorScore& s) {
  return Contains(s.group, "成本") || Contains(s.category, "成本");
}

}  // namespace

void CheckSenseMoney(CheckContext& c) {
  BudgetCutToExecuted(c);
  const std::vector<CheckContext::Row> rows = c.Rows();
  const bool budget_known =
      c.project.funds && c.project.funds->total && c.project.funds->total->budget;
  for (const CheckContext::Row& row : rows) {
    if (row.score->blank) continue;
    FundsAsOutput(c, *row.indicator, *row.score);
    if (budget_known && InGroupCost(*row.score)) CostAgainstBudget(c, row, rows);
  }
}

}  // namespace evalscore
