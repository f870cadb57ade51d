#include "cli/annotations.h"

#include "cli/gate.h"
#include "cli/input_error_codes.h"

namespace evalscore::cli {

std::vector<Annotation> Annotations(const FileReport& report, const RenderOptions& options) {
  const Lang lang = options.style.lang;
  std::vector<Annotation> out;
  for (const Error& e : report.errors) {
    const InputErrorCode& code = ClassifyInputError(e.message);
    out.push_back({report.path, e.where.line, Severity::kError, code.code, code.name,
                   RenderMessage(e.message, lang)});
  }
  if (report.status != FileStatus::kScored) return out;
  for (const Diagnostic& d : report.diagnostics) {
    out.push_back(
        {report.path, d.where.line, d.severity, d.code, d.name, RenderMessage(d.message, lang)});
  }
  const Gates gates{options.fail_under, options.fail_level};
  for (const std::string& gate : FailedGates(report, gates)) {
    if (gate != "fail_under") continue;  // fail_level: the findings are annotated already
    const std::string total = Fixed2(report.score.total);
    const std::string threshold = Number(*options.fail_under);
    const int line = report.project.reported_where.known() ? report.project.reported_where.line : 0;
    out.push_back({report.path, line, Severity::kError, kFailUnderCode, kFailUnderName,
                   lang == Lang::kZh
                       ? "复核总分 " + total + " 低于 --fail-under " + threshold
                       : "the recomputed total " + total + " is below --fail-under " + threshold});
  }
  return out;
}

}  // namespace evalscore::cli
