#include <yaml-cpp/yaml.h>

#include "evalscore/load_profile.h"
#include "evalscore/severity_override.h"

#include "profile_enums.h"

namespace evalscore {
namespace {

void EmitGrade(YAML::Emitter& out, const char* key, const QualitativeGrade& g) {
  out << YAML::Key << key << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "fraction" << YAML::Value << g.fraction;
  out << YAML::Key << "band" << YAML::Value << YAML::Flow << YAML::BeginSeq << g.band_low
      << g.band_high << YAML::EndSeq;
  out << YAML::Key << "words" << YAML::Value << YAML::Flow << g.words;
  out << YAML::EndMap;
}

void EmitBudget(YAML::Emitter& out, const BudgetRules& b) {
  out << YAML::Key << "budget" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "points" << YAML::Value << b.points;
  out << YAML::Key << "denominator" << YAML::Value << NameOf(kDenominatorNames, b.denominator);
  out << YAML::Key << "cap" << YAML::Value << b.cap;
  out << YAML::Key << "zero_budget" << YAML::Value << NameOf(kZeroBudgetNames, b.zero_budget);
  out << YAML::Key << "in_total" << YAML::Value << b.in_total;
  out << YAML::Key << "execution_caps" << YAML::Value << YAML::BeginSeq;
  for (const BudgetRules::ExecutionCap& cap : b.execution_caps) {
    out << YAML::Flow << YAML::BeginMap << YAML::Key << "below" << YAML::Value << cap.below
        << YAML::Key << "max_total" << YAML::Value << cap.max_total << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::EndMap;
}

void EmitIndicators(YAML::Emitter& out, const IndicatorRules& ir) {
  out << YAML::Key << "indicators" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "reverse" << YAML::Value << NameOf(kReverseNames, ir.reverse);
  out << YAML::Key << "equal" << YAML::Value << NameOf(kEqualNames, ir.equal);
  out << YAML::Key << "range" << YAML::Value << NameOf(kRangeNames, ir.range);
  out << YAML::Key << "implicit_reverse_names" << YAML::Value << YAML::Flow
      << ir.implicit_reverse_names;
  out << YAML::Key << "unscorable" << YAML::Value << NameOf(kFallbackNames, ir.unscorable);
  out << YAML::Key << "deadline_missed" << YAML::Value
      << NameOf(kDeadlineNames, ir.deadline_missed);
  out << YAML::Key << "not_applicable" << YAML::Value
      << NameOf(kNotApplicableNames, ir.not_applicable);
  out << YAML::Key << "implicit_reverse_groups" << YAML::Value << YAML::Flow
      << ir.implicit_reverse_groups;
  out << YAML::Key << "level_split" << YAML::Value << NameOf(kLevelSplitNames, ir.level_split);
  out << YAML::Key << "over_achievement" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "factor" << YAML::Value << ir.over_achievement_factor;
  out << YAML::Key << "deduct" << YAML::Value << NameOf(kDeductNames, ir.over_achievement_deduct);
  out << YAML::Key << "points" << YAML::Value << ir.over_achievement_points;
  out << YAML::EndMap;
  out << YAML::Key << "qualitative" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "accept_reported_in_band" << YAML::Value
      << ir.qualitative.accept_reported_in_band;
  EmitGrade(out, "achieved", ir.qualitative.achieved);
  EmitGrade(out, "partial", ir.qualitative.partial);
  EmitGrade(out, "not_achieved", ir.qualitative.not_achieved);
  out << YAML::EndMap;
  out << YAML::EndMap;
}

void EmitChecks(YAML::Emitter& out, const CheckRules& c) {
  out << YAML::Key << "checks" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "low_execution" << YAML::Value << c.low_execution;
  out << YAML::Key << "full_marks_gap" << YAML::Value << c.full_marks_gap;
  out << YAML::Key << "score_tolerance" << YAML::Value << c.score_tolerance;
  out << YAML::Key << "expected_split" << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (double d : c.expected_split) {
    if (d < 0) {
      out << "free";
    } else {
      out << d;
    }
  }
  out << YAML::EndSeq;
  out << YAML::Key << "severity" << YAML::Value << YAML::BeginMap;
  for (const auto& [code, sev] : c.severity) {
    out << YAML::Key << code << YAML::Value << SeverityOverrideName(sev);
  }
  out << YAML::EndMap;
  out << YAML::Key << "qualitative_share" << YAML::Value << c.qualitative_share;
  out << YAML::Key << "unit_cost_excess" << YAML::Value << c.unit_cost_excess;
  out << YAML::Key << "at_threshold_rows" << YAML::Value << c.at_threshold_rows;
  out << YAML::Key << "batch_min_unit_projects" << YAML::Value << c.batch_min_unit_projects;
  out << YAML::Key << "batch_min_text_chars" << YAML::Value << c.batch_min_text_chars;
  out << YAML::Key << "batch_similarity" << YAML::Value << c.batch_similarity;
  out << YAML::EndMap;
}

}  // namespace

std::string ProfileToYaml(const RuleProfile& p) {
  YAML::Emitter out;
  out.SetDoublePrecision(6);
  out << YAML::BeginMap;
  out << YAML::Key << "name" << YAML::Value << p.name;
  if (!p.description.empty()) out << YAML::Key << "description" << YAML::Value << p.description;

  EmitBudget(out, p.budget);
  EmitIndicators(out, p.indicators);
  out << YAML::Key << "rounding" << YAML::Value << YAML::BeginMap;
  out << YAML::Key << "rate" << YAML::Value << NameOf(kRateRoundingNames, p.rounding.rate);
  out << YAML::Key << "score_decimals" << YAML::Value << p.rounding.score_decimals;
  out << YAML::Key << "score_mode" << YAML::Value << NameOf(kRoundModeNames, p.rounding.score_mode);
  out << YAML::EndMap;

  out << YAML::Key << "grades" << YAML::Value << YAML::BeginSeq;
  for (const GradeBand& b : p.grades) {
    out << YAML::Flow << YAML::BeginMap << YAML::Key << "name" << YAML::Value << b.name << YAML::Key
        << "min" << YAML::Value << b.min << YAML::EndMap;
  }
  out << YAML::EndSeq;

  EmitChecks(out, p.checks);

  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

}  // namespace evalscore
