// The finance bureau's review of a batch: `evalscore review` (the dashboard as
// HTML, JSON or a workbook) and `evalscore report --summary` (the bureau-level
// 复核汇总报告) and `report --split DIR` (one draft per form). Every figure
// comes from one Dashboard value (dashboard_data.h).
#ifndef EVALSCORE_CLI_REVIEW_H_
#define EVALSCORE_CLI_REVIEW_H_

#include <memory>
#include <ostream>
#include <string>

#include "evalscore/result.h"

#include "cli/dashboard_data.h"
#include "cli/render.h"

namespace evalscore::cli {

// review -f html: the one-page dashboard with the attention forms appended.
std::unique_ptr<Renderer> MakeDashboardHtmlRenderer(const RenderOptions& options,
                                                    std::ostream& out);
// review -f json: the Dashboard value as one JSON document.
std::unique_ptr<Renderer> MakeDashboardJsonRenderer(const RenderOptions& options,
                                                    std::ostream& out);
// review with `format` (html, json, xlsx; xlsx is written to `xlsx_path`).
std::unique_ptr<Renderer> MakeReviewRenderer(Format format, const RenderOptions& options,
                                             std::ostream& out, const std::string& xlsx_path,
                                             std::string* error);

// report --summary: the 复核汇总报告 in Markdown (or HTML when `html`).
std::unique_ptr<Renderer> MakeSummaryReportRenderer(const RenderOptions& options, bool html,
                                                    std::ostream& out);
void WriteSummaryReport(const Dashboard& d, std::ostream& out);

// report --split DIR: `dir` must not exist or be empty (it is created);
// an error says why otherwise.
Result<bool> PrepareSplitDir(const std::string& dir);
// Writes each report's draft to DIR/NNN-<file stem>.md (never over an existing
// file) and forwards the report to `next` (may be null). Failures to write are
// collected in `*error`.
std::unique_ptr<Renderer> MakeSplitDraftRenderer(const std::string& dir,
                                                 std::unique_ptr<Renderer> next, std::string* error,
                                                 size_t* written);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_REVIEW_H_
