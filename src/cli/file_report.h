// What the CLI knows about one input once it has been read and scored.
#ifndef EVALSCORE_CLI_FILE_REPORT_H_
#define EVALSCORE_CLI_FILE_REPORT_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "evalscore/diagnostic.h"
#include "evalscore/project.h"
#include "evalscore/result.h"
#include "evalscore/review.h"
#include "evalscore/score.h"

namespace evalscore::cli {

enum class FileStatus { kScored, kError };

struct FileReport {
  std::string path;  // as named or found; "-" (or --stdin-filename) for stdin
  FileStatus status = FileStatus::kError;
  Errors errors;    // why the file could not be scored (kError)
  Project project;  // kScored only
  ProjectScore score;
  std::string profile_name;
  std::string profile_source;                  // "built-in" or the profile file
  std::shared_ptr<const RuleProfile> profile;  // the profile that scored it (kScored)
  std::vector<Diagnostic> diagnostics;         // the audit's findings, sorted by location
  ReviewedScore reviewed;  // the reviewer's total (复核), when the file records 复核得分

  // The profile as shown in reports: its name, and the file it was read from
  // unless it is built in ("mine (rules/mine.yaml)").
  std::string ProfileLabel() const {
    if (profile_source.empty() || profile_source == "built-in" || profile_source == profile_name) {
      return profile_name;
    }
    return profile_name + " (" + profile_source + ")";
  }

  // Findings at each severity.
  size_t Count(Severity s) const {
    size_t n = 0;
    for (const Diagnostic& d : diagnostics) n += d.severity == s ? 1 : 0;
    return n;
  }
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_FILE_REPORT_H_
