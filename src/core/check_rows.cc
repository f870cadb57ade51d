#include <cmath>
#include <map>

#include "check_context.h"

namespace evalscore {
namespace {

bool IsEmptyReason(const OptText& t) {
  if (!t) return true;
  const std::string s = FoldText(t->value);
  return s.empty() || s == "0" || s == "无" || s == "/" || s == "-";
}

// The name without a template prefix such as "指标1:" or "指标 2：".
std::string StripTemplatePrefix(const std::string& name) {
  const std::string folded = FoldText(name);
  const size_t colon = folded.find(':');
  if (folded.rfind("指标", 0) == 0 && colon != std::string::npos && colon <= 10) {
    return folded.substr(colon + 1);
  }
  return folded;
}

bool NameHoldsValue(const std::string& name) {
  const std::string rest = StripTemplatePrefix(name);
  for (char ch : rest) {
    if (ch >= '0' && ch <= '9') return true;
  }
  return rest.find("≥") != std::string::npos || rest.find("≤") != std::string::npos ||
         rest.find('%') != std::string::npos;
}

std::string Label(const IndicatorScore& s) {
  return s.name_lost ? std::string("'（无名称）'") : "'" + s.name + "'";
}

void ValueChecks(CheckContext& c, const Indicator& ind, const IndicatorScore& s);

// A row with no 分值 and no level weight to stand for it (G1e): not scored, but
// what the rule found about its values is still reported.
void CheckUnweightedRow(CheckContext& c, const Indicator& ind, const IndicatorScore& s) {
  const Location where = ind.where;
  if (!ind.target && !ind.actual) return;
  c.Add("ES317", where, Label(s) + " has a target or actual but no 分值: not scored");
  if (!s.unweighted) return;
  const Location actual_where = ind.actual ? ind.actual->where : where;
  if (s.outcome == IndicatorStatus::kError) {
    const bool unit = s.note.rfind("units differ", 0) == 0;
    c.Add(unit ? "ES307" : "ES312", unit ? actual_where : where,
          Label(s) + ": " + s.note + " (the row has no 分值)");
    return;
  } else if (s.outcome == IndicatorStatus::kFallback) {
    c.Add("ES313", where,
          Label(s) + ": " + s.note + "; no rule can score it (the row has no 分值)");
  }
  ValueChecks(c, ind, s);
}

void CheckRow(CheckContext& c, const Indicator& ind, const IndicatorScore& s) {
  const Location where = ind.where;
  const Location score_where = ind.score ? ind.score->where : where;
  const Location actual_where = ind.actual ? ind.actual->where : where;
  if (s.blank) return;  // blank rows: the weight checks report them
  if (s.name_lost) {
    c.Add("ES603", where,
          "a row with values (" + s.target.text + " → " + s.actual.text +
              ") but no 三级指标 name: scored from its values");
  }
  if (s.status == IndicatorStatus::kUnscored) return CheckUnweightedRow(c, ind, s);
  const double w = s.points;
  if (ind.score && ind.score->value > w + 1e-9) {
    c.Add("ES301", score_where,
          Label(s) + ": reported 得分 " + Num(ind.score->value) + " is above its 分值 " + Num(w),
          ind.score->value, w);
  }
  if (!ind.score && s.status != IndicatorStatus::kNotApplicable) {
    c.Add("ES318", where, Label(s) + " has no reported 得分");
  }
  if (s.status == IndicatorStatus::kError) {
    const bool unit = s.note.rfind("units differ", 0) == 0;
    c.Add(unit ? "ES307" : "ES312", unit ? actual_where : where,
          Label(s) + ": " + s.note + "; scored 0");
    return;
  }
  if (s.status == IndicatorStatus::kFallback) {
    std::string message = Label(s) + ": " + s.note + "; ";
    message += s.reported && c.profile.indicators.unscorable == FallbackPolicy::kReported
                   ? "the unit's 得分 " + Num(s.score) + " was taken"
                   : "scored " + Num(s.score);
    c.Add("ES313", where, message);
    if (s.target.kind == ValueKind::kEmpty && NameHoldsValue(s.name)) {
      c.Add("ES308", ind.name.where, Label(s) + ": 年度指标值 is empty but the name holds a value");
    }
  }
  if (s.status == IndicatorStatus::kScored && ind.score &&
      std::fabs(ind.score->value - s.score) > c.profile.checks.score_tolerance + 1e-9) {
    c.Add("ES302", score_where,
          Label(s) + ": reported 得分 " + Num(ind.score->value) + ", recomputed " + Num(s.score) +
              " (" + s.target.text + " → " + s.actual.text + ")",
          ind.score->value, s.score);
  }
  const double below = ind.score ? ind.score->value : s.score;
  if (below < w - 1e-9 && IsEmptyReason(ind.deviation)) {
    c.Add("ES303", ind.deviation ? ind.deviation->where : score_where,
          Label(s) + " scored " + Num(below) + " of " + Num(w) + " without a 偏差原因");
  }
  if (s.kind == IndicatorKind::kQualitative && ind.score &&
      s.grade != QualitativeGradeKind::kNone) {
    const QualitativeRules& q = c.profile.indicators.qualitative;
    const QualitativeGrade& g = s.grade == QualitativeGradeKind::kAchieved  ? q.achieved
                                : s.grade == QualitativeGradeKind::kPartial ? q.partial
                                                                            : q.not_achieved;
    const double low = g.band_low * w;
    const double high = g.band_high * w;
    const bool top = s.grade == QualitativeGradeKind::kAchieved;
    const double r = ind.score->value;
    if (r < low - 1e-9 || (top ? r > high + 1e-9 : r >= high - 1e-9)) {
      c.Add("ES304", score_where,
            Label(s) + ": reported 得分 " + Num(r) + " is outside the band [" + Num(low) + ", " +
                Num(high) + (top ? "]" : ")") + " of its grade",
            r, s.score);
    }
  }
  ValueChecks(c, ind, s);
}

// Checks on how the values are written; they run on every row, scored or not.
void ValueChecks(CheckContext& c, const Indicator& ind, const IndicatorScore& s) {
  const Location where = ind.where;
  const Location actual_where = ind.actual ? ind.actual->where : where;
  if (s.unweighted) {
    // Only the checks about the written values (no points to compare).
  } else if ((s.kind == IndicatorKind::kPositive || s.kind == IndicatorKind::kEqual) &&
             s.target.kind == ValueKind::kNumber && s.target.number > 0 &&
             s.actual.kind == ValueKind::kNumber) {
    const double k = c.profile.indicators.over_achievement_factor;
    if (s.actual.number >= k * s.target.number && IsEmptyReason(ind.deviation)) {
      c.Add("ES305", actual_where,
            Label(s) + ": actual " + s.actual.text + " is " +
                Num(std::round(s.actual.number / s.target.number * 100) / 100) + "× the target " +
                s.target.text + " (≥ " + Num(k) + "×) without a 偏差原因");
    }
  }
  if (s.target.kind == ValueKind::kNumber && s.actual.kind == ValueKind::kText) {
    c.Add("ES306", actual_where,
          Label(s) + ": text '" + s.actual.text + "' for the numeric target " + s.target.text);
  }
  if (s.actual_clamped) {
    c.Add("ES309", actual_where, Label(s) + ": negative actual " + s.actual.text + " scored as 0");
  }
  if (s.actual.approximate) {
    c.Add("ES314", actual_where, Label(s) + ": approximate actual " + s.actual.text);
  }
  if (s.actual.kind == ValueKind::kNumber && s.actual.comparison != Comparison::kNone) {
    c.Add("ES315", actual_where,
          Label(s) + ": the actual " + s.actual.text + " is a bound, not a measured value");
  }
  if (s.comparison_implied && s.comparison == Comparison::kLe &&
      s.kind == IndicatorKind::kReverse) {
    c.Add("ES316", ind.target ? ind.target->where : where,
          Label(s) + ": no sign in " + s.target.text + "; scored as ≤ (lower is better) from " +
              (s.comparison_from_group ? "its group '" + s.group + "' (a cost is a ceiling)"
                                       : std::string("the name")));
  }
  if (s.actual_in_target_unit) {
    c.Add("ES609", actual_where,
          Label(s) + ": the actual " + s.actual.text + " has no unit; read in the target's (" +
              s.target.text + ")");
  }
}

}  // namespace

void CheckRows(CheckContext& c) {
  std::map<std::string, Location> seen;
  const std::vector<CheckContext::Row> rows = c.Rows();
  bool all_full = true;
  size_t scored = 0;
  for (const CheckContext::Row& row : rows) {
    CheckRow(c, *row.indicator, *row.score);
    const IndicatorScore& s = *row.score;
    if (s.blank) continue;
    const std::string key = FoldText(s.name);
    const auto [it, inserted] = seen.emplace(key, row.indicator->where);
    if (!inserted) {
      c.Add(
          "ES310", row.indicator->where,
          "'" + s.name + "' appears again (first at line " + std::to_string(it->second.line) + ")");
    }
    if (s.status == IndicatorStatus::kScored || s.status == IndicatorStatus::kFallback) {
      ++scored;
      const bool full =
          row.indicator->score && row.indicator->score->value == s.points && s.score == s.points;
      all_full = all_full && full;
    } else if (s.status != IndicatorStatus::kUnscored) {
      all_full = false;
    }
  }
  if (scored >= 3 && all_full) {
    c.Add("ES311", c.project.indicators_where,
          "all " + std::to_string(scored) +
              " indicators are reported, and recomputed, at exactly full marks");
  }
}

}  // namespace evalscore
