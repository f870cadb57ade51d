// What a CI system annotates: every finding, every input error and every gate a
// project fails, flattened to (file, line, level, code, message). The SARIF,
// GitHub and GitLab formats are renderings of this list.
#ifndef EVALSCORE_CLI_ANNOTATIONS_H_
#define EVALSCORE_CLI_ANNOTATIONS_H_

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "cli/file_report.h"
#include "cli/render.h"

namespace evalscore::cli {

struct Annotation {
  std::string path;
  int line = 0;  // 1-based; 0 = the file as a whole
  Severity level = Severity::kError;
  std::string code;  // ES101 (finding), ES001 (input error), ES900 (gate)
  std::string name;  // BREAKDOWN_SUM, IO_ERROR, FAIL_UNDER
  std::string message;
};

// Codes of the gate annotations (not checks: the run's own thresholds).
inline constexpr const char* kFailUnderCode = "ES900";
inline constexpr const char* kFailUnderName = "FAIL_UNDER";

// The annotations of one report, in report order; messages in options' language.
std::vector<Annotation> Annotations(const FileReport& report, const RenderOptions& options);

// -f sarif: one SARIF 2.1.0 log with every check and input error as a rule.
std::unique_ptr<Renderer> MakeSarifRenderer(const RenderOptions& options, std::ostream& out);
// -f github: GitHub Actions workflow commands, ::error file=…,line=…::message.
std::unique_ptr<Renderer> MakeGithubRenderer(const RenderOptions& options, std::ostream& out);
// -f gitlab: a GitLab Code Quality report (a JSON array of issues).
std::unique_ptr<Renderer> MakeGitlabRenderer(const RenderOptions& options, std::ostream& out);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_ANNOTATIONS_H_
