// What the CLI knows about one input once it has been read and scored.
#ifndef EVALSCORE_CLI_FILE_REPORT_H_
#define EVALSCORE_CLI_FILE_REPORT_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "evalscore/diagnostic.h"
#include "evalscore/evaluate.h"
#include "evalscore/project.h"
#include "evalscore/result.h"
#include "evalscore/review.h"
#include "evalscore/score.h"

namespace evalscore::cli {

enum class FileStatus { kScored, kError };

struct FileReport {
  std::string path;  // as named or found; "-" (or --stdin-filename) for stdin
  FileStatus status = FileStatus::kError;
  Errors errors;  // why the file could not be scored (kError)
  // kScored: the project, its scores and findings. An error report keeps only
  // eval.project.source_parts (the sheets its error locations point into).
  Evaluation eval;
  std::shared_ptr<const RuleProfile> profile;  // the profile that scored it (kScored)
  ReviewedScore reviewed;  // the reviewer's total (复核), when the file records 复核得分

  // The profile as shown in reports: its name, and the file it was read from
  // unless it is built in ("mine (rules/mine.yaml)").
  std::string ProfileLabel() const {
    const ProfileIdentity& p = eval.profile;
    if (p.source.empty() || p.source == "built-in" || p.source == p.name) return p.name;
    return p.name + " (" + p.source + ")";
  }

  // Findings at each severity.
  size_t Count(Severity s) const {
    size_t n = 0;
    for (const Diagnostic& d : eval.diagnostics) n += d.severity == s ? 1 : 0;
    return n;
  }
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_FILE_REPORT_H_
