// The batch checks (ES5xx): what only shows when several forms are scored
// together (a unit whose every form scores full marks, indicators copied
// between units, a project submitted twice). Pure: the CLI hands over a small
// summary of each scored form, in input order, and gets findings back.
#ifndef EVALSCORE_BATCH_CHECK_H_
#define EVALSCORE_BATCH_CHECK_H_

#include <string>
#include <vector>

#include "evalscore/diagnostic.h"
#include "evalscore/evaluate.h"
#include "evalscore/profile.h"
#include "evalscore/project.h"
#include "evalscore/score.h"

namespace evalscore {

// What the batch checks need of one scored form; small, so a batch of
// thousands of forms can be held.
struct BatchForm {
  std::string file;                      // as shown in reports
  std::vector<SourcePart> source_parts;  // the sheets or tables its cell locations name
  std::string name;                      // 项目名称
  Location name_where;
  int year = 0;      // 0: not given
  std::string unit;  // 实施单位, else 主管部门 ("" when neither is given)
  Location unit_where;
  bool self_full = false;  // the unit's own figures give full marks
  Location total_where;    // the reported 总分, else the indicators
  bool has_satisfaction = false;
  bool satisfaction_all_100 = false;  // every satisfaction actual is ≥ 100%
  Location satisfaction_where;
  struct Row {
    std::string name;  // as written
    std::string key;   // normalised name + target: the text compared
    size_t name_chars = 0;
    Location where;
  };
  std::vector<Row> rows;
};

BatchForm SummariseForBatch(const std::string& file, const Evaluation& evaluation);

// A finding at one form of the batch.
struct BatchFinding {
  std::string file;
  Diagnostic diagnostic;
  std::vector<SourcePart> source_parts;  // of `file`: for a location in a cell
};

// Runs every batch check over the forms (in input order). Thresholds and
// severities come from `profile` (checks.batch_*, checks.severity). The result
// is ordered by the forms' input order, then location, then code: the same
// whatever order the forms were scored in.
std::vector<BatchFinding> CheckBatch(const std::vector<BatchForm>& forms,
                                     const RuleProfile& profile);

}  // namespace evalscore

#endif  // EVALSCORE_BATCH_CHECK_H_
