// Internal: what every group of checks needs, and the place findings go.
#ifndef EVALSCORE_CORE_CHECK_CONTEXT_H_
#define EVALSCORE_CORE_CHECK_CONTEXT_H_

#include <optional>
#include <string>
#include <vector>

#include "evalscore/check.h"

namespace evalscore {

class CheckContext {
 public:
  CheckContext(const Project& p, const ProjectScore& s, const RuleProfile& r)
      : project(p), score(s), profile(r) {}

  // Records a finding of check `code` (severity from the catalogue for now).
  void Add(const char* code, Location where, Message message,
           std::optional<double> reported = std::nullopt,
           std::optional<double> recomputed = std::nullopt);

  // Rows in document order, paired with their scores (parts excluded).
  struct Row {
    const Indicator* indicator;
    const IndicatorScore* score;
  };
  std::vector<Row> Rows() const;

  const Project& project;
  const ProjectScore& score;
  const RuleProfile& profile;
  std::vector<Diagnostic> found;
};

// Shortest decimal text of a number ("22.41", "10").
std::string Num(double x);

// A number argument shown as Num(x).
MessageArg NumArg(std::string name, double x);

// The number of decimals a printed figure was written with (24 -> 0, 86.19 -> 2).
int PrintedDecimals(double x);

// `x` with exactly `decimals` decimals, as printed ("83.00").
std::string FixedText(double x, int decimals);

void CheckFunds(CheckContext& c);
void CheckWeights(CheckContext& c);
void CheckRows(CheckContext& c);
void CheckTotals(CheckContext& c);
void CheckReview(CheckContext& c);  // the reviewer's columns (check_review.cc)
// Sense checks (check_sense_*.cc) and the execution cap (check_execution_cap.cc).
void CheckSenseMoney(CheckContext& c);
void CheckSenseRows(CheckContext& c);
void CheckSenseStructure(CheckContext& c);
void CheckSenseGoals(CheckContext& c);
void CheckExecutionCap(CheckContext& c);

}  // namespace evalscore

#endif  // EVALSCORE_CORE_CHECK_CONTEXT_H_
