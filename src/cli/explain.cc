#include "cli/explain.h"

#include <optional>

#include <fmt/format.h>

#include "evalscore/printed_rate.h"

#include "cli/render.h"
#include "cli/source_location.h"

namespace evalscore::cli {
namespace {

// Picks the English or the Chinese wording.
struct Words {
  bool zh = false;
  std::string operator()(const char* en, const char* cn) const { return zh ? cn : en; }
};

// " (agrees)" or " (differs by 0.38)" for a reported minus recomputed difference.
std::string Agreement(double difference, const RuleProfile& p, Words T) {
  if (std::abs(difference) <= p.checks.score_tolerance + 1e-9) return T(" (agrees)", "（一致）");
  return T(" (differs by ", "（相差 ") + Fixed2(difference) + T(")", "）");
}

// The printed 执行率 as printed ("83.00%", or "1" read as a fraction) and how it
// compares, as the audit compares it (ES102, ES604).
std::string PrintedRate(const FundsRow& row, double rate, Words T) {
  const auto c = ComparePrintedRate(row, rate);
  if (!c) return "";
  const std::string printed = c->decimals > 0 && row.reported_rate_decimals > 0
                                  ? fmt::format("{:.{}f}", c->printed, c->decimals)
                                  : Number(c->printed);
  switch (c->reading) {
    case PrintedRateReading::kAgrees:
      return printed + "%" + T(" (agrees)", "（一致）");
    case PrintedRateReading::kFraction:
      return printed + T(" (the fraction ", "（按小数读作 ") + PercentText(rate) + T(")", "）");
    case PrintedRateReading::kDiffers:
      break;
  }
  return printed + "%" + T(" (differs from ", "（复核为 ") + PercentText(rate) +
         T(")", "，不一致）");
}

std::string RoundingWords(const RoundingRules& r, Words T) {
  return std::to_string(r.score_decimals) + T(" decimals, ", " 位小数，") +
         (r.score_mode == RoundMode::kFloor ? T("rounded down", "向下舍去")
                                            : T("rounded half up", "四舍五入"));
}

std::string Rounded(double raw, double score, const RoundingRules& r, Words T) {
  if (std::abs(raw - score) < 1e-12) return Number(score);
  return Number(RoundScore(raw, 6, RoundMode::kHalfUp)) + " → " + Number(score) + T(" (", "（") +
         RoundingWords(r, T) + T(")", "）");
}

std::string ValueWords(const Value& v, Words T) {
  switch (v.kind) {
    case ValueKind::kEmpty:
      return T("(empty)", "（空）");
    case ValueKind::kNotApplicable:
      return v.text + T(" (not applicable)", "（不适用）");
    case ValueKind::kText:
      return v.text + T(" (text)", "（文字）");
    case ValueKind::kRange:
      return v.text + " → " + Number(v.number) + T(" to ", " 至 ") + Number(v.upper) + " " + v.unit;
    case ValueKind::kNumber:
      break;
  }
  std::string s = v.text + " → ";
  if (v.comparison != Comparison::kNone) s += std::string(ComparisonSign(v.comparison)) + " ";
  s += Number(v.number);
  if (!v.unit.empty()) s += " " + v.unit;
  if (v.scale != 1) s += T(" (×", "（×") + Number(v.scale) + T(" from 万/亿)", "，万/亿已折算）");
  if (v.approximate) s += T(" (approximate)", "（约数）");
  return s;
}

// What happened to a row no rule scored (not scored, not applicable, an
// error, a fallback); nullopt for a scored row.
std::optional<std::string> UnscoredWords(const IndicatorScore& s, const RuleProfile& p, Words T) {
  const double w = s.points;
  switch (s.status) {
    case IndicatorStatus::kUnscored:
      return T("not scored: no 分值", "不计分：没有分值");
    case IndicatorStatus::kNotApplicable:
      return T("not applicable: left out", "不适用：不计入") +
             (p.indicators.not_applicable == NotApplicablePolicy::kRescale
                  ? T(" and the other rows rescaled", "，其余指标按比例折算")
                  : T(", counts 0", "，按 0 分计"));
    case IndicatorStatus::kError:
      return T("cannot be scored: ", "无法评分：") +
             RenderMessage(s.note, T.zh ? Lang::kZh : Lang::kEn) + " → 0";
    case IndicatorStatus::kFallback:
      return T("no rule applies (", "无适用规则（") +
             RenderMessage(s.note, T.zh ? Lang::kZh : Lang::kEn) + T("): ", "）：") +
             (s.reported && p.indicators.unscorable == FallbackPolicy::kReported
                  ? T("the unit's 得分 ", "采用单位填报得分 ") + Number(*s.reported) +
                        T(" is taken, capped at ", "，以分值 ") + Number(w) + T("", " 为上限")
                  : T("scored 0", "计 0 分"));
    case IndicatorStatus::kScored:
      break;
  }
  return std::nullopt;
}

// A positive (or equal, scored as ≥) row: full marks, a share, or an over-achievement deduction.
std::string PositiveWords(const IndicatorScore& s, const RuleProfile& p, const std::string& sign,
                          const std::string& implied, Words T) {
  const double w = s.points;
  const double t = s.target.number;
  const double a = s.actual_clamped ? 0 : s.actual.number;
  const std::string kind = s.kind == IndicatorKind::kEqual
                               ? T("equal (scored as ≥) ", "等值（按 ≥ 计） ")
                               : T("positive ", "正向 ");
  if (s.deducted_excess && p.indicators.over_achievement_deduct == OverAchievementDeduct::kFixed) {
    return kind + sign + implied +
           T(": over-achievement without a 偏差原因: ", "：超额完成且无偏差原因：") + Number(a) +
           " ≥ " + Number(p.indicators.over_achievement_factor) + " × " + Number(t) + " → " +
           Number(w) + " − " + Number(p.indicators.over_achievement_points) + " = " +
           Number(RoundScore(s.raw, 6, RoundMode::kHalfUp));
  }
  if (s.deducted_excess) {
    return kind + sign + implied + T(": over-achievement deducted: ", "：超额完成扣分：") +
           Number(w) + " × (1 − (" + Number(a) + " / " + Number(t) + " − " +
           Number(p.indicators.over_achievement_factor) +
           ")) = " + Number(RoundScore(s.raw, 6, RoundMode::kHalfUp));
  }
  if (s.raw >= w) {
    if (t <= 0)
      return kind + sign + implied + T(": target ", "：指标值 ") + Number(t) +
             T(" → full ", " → 满分 ") + Number(w);
    return kind + sign + implied + ": " + Number(a) + " ≥ " + Number(t) +
           T(" → full ", " → 满分 ") + Number(w);
  }
  return kind + sign + implied + ": " + Number(a) + " / " + Number(t) + " × " + Number(w) + " = " +
         Number(RoundScore(s.raw, 6, RoundMode::kHalfUp));
}

// The rule applied to one row and its arithmetic.
std::string RuleWords(const IndicatorScore& s, const RuleProfile& p, Words T) {
  const double w = s.points;
  const double t = s.target.number;
  const double a = s.actual_clamped ? 0 : s.actual.number;
  const std::string sign = ComparisonSign(s.comparison);
  const std::string implied = s.comparison_implied ? T(" (no sign written: ", "（未写符号，按 ") +
                                                         sign + T(" implied)", "）")
                                                   : "";
  if (auto unscored = UnscoredWords(s, p, T)) return *unscored;
  switch (s.kind) {
    case IndicatorKind::kQualitative: {
      const QualitativeRules& q = p.indicators.qualitative;
      const QualitativeGrade& g = s.grade == QualitativeGradeKind::kAchieved  ? q.achieved
                                  : s.grade == QualitativeGradeKind::kPartial ? q.partial
                                                                              : q.not_achieved;
      std::string why = s.grade_by_identity
                            ? T("actual identical to the target", "完成值与指标值相同")
                            : T("'", "“") + s.actual.text + T("' is a ", "”属于") +
                                  GradeName(s.grade) + T(" word", "用语");
      if (s.reported_in_band) {
        return T("qualitative, ", "定性，") + why + " → " + GradeName(s.grade) +
               T("; the unit's 得分 ", "；单位填报得分 ") + Number(s.score) +
               T(" lies in the band and is accepted", " 在该等级分值区间内，予以采用");
      }
      return T("qualitative, ", "定性，") + why + " → " + GradeName(s.grade) + " = " +
             Number(g.fraction * 100) + "% × " + Number(w) + " = " + Number(g.fraction * w);
    }
    case IndicatorKind::kDeadline:
      return T("deadline ", "时限 ") + sign + implied +
             (s.raw >= w ? T(": met → full ", "：按期完成 → 满分 ") + Number(w)
                         : T(": missed → 0", "：未按期完成 → 0"));
    case IndicatorKind::kRange:
      if (s.raw >= w) return T("range: inside → full ", "区间：在区间内 → 满分 ") + Number(w);
      return T("range: outside → ", "区间：超出区间 → ") + Number(s.raw);
    case IndicatorKind::kReverse:
      if (a <= t)
        return T("reverse ", "反向 ") + sign + implied + ": " + Number(a) + " ≤ " + Number(t) +
               T(" → full ", " → 满分 ") + Number(w);
      if (s.ratio_rule) {
        return T("reverse ", "反向 ") + sign + implied + T(", ratio rule: ", "，比值法：") +
               Number(t) + " / " + Number(a) + " × " + Number(w) + " = " +
               Number(RoundScore(s.raw, 6, RoundMode::kHalfUp));
      }
      if (a >= 2 * t)
        return T("reverse ", "反向 ") + sign + implied + ": " + Number(a) + " ≥ 2 × " + Number(t) +
               " → 0";
      return T("reverse ", "反向 ") + sign + implied +
             T(", linear rule: (2 − ", "，线性法：(2 − ") + Number(a) + " / " + Number(t) + ") × " +
             Number(w) + " = " + Number(RoundScore(s.raw, 6, RoundMode::kHalfUp));
    case IndicatorKind::kPositive:
    case IndicatorKind::kEqual:
      return PositiveWords(s, p, sign, implied, T);
    case IndicatorKind::kNone:
      break;
  }
  return "";
}

void ExplainBudget(const FileReport& r, std::ostream& out, Words T) {
  const BudgetScore& b = r.eval.funds;
  const RuleProfile& p = *r.profile;
  out << T("预算执行率 (funds row, ", "预算执行率（资金行，") << Number(b.points)
      << T(" points)\n", " 分）\n");
  const char* denominator = DenominatorLabel(b.denominator_used);
  switch (b.status) {
    case BudgetStatus::kMissing:
      out << T("  no 年度资金总额 row: no funds score\n\n",
               "  没有年度资金总额行：不计资金得分\n\n");
      return;
    case BudgetStatus::kIncomplete:
      out << T("  the total row lacks the budget or the executed amount → 0\n\n",
               "  年度资金总额行缺少预算数或执行数 → 0\n\n");
      return;
    case BudgetStatus::kZeroBudget:
      out << "  " << denominator << T(" is 0: no rate → 0\n\n", " 为 0：无法计算执行率 → 0\n\n");
      return;
    case BudgetStatus::kNotApplicable:
      out << "  " << denominator
          << T(" is 0: funds row not applicable\n\n", " 为 0：资金行不适用\n\n");
      return;
    case BudgetStatus::kScored:
      break;
  }
  if (b.from_breakdown) {
    out << T("  the 年度资金总额 row is blank or zero: ", "  年度资金总额行为空或为 0：")
        << (b.denominator_from_breakdown ? T("budget and executed", "预算数和执行数")
                                         : T("executed", "执行数"))
        << T(" taken from the sum of the breakdown rows\n", "取自各明细行合计\n");
  }
  out << T("  rate  = 全年执行数 / ", "  执行率 = 全年执行数 / ") << denominator
      << (b.denominator_fell_back ? T(" (no 调整后预算数 column: 全年预算数 used)",
                                      "（无调整后预算数栏：用全年预算数）")
                                  : "")
      << " = " << Number(b.executed) << " / " << Number(b.denominator) << " = "
      << PercentText(b.rate) << " (" << Number(RoundScore(b.rate, 6, RoundMode::kHalfUp)) << ")\n";
  if (b.rate_used != b.rate) {
    out << T("  rate rounded before multiplying: ", "  乘分值前执行率取整为：")
        << PercentText(b.rate_used) << '\n';
  }
  if (b.form_unscored) {
    out << T("  no funds score on this form (funds.scored: false): the rate is only checked\n\n",
             "  本表资金行不计分（funds.scored: false）：执行率仅用于检查\n\n");
    return;
  }
  out << T("  score = ", "  得分 = ") << Number(b.executed) << " / " << Number(b.denominator)
      << " = " << PercentText(b.rate_used) << " × " << Number(b.points) << " = " << Fixed2(b.score);
  if (b.capped) out << T(" (capped at ", "（封顶 ") << Number(b.points) << T(")", "）");
  out << T("   [unrounded ", "   [未取整 ") << Number(RoundScore(b.raw, 6, RoundMode::kHalfUp))
      << T("; ", "；") << RoundingWords(p.rounding, T) << "]";
  if (!b.counts) {
    out << T("; not part of the total (in_total: false)", "；不计入总分（in_total: false）");
  }
  out << '\n';
  const FundsRow& row = *r.eval.project.funds->total;
  if (row.reported_rate || row.reported_score) {
    out << T("  reported:", "  填报：");
    if (row.reported_rate) out << " 执行率 " << PrintedRate(row, b.rate, T);
    if (row.reported_score) {
      out << " 得分 " << Number(row.reported_score->value);
      out << Agreement(row.reported_score->value - b.score, p, T);
    }
    out << '\n';
  }
  out << '\n';
}

}  // namespace

void PrintDiagnostic(const std::string& path, const Diagnostic& d, std::ostream& out,
                     const Style& style, const std::vector<SourcePart>& parts) {
  out << path << WhereSuffix(d.where, parts);
  out << ": "
      << Paint(std::string(SeverityWord(d.severity, style.lang)) + ' ' + d.code, d.severity, style)
      << ": " << RenderMessage(d.message, style.lang) << " [" << d.name << "]\n";
}

void PrintInputError(const std::string& path, const Error& e, std::ostream& out, const Style& style,
                     const std::vector<SourcePart>& parts) {
  out << path << WhereSuffix(e.where, parts);
  out << ": " << Paint(SeverityWord(Severity::kError, style.lang), Severity::kError, style) << ": "
      << RenderMessage(e.message, style.lang) << '\n';
}

namespace {

// The levels whose printed 得分 add up to something else than the recomputed
// sum, each with both sums.
void ExplainGroupSums(const Evaluation& e, const RuleProfile& profile, std::ostream& out, Words T) {
  for (const CategoryEvaluation& cat : e.categories) {
    for (const GroupEvaluation& g : cat.groups) {
      if (!g.sum.differs) continue;
      const double printed = *g.sum.reported;
      out << cat.form->name.value << " / " << g.form->name.value
          << T(": printed 得分 add up to ", "：填报得分合计 ") << Fixed2(printed)
          << T(", recomputed ", "，重算合计 ") << Fixed2(g.sum.score) << T(" of ", " / ")
          << Number(g.sum.points) << Agreement(printed - g.sum.score, profile, T) << "\n\n";
    }
  }
}

// One row: where it is, its operands, its rule and its score.
void ExplainRow(const IndicatorScore& s, const Project& p, const RuleProfile& profile,
                std::ostream& out, Words T) {
  out << s.category << " / " << s.group << " / "
      << (s.blank ? T("(blank row)", "（空行）") : s.name);
  if (s.where.in_cell()) {
    out << T("  (", "  （") << FormatLocation(s.where, p.source_parts) << T(")\n", "）\n");
  } else {
    out << T("  (line ", "  （第 ") << s.where.line << T(")\n", " 行）\n");
  }
  if (s.blank) {
    out << T("  a printed row with ", "  表上有分值 ") << Number(s.points)
        << T(" points but no name: not scored\n\n", " 但没有名称的行：不计分\n\n");
    return;
  }
  out << T("  target  ", "  指标值  ") << ValueWords(s.target, T) << '\n';
  out << T("  actual  ", "  完成值  ") << ValueWords(s.actual, T) << '\n';
  out << T("  rule    ", "  规则    ") << RuleWords(s, profile, T) << '\n';
  if (s.points_implied) {
    out << T("  points  no 分值 printed: ", "  分值    表上未印分值：") << Number(s.points)
        << T(" is a share of the weight of '", " 为“") << s.points_from
        << T("' (indicators.level_split)\n", "”的分值按规则分得（indicators.level_split）\n");
  }
  if (s.unweighted) {
    out << T("  points  no 分值 and no level weight: not scored\n",
             "  分值    无分值且上级未设分值：不计分\n");
  }
  if (s.actual_in_target_unit) {
    out << T("  unit    the actual has no unit: read in the target's\n",
             "  单位    完成值未写单位：按指标值的单位读取\n");
  }
  if (s.status != IndicatorStatus::kUnscored && s.status != IndicatorStatus::kNotApplicable) {
    out << T("  score   ", "  得分    ") << Rounded(s.raw, s.score, profile.rounding, T)
        << T(" of ", " / ") << Number(s.points);
    if (s.reported) {
      out << T("; reported ", "；填报 ") << Number(*s.reported)
          << Agreement(*s.reported - s.score, profile, T);
    }
    out << '\n';
  }
  out << '\n';
}

// 总分: the sums, the funds, the cap, the grade, and the unit's own figures.
void ExplainTotal(const Evaluation& e, const RuleProfile& profile, std::ostream& out, Words T) {
  const Totals& sc = e.totals;
  const Project& p = e.project;
  out << T("总分 (total)\n  indicators ", "总分\n  指标 ") << Fixed2(sc.indicator_sum)
      << T(" of ", " / ") << Number(sc.indicator_points);
  if (sc.rescale != 1) {
    out << T(", rescaled ×", "，折算 ×") << Number(sc.rescale)
        << T(" for not-applicable rows = ", "（剔除不适用指标）= ") << Fixed2(sc.indicator_score);
  }
  if (e.funds.counts) out << T(" + funds ", " + 资金 ") << Fixed2(e.funds.score);
  if (sc.uncapped_total) {
    out << " = " << Fixed2(*sc.uncapped_total) << T(", capped by execution ", "，按执行率 ")
        << PercentText(e.funds.rate_used) << T(" at ", " 封顶为 ") << Number(*sc.execution_cap)
        << T(" (budget.execution_caps)", "（budget.execution_caps）");
  }
  out << " = " << Fixed2(sc.total) << T(" of ", " / ") << Number(sc.max_total) << " → " << sc.grade
      << " (";
  for (size_t i = 0; i < profile.grades.size(); ++i) {
    out << (i ? ", " : "") << profile.grades[i].name << " ≥ " << Number(profile.grades[i].min);
  }
  out << ")\n";
  if (p.reported_total || p.reported_grade) {
    out << T("  reported", "  填报");
    if (p.reported_total) {
      out << " 总分 " << Number(p.reported_total->value)
          << Agreement(p.reported_total->value - sc.total, profile, T);
    }
    if (p.reported_grade) out << " 等级 " << p.reported_grade->value;
    out << '\n';
  }
}

}  // namespace

void ExplainReport(const FileReport& r, std::ostream& out, const Style& style) {
  if (r.status == FileStatus::kError) {
    for (const Error& e : r.errors) {
      PrintInputError(r.path, e, out, style, r.eval.project.source_parts);
    }
    return;
  }
  const Words T{style.lang == Lang::kZh};
  const Project& p = r.eval.project;
  const RuleProfile& profile = *r.profile;
  out << r.path << ": " << (p.name ? p.name->value : "");
  if (p.year) out << " (" << p.year->value << ")";
  out << T("\nrule profile: ", "\n评分规则：") << r.eval.profile.name << " ("
      << r.eval.profile.source << ")\n\n";
  ExplainBudget(r, out, T);
  for (const RowEvaluation* row : r.eval.Rows()) ExplainRow(row->score, p, profile, out, T);
  ExplainGroupSums(r.eval, profile, out, T);
  ExplainTotal(r.eval, profile, out, T);
  if (T.zh) {
    out << "\n复核发现（" << r.Count(Severity::kError) << " 个错误，" << r.Count(Severity::kWarning)
        << " 个警告，" << r.Count(Severity::kInfo) << " 个提示）\n";
  } else {
    out << "\nfindings (" << r.Count(Severity::kError) << " errors, " << r.Count(Severity::kWarning)
        << " warnings, " << r.Count(Severity::kInfo) << " info)\n";
  }
  for (const Diagnostic& d : r.eval.diagnostics) {
    PrintDiagnostic(r.path, d, out, style, r.eval.project.source_parts);
  }
}

std::string DerivationWords(const IndicatorScore& s, const RuleProfile& p, Lang lang) {
  return RuleWords(s, p, Words{lang == Lang::kZh});
}

void ExplainCheck(const CheckInfo& c, std::ostream& out, Lang lang) {
  const bool zh = lang == Lang::kZh;
  out << c.code << " " << c.name << (zh ? "（默认严重程度：" : " (default severity: ")
      << (zh ? SeverityWord(c.severity, lang) : SeverityName(c.severity)) << (zh ? "）" : ")")
      << "\n\n"
      << "  " << RenderMessage(CheckSummary(c), lang)
      << (zh ? "\n\n  如何更正：" : "\n\n  How to fix: ") << RenderMessage(CheckFix(c), lang)
      << "\n\n"
      << (zh ? "  可在 .evalscore.yaml 或评分规则中更改其严重程度或关闭它：\n"
             : "  Change its severity, or turn it off, in .evalscore.yaml or a rule profile:\n")
      << "    severity: {" << c.code
      << ": off}            # .evalscore.yaml; or info | warning | error\n"
      << "    checks: {severity: {" << c.code << ": off}}  # rule profile\n";
}

}  // namespace evalscore::cli
