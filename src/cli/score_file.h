// Turns one input's text into a FileReport: load, choose the profile, score.
#ifndef EVALSCORE_CLI_SCORE_FILE_H_
#define EVALSCORE_CLI_SCORE_FILE_H_

#include <string>

#include "cli/file_report.h"
#include "cli/profiles.h"

namespace evalscore::cli {

// Scores one project's text. `path` is the name shown in reports; `file_path`
// (default: `path`) the file as it is opened, against which the project's
// `rules:` is resolved.
FileReport ScoreText(const std::string& path, const Result<std::string>& text,
                     ProfileProvider* profiles, const std::string* file_path = nullptr);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_SCORE_FILE_H_
