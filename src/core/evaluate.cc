#include "evalscore/evaluate.h"

#include <cmath>
#include <utility>

#include "evalscore/check.h"

namespace evalscore {
namespace {

bool Exceeds(double reported, double recomputed, double tolerance) {
  return std::fabs(reported - recomputed) > tolerance + 1e-9;
}

// Whether the unit's printed 得分 of a row differs from ours beyond `tolerance`
// (rows not scored, or dropped as 不适用, are never highlighted).
bool RowDiffers(const IndicatorScore& s, double tolerance) {
  if (!s.reported || s.status == IndicatorStatus::kUnscored ||
      s.status == IndicatorStatus::kNotApplicable) {
    return false;
  }
  return Exceeds(*s.reported, s.score, tolerance);
}

// Adds the printed 得分 of a counted row to a level's printed sum.
void AddReported(const IndicatorScore& s, LevelSum* sum) {
  if (!s.reported || s.status == IndicatorStatus::kUnscored ||
      s.status == IndicatorStatus::kNotApplicable) {
    return;
  }
  sum->reported = sum->reported.value_or(0) + *s.reported;
}

void FinishSum(LevelSum* sum, double tolerance) {
  sum->differs = sum->reported && Exceeds(*sum->reported, sum->score, tolerance);
}

// Hangs the flat scores (document order) onto the project's tree; the one
// place the order of ProjectScore::indicators is relied upon.
std::vector<CategoryEvaluation> BuildTree(const Project& project, ProjectScore&& score,
                                          double tolerance) {
  std::vector<CategoryEvaluation> tree;
  size_t next = 0;
  for (size_t c = 0; c < project.categories.size(); ++c) {
    const IndicatorCategory& cat = project.categories[c];
    CategoryEvaluation ce;
    ce.form = &cat;
    if (cat.block >= 0 && static_cast<size_t>(cat.block) < project.blocks.size()) {
      ce.block = &project.blocks[static_cast<size_t>(cat.block)];
    }
    ce.sum.points = score.categories[c].points;
    ce.sum.score = score.categories[c].score;
    for (size_t g = 0; g < cat.groups.size(); ++g) {
      GroupEvaluation ge;
      ge.form = &cat.groups[g];
      ge.sum.points = score.categories[c].groups[g].points;
      ge.sum.score = score.categories[c].groups[g].score;
      for (const Indicator& row : cat.groups[g].indicators) {
        RowEvaluation re{&row, std::move(score.indicators[next++]), false};
        re.differs = RowDiffers(re.score, tolerance);
        AddReported(re.score, &ge.sum);
        AddReported(re.score, &ce.sum);
        ge.rows.push_back(std::move(re));
      }
      FinishSum(&ge.sum, tolerance);
      ce.groups.push_back(std::move(ge));
    }
    FinishSum(&ce.sum, tolerance);
    tree.push_back(std::move(ce));
  }
  return tree;
}

// Points the tree of `e` (built over another project of the same shape) at
// e->project.
void Repoint(Evaluation* e) {
  for (size_t c = 0; c < e->categories.size(); ++c) {
    CategoryEvaluation& ce = e->categories[c];
    const IndicatorCategory& cat = e->project.categories[c];
    ce.form = &cat;
    ce.block = ce.block == nullptr ? nullptr : &e->project.blocks[static_cast<size_t>(cat.block)];
    for (size_t g = 0; g < ce.groups.size(); ++g) {
      ce.groups[g].form = &cat.groups[g];
      for (size_t r = 0; r < ce.groups[g].rows.size(); ++r) {
        ce.groups[g].rows[r].form = &cat.groups[g].indicators[r];
      }
    }
  }
}

}  // namespace

bool CountsTowardTotal(const IndicatorScore& s) {
  return s.status == IndicatorStatus::kScored || s.status == IndicatorStatus::kFallback ||
         s.status == IndicatorStatus::kError;
}

Evaluation::Evaluation(const Evaluation& other)
    : project(other.project),
      profile(other.profile),
      funds(other.funds),
      categories(other.categories),
      totals(other.totals),
      diagnostics(other.diagnostics) {
  Repoint(this);
}

Evaluation& Evaluation::operator=(const Evaluation& other) {
  if (this == &other) return *this;
  Evaluation copy(other);
  *this = std::move(copy);
  return *this;
}

std::vector<const RowEvaluation*> Evaluation::Rows() const {
  std::vector<const RowEvaluation*> rows;
  ForEachRow([&rows](const RowEvaluation& r) { rows.push_back(&r); });
  return rows;
}

Evaluation Evaluate(Project&& project, const RuleProfile& profile) {
  Evaluation e;
  e.project = std::move(project);
  e.profile = {profile.name, profile.source, profile.checks.score_tolerance};
  ProjectScore score = ScoreProject(e.project, profile);
  e.diagnostics = CheckProject(e.project, score, profile);
  e.funds = score.budget;
  e.totals = std::move(score.totals);
  e.categories = BuildTree(e.project, std::move(score), e.profile.score_tolerance);
  return e;
}

Evaluation Evaluate(const Project& project, const RuleProfile& profile) {
  return Evaluate(Project(project), profile);
}

}  // namespace evalscore
