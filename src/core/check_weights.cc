#include <cmath>
#include <map>

#include "check_context.h"

namespace evalscore {
namespace {

bool Differs(double a, double b) { return std::fabs(a - b) > 1e-6; }

// Σ points of the rows of a group: printed 分值, or the share of a level weight
// the row was scored with (blank rows included: they are printed). Σ 得分 too.
struct Sums {
  double points = 0;
  double reported = 0;
  int blank_rows = 0;
  bool all_implied = true;  // every scored row's points are a share of a level weight
  bool any_row = false;
};

void AddGroup(const IndicatorGroup& g, const std::vector<const IndicatorScore*>& scores,
              size_t* row, Sums* sums) {
  for (const Indicator& ind : g.indicators) {
    const IndicatorScore* s = *row < scores.size() ? scores[*row] : nullptr;
    ++*row;
    if (ind.points) {
      sums->points += ind.points->value;
    } else if (s != nullptr && s->points_implied) {
      sums->points += s->points;
    }
    if (ind.score) sums->reported += ind.score->value;
    if (ind.blank && ind.points) ++sums->blank_rows;
    if (!ind.blank) {
      sums->any_row = true;
      sums->all_implied = sums->all_implied && s != nullptr && s->points_implied;
    }
  }
}

// The id suffix of a message that counts blank rows with points: "", "_blank_one", "_blank_many".
std::string BlankSuffix(int blank_rows) {
  return blank_rows == 0 ? "" : blank_rows == 1 ? "_blank_one" : "_blank_many";
}

// Which share of the expected split a first-level name stands for, or -1.
int SplitIndex(const std::string& name) {
  if (name.find("产出") != std::string::npos) return 0;
  if (name.find("效益") != std::string::npos) return 1;
  if (name.find("满意") != std::string::npos) return 2;
  return -1;
}

// A level's rows against its declared weight: ES201 on 分值, and where the rows
// print no 分值 (their points are the weight itself), ES301 when their printed
// 得分 add up to more than the weight.
void CheckLevel(CheckContext& c, const std::string& name, const OptNumber& weight,
                const Sums& sums) {
  if (!weight) return;
  if (Differs(sums.points, weight->value)) {
    c.Add("ES201", weight->where,
          {"ES201.level_points" + BlankSuffix(sums.blank_rows),
           {TextArg("level", name), NumArg("points", sums.points),
            CountArg("blank", sums.blank_rows), NumArg("weight", weight->value)}},
          weight->value, sums.points);
  }
  if (sums.any_row && sums.all_implied && sums.reported > weight->value + 1e-9) {
    c.Add("ES301", weight->where,
          {"ES301.level_reported",
           {TextArg("level", name), NumArg("reported", sums.reported),
            NumArg("weight", weight->value)}},
          sums.reported, weight->value);
  }
}

// ES601: one info finding per level whose weight was shared among rows without 分值.
void SharedWeights(CheckContext& c) {
  std::map<std::string, std::pair<int, double>> shared;  // level -> rows, Σ points
  std::vector<std::pair<std::string, Location>> order;
  for (const CheckContext::Row& row : c.Rows()) {
    const IndicatorScore& s = *row.score;
    if (!s.points_implied || s.blank) continue;
    auto [it, inserted] = shared.emplace(s.points_from, std::make_pair(0, 0.0));
    if (inserted) order.emplace_back(s.points_from, row.indicator->where);
    ++it->second.first;
    it->second.second += s.points;
  }
  const bool equal = c.profile.indicators.level_split == LevelSplit::kEqual;
  for (const auto& [name, where] : order) {
    const auto& [rows, points] = shared[name];
    c.Add("ES601", where,
          {std::string("ES601.shared_") + (equal ? "equally" : "in_proportion") +
               (rows > 1 ? "_many" : "_one"),
           {CountArg("rows", rows), TextArg("level", name), NumArg("points", points),
            NumArg("each", std::round(points / rows * 100) / 100)}});
  }
}

void CheckSplit(CheckContext& c, const std::vector<double>& split, double funds_points) {
  const std::vector<double>& expected = c.profile.checks.expected_split;
  if (expected.size() != 4) return;
  const double actual[4] = {split[0], split[1], split[2], funds_points};
  double fixed = 0;
  double free_sum = 0;
  bool any_free = false;
  bool differs = false;
  for (size_t i = 0; i < 4; ++i) {
    if (expected[i] < 0) {
      any_free = true;
      free_sum += actual[i];
    } else {
      fixed += expected[i];
      const bool funds_absent = i == 3 && c.score.budget.status == BudgetStatus::kMissing;
      differs = differs || (!funds_absent && Differs(actual[i], expected[i]));
    }
  }
  if (any_free) differs = differs || Differs(free_sum, 100 - fixed);
  if (!differs) return;
  std::string want;
  for (size_t i = 0; i < 4; ++i) {
    want += (i ? "/" : "") + (expected[i] < 0 ? std::string("free") : Num(expected[i]));
  }
  c.Add("ES203", c.project.indicators_where,
        {any_free ? "ES203.split_free" : "ES203.split",
         {NumArg("output", split[0]), NumArg("effect", split[1]), NumArg("satisfaction", split[2]),
          NumArg("funds", funds_points), TextArg("expected", want), NumArg("free", 100 - fixed)}});
}

// Adds the sums of a child level to its parent's.
void Merge(const Sums& child, Sums* parent) {
  parent->points += child.points;
  parent->reported += child.reported;
  parent->blank_rows += child.blank_rows;
  parent->all_implied = parent->all_implied && (child.all_implied || !child.any_row);
  parent->any_row = parent->any_row || child.any_row;
}

// What the walk over the levels collects for the table-wide checks.
struct Tally {
  double all_points = 0;
  int all_blank = 0;
  bool has_satisfaction = false;
  const Located<double>* percent = nullptr;  // the first 分值 printed as a percentage
  std::vector<double> split = std::vector<double>(3, 0);
  bool split_known = true;
};

// The split is about real weights: blank rows (reported by ES201/ES202) are left out;
// a declared weight stands for rows that carry no points at all.
void AddToSplit(const IndicatorCategory& cat, const Sums& sums, Tally* t) {
  const int index = SplitIndex(cat.name.value);
  if (index < 0) {
    t->split_known = false;
    return;
  }
  double blank_points = 0;
  for (const IndicatorGroup& g : cat.groups) {
    for (const Indicator& ind : g.indicators) {
      if (ind.blank && ind.points) blank_points += ind.points->value;
    }
  }
  const double rows = sums.points - blank_points;
  t->split[static_cast<size_t>(index)] += rows == 0 && cat.weight ? cat.weight->value : rows;
}

// Checks the groups of one 一级 level and the level itself; returns its sums.
Sums CheckCategory(CheckContext& c, const IndicatorCategory& cat,
                   const std::vector<const IndicatorScore*>& scores, size_t* row, Tally* t) {
  Sums cat_sums;
  if (cat.name.value.find("满意") != std::string::npos) t->has_satisfaction = true;
  for (const IndicatorGroup& g : cat.groups) {
    if (g.name.value.find("满意") != std::string::npos) t->has_satisfaction = true;
    for (const Indicator& ind : g.indicators) {
      if (ind.points_percent && t->percent == nullptr) t->percent = &*ind.points;
    }
    Sums sums;
    AddGroup(g, scores, row, &sums);
    CheckLevel(c, g.name.value, g.weight, sums);
    Merge(sums, &cat_sums);
  }
  CheckLevel(c, cat.name.value, cat.weight, cat_sums);
  AddToSplit(cat, cat_sums, t);
  t->all_points += cat_sums.points;
  t->all_blank += cat_sums.blank_rows;
  return cat_sums;
}

}  // namespace

void CheckWeights(CheckContext& c) {
  std::vector<const IndicatorScore*> scores;
  for (const IndicatorScore& s : c.score.indicators) scores.push_back(&s);
  Tally t;
  std::vector<Sums> block_sums(c.project.blocks.size());
  size_t row = 0;
  for (const IndicatorCategory& cat : c.project.categories) {
    const Sums sums = CheckCategory(c, cat, scores, &row, &t);
    if (cat.block >= 0 && static_cast<size_t>(cat.block) < block_sums.size()) {
      Merge(sums, &block_sums[static_cast<size_t>(cat.block)]);
    }
  }
  for (size_t i = 0; i < block_sums.size(); ++i) {
    const IndicatorBlock& block = c.project.blocks[i];
    CheckLevel(c, block.name.value.empty() ? "block " + std::to_string(i + 1) : block.name.value,
               block.weight, block_sums[i]);
  }
  SharedWeights(c);
  if (t.percent != nullptr) {
    c.Add("ES608", t.percent->where,
          {"ES608.points_percent", {NumArg("points", t.percent->value)}});
  }
  const BudgetScore& b = c.score.budget;
  const double funds_points = b.status == BudgetStatus::kMissing ? 0 : b.points;
  const double expected_total =
      c.project.reported_points ? c.project.reported_points->value : 100.0;
  const double total_points = t.all_points + (b.counts ? funds_points : 0);
  if (!c.project.categories.empty() && Differs(total_points, expected_total)) {
    c.Add("ES202", c.project.indicators_where,
          {std::string("ES202.sum") +
               (b.counts                             ? "_funds"
                : b.status == BudgetStatus::kMissing ? "_no_funds_row"
                                                     : "_funds_not_counted") +
               BlankSuffix(t.all_blank),
           {NumArg("points", t.all_points), CountArg("blank", t.all_blank),
            NumArg("funds", funds_points), NumArg("total", total_points),
            NumArg("expected", expected_total)}},
          expected_total, total_points);
  }
  if (t.split_known && !c.project.categories.empty()) {
    CheckSplit(c, t.split, b.counts ? funds_points : 0);
  }
  if (!t.has_satisfaction && !c.project.categories.empty()) {
    c.Add("ES205", c.project.indicators_where, {"ES205.no_satisfaction", {}});
  }
  for (const CheckContext::Row& r : c.Rows()) {
    const Indicator& ind = *r.indicator;
    if (ind.points && ind.points->value <= 0 && !ind.blank) {
      c.Add("ES204", ind.points->where,
            {"ES204.points_not_positive",
             {TextArg("indicator", ind.name.value), NumArg("points", ind.points->value)}});
    }
  }
}

}  // namespace evalscore
