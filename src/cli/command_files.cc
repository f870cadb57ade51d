// The commands that write files or profiles: init, import, rules.
#include <filesystem>

#include "evalscore/load_profile.h"

#include "cli/commands.h"
#include "cli/hostile_text.h"
#include "cli/import_forms.h"
#include "cli/init_template.h"
#include "cli/output_file.h"
#include "cli/profiles.h"
#include "cli/style.h"

namespace evalscore::cli {

void PrintError(std::ostream& err, const Message& message, Lang lang) {
  err << (lang == Lang::kZh ? "evalscore: 错误: " : "evalscore: error: ")
      << TerminalSafe(RenderMessage(message, lang)) << '\n';
}

void PrintErrors(std::ostream& err, const Errors& errors, Lang lang) {
  for (const Error& e : errors) PrintError(err, e.message, lang);
}

int WithOutput(const Options& o, std::ostream& out, std::ostream& err,
               const std::function<int(std::ostream&)>& write) {
  if (o.output.empty()) return write(out);
  OutputFile file;
  if (auto opened = file.Open(o.output); !opened) {
    PrintErrors(err, opened.error(), DecideLang(o.lang));
    return Code(ExitCode::kUsage);
  }
  const int code = write(file.stream());
  if (auto committed = file.Commit(); !committed) {
    PrintErrors(err, committed.error(), DecideLang(o.lang));
    return Code(ExitCode::kUsage);
  }
  return code;
}

int InitCommand(const Options& o, std::ostream& out, std::ostream& err) {
  const Lang lang = DecideLang(o.lang);
  if (!o.output.empty()) {
    PrintError(err, {"cli.init_not_output", {}}, lang);
    return Code(ExitCode::kUsage);
  }
  const bool zh = o.init_zh || (!o.init_en && lang == Lang::kZh);
  const std::string text = ProjectTemplate(zh ? TemplateKeys::kChinese : TemplateKeys::kEnglish);
  if (o.init_file.empty()) {
    out << text;
    return Code(ExitCode::kOk);
  }
  std::error_code ec;
  if (std::filesystem::exists(std::filesystem::symlink_status(o.init_file, ec))) {
    PrintError(err, {"cli.init_exists", {TextArg("path", o.init_file)}}, lang);
    return Code(ExitCode::kUsage);
  }
  OutputFile file;
  if (auto opened = file.Open(o.init_file); !opened) {
    PrintErrors(err, opened.error(), lang);
    return Code(ExitCode::kUsage);
  }
  file.stream() << text;
  if (auto committed = file.Commit(); !committed) {
    PrintErrors(err, committed.error(), lang);
    return Code(ExitCode::kUsage);
  }
  err << "evalscore: "
      << TerminalSafe(RenderMessage({"cli.init_wrote", {TextArg("path", o.init_file)}}, lang))
      << '\n';
  return Code(ExitCode::kOk);
}

int ImportCommand(const Options& o, std::ostream& err) {
  std::vector<std::string> skipped;
  DiscoverOptions scan = ScanOptions(o, &skipped);
  if (o.include.empty()) scan.include = {"*.xlsx", "*.xlsm", "*.xls", "*.docx"};
  return ImportForms(DiscoverInputs(o.import_paths, scan), o.import_output, err,
                     DecideLang(o.lang));
}

int RulesCommand(const Options& o, std::ostream& out, std::ostream& err) {
  if (o.rules_list) {
    for (const std::string& name : BuiltinProfileNames()) {
      const RuleProfile p = BuiltinProfile(name);
      out << name << (name == kDefaultProfile ? " (default)" : "") << "\n    " << p.description
          << '\n';
    }
    return Code(ExitCode::kOk);
  }
  auto profile = LoadProfileNamed(o.rules_show, "");
  if (!profile) {
    PrintErrors(err, profile.error(), DecideLang(o.lang));
    return Code(ExitCode::kUsage);
  }
  out << "# rule profile " << profile.value().name << " (" << profile.value().source
      << "), fully resolved\n"
      << ProfileToYaml(profile.value());
  return Code(ExitCode::kOk);
}

}  // namespace evalscore::cli
