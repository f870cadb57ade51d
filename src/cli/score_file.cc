#include "cli/score_file.h"

#include "evalscore/check.h"
#include "evalscore/load_project.h"
#include "evalscore/review.h"

namespace evalscore::cli {

FileReport ScoreText(const std::string& path, const Result<std::string>& text,
                     ProfileProvider* profiles, const std::string* file_path) {
  FileReport report;
  report.path = path;
  if (!text) {
    report.errors = text.error();
    return report;
  }
  auto project = LoadProject(text.value());
  if (!project) {
    report.errors = project.error();
    return report;
  }
  report.project = std::move(project).value();
  const std::string rules = report.project.rules ? report.project.rules->value : std::string();
  auto profile = profiles->For(file_path != nullptr ? *file_path : path, rules);
  if (!profile) {
    report.errors = profile.error();
    if (report.project.rules) {
      for (Error& e : report.errors) {
        if (!e.where.known()) e.where = report.project.rules->where;
      }
    }
    return report;
  }
  report.profile = profile.value();
  const RuleProfile& p = *report.profile;
  report.profile_name = p.name;
  report.profile_source = p.source;
  report.score = ScoreProject(report.project, p);
  report.diagnostics = CheckProject(report.project, report.score, p);
  report.reviewed = ScoreReview(report.project, report.score, p);
  report.status = FileStatus::kScored;
  return report;
}

}  // namespace evalscore::cli
