// Turns one input's text into a FileReport: load, choose the profile, score.
#ifndef EVALSCORE_CLI_SCORE_FILE_H_
#define EVALSCORE_CLI_SCORE_FILE_H_

#include <string>

#include "cli/file_report.h"
#include "cli/profiles.h"

namespace evalscore::cli {

FileReport ScoreText(const std::string& path, const Result<std::string>& text,
                     ProfileProvider* profiles);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_SCORE_FILE_H_
