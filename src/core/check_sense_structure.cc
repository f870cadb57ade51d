// Sense checks on the shape of the indicator table: rows filed under the
// wrong level, levels already full, empty dimensions, and patterns across the
// rows (all exactly at threshold, mostly qualitative, satisfaction at 100%
// with no survey named).
#include <cmath>

#include "check_context.h"
#include "text_scan.h"

namespace evalscore {
namespace {

bool HasValues(const Indicator& ind) { return !ind.blank && (ind.target || ind.actual); }

// A printed row: values, or at least a name (天长 forms write the target in the name).
bool Printed(const Indicator& ind) { return !ind.blank && !FoldText(ind.name.value).empty(); }

bool Same(double a, double b) { return std::fabs(a - b) <= 1e-6; }

// ES206 for one level: rows with values but no (or 0) points while the other
// rows already fill the declared weight. True when it fired.
bool FullLevel(CheckContext& c, const std::string& level, const OptNumber& weight,
               const std::vector<const Indicator*>& rows) {
  if (!weight || weight->value <= 0) return false;
  double filled = 0;
  for (const Indicator* ind : rows) filled += ind->points ? ind->points->value : 0;
  if (!Same(filled, weight->value)) return false;
  bool fired = false;
  for (const Indicator* ind : rows) {
    if (!HasValues(*ind) || (ind->points && ind->points->value > 0)) continue;
    c.Add("ES206", ind->where,
          {"ES206.level_full",
           {TextArg("indicator", ind->name.value), TextArg("level", level),
            NumArg("weight", weight->value)}});
    fired = true;
  }
  return fired;
}

void FullLevels(CheckContext& c) {
  for (const IndicatorCategory& cat : c.project.categories) {
    std::vector<const Indicator*> cat_rows;
    bool fired = false;
    for (const IndicatorGroup& g : cat.groups) {
      std::vector<const Indicator*> rows;
      for (const Indicator& ind : g.indicators) rows.push_back(&ind);
      fired = FullLevel(c, g.name.value, g.weight, rows) || fired;
      cat_rows.insert(cat_rows.end(), rows.begin(), rows.end());
    }
    if (!fired) FullLevel(c, cat.name.value, cat.weight, cat_rows);
  }
}

// ES207: 产出 is full (its declared weight, else the expected split's share,
// is used up) while 效益 is empty or missing.
void MissingBenefit(CheckContext& c) {
  bool output_full = false, benefit = false;
  const std::vector<double>& split = c.profile.checks.expected_split;
  for (const IndicatorCategory& cat : c.project.categories) {
    bool rows = false;
    double points = 0;
    for (const IndicatorGroup& g : cat.groups) {
      for (const Indicator& ind : g.indicators) {
        rows = rows || Printed(ind);
        if (!ind.blank && ind.points) points += ind.points->value;
      }
    }
    if (Contains(cat.name.value, "效益")) benefit = benefit || rows;
    if (!Contains(cat.name.value, "产出") || !rows) continue;
    const double full = cat.weight ? cat.weight->value : (split.size() == 4 ? split[0] : 0);
    output_full = output_full || (full > 0 && points >= full - 1e-6);
  }
  if (output_full && !benefit) {
    c.Add("ES207", c.project.indicators_where, {"ES207.no_benefit", {}});
  }
}

// Words of a satisfaction row's name.
bool SatisfactionName(const std::string& name) {
  return ContainsAny(name, {"满意", "认可", "好评", "评价", "投诉", "获得感", "幸福感", "支持",
                            "信任", "口碑", "体验", "满足"});
}

// ES325 (a non-satisfaction row under 满意度) and ES326 (进度指标 for 时效指标).
void Misfiled(CheckContext& c) {
  for (const IndicatorCategory& cat : c.project.categories) {
    for (const IndicatorGroup& g : cat.groups) {
      if (Contains(g.name.value, "进度") && !Contains(g.name.value, "时效") &&
          Contains(cat.name.value, "产出")) {
        c.Add("ES326", g.name.where, {"ES326.deadline_group", {TextArg("group", g.name.value)}});
      }
      const bool satisfaction = Contains(g.name.value, "满意") ||
                                (g.name.value.empty() && Contains(cat.name.value, "满意"));
      if (!satisfaction && !Contains(cat.name.value, "满意")) continue;
      for (const Indicator& ind : g.indicators) {
        if (!HasValues(ind) || SatisfactionName(ind.name.value)) continue;
        c.Add("ES325", ind.name.where,
              {"ES325.not_satisfaction",
               {TextArg("indicator", ind.name.value),
                TextArg("level", Contains(g.name.value, "满意") ? g.name.value : cat.name.value)}});
      }
    }
  }
}

// ES329: every written "≥" target met exactly at its threshold.
void AllAtThreshold(CheckContext& c) {
  int at_threshold = 0, ge_rows = 0;
  for (const IndicatorScore& s : c.score.indicators) {
    if (s.blank || s.status != IndicatorStatus::kScored) continue;
    if (s.target.kind != ValueKind::kNumber || s.target.comparison != Comparison::kGe) continue;
    if (s.actual.kind != ValueKind::kNumber) continue;
    ++ge_rows;
    if (Same(s.actual.number, s.target.number)) ++at_threshold;
  }
  if (ge_rows < c.profile.checks.at_threshold_rows || at_threshold != ge_rows) return;
  c.Add("ES329", c.project.indicators_where,
        {"ES329.all_at_threshold", {CountArg("rows", ge_rows)}});
}

// ES208: more than the profile's share of qualitative rows.
void QualitativeHeavy(CheckContext& c) {
  int rows = 0, qualitative = 0;
  for (const IndicatorScore& s : c.score.indicators) {
    if (s.blank || s.status == IndicatorStatus::kUnscored ||
        s.status == IndicatorStatus::kNotApplicable) {
      continue;
    }
    ++rows;
    if (s.kind == IndicatorKind::kQualitative) ++qualitative;
  }
  if (rows < 4 || qualitative <= c.profile.checks.qualitative_share * rows) return;
  c.Add("ES208", c.project.indicators_where,
        {"ES208.qualitative_heavy",
         {CountArg("qualitative", qualitative), CountArg("rows", rows),
          NumArg("share", c.profile.checks.qualitative_share * 100)}});
}

// All the free text of a form, for the survey words.
std::string FormText(const Project& p) {
  std::string text;
  for (const OptText* t : {&p.name, &p.goal_planned, &p.goal_achieved}) {
    if (*t) text += (*t)->value + "\n";
  }
  for (const IndicatorCategory& cat : p.categories) {
    for (const IndicatorGroup& g : cat.groups) {
      for (const Indicator& ind : g.indicators) {
        text += ind.name.value + "\n";
        for (const OptText* t : {&ind.target, &ind.actual, &ind.deviation}) {
          if (*t) text += (*t)->value + "\n";
        }
      }
    }
  }
  return text;
}

// ES333: satisfaction at 100% with no survey, sample or method named anywhere.
void SatisfactionWithoutSurvey(CheckContext& c) {
  const std::string text = FormText(c.project);
  if (ContainsAny(text, {"调查", "问卷", "抽样", "样本", "测评", "回访", "访谈", "座谈", "调研",
                         "走访", "电话", "评议", "抽查"})) {
    return;
  }
  for (const CheckContext::Row& row : c.Rows()) {
    const IndicatorScore& s = *row.score;
    if (s.blank || !Contains(s.name, "满意")) continue;
    if (s.actual.kind != ValueKind::kNumber || s.actual.unit != "%" || s.actual.number < 100) {
      continue;
    }
    c.Add("ES333", row.indicator->actual ? row.indicator->actual->where : row.indicator->where,
          {"ES333.no_survey", {TextArg("indicator", s.name), TextArg("actual", s.actual.text)}});
  }
}

}  // namespace

void CheckSenseStructure(CheckContext& c) {
  FullLevels(c);
  MissingBenefit(c);
  Misfiled(c);
  AllAtThreshold(c);
  QualitativeHeavy(c);
  SatisfactionWithoutSurvey(c);
}

}  // namespace evalscore
