// One project's self-evaluation form (项目支出绩效自评表) as written by the unit:
// every figure as reported, with where it was written. Nothing here is
// recomputed; see score.h for that.
#ifndef EVALSCORE_PROJECT_H_
#define EVALSCORE_PROJECT_H_

#include <optional>
#include <string>
#include <vector>

#include "evalscore/location.h"

namespace evalscore {

using OptNumber = std::optional<Located<double>>;
using OptText = std::optional<Located<std::string>>;

// One row of the funds block (项目资金): 年初预算数, 全年预算数, 全年执行数.
struct FundsRow {
  Location where;      // the row's key
  OptNumber initial;   // 年初预算数
  OptNumber budget;    // 全年预算数 (Sichuan: 调整后预算数 when no `adjusted` is given)
  OptNumber adjusted;  // 调整后预算数, where the form has a separate column
  OptNumber executed;  // 全年执行数 / 预算执行数
  OptNumber reported_rate;   // 执行率 as printed, in percent (24% -> 24)
  OptNumber reported_score;  // 得分 as printed
};

enum class FundsRowKind {
  kTotal,           // 年度资金总额
  kAppropriation,   // 当年财政拨款 / 本年财政拨款 / 财政资金
  kCarryover,       // 上年结转资金
  kSpecialAccount,  // 财政专户管理资金 (Sichuan)
  kOwn,             // 单位资金 (Sichuan)
  kOther,           // 其他资金
};

struct Funds {
  Location where;
  std::string currency = "万元";  // 万元 or 元: the unit every amount is written in
  OptNumber points;               // 分值 printed on the funds row
  std::optional<FundsRow> total;
  // The breakdown rows that were written, in FundsRowKind order.
  std::vector<std::pair<FundsRowKind, FundsRow>> breakdown;
};

// How a target was written when the form has separate columns for the sign
// (指标性质), the value (指标值) and the unit (度量单位).
struct Indicator {
  Location where;                     // the row (the list item)
  Located<std::string> name;          // 三级指标
  OptText target;                     // 年度指标值, as one text (sign + value + unit)
  OptText actual;                     // 实际完成值
  bool qualitative_declared = false;  // 指标性质 written as 定性
  OptNumber points;                   // 分值
  OptNumber score;                    // 得分 as reported
  OptText deviation;                  // 偏差原因分析及改进措施
  // A row printed with numbers but no name, target or actual (a template
  // leftover). Kept for the weight checks; never scored.
  bool blank = false;
  // 其中 sub-rows: recorded and checked, never added to any total.
  std::vector<Indicator> parts;
};

// 二级指标 (数量指标, 质量指标 ...).
struct IndicatorGroup {
  Located<std::string> name;
  OptNumber weight;  // declared 分值 of the group, if printed
  std::vector<Indicator> indicators;
};

// 一级指标 (产出指标, 效益指标, 满意度指标, or 决策/管理 ...).
struct IndicatorCategory {
  Located<std::string> name;
  OptNumber weight;  // declared, e.g. 产出指标 50分
  std::vector<IndicatorGroup> groups;
};

struct Project {
  OptText name;  // 项目名称
  std::optional<Located<int>> year;
  OptText department;  // 主管部门
  OptText unit;        // 实施单位
  OptText rules;       // rule profile named by the file (`rules:`)
  std::optional<Funds> funds;
  OptText goal_planned;   // 年度总体目标: 预期目标
  OptText goal_achieved;  // 年度总体目标: 实际完成情况
  std::vector<IndicatorCategory> categories;
  Location indicators_where;
  OptNumber reported_total;   // 总分 得分 as printed
  OptNumber reported_points;  // 总分 分值 as printed (usually 100)
  OptText reported_grade;     // 等级 as printed
  Location reported_where;
  // The sheets or tables whose cells the locations above point into
  // (Location::part n is source_parts[n - 1]); empty for a project file.
  std::vector<SourcePart> source_parts;
};

}  // namespace evalscore

#endif  // EVALSCORE_PROJECT_H_
