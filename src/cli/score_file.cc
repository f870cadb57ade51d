#include "cli/score_file.h"

#include <cctype>
#include <fstream>

#include "evalscore/evaluate.h"
#include "evalscore/load_project.h"
#include "evalscore/review.h"

#include "cli/inputs.h"
#include "readers/readers.h"
#include "readers/recognize_form.h"

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
  return ScoreLoaded(path, std::move(project).value(), profiles, file_path);
}

FileReport ScoreLoaded(const std::string& path, Project project, ProfileProvider* profiles,
                       const std::string* file_path) {
  FileReport report;
  report.path = path;
  const std::string rules = project.rules ? project.rules->value : std::string();
  auto profile = profiles->For(file_path != nullptr ? *file_path : path, rules);
  if (!profile) {
    report.errors = profile.error();
    if (project.rules) {
      for (Error& e : report.errors) {
        if (!e.where.known()) e.where = project.rules->where;
      }
    }
    report.eval.project = std::move(project);
    return report;
  }
  report.profile = profile.value();
  report.eval = Evaluate(std::move(project), *report.profile);
  report.eval.profile.source = DisplayPath(report.eval.profile.source);  // shown, never opened
  report.reviewed = ScoreReview(report.eval, *report.profile);
  report.status = FileStatus::kScored;
  return report;
}

bool IsFormDocument(const std::string& path) {
  if (readers::IsFormDocumentName(path)) return true;
  std::string lower = path;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.ends_with(".yaml") || lower.ends_with(".yml")) return false;  // no extra open
  std::ifstream in(path, std::ios::binary);
  char head[8] = {};
  in.read(head, sizeof head);
  const auto kind = readers::Sniff(std::string_view(head, static_cast<size_t>(in.gcount())));
  // A PDF is read as a form document too, to be told clearly that it cannot be.
  return kind == readers::Container::kZip || kind == readers::Container::kOle2 ||
         kind == readers::Container::kPdf;
}

std::vector<FileReport> OneReport(FileReport report) {
  std::vector<FileReport> reports;
  reports.push_back(std::move(report));
  return reports;
}

std::vector<FileReport> ScoreFormDocument(const std::string& shown, const std::string& path,
                                          ProfileProvider* profiles,
                                          std::vector<std::string>* notes, bool skip_reports) {
  auto set = readers::ReadFormFile(path, skip_reports);
  if (!set) return OneReport(ScoreText(shown, set.error(), profiles));
  if (skip_reports && set.value().written_by_evalscore) {
    notes->push_back("skipped " + shown + ": a report written by evalscore");
    return {};
  }
  readers::Recognition found = readers::RecognizeForms(set.value());
  for (const Message& note : found.notes) {
    notes->push_back(shown + ": " + RenderMessage(note, Lang::kEn));
  }
  std::vector<FileReport> reports;
  for (Result<Project>& form : found.forms) {
    if (form) {
      reports.push_back(ScoreLoaded(shown, std::move(form).value(), profiles, &path));
      continue;
    }
    FileReport report = ScoreText(shown, form.error(), profiles);
    report.eval.project.source_parts = found.parts;
    reports.push_back(std::move(report));
  }
  return reports;
}

}  // namespace evalscore::cli
