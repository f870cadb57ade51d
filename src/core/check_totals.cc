#include <cmath>

#include "check_context.h"

namespace evalscore {

void CheckTotals(CheckContext& c) {
  const Project& p = c.project;
  const ProjectScore& s = c.score;
  if (p.reported_total && std::fabs(p.reported_total->value - s.totals.total) >
                              c.profile.checks.score_tolerance + 1e-9) {
    const bool capped = s.totals.uncapped_total && s.totals.execution_cap;
    std::string id = s.budget.counts ? "ES401.total_differs_funds" : "ES401.total_differs";
    if (capped) id += "_capped";
    c.Add("ES401", p.reported_total->where,
          {id,
           {NumArg("reported", p.reported_total->value), NumArg("total", s.totals.total),
            NumArg("indicators", s.totals.indicator_score), NumArg("funds", s.budget.score),
            NumArg("uncapped", s.totals.uncapped_total.value_or(s.totals.total)),
            NumArg("cap", s.totals.execution_cap.value_or(s.totals.total)),
            NumArg("difference",
                   std::round((p.reported_total->value - s.totals.total) * 100) / 100)}},
          p.reported_total->value, s.totals.total);
  }
  if (s.totals.na_points > 0 && s.totals.rescale != 1) {
    c.Add("ES602", p.indicators_where,
          {"ES602.not_applicable_rescaled",
           {NumArg("na_points", s.totals.na_points),
            NumArg("factor", std::round(s.totals.rescale * 10000) / 10000),
            NumArg("points", s.totals.indicator_points)}});
  }
  if (p.kind == FormKind::kDepartment && p.kind_inferred && p.name) {
    c.Add("ES610", p.name->where, {"ES610.department_form", {TextArg("name", p.name->value)}});
  }
  if (p.reported_grade && FoldText(p.reported_grade->value) != s.totals.grade) {
    c.Add("ES402", p.reported_grade->where,
          {"ES402.grade_differs",
           {TextArg("reported", p.reported_grade->value), TextArg("grade", s.totals.grade),
            NumArg("total", s.totals.total)}});
  }
}

}  // namespace evalscore
