// Turns one input's text into a FileReport: load, choose the profile, score.
#ifndef EVALSCORE_CLI_SCORE_FILE_H_
#define EVALSCORE_CLI_SCORE_FILE_H_

#include <string>
#include <vector>

#include "cli/file_report.h"
#include "cli/profiles.h"

namespace evalscore::cli {

// Scores one project's text. `path` is the name shown in reports; `file_path`
// (default: `path`) the file as it is opened, against which the project's
// `rules:` is resolved.
FileReport ScoreText(const std::string& path, const Result<std::string>& text,
                     ProfileProvider* profiles, const std::string* file_path = nullptr);

// A project already read (from a project file, a workbook or a document): the
// profile chosen, scored and checked. `path` is used to find a profile file
// named relative to the project, unless `file_path` gives the file as opened.
FileReport ScoreLoaded(const std::string& path, Project project, ProfileProvider* profiles,
                       const std::string* file_path = nullptr);

// A batch item of one report, moved in (a braced list would copy it).
std::vector<FileReport> OneReport(FileReport report);

// True when `path` is read as a form document (xlsx, xls, docx): by its
// extension, or by its first bytes (zip, OLE2, or a PDF, which is refused clearly).
bool IsFormDocument(const std::string& path);

// Every form in the workbook or document at `path` (shown as `shown`), one
// report each; a file that cannot be read, or holds no form, is one error
// report. `notes` gets what was skipped (hidden sheets ...), for -v. With
// `skip_reports` (a directory scan), a workbook evalscore wrote gives no
// report at all, and a note.
std::vector<FileReport> ScoreFormDocument(const std::string& shown, const std::string& path,
                                          ProfileProvider* profiles,
                                          std::vector<std::string>* notes,
                                          bool skip_reports = false);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_SCORE_FILE_H_
