#include <cmath>

#include "check_context.h"

namespace evalscore {
namespace {

bool Differs(double a, double b) { return std::fabs(a - b) > 1e-6; }

// Σ 分值 of the printed rows of a group (blank rows included: they are printed).
double PrintedPoints(const IndicatorGroup& g, int* blank_rows) {
  double sum = 0;
  for (const Indicator& ind : g.indicators) {
    if (ind.points) sum += ind.points->value;
    if (ind.blank && ind.points) ++*blank_rows;
  }
  return sum;
}

std::string BlankNote(int blank_rows) {
  if (blank_rows == 0) return "";
  return " (including " + std::to_string(blank_rows) + " blank row" + (blank_rows > 1 ? "s" : "") +
         " with points but no name)";
}

// Which share of the expected split a first-level name stands for, or -1.
int SplitIndex(const std::string& name) {
  if (name.find("产出") != std::string::npos) return 0;
  if (name.find("效益") != std::string::npos) return 1;
  if (name.find("满意") != std::string::npos) return 2;
  return -1;
}

}  // namespace

void CheckWeights(CheckContext& c) {
  double all_points = 0;
  int all_blank = 0;
  bool has_satisfaction = false;
  std::vector<double> split(3, 0);
  bool split_known = true;
  for (const IndicatorCategory& cat : c.project.categories) {
    double cat_points = 0;
    int cat_blank = 0;
    if (cat.name.value.find("满意") != std::string::npos) has_satisfaction = true;
    for (const IndicatorGroup& g : cat.groups) {
      if (g.name.value.find("满意") != std::string::npos) has_satisfaction = true;
      int blank = 0;
      const double points = PrintedPoints(g, &blank);
      if (g.weight && Differs(points, g.weight->value)) {
        c.Add("ES201", g.weight->where,
              "the rows of '" + g.name.value + "' carry " + Num(points) + " points" +
                  BlankNote(blank) + ", not the declared " + Num(g.weight->value),
              g.weight->value, points);
      }
      cat_points += points;
      cat_blank += blank;
    }
    if (cat.weight && Differs(cat_points, cat.weight->value)) {
      c.Add("ES201", cat.weight->where,
            "the rows of '" + cat.name.value + "' carry " + Num(cat_points) + " points" +
                BlankNote(cat_blank) + ", not the declared " + Num(cat.weight->value),
            cat.weight->value, cat_points);
    }
    const int index = SplitIndex(cat.name.value);
    if (index < 0) {
      split_known = false;
    } else {
      // The split is about real weights: blank rows (reported by ES201/ES202) are left out.
      double blank_points = 0;
      for (const IndicatorGroup& g : cat.groups) {
        for (const Indicator& ind : g.indicators) {
          if (ind.blank && ind.points) blank_points += ind.points->value;
        }
      }
      split[static_cast<size_t>(index)] += cat_points - blank_points;
    }
    all_points += cat_points;
    all_blank += cat_blank;
  }
  const BudgetScore& b = c.score.budget;
  const double funds_points = b.status == BudgetStatus::kMissing ? 0 : b.points;
  const double expected_total =
      c.project.reported_points ? c.project.reported_points->value : 100.0;
  const double total_points = all_points + (b.counts ? funds_points : 0);
  if (!c.project.categories.empty() && Differs(total_points, expected_total)) {
    c.Add(
        "ES202", c.project.indicators_where,
        "indicator rows carry " + Num(all_points) + " points" + BlankNote(all_blank) +
            (b.counts ? " + funds " + Num(funds_points)
                      : std::string(b.status == BudgetStatus::kMissing ? " (no funds row)"
                                                                       : " (funds not counted)")) +
            " = " + Num(total_points) + ", not " + Num(expected_total),
        expected_total, total_points);
  }
  const std::vector<double>& expected = c.profile.checks.expected_split;
  if (split_known && expected.size() == 4 && !c.project.categories.empty()) {
    const bool funds_ok = b.status == BudgetStatus::kMissing || !Differs(funds_points, expected[3]);
    if (Differs(split[0], expected[0]) || Differs(split[1], expected[1]) ||
        Differs(split[2], expected[2]) || !funds_ok) {
      c.Add("ES203", c.project.indicators_where,
            "first-level split 产出 " + Num(split[0]) + " / 效益 " + Num(split[1]) + " / 满意度 " +
                Num(split[2]) + " / 预算 " + Num(funds_points) + " differs from " +
                Num(expected[0]) + "/" + Num(expected[1]) + "/" + Num(expected[2]) + "/" +
                Num(expected[3]));
    }
  }
  if (!has_satisfaction && !c.project.categories.empty()) {
    c.Add("ES205", c.project.indicators_where, "no 满意度 (satisfaction) indicator");
  }
  for (const CheckContext::Row& row : c.Rows()) {
    const Indicator& ind = *row.indicator;
    if (ind.points && ind.points->value <= 0 && !ind.blank) {
      c.Add("ES204", ind.points->where,
            "'" + ind.name.value + "' has " + Num(ind.points->value) + " points");
    }
  }
}

}  // namespace evalscore
