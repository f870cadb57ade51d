// The audit (复核): every check of ../shared/domain/scoring-rules.md §5 run
// over a project and its recomputed scores.
#ifndef EVALSCORE_CHECK_H_
#define EVALSCORE_CHECK_H_

#include <string>
#include <vector>

#include "evalscore/diagnostic.h"
#include "evalscore/profile.h"
#include "evalscore/project.h"
#include "evalscore/score.h"

namespace evalscore {

// One check of the catalogue.
struct CheckInfo {
  std::string code;     // ES101
  std::string name;     // BREAKDOWN_SUM
  Severity severity;    // default; profiles may override per code or name
  std::string summary;  // one line: what it flags
  std::string fix;      // how to correct the form, or why it may be fine
  // (summary and fix: the English of CheckSummary() and CheckFix() below)
};

// Every check, ordered by code.
const std::vector<CheckInfo>& CheckCatalogue();

// The check's summary and fix as messages of the catalogue ("check.ES101.summary",
// "check.ES101.fix"): RenderMessage gives them in English (= summary, fix) or Chinese.
Message CheckSummary(const CheckInfo& check);
Message CheckFix(const CheckInfo& check);

// The catalogue entry for a code ("ES101") or name ("BREAKDOWN_SUM"), any case.
const CheckInfo* FindCheck(const std::string& code_or_name);

// Runs every check. Severities come from the catalogue, then from the
// profile's checks.severity (by code or name; "off" drops the check).
// Diagnostics are sorted by location, then code.
std::vector<Diagnostic> CheckProject(const Project& project, const ProjectScore& score,
                                     const RuleProfile& profile);

}  // namespace evalscore

#endif  // EVALSCORE_CHECK_H_
