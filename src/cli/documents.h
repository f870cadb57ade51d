// Outputs shaped like what finance staff file and print: the 自评表 as a
// spreadsheet (xlsx), as Markdown and as a printable HTML page, and a draft of
// the written 自评工作报告.
#ifndef EVALSCORE_CLI_DOCUMENTS_H_
#define EVALSCORE_CLI_DOCUMENTS_H_

#include <memory>
#include <ostream>
#include <string>

#include "cli/file_report.h"
#include "cli/render.h"

namespace evalscore::cli {

// -f markdown: each project as the form's table followed by its findings.
std::unique_ptr<Renderer> MakeMarkdownRenderer(const RenderOptions& options, std::ostream& out);

// -f html: one self-contained page (inline CSS with print rules), each project
// as the form's table followed by its findings.
std::unique_ptr<Renderer> MakeHtmlRenderer(const RenderOptions& options, std::ostream& out);

// The CSS of the HTML form page (print rules included), and one project as the
// page's <section> with id `anchor` (none when empty), for pages that embed forms.
const char* HtmlFormStyle();
void WriteHtmlForm(const FileReport& report, const RenderOptions& options,
                   const std::string& anchor, std::ostream& out);

// -f xlsx: written to `path` in Finish(): one sheet per project laid out like
// the form, and a summary sheet. Errors are reported through `error`.
std::unique_ptr<Renderer> MakeXlsxRenderer(const RenderOptions& options, const std::string& path,
                                           std::string* error);

// `evalscore report FILE`: a draft 自评工作报告 in Chinese, in four parts.
void WriteReportDraft(const FileReport& report, std::ostream& out);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_DOCUMENTS_H_
