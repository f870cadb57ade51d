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

// The row's name as messages show it (quoted by the templates).
MessageArg Label(const IndicatorScore& s) {
  return TextArg("indicator", s.name_lost ? std::string("（无名称）") : s.name);
}

// A row that could not be compared for its units is reported at its actual (ES307);
// other rows that could not be scored at the row (ES312).
bool UnitsDiffer(const IndicatorScore& s) { return s.problem == ScoreProblem::kUnitsDiffer; }

void ValueChecks(CheckContext& c, const Indicator& ind, const IndicatorScore& s);

// A row with no 分值 and no level weight to stand for it (G1e): not scored, but
// what the rule found about its values is still reported.
void CheckUnweightedRow(CheckContext& c, const Indicator& ind, const IndicatorScore& s) {
  const Location where = ind.where;
  if (!ind.target && !ind.actual) return;
  c.Add("ES317", where, {"ES317.unweighted_values", {Label(s)}});
  if (!s.unweighted) return;
  const Location actual_where = ind.actual ? ind.actual->where : where;
  if (s.outcome == IndicatorStatus::kError) {
    const bool unit = UnitsDiffer(s);
    c.Add(unit ? "ES307" : "ES312", unit ? actual_where : where,
          {unit ? "ES307.unweighted_units" : "ES312.unweighted_error",
           {Label(s), NestedArg("note", s.note)}});
    return;
  } else if (s.outcome == IndicatorStatus::kFallback) {
    c.Add("ES313", where, {"ES313.unweighted_fallback", {Label(s), NestedArg("note", s.note)}});
  }
  ValueChecks(c, ind, s);
}

void CheckRow(CheckContext& c, const Indicator& ind, const IndicatorScore& s) {
  const Location where = ind.where;
  const Location score_where = ind.score ? ind.score->where : where;
  const Location actual_where = ind.actual ? ind.actual->where : where;
  if (s.blank) return;  // blank rows: the weight checks report them
  if (s.name_lost) {
    c.Add(
        "ES603", where,
        {"ES603.name_lost", {TextArg("target", s.target.text), TextArg("actual", s.actual.text)}});
  }
  if (s.status == IndicatorStatus::kUnscored) return CheckUnweightedRow(c, ind, s);
  const double w = s.points;
  if (ind.score && ind.score->value > w + 1e-9) {
    c.Add("ES301", score_where,
          {"ES301.above_points",
           {Label(s), NumArg("reported", ind.score->value), NumArg("points", w)}},
          ind.score->value, w);
  }
  if (!ind.score && s.status != IndicatorStatus::kNotApplicable) {
    c.Add("ES318", where, {"ES318.no_reported_score", {Label(s)}});
  }
  if (s.status == IndicatorStatus::kError) {
    const bool unit = UnitsDiffer(s);
    c.Add(unit ? "ES307" : "ES312", unit ? actual_where : where,
          {unit ? "ES307.row_units" : "ES312.row_error", {Label(s), NestedArg("note", s.note)}});
    return;
  }
  if (s.status == IndicatorStatus::kFallback) {
    const bool taken = s.reported && c.profile.indicators.unscorable == FallbackPolicy::kReported;
    c.Add("ES313", where,
          {taken ? "ES313.reported_taken" : "ES313.fallback_scored",
           {Label(s), NestedArg("note", s.note), NumArg("score", s.score)}});
    if (s.target.kind == ValueKind::kEmpty && NameHoldsValue(s.name)) {
      c.Add("ES308", ind.name.where, {"ES308.value_in_name", {Label(s)}});
    }
  }
  if (s.status == IndicatorStatus::kScored && ind.score &&
      std::fabs(ind.score->value - s.score) > c.profile.checks.score_tolerance + 1e-9) {
    c.Add("ES302", score_where,
          {"ES302.score_differs",
           {Label(s), NumArg("reported", ind.score->value), NumArg("score", s.score),
            TextArg("target", s.target.text), TextArg("actual", s.actual.text)}},
          ind.score->value, s.score);
  }
  const double below = ind.score ? ind.score->value : s.score;
  if (below < w - 1e-9 && IsEmptyReason(ind.deviation)) {
    c.Add("ES303", ind.deviation ? ind.deviation->where : score_where,
          {"ES303.no_deviation_reason", {Label(s), NumArg("score", below), NumArg("points", w)}});
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
            {top ? "ES304.outside_band_closed" : "ES304.outside_band",
             {Label(s), NumArg("reported", r), NumArg("low", low), NumArg("high", high)}},
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
            {"ES305.over_achieved",
             {Label(s), TextArg("actual", s.actual.text),
              NumArg("ratio", std::round(s.actual.number / s.target.number * 100) / 100),
              TextArg("target", s.target.text), NumArg("factor", k)}});
    }
  }
  if (s.target.kind == ValueKind::kNumber && s.actual.kind == ValueKind::kText) {
    c.Add("ES306", actual_where,
          {"ES306.text_for_number",
           {Label(s), TextArg("actual", s.actual.text), TextArg("target", s.target.text)}});
  }
  if (s.actual_clamped) {
    c.Add("ES309", actual_where,
          {"ES309.negative_actual", {Label(s), TextArg("actual", s.actual.text)}});
  }
  if (s.actual.approximate) {
    c.Add("ES314", actual_where,
          {"ES314.approximate_actual", {Label(s), TextArg("actual", s.actual.text)}});
  }
  if (s.actual.kind == ValueKind::kNumber && s.actual.comparison != Comparison::kNone) {
    c.Add("ES315", actual_where,
          {"ES315.actual_bound", {Label(s), TextArg("actual", s.actual.text)}});
  }
  if (s.comparison_implied && s.comparison == Comparison::kLe &&
      s.kind == IndicatorKind::kReverse) {
    c.Add("ES316", ind.target ? ind.target->where : where,
          {s.comparison_from_group ? "ES316.le_from_group" : "ES316.le_from_name",
           {Label(s), TextArg("target", s.target.text), TextArg("group", s.group)}});
  }
  if (s.actual_in_target_unit) {
    c.Add("ES609", actual_where,
          {"ES609.actual_in_target_unit",
           {Label(s), TextArg("actual", s.actual.text), TextArg("target", s.target.text)}});
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
      c.Add("ES310", row.indicator->where,
            {"ES310.duplicate_name",
             {TextArg("indicator", s.name), CountArg("first_line", it->second.line)}});
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
          {"ES311.all_full_marks", {CountArg("count", static_cast<long long>(scored))}});
  }
}

}  // namespace evalscore
