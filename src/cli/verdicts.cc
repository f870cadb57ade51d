#include "cli/verdicts.h"

#include <algorithm>

#include "cli/render.h"
#include "cli/run.h"

namespace evalscore::cli {
namespace {

// ": a.yaml, b.yaml" (the first 10 of `count` paths, then "and N more"); in
// Chinese "：a.yaml、b.yaml 等 N 个".
std::string NamedPaths(const std::vector<std::string>& first, size_t count, Lang lang) {
  constexpr size_t kShown = PathList::kShown;
  const bool zh = lang == Lang::kZh;
  std::string text;
  for (size_t i = 0; i < first.size() && i < kShown; ++i) {
    text += (i ? (zh ? "、" : ", ") : (zh ? "：" : ": ")) + first[i];
  }
  if (count > kShown) {
    const std::string more = std::to_string(count - kShown);
    text += zh ? "，另有 " + more + " 个" : " and " + more + " more";
  }
  return text;
}

}  // namespace

void Verdicts::Add(const FileReport& report) { summary_.Add(report); }

void Verdicts::AddBatch(const std::vector<BatchFinding>& found) { summary_.AddBatch(found); }

void Verdicts::Print(std::ostream& err, Lang lang, bool strict, size_t inputs) const {
  const bool zh = lang == Lang::kZh;
  const std::string of = std::to_string(inputs);
  const std::string plural = inputs == 1 ? "" : "s";
  const BatchSummary& s = summary_;
  const size_t errors = s.unscorable, gated = s.gated, below = s.below;
  if (errors > 0) {
    err << "evalscore: "
        << (zh ? of + " 个输入中有 " + std::to_string(errors) + " 个无法评分"
               : std::to_string(errors) + " of " + of + " input" + plural + " could not be scored")
        << NamedPaths(s.unscorable_paths.first(), s.unscorable_paths.size(), lang) << '\n';
  }
  if (gated > 0) {
    const std::string options = std::string("--fail-level") + (strict ? ", --strict" : "");
    err << "evalscore: "
        << (zh ? of + " 个项目中有 " + std::to_string(gated) + " 个存在“" +
                     SeverityWord(*s.gates.fail_level, lang) + "”及以上级别的问题（" + options +
                     "）"
               : std::to_string(gated) + " of " + of + " project" + plural +
                     " with findings at or above " + SeverityName(*s.gates.fail_level) + " (" +
                     options + ")")
        << NamedPaths({s.gated_first.begin(), s.gated_first.end()}, s.gated_files, lang) << '\n';
  }
  if (below > 0) {
    const std::string threshold = "--fail-under " + Number(*s.gates.fail_under);
    err << "evalscore: "
        << (zh ? of + " 个项目中有 " + std::to_string(below) + " 个总分低于 " + threshold
               : std::to_string(below) + " of " + of + " project" + plural + " scored below " +
                     threshold)
        << NamedPaths(s.below_paths.first(), s.below_paths.size(), lang) << '\n';
  }
}

int Verdicts::ExitStatus() const { return summary_.ExitCode(); }

}  // namespace evalscore::cli
