#include "cli/verdicts.h"

#include <algorithm>

#include "cli/render.h"
#include "cli/run.h"

namespace evalscore::cli {
namespace {

// ": a.yaml, b.yaml" (the first 10 paths, then "and N more"); in Chinese
// "：a.yaml、b.yaml 等 N 个".
std::string NamedPaths(const std::vector<std::string>& paths, Lang lang) {
  constexpr size_t kShown = 10;
  const bool zh = lang == Lang::kZh;
  std::string text;
  for (size_t i = 0; i < paths.size() && i < kShown; ++i) {
    text += (i ? (zh ? "、" : ", ") : (zh ? "：" : ": ")) + paths[i];
  }
  if (paths.size() > kShown) {
    const std::string more = std::to_string(paths.size() - kShown);
    text += zh ? "，另有 " + more + " 个" : " and " + more + " more";
  }
  return text;
}

}  // namespace

void Verdicts::Add(const FileReport& report) {
  if (report.status == FileStatus::kError) {
    ++errors_;
    unscorable_paths_.push_back(report.path);
  }
  if (report.status == FileStatus::kScored && fail_under_ && report.score.total < *fail_under_) {
    ++below_;
    below_paths_.push_back(report.path);
  }
  if (gate_ && std::any_of(report.diagnostics.begin(), report.diagnostics.end(),
                           [&](const Diagnostic& d) { return d.severity >= *gate_; })) {
    ++gated_;
    gated_paths_.insert(report.path);
  }
}

void Verdicts::AddBatch(const std::vector<BatchFinding>& found) {
  for (const BatchFinding& f : found) {
    if (gate_ && f.diagnostic.severity >= *gate_ && gated_paths_.insert(f.file).second) ++gated_;
  }
}

void Verdicts::Print(std::ostream& err, Lang lang, bool strict, size_t inputs) const {
  const bool zh = lang == Lang::kZh;
  const std::string of = std::to_string(inputs);
  const std::string plural = inputs == 1 ? "" : "s";
  if (errors_ > 0) {
    err << "evalscore: "
        << (zh ? of + " 个输入中有 " + std::to_string(errors_) + " 个无法评分"
               : std::to_string(errors_) + " of " + of + " input" + plural + " could not be scored")
        << NamedPaths(unscorable_paths_, lang) << '\n';
  }
  if (gated_ > 0) {
    const std::string options = std::string("--fail-level") + (strict ? ", --strict" : "");
    err << "evalscore: "
        << (zh ? of + " 个项目中有 " + std::to_string(gated_) + " 个存在“" +
                     SeverityWord(*gate_, lang) + "”及以上级别的问题（" + options + "）"
               : std::to_string(gated_) + " of " + of + " project" + plural +
                     " with findings at or above " + SeverityName(*gate_) + " (" + options + ")")
        << NamedPaths({gated_paths_.begin(), gated_paths_.end()}, lang) << '\n';
  }
  if (below_ > 0) {
    const std::string threshold = "--fail-under " + Number(*fail_under_);
    err << "evalscore: "
        << (zh ? of + " 个项目中有 " + std::to_string(below_) + " 个总分低于 " + threshold
               : std::to_string(below_) + " of " + of + " project" + plural + " scored below " +
                     threshold)
        << NamedPaths(below_paths_, lang) << '\n';
  }
}

int Verdicts::ExitStatus() const {
  if (errors_ > 0) return static_cast<int>(ExitCode::kInputError);
  return static_cast<int>(gated_ > 0 || below_ > 0 ? ExitCode::kGateFailed : ExitCode::kOk);
}

}  // namespace evalscore::cli
