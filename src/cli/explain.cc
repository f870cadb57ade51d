#include "cli/explain.h"

#include <fmt/format.h>

#include "cli/render.h"
#include "cli/translate.h"

namespace evalscore::cli {
namespace {

const char* RoundingWords(const RoundingRules& r) {
  if (r.score_mode == RoundMode::kFloor) return "rounded down";
  return "rounded half up";
}

std::string Rounded(double raw, double score, const RoundingRules& r) {
  if (std::abs(raw - score) < 1e-12) return Number(score);
  return Number(RoundScore(raw, 6, RoundMode::kHalfUp)) + " → " + Number(score) + " (" +
         std::to_string(r.score_decimals) + " decimals, " + RoundingWords(r) + ")";
}

std::string ValueWords(const Value& v) {
  switch (v.kind) {
    case ValueKind::kEmpty:
      return "(empty)";
    case ValueKind::kNotApplicable:
      return v.text + " (not applicable)";
    case ValueKind::kText:
      return v.text + " (text)";
    case ValueKind::kRange:
      return v.text + " → " + Number(v.number) + " to " + Number(v.upper) + " " + v.unit;
    case ValueKind::kNumber:
      break;
  }
  std::string s = v.text + " → ";
  if (v.comparison != Comparison::kNone) s += std::string(ComparisonSign(v.comparison)) + " ";
  s += Number(v.number);
  if (!v.unit.empty()) s += " " + v.unit;
  if (v.scale != 1) s += " (×" + Number(v.scale) + " from 万/亿)";
  if (v.approximate) s += " (approximate)";
  return s;
}

// The rule applied to one row and its arithmetic.
std::string RuleWords(const IndicatorScore& s, const RuleProfile& p) {
  const double w = s.points;
  const double t = s.target.number;
  const double a = s.actual_clamped ? 0 : s.actual.number;
  const std::string sign = ComparisonSign(s.comparison);
  const std::string implied =
      s.comparison_implied ? " (no sign written: " + sign + " implied)" : "";
  switch (s.status) {
    case IndicatorStatus::kUnscored:
      return "not scored: no 分值";
    case IndicatorStatus::kNotApplicable:
      return "not applicable: left out" +
             std::string(p.indicators.not_applicable == NotApplicablePolicy::kRescale
                             ? " and the other rows rescaled"
                             : ", counts 0");
    case IndicatorStatus::kError:
      return "cannot be scored: " + s.note + " → 0";
    case IndicatorStatus::kFallback:
      return "no rule applies (" + s.note + "): " +
             (s.reported && p.indicators.unscorable == FallbackPolicy::kReported
                  ? "the unit's 得分 " + Number(*s.reported) + " is taken, capped at " + Number(w)
                  : std::string("scored 0"));
    case IndicatorStatus::kScored:
      break;
  }
  switch (s.kind) {
    case IndicatorKind::kQualitative: {
      const QualitativeRules& q = p.indicators.qualitative;
      const QualitativeGrade& g = s.grade == QualitativeGradeKind::kAchieved  ? q.achieved
                                  : s.grade == QualitativeGradeKind::kPartial ? q.partial
                                                                              : q.not_achieved;
      std::string why = s.grade_by_identity
                            ? "actual identical to the target"
                            : "'" + s.actual.text + "' is a " + GradeName(s.grade) + " word";
      if (s.reported_in_band) {
        return "qualitative, " + why + " → " + GradeName(s.grade) + "; the unit's 得分 " +
               Number(s.score) + " lies in the band and is accepted";
      }
      return "qualitative, " + why + " → " + GradeName(s.grade) + " = " + Number(g.fraction * 100) +
             "% × " + Number(w) + " = " + Number(g.fraction * w);
    }
    case IndicatorKind::kDeadline:
      return std::string("deadline ") + sign + implied +
             (s.raw >= w ? ": met → full " + Number(w) : ": missed → 0");
    case IndicatorKind::kRange:
      if (s.raw >= w) return "range: inside → full " + Number(w);
      return "range: outside → " + Number(s.raw);
    case IndicatorKind::kReverse:
      if (a <= t)
        return "reverse " + sign + implied + ": " + Number(a) + " ≤ " + Number(t) + " → full " +
               Number(w);
      if (s.ratio_rule) {
        return "reverse " + sign + implied + ", ratio rule: " + Number(t) + " / " + Number(a) +
               " × " + Number(w) + " = " + Number(RoundScore(s.raw, 6, RoundMode::kHalfUp));
      }
      if (a >= 2 * t)
        return "reverse " + sign + implied + ": " + Number(a) + " ≥ 2 × " + Number(t) + " → 0";
      return "reverse " + sign + implied + ", linear rule: (2 − " + Number(a) + " / " + Number(t) +
             ") × " + Number(w) + " = " + Number(RoundScore(s.raw, 6, RoundMode::kHalfUp));
    case IndicatorKind::kPositive:
    case IndicatorKind::kEqual: {
      const std::string kind =
          s.kind == IndicatorKind::kEqual ? "equal (scored as ≥) " : "positive ";
      if (s.deducted_excess) {
        return kind + sign + implied + ": over-achievement deducted: " + Number(w) + " × (1 − (" +
               Number(a) + " / " + Number(t) + " − " +
               Number(p.indicators.over_achievement_factor) +
               ")) = " + Number(RoundScore(s.raw, 6, RoundMode::kHalfUp));
      }
      if (s.raw >= w) {
        if (t <= 0) return kind + sign + implied + ": target " + Number(t) + " → full " + Number(w);
        return kind + sign + implied + ": " + Number(a) + " ≥ " + Number(t) + " → full " +
               Number(w);
      }
      return kind + sign + implied + ": " + Number(a) + " / " + Number(t) + " × " + Number(w) +
             " = " + Number(RoundScore(s.raw, 6, RoundMode::kHalfUp));
    }
    case IndicatorKind::kNone:
      break;
  }
  return "";
}

void ExplainBudget(const FileReport& r, std::ostream& out) {
  const BudgetScore& b = r.score.budget;
  const RuleProfile& p = *r.profile;
  out << "预算执行率 (funds row, " << Number(b.points) << " points)\n";
  const char* denominator = b.denominator_used == BudgetDenominator::kInitial    ? "年初预算数"
                            : b.denominator_used == BudgetDenominator::kAdjusted ? "调整后预算数"
                                                                                 : "全年预算数";
  switch (b.status) {
    case BudgetStatus::kMissing:
      out << "  no 年度资金总额 row: no funds score\n\n";
      return;
    case BudgetStatus::kIncomplete:
      out << "  the total row lacks the budget or the executed amount → 0\n\n";
      return;
    case BudgetStatus::kZeroBudget:
      out << "  " << denominator << " is 0: no rate → 0\n\n";
      return;
    case BudgetStatus::kNotApplicable:
      out << "  " << denominator << " is 0: funds row not applicable\n\n";
      return;
    case BudgetStatus::kScored:
      break;
  }
  out << "  rate  = 全年执行数 / " << denominator
      << (b.denominator_fell_back ? " (no 调整后预算数 column: 全年预算数 used)" : "") << " = "
      << Number(b.executed) << " / " << Number(b.denominator) << " = " << PercentText(b.rate)
      << " (" << Number(RoundScore(b.rate, 6, RoundMode::kHalfUp)) << ")\n";
  if (b.rate_used != b.rate)
    out << "  rate rounded before multiplying: " << PercentText(b.rate_used) << '\n';
  out << "  score = " << Number(b.executed) << " / " << Number(b.denominator) << " = "
      << PercentText(b.rate_used) << " × " << Number(b.points) << " = " << Fixed2(b.score);
  if (b.capped) out << " (capped at " << Number(b.points) << ")";
  out << "   [unrounded " << Number(RoundScore(b.raw, 6, RoundMode::kHalfUp)) << "; "
      << p.rounding.score_decimals << " decimals, " << RoundingWords(p.rounding) << "]";
  if (!b.counts) out << "; not part of the total (budget.in_total: false)";
  out << '\n';
  const FundsRow& row = *r.project.funds->total;
  if (row.reported_rate || row.reported_score) {
    out << "  reported:";
    if (row.reported_rate) out << " 执行率 " << Number(row.reported_rate->value) << "%";
    if (row.reported_score) {
      out << " 得分 " << Number(row.reported_score->value);
      const double d = row.reported_score->value - b.score;
      out << (std::abs(d) <= p.checks.score_tolerance + 1e-9 ? " (agrees)"
                                                             : " (differs by " + Fixed2(d) + ")");
    }
    out << '\n';
  }
  out << '\n';
}

}  // namespace

void PrintDiagnostic(const std::string& path, const Diagnostic& d, std::ostream& out,
                     const Style& style) {
  out << path;
  if (d.where.known()) out << ':' << d.where.line << ':' << d.where.column;
  out << ": "
      << Paint(std::string(SeverityWord(d.severity, style.lang)) + ' ' + d.code, d.severity, style)
      << ": " << Translate(d.message, style.lang) << " [" << d.name << "]\n";
}

void PrintInputError(const std::string& path, const Error& e, std::ostream& out,
                     const Style& style) {
  out << path;
  if (e.where.known()) out << ':' << e.where.line << ':' << e.where.column;
  out << ": " << Paint(SeverityWord(Severity::kError, style.lang), Severity::kError, style) << ": "
      << Translate(e.message, style.lang) << '\n';
}

void ExplainReport(const FileReport& r, std::ostream& out) {
  if (r.status == FileStatus::kError) {
    for (const Error& e : r.errors) {
      out << r.path;
      if (e.where.known()) out << ':' << e.where.line << ':' << e.where.column;
      out << ": error: " << e.message << '\n';
    }
    return;
  }
  const Project& p = r.project;
  const RuleProfile& profile = *r.profile;
  out << r.path << ": " << (p.name ? p.name->value : "");
  if (p.year) out << " (" << p.year->value << ")";
  out << "\nrule profile: " << r.profile_name << " (" << r.profile_source << ")\n\n";
  ExplainBudget(r, out);
  for (const IndicatorScore& s : r.score.indicators) {
    out << s.category << " / " << s.group << " / " << (s.blank ? "(blank row)" : s.name)
        << "  (line " << s.where.line << ")\n";
    if (s.blank) {
      out << "  a printed row with " << Number(s.points) << " points but no name: not scored\n\n";
      continue;
    }
    out << "  target  " << ValueWords(s.target) << '\n';
    out << "  actual  " << ValueWords(s.actual) << '\n';
    out << "  rule    " << RuleWords(s, profile) << '\n';
    if (s.status != IndicatorStatus::kUnscored && s.status != IndicatorStatus::kNotApplicable) {
      out << "  score   " << Rounded(s.raw, s.score, profile.rounding) << " of "
          << Number(s.points);
      if (s.reported) {
        const double d = *s.reported - s.score;
        out << "; reported " << Number(*s.reported)
            << (std::abs(d) <= profile.checks.score_tolerance + 1e-9
                    ? " (agrees)"
                    : " (differs by " + Fixed2(d) + ")");
      }
      out << '\n';
    }
    out << '\n';
  }
  const ProjectScore& sc = r.score;
  out << "总分 (total)\n  indicators " << Fixed2(sc.indicator_sum) << " of "
      << Number(sc.indicator_points);
  if (sc.rescale != 1) {
    out << ", rescaled ×" << Number(sc.rescale)
        << " for not-applicable rows = " << Fixed2(sc.indicator_score);
  }
  if (sc.budget.counts) out << " + funds " << Fixed2(sc.budget.score);
  out << " = " << Fixed2(sc.total) << " of " << Number(sc.max_total) << " → " << sc.grade << " (";
  for (size_t i = 0; i < profile.grades.size(); ++i) {
    out << (i ? ", " : "") << profile.grades[i].name << " ≥ " << Number(profile.grades[i].min);
  }
  out << ")\n";
  if (p.reported_total || p.reported_grade) {
    out << "  reported";
    if (p.reported_total) {
      const double d = p.reported_total->value - sc.total;
      out << " 总分 " << Number(p.reported_total->value)
          << (std::abs(d) <= profile.checks.score_tolerance + 1e-9
                  ? " (agrees)"
                  : " (differs by " + Fixed2(d) + ")");
    }
    if (p.reported_grade) out << " 等级 " << p.reported_grade->value;
    out << '\n';
  }
  out << "\nfindings (" << r.Count(Severity::kError) << " errors, " << r.Count(Severity::kWarning)
      << " warnings, " << r.Count(Severity::kInfo) << " info)\n";
  for (const Diagnostic& d : r.diagnostics) PrintDiagnostic(r.path, d, out);
}

void ExplainCheck(const CheckInfo& c, std::ostream& out) {
  out << c.code << " " << c.name << " (default severity: " << SeverityName(c.severity) << ")\n\n"
      << "  " << c.summary << "\n\n  How to fix: " << c.fix << "\n\n"
      << "  Change its severity, or turn it off, in .evalscore.yaml or a rule profile:\n"
      << "    severity: {" << c.code
      << ": off}            # .evalscore.yaml; or info | warning | error\n"
      << "    checks: {severity: {" << c.code << ": off}}  # rule profile\n";
}

}  // namespace evalscore::cli
