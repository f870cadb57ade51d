#include "cli/import_forms.h"

#include <filesystem>
#include <sstream>

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

// Writes the forms as they are read, holding none for long: only while the
// batch has at most one form are they held (a .yaml `output` names the file
// only when there is exactly one form). What writing them says (a line a
// form) is kept and goes to `err` at the end, after the inputs' own errors.
class FormWriter {
 public:
  FormWriter(const std::string& output, Lang lang) : output_(output), lang_(lang) {}

  void Add(Imported imported) {
    total_forms_ += imported.forms.size();
    held_.push_back(std::move(imported));
    if (total_forms_ > 1) WriteHeld();  // the total is more than one whatever follows
  }

  // Writes what is held and prints what the writing said; true when a form
  // could not be read or written.
  bool Finish(std::ostream& err) {
    WriteHeld();
    err << log_.str();
    return failed_;
  }

 private:
  void WriteHeld() {
    for (const Imported& imp : held_) Write(imp);
    held_.clear();
  }

  void Write(const Imported& imp) {
    const std::string shown = DisplayPath(imp.source);
    for (size_t i = 0; i < imp.forms.size(); ++i) {
      const Result<Project>& form = imp.forms[i];
      if (!form) {
        const std::vector<SourcePart> none;
        for (const Error& e : form.error()) PrintInputError(shown, e, log_, {false, lang_}, none);
        failed_ = true;
        continue;
      }
      const fs::path target =
          TargetFor(imp.source, form.value(), i, imp.forms.size(), output_, total_forms_);
      if (!WriteOne(target, form.value(), fs::path(imp.source).filename().string(), log_, lang_)) {
        failed_ = true;
        continue;
      }
      log_ << "evalscore: " << shown << " → " << DisplayPath(target.string()) << '\n';
    }
  }

  const std::string& output_;
  const Lang lang_;
  std::vector<Imported> held_;
  size_t total_forms_ = 0;
  bool failed_ = false;
  std::ostringstream log_;
};

}  // namespace

int ImportForms(const InputList& inputs, const std::string& output, std::ostream& err, Lang lang) {
  FormWriter writer(output, lang);
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
    writer.Add(std::move(imported));
  }
  const bool write_failed = writer.Finish(err);
  return failed || write_failed ? 2 : 0;
}

}  // namespace evalscore::cli
