// `evalscore report FILE`: a draft 自评工作报告 in Chinese, in the four parts of
// the seed's attachment 2. Part 二 is written from the recomputed numbers,
// parts 三 and 四 from the findings; everything only the unit can know is a
// 【请单位填写：…】 marker.
#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

#include "cli/documents.h"
#include "cli/render.h"
#include "cli/style.h"

namespace evalscore::cli {
namespace {

// A marker for text the unit must write itself.
std::string FillIn(const std::string& what) { return "【请单位填写：" + what + "】"; }

// How to correct the form after a finding, in Chinese, by code.
struct FindingFix {
  const char* code;
  const char* fix;
};

const FindingFix kFixes[] = {
    {"ES101",
     "核对年度资金总额与当年财政拨款、上年结转资金、其他资金各栏，更正有误的数字或补填缺失的分项"},
    {"ES102", "按全年执行数 ÷ 全年预算数重新计算执行率"},
    {"ES103", "按执行率 × 分值重新计算预算执行得分"},
    {"ES104", "核对预算数和执行数，说明超预算支出的原因"},
    {"ES105", "将实际的预算数填入年度资金总额行"},
    {"ES106", "分析资金未执行的原因，加快预算执行进度，结转资金按规定使用"},
    {"ES107", "逐项核实实际完成值并如实评分；确以较少资金完成全部产出的，说明原因"},
    {"ES108", "补填全年预算数和全年执行数"},
    {"ES109", "属年中追加资金的，无需更正，在报告中说明资金来源"},
    {"ES110", "按自评表格式补填项目资金栏"},
    {"ES111", "按适用的评分办法确定预算执行分值"},
    {"ES201", "调整各三级指标分值，使其合计等于上级指标分值；删除空白行上的分值"},
    {"ES202", "调整分值，使全部分值合计为100分"},
    {"ES203", "按标准权重设置，或在报告中说明调整的理由"},
    {"ES204", "删除该指标或为其设置分值"},
    {"ES205", "补设服务对象满意度指标，或说明不设的理由"},
    {"ES301", "得分不得超过分值，按实际完成情况重新评分"},
    {"ES302", "按评分规则重新计算该指标得分；酌情扣分的须写明偏差原因"},
    {"ES303", "填写偏差原因分析及改进措施"},
    {"ES304", "按达成、部分达成、未达成对应的分数区间调整得分或实际完成值"},
    {"ES305", "分析超额完成的原因，今后合理设定年度指标值"},
    {"ES306", "以与年度指标值相同的计量单位填写实际完成的数值"},
    {"ES307", "统一年度指标值与实际完成值的计量单位"},
    {"ES308", "将指标名称中的数值移入年度指标值栏"},
    {"ES309", "核实实际完成值的正负号"},
    {"ES310", "合并或重新命名重复的指标"},
    {"ES311", "对照佐证材料逐项核实实际完成值"},
    {"ES312", "以可比较的形式填写年度指标值和实际完成值"},
    {"ES313", "填写可计算的年度指标值和实际完成值，或明确的评价等级"},
    {"ES314", "填写准确的实际完成数"},
    {"ES315", "填写实际达到的数值，不带“≥”“≤”等符号"},
    {"ES316", "在年度指标值中写明“≥”或“≤”"},
    {"ES317", "为该指标设置分值，或列为上一指标的“其中”项"},
    {"ES318", "填写单位自评得分"},
    {"ES401", "按各项指标得分与预算执行得分之和重新计算总分"},
    {"ES402", "按总分对应的等级填写"},
};

// The findings that concern how weights and targets were set (part 三).
const std::set<std::string> kGoalQualityCodes = {"ES111", "ES201", "ES202", "ES203",
                                                 "ES204", "ES205", "ES305", "ES308",
                                                 "ES310", "ES316", "ES317"};

// The corrective action for a finding, or a fill-in for codes without one.
std::string FixFor(const std::string& code) {
  for (const FindingFix& f : kFixes) {
    if (code == f.code) return f.fix;
  }
  return FillIn("整改措施");
}

// The finding in Chinese with its code and line: "“产出指标”下各行分值合计 58
// …，与设定的 50 不符（ES201，第31行）".
std::string FindingLine(const Diagnostic& d, const std::vector<SourcePart>& parts) {
  std::string line = RenderMessage(d.message, Lang::kZh) + "（" + d.code;
  if (d.where.in_cell()) {
    line += "，" + FormatLocation(d.where, parts);
  } else if (d.where.known()) {
    line += "，第" + std::to_string(d.where.line) + "行";
  }
  return line + "）";
}

bool HasFinding(const FileReport& r, const char* code) {
  return std::any_of(r.diagnostics.begin(), r.diagnostics.end(),
                     [&](const Diagnostic& d) { return d.code == code; });
}

std::string Join(const std::vector<std::string>& items, const char* sep) {
  std::string s;
  for (size_t i = 0; i < items.size(); ++i) s += (i ? sep : "") + items[i];
  return s;
}

// The project's name as used in the title: without a trailing 自评表 or 项目.
std::string ProjectTitle(const Project& p) {
  std::string name = p.name ? p.name->value : "";
  for (const char* suffix : {"项目支出绩效自评表", "支出绩效自评表", "绩效自评表", "项目"}) {
    if (name.ends_with(suffix)) {
      name.resize(name.size() - std::string(suffix).size());
      break;
    }
  }
  return name.empty() ? FillIn("项目名称") : name;
}

std::string Amount(const OptNumber& n, const std::string& currency) {
  return Number(n->value) + currency;
}

// The amounts of the total row and of the written breakdown rows.
void WriteAmounts(const Funds& f, std::ostream& out) {
  const FundsRow& t = *f.total;
  std::vector<std::string> parts;
  if (t.initial) parts.push_back("年初预算数" + Amount(t.initial, f.currency));
  if (t.budget) parts.push_back("全年预算数" + Amount(t.budget, f.currency));
  if (t.adjusted) parts.push_back("调整后预算数" + Amount(t.adjusted, f.currency));
  if (t.executed) parts.push_back("全年执行数" + Amount(t.executed, f.currency));
  std::string breakdown;
  for (const auto& [kind, row] : f.breakdown) {
    if (!row.budget && !row.executed) continue;
    breakdown += std::string(breakdown.empty() ? "其中：" : "；") +
                 (kind == FundsRowKind::kNamed ? row.label : std::string(FundsRowLabel(kind)));
    if (row.budget) breakdown += "预算" + Amount(row.budget, f.currency);
    if (row.executed)
      breakdown += (row.budget ? "、执行" : "执行") + Amount(row.executed, f.currency);
  }
  out << "该项目" << Join(parts, "，") << "。" << (breakdown.empty() ? "" : breakdown + "。")
      << "\n\n";
}

// （一）预算执行情况: the amounts, the rate and the funds score with the arithmetic.
void WriteBudget(const FileReport& r, std::ostream& out) {
  out << "（一）预算执行情况\n\n";
  const BudgetScore& b = r.score.budget;
  if (!r.project.funds || !r.project.funds->total) {
    out << "自评表未填写年度资金总额，预算执行不计分。" << FillIn("项目预算安排及执行情况")
        << "\n\n";
    return;
  }
  const Funds& f = *r.project.funds;
  WriteAmounts(f, out);
  const std::string points = Number(b.points);
  switch (b.status) {
    case BudgetStatus::kScored:
      if (b.form_unscored) {  // the layout has no funds score (funds.scored: false)
        out << "预算执行率 = 全年执行数 ÷ " << DenominatorLabel(b.denominator_used) << " = "
            << Number(b.executed) << " ÷ " << Number(b.denominator) << " = " << PercentText(b.rate)
            << "（本表预算执行不计分）。";
        break;
      }
      out << "预算执行率 = 全年执行数 ÷ " << DenominatorLabel(b.denominator_used) << " = "
          << Number(b.executed) << " ÷ " << Number(b.denominator) << " = " << PercentText(b.rate)
          << "，预算执行得分 = " << PercentText(b.rate_used) << " × " << points << " = "
          << Fixed2(b.score) << "分（满分" << points << "分"
          << (b.capped ? "，超过满分按满分计" : "") << "）。";
      break;
    case BudgetStatus::kZeroBudget:
      out << DenominatorLabel(b.denominator_used) << "为0，无法计算执行率，预算执行得0分。";
      break;
    case BudgetStatus::kNotApplicable:
      out << DenominatorLabel(b.denominator_used) << "为0，预算执行不适用，不计分。";
      break;
    case BudgetStatus::kIncomplete:
      out << "年度资金总额缺少预算数或执行数，无法计算执行率，预算执行得0分。";
      break;
    case BudgetStatus::kMissing:
      break;
  }
  const FundsRow& t = *f.total;
  if (t.reported_rate || t.reported_score) {
    out << "自评表填报";
    if (t.reported_rate) out << "执行率" << Number(t.reported_rate->value) << "%";
    if (t.reported_rate && t.reported_score) out << "、";
    if (t.reported_score) out << "得分" << Number(t.reported_score->value) << "分";
    out << "。";
  }
  out << "\n\n";
  if (HasFinding(r, "ES106")) {
    out << "预算执行率低于" << Number(r.profile->checks.low_execution * 100) << "%，"
        << FillIn("资金未执行的原因及结转资金的安排") << "。\n\n";
  }
}

// The three outcome lists of part 二: rows met, partly met, not met.
struct Outcomes {
  std::vector<std::string> met, partly, not_met, not_applicable, unscored, fallback;
  size_t rows = 0;  // named rows
};

// Rows of the project in document order, the order of ProjectScore::indicators.
std::vector<const Indicator*> FlatRows(const Project& p) {
  std::vector<const Indicator*> rows;
  for (const IndicatorCategory& c : p.categories) {
    for (const IndicatorGroup& g : c.groups) {
      for (const Indicator& ind : g.indicators) rows.push_back(&ind);
    }
  }
  return rows;
}

// A row below full marks: its values, its score and why (or a fill-in).
std::string ShortfallEntry(const IndicatorScore& s, const Indicator* row) {
  std::string entry = s.name + "（年度指标值" + (s.target.text.empty() ? "未填" : s.target.text) +
                      "，实际完成值" + (s.actual.text.empty() ? "未填" : s.actual.text) + "，得分" +
                      Fixed2(s.score) + " / " + Number(s.points) + "分";
  if (s.status == IndicatorStatus::kError) entry += "，二者无法比较，按0分计";
  const bool has_reason = row && row->deviation && !row->deviation->value.empty();
  entry += "；偏差原因：" + (has_reason ? row->deviation->value : FillIn("偏差原因及改进措施"));
  return entry + "）";
}

Outcomes ClassifyRows(const FileReport& r) {
  Outcomes o;
  const std::vector<const Indicator*> rows = FlatRows(r.project);
  for (size_t i = 0; i < r.score.indicators.size(); ++i) {
    const IndicatorScore& s = r.score.indicators[i];
    if (s.blank) continue;
    ++o.rows;
    const Indicator* row = i < rows.size() ? rows[i] : nullptr;
    if (s.status == IndicatorStatus::kNotApplicable) {
      o.not_applicable.push_back(s.name);
    } else if (s.status == IndicatorStatus::kUnscored) {
      o.unscored.push_back(s.name);
    } else if (s.status == IndicatorStatus::kError) {
      o.not_met.push_back(ShortfallEntry(s, row));
    } else if (s.score >= s.points - 1e-9) {
      o.met.push_back(s.name);
    } else if (s.score > 1e-9) {
      o.partly.push_back(ShortfallEntry(s, row));
    } else {
      o.not_met.push_back(ShortfallEntry(s, row));
    }
    if (s.status == IndicatorStatus::kFallback) o.fallback.push_back(s.name);
  }
  return o;
}

// "1. 全部实现的指标2个：a、b。" (names separated by 、, entries by ；).
void WriteList(int n, const char* what, const std::vector<std::string>& items, const char* sep,
               std::ostream& out) {
  out << n << ". " << what << items.size() << "个" << (items.empty() ? "" : "：")
      << Join(items, sep) << "。\n";
}

// （二）绩效指标完成情况: met / partly met / not met, and the ES107 inconsistency.
void WriteIndicatorOutcomes(const FileReport& r, std::ostream& out) {
  const ProjectScore& sc = r.score;
  const Outcomes o = ClassifyRows(r);
  out << "（二）绩效指标完成情况\n\n自评表共设三级指标" << o.rows << "个，计分指标分值合计"
      << Number(sc.indicator_points) << "分，重算得分" << Fixed2(sc.indicator_score) << "分";
  for (size_t i = 0; i < sc.categories.size(); ++i) {
    const CategoryScore& c = sc.categories[i];
    out << (i ? "，" : "：") << c.name << Fixed2(c.score) << "分（满分" << Number(c.points)
        << "分）";
  }
  out << "。\n\n";
  WriteList(1, "全部实现的指标", o.met, "、", out);
  WriteList(2, "部分实现的指标", o.partly, "；", out);
  WriteList(3, "未实现的指标", o.not_met, "；", out);
  if (!o.not_applicable.empty()) WriteList(4, "不适用的指标", o.not_applicable, "、", out);
  if (!o.unscored.empty()) {
    WriteList(o.not_applicable.empty() ? 4 : 5, "未设分值、未计分的指标", o.unscored, "、", out);
  }
  out << '\n';
  if (!o.fallback.empty()) {
    out << "其中" << o.fallback.size() << "个指标无法按评分规则计分，得分取自评表填报数："
        << Join(o.fallback, "、") << "。\n\n";
  }
  if (HasFinding(r, "ES107") && sc.indicator_points > 0) {
    out << "绩效指标得分率为" << PercentText(sc.indicator_sum / sc.indicator_points) << "（"
        << Fixed2(sc.indicator_sum) << " / " << Number(sc.indicator_points)
        << "分），而预算执行率仅为" << PercentText(sc.budget.rate)
        << "，指标完成情况与资金执行情况明显不一致（复核发现 ES107）。"
        << FillIn("逐项核实实际完成值，或说明以较少资金完成全部产出的原因") << "。\n\n";
  }
}

// （三）自评得分: the recomputed total and grade against the unit's.
void WriteTotal(const FileReport& r, std::ostream& out) {
  const ProjectScore& sc = r.score;
  const Project& p = r.project;
  out << "（三）自评得分\n\n按 " << r.profile_name << " 评分规则重算，总分 = 指标得分"
      << Fixed2(sc.indicator_score);
  if (sc.rescale != 1) out << "（不适用指标不计分，其余按 ×" << Number(sc.rescale) << " 折算）";
  if (sc.budget.counts) out << " + 预算执行得分" << Fixed2(sc.budget.score);
  out << " = " << Fixed2(sc.total) << "分（满分" << Number(sc.max_total) << "分）";
  if (!sc.grade.empty()) out << "，等级为“" << sc.grade << "”";
  out << "。";
  if (p.reported_total) {
    const double d = p.reported_total->value - sc.total;
    out << "单位自评表填报总分" << Number(p.reported_total->value) << "分，";
    if (std::abs(d) <= r.profile->checks.score_tolerance + 1e-9) {
      out << "与重算结果一致。";
    } else {
      out << (d > 0 ? "比重算结果高" : "比重算结果低") << Fixed2(std::abs(d)) << "分，请核实。";
    }
  } else {
    out << "自评表未填写总分。";
  }
  if (p.reported_grade && p.reported_grade->value != sc.grade) {
    out << "填报等级“" << p.reported_grade->value << "”与重算等级不一致。";
  }
  out << "\n\n";
}

void WriteGoalQuality(const FileReport& r, std::ostream& out) {
  out << "三、绩效目标设定质量情况\n\n";
  std::vector<std::string> lines;
  for (const Diagnostic& d : r.diagnostics) {
    if (kGoalQualityCodes.contains(d.code)) lines.push_back(FindingLine(d, r.project.source_parts));
  }
  if (lines.empty()) {
    out << "经复核，未发现指标分值和目标设定方面的问题。\n\n";
  } else {
    out << "经复核，绩效目标和指标设定存在以下问题：\n";
    for (size_t i = 0; i < lines.size(); ++i) out << i + 1 << ". " << lines[i] << "。\n";
    out << '\n';
  }
  out << FillIn("绩效目标是否明确、细化、量化，指标设置的依据（文件文号），以及对上述问题的说明")
      << "\n\n";
}

void WriteRectification(const FileReport& r, std::ostream& out) {
  out << "四、整改措施及结果应用\n\n（一）整改措施\n\n";
  if (r.diagnostics.empty()) {
    out << "经复核，自评表未发现需要整改的问题。\n";
  } else {
    out << "针对复核发现的问题，拟采取以下整改措施：\n";
  }
  for (size_t i = 0; i < r.diagnostics.size(); ++i) {
    const Diagnostic& d = r.diagnostics[i];
    out << i + 1 << ". " << FindingLine(d, r.project.source_parts) << "。整改：" << FixFor(d.code)
        << "。\n";
  }
  out << '\n'
      << FillIn("其他整改措施、责任人和完成时限") << "\n\n（二）结果应用\n\n"
      << FillIn("自评结果如何用于改进项目管理和安排下年度预算，以及自评结果的公开情况") << "\n\n";
}

}  // namespace

void WriteReportDraft(const FileReport& r, std::ostream& out) {
  if (r.status == FileStatus::kError) {
    out << r.path << "：无法评分，未生成报告草稿。\n";
    for (const Error& e : r.errors) out << "  " << RenderMessage(e.message, Lang::kZh) << '\n';
    out << '\n';
    return;
  }
  const Project& p = r.project;
  const std::string unit = p.unit ? p.unit->value : FillIn("单位名称");
  const std::string year = p.year ? std::to_string(p.year->value) : FillIn("年度");
  out << unit << "关于" << year << "年度" << ProjectTitle(p) << "项目绩效自评工作报告（草稿）\n\n"
      << "说明：本草稿由 evalscore 根据 " << r.path << " 按 " << r.profile_name
      << " 评分规则生成，数字均为重算结果；标有【请单位填写】的内容须由单位补充，定稿前请删除本说明"
         "。"
      << "\n\n"
      << FillIn("报送机关，如××县财政局") << "：\n\n根据" << FillIn("开展绩效自评的通知文号")
      << "要求，我单位对" << year << "年度" << ProjectTitle(p)
      << "项目开展了绩效自评，现将有关情况报告如下。\n\n"
      << "一、绩效自评工作组织开展情况\n\n"
      << FillIn(
             "自评工作的组织方式、参加人员和时间安排，核查了哪些资料（账簿、凭证、合同、验收材料"
             "等），以及自评的过程")
      << "\n\n二、绩效目标实现情况\n\n";
  WriteBudget(r, out);
  WriteIndicatorOutcomes(r, out);
  WriteTotal(r, out);
  WriteGoalQuality(r, out);
  WriteRectification(r, out);
  out << unit << "\n" << FillIn("报告日期") << "\n\n";
}

}  // namespace evalscore::cli
