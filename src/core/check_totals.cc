#include <cmath>

#include "check_context.h"

namespace evalscore {

void CheckTotals(CheckContext& c) {
  const Project& p = c.project;
  const ProjectScore& s = c.score;
  if (p.reported_total &&
      std::fabs(p.reported_total->value - s.total) > c.profile.checks.score_tolerance + 1e-9) {
    std::string parts = "indicators " + Num(s.indicator_score);
    if (s.budget.counts) parts += " + funds " + Num(s.budget.score);
    if (s.uncapped_total && s.execution_cap) {
      parts += " = " + Num(*s.uncapped_total) + ", capped at " + Num(*s.execution_cap);
    }
    c.Add("ES401", p.reported_total->where,
          "the reported 总分 " + Num(p.reported_total->value) + " differs from the recomputed " +
              Num(s.total) + " (" + parts + "; difference " +
              Num(std::round((p.reported_total->value - s.total) * 100) / 100) + ")",
          p.reported_total->value, s.total);
  }
  if (s.na_points > 0 && s.rescale != 1) {
    c.Add("ES602", p.indicators_where,
          "rows worth " + Num(s.na_points) +
              " points were dropped as 不适用; the other rows were "
              "rescaled ×" +
              Num(std::round(s.rescale * 10000) / 10000) + " to " + Num(s.indicator_points) +
              " points");
  }
  if (p.kind == FormKind::kDepartment && p.kind_inferred && p.name) {
    c.Add("ES610", p.name->where,
          "no 项目名称: read as a department-wide form (部门整体支出绩效自评表) named by '" +
              p.name->value + "'");
  }
  if (p.reported_grade && FoldText(p.reported_grade->value) != s.grade) {
    c.Add("ES402", p.reported_grade->where,
          "the reported grade " + p.reported_grade->value + " differs from " + s.grade +
              " (recomputed total " + Num(s.total) + ")");
  }
}

}  // namespace evalscore
