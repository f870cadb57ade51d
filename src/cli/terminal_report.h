// Text and Markdown reports shown on a terminal: every string a form (or its
// file name, or a profile it named) supplied is escaped first (TerminalSafe).
#ifndef EVALSCORE_CLI_TERMINAL_REPORT_H_
#define EVALSCORE_CLI_TERMINAL_REPORT_H_

#include <memory>

#include "cli/file_report.h"
#include "cli/render.h"

namespace evalscore::cli {

// A copy of `report` whose strings (path, project texts, indicator names,
// targets and actuals, score notes, grades, findings and errors, profile name
// and source) have their control characters escaped. Numbers are untouched.
// With `keep_newlines`, line breaks stay (Markdown renders them as <br>).
FileReport TerminalSafeReport(const FileReport& report, bool keep_newlines = false);

// A renderer that hands `inner` the TerminalSafeReport of every report.
std::unique_ptr<Renderer> MakeTerminalSafeRenderer(std::unique_ptr<Renderer> inner,
                                                   bool keep_newlines = false);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_TERMINAL_REPORT_H_
