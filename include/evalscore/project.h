// One project's self-evaluation form (项目支出绩效自评表) as written by the unit:
// every figure as reported, with where it was written. Nothing here is
// recomputed; see score.h for that.
//
// This is the one model every reader fills (the YAML loader today; spreadsheet
// readers later). A reader's contract: copy cells as printed; leave a blank cell
// unset (never 0); put a level's printed weight on the level (block, 一级, 二级),
// a row's printed 分值 on the row; say what the layout lacks with the explicit
// fields (Funds::scored, Funds::in_total, Project::kind) rather than by inventing
// figures. Locations may be YAML line:col or spreadsheet row:column.
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
  // v2 (form model v2) — how the printed cells were written:
  OptNumber points;                 // 分值 printed on this row (a 其中 row repeating it, G8)
  int reported_rate_decimals = -1;  // digits after the point of 执行率 as printed ("83.00%": 2)
  bool reported_rate_percent = true;  // 执行率 written with % (false: "1" may be a fraction)
  std::string label;  // the printed label (kNamed rows: 中央资金, 市级资金 ...)
};

enum class FundsRowKind {
  kTotal,           // 年度资金总额
  kAppropriation,   // 当年财政拨款 / 本年财政拨款 / 财政资金
  kCarryover,       // 上年结转资金
  kSpecialAccount,  // 财政专户管理资金 (Sichuan)
  kOwn,             // 单位资金 (Sichuan)
  kOther,           // 其他资金
  kNamed,  // any other breakdown row, by its printed label (中央资金, 省级资金 ...)
};

struct Funds {
  Location where;
  std::string currency = "万元";  // 万元 or 元: the unit every amount is written in
  OptNumber points;               // 分值 printed on the funds row
  std::optional<FundsRow> total;
  // The breakdown rows that were written, in FundsRowKind order.
  std::vector<std::pair<FundsRowKind, FundsRow>> breakdown;
  // The layout of the form (project-level statements; unset: the profile decides):
  // scored = false: the form prints amounts but no funds 分值/得分 (no funds score at all);
  // in_total = false: the funds score is printed but not counted in 总分.
  // The execution checks (ES106, ES107) run either way.
  std::optional<Located<bool>> scored;
  std::optional<Located<bool>> in_total;
};

// How a target was written when the form has separate columns for the sign
// (指标性质), the value (指标值) and the unit (度量单位).
struct Indicator {
  Location where;                     // the row (the list item)
  Located<std::string> name;          // 三级指标
  OptText target;                     // 年度指标值, as one text (sign + value + unit)
  OptText actual;                     // 实际完成值
  bool qualitative_declared = false;  // 指标性质 written as 定性
  // 分值 as printed. Absent on forms with only a 得分 column: the enclosing level's
  // declared weight then stands for the row (see ResolveRowPoints in score.h).
  OptNumber points;
  OptNumber score;    // 得分 as reported
  OptText deviation;  // 偏差原因分析及改进措施
  // A row printed with numbers but no name, target or actual (a template
  // leftover). Kept for the weight checks; never scored.
  bool blank = false;
  // 其中 sub-rows: recorded and checked, never added to any total.
  std::vector<Indicator> parts;
  // The reviewer's judgement (复核), when the file records one.
  OptNumber review_score;  // 复核得分
  OptText review_comment;  // 复核意见 (the reason of a deduction)
  // v2: a `blank: true` row that still has a target or actual: its name was lost
  // (torn or unreadable cell). Scored like any row; ES603 says the name is missing.
  bool name_lost = false;
  bool points_percent = false;  // 分值/权重 printed as a percentage ("35%"): read as points
  OptText target_unit;          // 度量单位 cell when the form has one (never glued to a value
                                // that already carries a unit, G11)
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
  int block = -1;  // index into Project::blocks, -1 when the table has no blocks
};

// Who reviewed the form and when (the `review:` block, 复核).
struct ReviewBlock {
  Location where;
  OptText reviewer;  // 复核人
  OptText date;      // 复核日期, as written
  OptText comment;   // 复核意见 on the whole form
};

// A level above 一级 (年度目标一(45分), 年度绩效目标(80分)): its own name and weight,
// holding one or more 一级 levels; 一级 names may repeat across blocks (G4).
struct IndicatorBlock {
  Located<std::string> name;
  OptNumber weight;
};

// What the form is about: one project (项目支出绩效自评表) or a whole department or
// unit (部门整体支出绩效自评表, same indicator table, named by the unit).
enum class FormKind { kProject, kDepartment };

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
  std::optional<ReviewBlock> review;  // 复核: reviewer and date, when recorded
  // v2 (appended): blocks above 一级 (empty when the table has none) and the form kind.
  std::vector<IndicatorBlock> blocks;
  FormKind kind = FormKind::kProject;
  // A department-wide form has no 项目名称: `name` then holds the unit (or the
  // department) it is named by, located there. kind_inferred: no `kind` was written,
  // the form was read as department-wide because it names a unit but no project.
  bool kind_inferred = false;
  // The sheets or tables whose cells the locations above point into
  // (Location::part n is source_parts[n - 1]); empty for a project file.
  std::vector<SourcePart> source_parts;
};

}  // namespace evalscore

#endif  // EVALSCORE_PROJECT_H_
