#include "cli/documents.h"
#include "cli/review.h"

namespace evalscore::cli {

std::unique_ptr<Renderer> MakeReviewRenderer(Format format, const RenderOptions& options,
                                             std::ostream& out, const std::string& xlsx_path,
                                             std::string* error) {
  switch (format) {
    case Format::kJson:
      return MakeDashboardJsonRenderer(options, out);
    case Format::kXlsx:
      return MakeXlsxRenderer(options, xlsx_path, error);
    case Format::kMarkdown:
      return MakeSummaryReportRenderer(options, false, out);
    case Format::kHtml:
    case Format::kText:
    case Format::kCsv:
    case Format::kSarif:
    case Format::kGithub:
    case Format::kGitlab:
      break;  // refused by the command line: review has no such format
  }
  return MakeDashboardHtmlRenderer(options, out);
}

}  // namespace evalscore::cli
