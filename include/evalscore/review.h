// The reviewer's total (复核): the rows' 复核得分 where the file records them,
// the recomputed score elsewhere, the funds score as recomputed; then the
// profile's rescaling, rounding and grade, as for the recomputed total.
#ifndef EVALSCORE_REVIEW_H_
#define EVALSCORE_REVIEW_H_

#include <string>

#include "evalscore/evaluate.h"
#include "evalscore/profile.h"
#include "evalscore/project.h"
#include "evalscore/score.h"

namespace evalscore {

struct ReviewedScore {
  bool any = false;          // at least one row carries a 复核得分 (else nothing below is set)
  size_t rows_reviewed = 0;  // counted rows with a 复核得分
  size_t rows_counted = 0;   // rows that enter the total
  double indicator_score = 0;
  double total = 0;
  std::string grade;
};

// Requires `evaluation` = Evaluate(project, profile).
ReviewedScore ScoreReview(const Evaluation& evaluation, const RuleProfile& profile);

}  // namespace evalscore

#endif  // EVALSCORE_REVIEW_H_
