// One project evaluated under one rule profile: the value every consumer
// (renderers, the batch checks, a program embedding the library) reads.
//
//   auto project = evalscore::LoadProject(text);          // Result<Project>
//   auto profile = evalscore::BuiltinProfile("central-2020");
//   evalscore::Evaluation e = evalscore::Evaluate(project.value(), profile);
//   std::cout << e.totals.total << ' ' << e.totals.grade << '\n';
//
// Each indicator's score sits beside the row it scores, under its 二级 and 一级
// level (and the block above 一级 where the table has one), so nobody re-zips
// a flat list of scores onto the project by index.
#ifndef EVALSCORE_EVALUATE_H_
#define EVALSCORE_EVALUATE_H_

#include <optional>
#include <string>
#include <vector>

#include "evalscore/diagnostic.h"
#include "evalscore/profile.h"
#include "evalscore/project.h"
#include "evalscore/score.h"

namespace evalscore {

// A level's sums: Σ 分值 and Σ recomputed 得分 of its rows that count, and
// Σ of the unit's printed 得分 of those rows (nullopt when none printed one).
struct LevelSum {
  double points = 0;
  double score = 0;
  std::optional<double> reported;
  // The printed sum differs from the recomputed one by more than the
  // profile's checks.score_tolerance.
  bool differs = false;
};

// One indicator row (三级) and its score.
struct RowEvaluation {
  const Indicator* form = nullptr;  // the row as written (points into Evaluation::project)
  IndicatorScore score;
  // The unit's printed 得分 differs from the recomputed one by more than the
  // profile's checks.score_tolerance (the form renderers highlight it).
  bool differs = false;
};

// 二级指标 and its rows, in document order.
struct GroupEvaluation {
  const IndicatorGroup* form = nullptr;
  LevelSum sum;
  std::vector<RowEvaluation> rows;
};

// 一级指标 and its 二级 levels, in document order.
struct CategoryEvaluation {
  const IndicatorCategory* form = nullptr;
  const IndicatorBlock* block = nullptr;  // the level above 一级; nullptr when the table has none
  LevelSum sum;
  std::vector<GroupEvaluation> groups;
};

// The profile that scored the project, as reports name it.
struct ProfileIdentity {
  std::string name;
  std::string source;  // "built-in" or the file it was read from
  double score_tolerance = 0.01;
};

struct Evaluation {
  Project project;
  ProfileIdentity profile;
  BudgetScore funds;  // the funds row (预算执行率)
  std::vector<CategoryEvaluation> categories;
  Totals totals;
  std::vector<Diagnostic> diagnostics;  // the audit's findings (CheckProject), sorted by location

  Evaluation() = default;
  // Copies re-point the tree's `form` pointers at the copy's own project.
  Evaluation(const Evaluation& other);
  Evaluation& operator=(const Evaluation& other);
  Evaluation(Evaluation&&) noexcept = default;
  Evaluation& operator=(Evaluation&&) noexcept = default;

  // The rows of the tree in document order (pointers into `categories`).
  std::vector<const RowEvaluation*> Rows() const;

  // Calls `f(const RowEvaluation&)` for each row in document order.
  template <typename F>
  void ForEachRow(F&& f) const {
    for (const CategoryEvaluation& c : categories) {
      for (const GroupEvaluation& g : c.groups) {
        for (const RowEvaluation& r : g.rows) f(r);
      }
    }
  }
};

// Scores `project` under `profile` and runs every check. Never fails: rows
// that cannot be scored carry their status and a note, and the findings say
// what does not add up.
Evaluation Evaluate(const Project& project, const RuleProfile& profile);
Evaluation Evaluate(Project&& project, const RuleProfile& profile);

// Whether a row counts toward the totals (scored, fallback or error).
bool CountsTowardTotal(const IndicatorScore& s);

}  // namespace evalscore

#endif  // EVALSCORE_EVALUATE_H_
