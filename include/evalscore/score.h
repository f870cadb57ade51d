// Recomputed scores of one project under one rule profile. Every number keeps
// the inputs and the rule that produced it, so formatters can explain it.
#ifndef EVALSCORE_SCORE_H_
#define EVALSCORE_SCORE_H_

#include <optional>
#include <string>
#include <vector>

#include "evalscore/location.h"
#include "evalscore/message.h"
#include "evalscore/profile.h"
#include "evalscore/project.h"
#include "evalscore/value.h"

namespace evalscore {

enum class BudgetStatus {
  kScored,         // rate and score computed
  kMissing,        // no funds block or no total row: no funds score at all
  kZeroBudget,     // denominator 0: scored 0 under zero_budget: zero
  kNotApplicable,  // denominator 0 under zero_budget: not_applicable
  kIncomplete,     // denominator or executed amount missing: scored 0
};

struct BudgetScore {
  BudgetStatus status = BudgetStatus::kMissing;
  BudgetDenominator denominator_used = BudgetDenominator::kBudget;
  bool denominator_fell_back = false;  // `adjusted` asked for but only `budget` written
  double denominator = 0;
  double executed = 0;
  double rate = 0;       // executed / denominator, unrounded (0.240071)
  double rate_used = 0;  // after the profile's rate rounding
  double points = 0;     // profile's budget points
  double raw = 0;        // rate_used × points, before cap and rounding
  bool capped = false;
  double score = 0;     // after cap and rounding
  bool counts = false;  // part of the total (in_total and scored/zero/incomplete)
  // v2 (appended):
  bool form_unscored = false;   // funds.scored: false: the layout has no funds score (rate
                                // still computed for the execution checks; score 0, points 0)
  bool from_breakdown = false;  // the total row was blank or zero: amounts from the breakdown
  bool executed_from_breakdown = false;
  bool denominator_from_breakdown = false;
};

enum class IndicatorKind { kPositive, kReverse, kEqual, kRange, kQualitative, kDeadline, kNone };

enum class IndicatorStatus {
  kScored,         // a rule produced the score
  kFallback,       // no rule could score it; the profile's fallback was applied
  kNotApplicable,  // target or actual written as "/" or 不适用
  kUnscored,       // no 分值, or a blank row: not part of any total
  kError,          // the values cannot be compared (unit mismatch, no actual): 0 points
};

enum class QualitativeGradeKind { kNone, kAchieved, kPartial, kNotAchieved };

// Why a row fell back to the profile's fallback (F) or could not be scored (E),
// or how it was read (N): IndicatorScore::problem; `note` says it in words.
enum class ScoreProblem {
  kNone,
  kJudgementRow,           // F: "—" in 指标值 on a row with an actual and a 得分
  kNoTargetNoActual,       // F
  kNoTarget,               // F
  kNoActual,               // E: a target but no actual
  kActualRange,            // E
  kUnitsDiffer,            // E: target and actual in incompatible units
  kMissedNegativeTarget,   // F
  kExactTargetMissed,      // F (equal: exact_or_manual)
  kOutsideTargetRange,     // F (range: manual)
  kDateVsText,             // E: a date against something that is not one
  kDeadlineMissed,         // F (deadline_missed: manual)
  kNumberForTextTarget,    // E
  kPlaceholderActual,      // E
  kNotGradeWord,           // F
  kTextForNumericTarget,   // E
  kTextGradedQualitative,  // N: a text actual for a number, graded as qualitative
};

struct IndicatorScore {
  std::string category;  // 一级
  std::string group;     // 二级
  std::string name;      // 三级
  Location where;
  bool blank = false;
  Value target;
  Value actual;
  IndicatorKind kind = IndicatorKind::kNone;
  Comparison comparison = Comparison::kNone;  // effective: written, or implied
  bool comparison_implied = false;            // no sign written; chosen from the name
  IndicatorStatus status = IndicatorStatus::kUnscored;
  double points = 0;
  std::optional<double> reported;
  bool actual_clamped = false;   // a negative actual was scored as 0
  bool ratio_rule = false;       // kReverse scored as target ÷ actual
  bool deducted_excess = false;  // over-achievement deduction applied
  QualitativeGradeKind grade = QualitativeGradeKind::kNone;
  bool grade_by_identity = false;  // actual text identical to the target
  bool reported_in_band = false;   // the unit's own score accepted inside its band
  double raw = 0;                  // before rounding
  double score = 0;                // after rounding
  Message note;                    // why a fallback or error happened (see `problem`)
  // v2 (appended):
  bool points_implied = false;  // no 分值 printed: a share of a level's weight (G1)
  std::string points_from;      // the level whose weight was shared
  bool unweighted = false;      // no 分值 and no level weight: status kUnscored, but
  IndicatorStatus outcome = IndicatorStatus::kUnscored;  // what the rule found (text checks)
  bool judgement = false;              // "—" target with a printed 得分: a judgement row (D1)
  bool actual_in_target_unit = false;  // bare actual read in the target's unit (D3)
  bool comparison_from_group = false;  // "at most" because the group is a cost group (D5)
  bool name_lost = false;              // the row's name was lost (G6)
  ScoreProblem problem = ScoreProblem::kNone;  // the reason of kFallback / kError
};

struct GroupScore {
  std::string name;
  OptNumber weight;   // declared
  double points = 0;  // Σ 分值 of its scored rows
  double score = 0;
};

struct CategoryScore {
  std::string name;
  OptNumber weight;
  double points = 0;
  double score = 0;
  std::vector<GroupScore> groups;
  int block = -1;  // index into Project::blocks
};

// The project's totals: the indicator points and scores, the rescale for
// 不适用 rows, the total after the execution-rate cap, its grade.
struct Totals {
  double indicator_points = 0;  // Σ 分值 of rows that count (N/A included when rescaled)
  double indicator_sum = 0;     // Σ scores before rescaling
  double rescale = 1;           // applied for N/A rows under not_applicable: rescale
  double indicator_score = 0;   // after rescaling and rounding
  double na_points = 0;         // 分值 of rows dropped as 不适用
  size_t implied_rows = 0;      // rows whose points are a share of a level weight
  double total = 0;             // 总分, after the execution cap
  double max_total = 0;
  std::string grade;
  std::optional<double> execution_cap;   // the cap of the execution rate's band, when one applied
  std::optional<double> uncapped_total;  // the total before the cap, when the cap bit
};

struct ProjectScore {
  BudgetScore budget;
  std::vector<IndicatorScore> indicators;  // in document order, blank rows included
  std::vector<CategoryScore> categories;
  Totals totals;
};

// The points each indicator row (document order, as ScoreProject walks them) is
// scored with: its printed 分值, or a share of the nearest enclosing level's
// declared weight under `rule` (block → 一级 → 二级; a level with a weight
// shares what its children with a weight or printed 分值 leave over among the
// rows that print none). nullopt: no points at all (the row is not scored).
struct RowPoints {
  std::optional<double> points;
  bool implied = false;
  std::string from;  // the level whose weight was shared
};
std::vector<RowPoints> ResolveRowPoints(const Project& project, LevelSplit rule);

// The context a row is scored in.
struct RowContext {
  std::string group;             // 二级 name (成本指标 makes unsigned targets "at most")
  std::optional<double> points;  // effective points (printed or implied)
  bool points_implied = false;
  std::string points_from;
};
IndicatorScore ScoreIndicator(const Indicator& indicator, const RuleProfile& profile,
                              const RowContext& context);

// One funds row (the total or a breakdown row) scored against `points`: rate =
// executed / the profile's denominator, capped and rounded as the profile says.
// kIncomplete when a figure is missing.
BudgetScore ScoreFundsRow(const FundsRow& row, double points, const RuleProfile& profile);

// Recomputes every score of `project` under `profile`. Never fails: rows that
// cannot be scored are marked in their status with a note.
ProjectScore ScoreProject(const Project& project, const RuleProfile& profile);

// The scoring of single rows and the funds row, exposed for tests and `explain`.
BudgetScore ScoreBudget(const Project& project, const RuleProfile& profile);
IndicatorScore ScoreIndicator(const Indicator& indicator, const RuleProfile& profile);

// Applies the profile's budget.execution_caps to a scored project: the total
// is lowered to the cap of the execution rate's band (and the grade follows).
// Called by ScoreProject; a no-op without caps or without a scored funds row.
void ApplyExecutionCap(ProjectScore* score, const RuleProfile& profile);

// Rounds `x` to `decimals` places under `mode` (half-up is robust to binary
// representation: 2.675 -> 2.68).
double RoundScore(double x, int decimals, RoundMode mode);

// The name of the grade band `total` falls in ("" when there are no bands).
std::string GradeFor(double total, const std::vector<GradeBand>& bands);

}  // namespace evalscore

#endif  // EVALSCORE_SCORE_H_
