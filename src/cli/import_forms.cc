#include "cli/import_forms.h"

#include <filesystem>

#include "cli/commands.h"
#include "cli/explain.h"
#include "cli/output_file.h"
#include "cli/project_yaml.h"
#include "readers/readers.h"
#include "readers/recognize_form.h"

namespace evalscore::cli {
namespace fs = std::filesystem;
namespace {

// A sheet name usable in a file name.
std::string FileSafe(const std::string& name) {
  std::string out;
  for (const char c : name)
    out += std::string("/\\:*?\"<>| ").find(c) == std::string::npos ? c : '_';
  return out.empty() ? "form" : out;
}

struct Imported {
  std::string source;  // the form file
  std::vector<Result<Project>> forms;
};

// Where form `index` of `count` from `source` goes.
fs::path TargetFor(const std::string& source, const Project& p, size_t index, size_t count,
                   const std::string& output, size_t total_forms) {
  if (!output.empty() && total_forms == 1 &&
      (output.ends_with(".yaml") || output.ends_with(".yml"))) {
    return output;
  }
  std::string stem = fs::path(source).stem().string();
  if (count > 1) {
    const Location& w = p.indicators_where;
    const auto part = static_cast<size_t>(w.part - 1);
    stem += "-" + FileSafe(part < p.source_parts.size() ? p.source_parts[part].name : "form");
    stem += "-" + std::to_string(index + 1);
  }
  const fs::path dir = output.empty() ? fs::path(source).parent_path() : fs::path(output);
  return dir / (stem + ".yaml");
}

bool WriteOne(const fs::path& target, const Project& p, const std::string& source,
              std::ostream& err, Lang lang) {
  std::error_code ec;
  if (fs::exists(fs::symlink_status(target, ec))) {
    PrintError(err, {"cli.import_exists", {TextArg("path", DisplayPath(target.string()))}}, lang);
    return false;
  }
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  OutputFile file;
  if (auto opened = file.Open(target.string()); !opened) {
    PrintErrors(err, opened.error(), lang);
    return false;
  }
  file.stream() << ProjectToYaml(p, source);
  if (auto committed = file.Commit(); !committed) {
    PrintErrors(err, committed.error(), lang);
    return false;
  }
  return true;
}

}  // namespace

int ImportForms(const InputList& inputs, const std::string& output, std::ostream& err, Lang lang) {
  std::vector<Imported> all;
  size_t total_forms = 0;
  bool failed = false;
  for (size_t i = 0; i < inputs.size(); ++i) {
    const Input input = inputs.At(i);
    if (input.problem || input.is_stdin) {
      err << DisplayPath(input.path) << (lang == Lang::kZh ? ": 错误: " : ": error: ")
          << RenderMessage(input.problem ? *input.problem : Message{"cli.import_not_stdin", {}},
                           lang)
          << '\n';
      failed = true;
      continue;
    }
    Imported imported{input.path, {}};
    auto set = readers::ReadFormFile(input.path, input.found_in_scan);
    if (set && set.value().written_by_evalscore && input.found_in_scan) continue;  // a report
    if (!set) {
      imported.forms.push_back(set.error());
    } else {
      imported.forms = readers::RecognizeForms(set.value()).forms;
    }
    total_forms += imported.forms.size();
    all.push_back(std::move(imported));
  }
  for (const Imported& imp : all) {
    const std::string shown = DisplayPath(imp.source);
    for (size_t i = 0; i < imp.forms.size(); ++i) {
      const Result<Project>& form = imp.forms[i];
      if (!form) {
        const std::vector<SourcePart> none;
        for (const Error& e : form.error()) PrintInputError(shown, e, err, {false, lang}, none);
        failed = true;
        continue;
      }
      const fs::path target =
          TargetFor(imp.source, form.value(), i, imp.forms.size(), output, total_forms);
      if (!WriteOne(target, form.value(), fs::path(imp.source).filename().string(), err, lang)) {
        failed = true;
        continue;
      }
      err << "evalscore: " << shown << " → " << DisplayPath(target.string()) << '\n';
    }
  }
  return failed ? 2 : 0;
}

}  // namespace evalscore::cli
