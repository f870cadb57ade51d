#include "cli/run.h"

#include <filesystem>

#include "cli/commands.h"
#include "cli/config.h"
#include "cli/hostile_text.h"
#include "cli/options.h"
#include "cli/style.h"

namespace evalscore::cli {
namespace {

// Config: --config FILE, else .evalscore.yaml found upward from the cwd (a
// config that is not safe to honour is skipped with a warning on `err`).
Result<Config> ChooseConfig(const Options& o, std::ostream& err) {
  if (!o.config.empty()) return LoadConfig(o.config);
  if (o.no_config) return Config{};
  const ConfigSearch search = FindConfig(".");
  const Lang lang = DecideLang(o.lang);
  for (const Message& w : search.warnings) {
    err << (lang == Lang::kZh ? "evalscore: 警告: " : "evalscore: warning: ")
        << TerminalSafe(RenderMessage(w, lang)) << '\n';
  }
  if (search.path) return LoadConfig(*search.path);
  return Config{};
}

// "evalscore: error: …" ("evalscore: 错误: …" under --lang zh).
void PrintUsageError(std::ostream& err, const std::string& message, Lang lang) {
  err << (lang == Lang::kZh ? "evalscore: 错误: " : "evalscore: error: ") << message << '\n';
}

// The command, in `format`, once the options are known good.
int Dispatch(const Options& o, const Config& config, Format format, std::istream& in,
             std::ostream& out, std::ostream& err) {
  switch (o.command) {
    case Command::kRules:
      return WithOutput(o, out, err, [&](std::ostream& to) { return RulesCommand(o, to, err); });
    case Command::kInit:
      return InitCommand(o, out, err);
    case Command::kImport:
      return ImportCommand(o, err);
    case Command::kExplainCodes:
      return WithOutput(o, out, err,
                        [&](std::ostream& to) { return ExplainCodesCommand(o, format, to); });
    default:
      break;
  }
  if (o.paths.empty()) {
    const Lang lang = DecideLang(o.lang);
    PrintError(err, {"cli.no_input", {}}, lang);
    err << RenderMessage({"cli.see_help", {}}, lang) << '\n';
    return Code(ExitCode::kUsage);
  }
  return ScoreCommand(o, config, format, in, out, err);
}

}  // namespace

int Run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err) {
  Options o;
  if (std::optional<int> done = ParseCommandLine(args, &o, out, err)) return *done;
  if (o.output_given && o.output.empty()) {
    PrintError(err, {"cli.empty_output", {}}, DecideLang(o.lang));
    return Code(ExitCode::kUsage);
  }
  auto config = ChooseConfig(o, err);
  if (!config) {
    PrintErrors(err, config.error(), DecideLang(o.lang));
    return Code(ExitCode::kUsage);
  }
  if (o.command == Command::kExplainFiles) o.paths = o.explain_args;
  const Lang lang = DecideLang(o.lang);
  const FormatChoice format = ChooseFormat(o.command, o.format, !o.group_by.empty(), lang);
  if (!format.refusal.empty()) {
    PrintUsageError(err, format.refusal, lang);
    return Code(ExitCode::kUsage);
  }
  for (const std::string& flag : o.format_flags) {
    const std::string refusal = FormatFlagRefusal(flag, o.command, format.format, lang);
    if (!refusal.empty()) {
      PrintUsageError(err, refusal, lang);
      return Code(ExitCode::kUsage);
    }
  }
  return Dispatch(o, config.value(), format.format, in, out, err);
}

}  // namespace evalscore::cli
