#include "cli/options.h"

#include <algorithm>
#include <charconv>
#include <sstream>

#include <CLI/CLI.hpp>

#include "evalscore/check.h"

#include "cli/run.h"
#include "cli/style.h"
#include "cli/usage_errors.h"

namespace evalscore::cli {
namespace {

// --fail-under: a number of points from 0 to 100 (the scale of 总分 and the grades).
std::string ScoreThreshold(const std::string& text) {
  // Digits with at most one '.': no sign, exponent, hex, nan or inf (from_chars takes those).
  const bool plain = !text.empty() && text.find_first_not_of("0123456789.") == std::string::npos &&
                     std::count(text.begin(), text.end(), '.') <= 1 && text != ".";
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (!plain || ec != std::errc() || end != text.data() + text.size() || value < 0 || value > 100) {
    return "must be a number from 0 to 100, not '" + text + "'";
  }
  return "";
}

// The value of --lang among `args`, looked up before parsing so that parse
// errors are in the language asked for ("" when not given).
std::string LangArgument(const std::vector<std::string>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--lang" && i + 1 < args.size()) return args[i + 1];
    if (args[i].starts_with("--lang=")) return args[i].substr(7);
  }
  return "";
}

// What is read: inputs, encodings, config and rules.
void AddInputOptions(CLI::App& app, Options& o) {
  app.add_option("paths", o.paths,
                 "Project files, forms (.xlsx/.xls/.docx), directories (searched for *.yaml, "
                 "*.yml, *.xlsx, *.xlsm, *.xls, *.docx) or - for stdin");
  app.add_option("--include", o.include,
                 "Directory scans read files matching GLOB (repeatable; replaces the default "
                 "set *.yaml *.yml *.xlsx *.xlsm *.xls *.docx)")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  app.add_option("--exclude", o.exclude, "Directory scans skip files matching GLOB (repeatable)")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  app.add_option("--rules", o.rules, "Rule profile: a built-in name or a YAML file");
  app.add_option("-j,--jobs", o.jobs, "Files scored in parallel (default: number of cores)");
  app.add_option("--encoding", o.encoding, "Input encoding")
      ->check(CLI::IsMember({"auto", "utf-8", "gbk", "gb18030"}))
      ->default_str("auto");
  app.add_option("--stdin-filename", o.stdin_filename, "Name shown for standard input");
  app.add_option("--config", o.config, "Read settings from FILE instead of .evalscore.yaml");
  app.add_flag("--no-config", o.no_config,
               "Do not look for .evalscore.yaml (an explicit --config still applies)");
}

// What is written, and how it looks.
void AddOutputOptions(CLI::App& app, Options& o) {
  app.add_option("-f,--format", o.format,
                 "Output format (default text; review: html; report --summary: markdown); each "
                 "command refuses the formats it does not write")
      ->check(CLI::IsMember(
          {"text", "csv", "json", "markdown", "html", "xlsx", "sarif", "github", "gitlab"}))
      ->default_str("text");
  app.add_option("-o,--output", o.output,
                 "Write the report to FILE (atomically) instead of stdout");
  app.add_flag("--csv-bom", o.csv_bom, "Start CSV output with a UTF-8 BOM (for Excel)");
  app.add_option("--csv-headers", o.csv_headers,
                 "CSV header row: en (stable identifiers, default) or zh (the form's labels, for "
                 "Excel)")
      ->check(CLI::IsMember({"en", "zh"}))
      ->default_str("en");
  app.add_flag("-q,--quiet", o.quiet, "Text: print only errors and the summary table");
  app.add_flag("-v,--verbose", o.verbose, "Say on stderr what is being scored and how");
  app.add_option("--lang", o.lang,
                 "Language of text labels and messages (default: zh when LC_ALL/LC_MESSAGES/LANG "
                 "is zh_*, else en); JSON keys and CSV headers stay English")
      ->check(CLI::IsMember({"zh", "en"}));
  app.add_option("--color", o.color,
                 "Colour text output: auto (only on a terminal, not with NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->default_str("auto");
  app.add_option("--sort", o.sort,
                 "Order of the summary: path, overstatement (reported − recomputed, largest "
                 "first) or total")
      ->check(CLI::IsMember({"path", "overstatement", "total"}))
      ->default_str("path");
  app.add_option(
         "--group-by", o.group_by,
         "Add a summary per 主管部门, 实施单位 or year (CSV: one row per group instead of per "
         "project)")
      ->check(CLI::IsMember({"department", "unit", "year"}));
  app.add_flag("--explain", o.explain, "Text: show how every number was obtained");
}

// Gates and noise control.
void AddAuditOptions(CLI::App& app, Options& o) {
  app.add_option("--fail-under", o.fail_under,
                 "Exit 1 if a project's recomputed total is below SCORE (equal passes)")
      ->check(ScoreThreshold);
  app.add_option("--fail-level", o.fail_level,
                 "Exit 1 if a project has a finding at or above this severity")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  app.add_flag("--strict", o.strict, "Warnings fail the gate too (same as --fail-level warning)");
  app.add_option(
         "--select", o.select,
         "Report only these checks: codes (ES305), prefixes (ES3) or names, comma-separated")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--ignore", o.ignore,
                 "Do not report these checks (codes, prefixes or names; the more specific of "
                 "--select and --ignore wins)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--min-severity", o.min_severity, "Report only findings at or above this severity")
      ->check(CLI::IsMember({"info", "warning", "error"}));
}

// The subcommands that score forms.
void AddScoringCommands(CLI::App& app, Options& o) {
  CLI::App* check = app.add_subcommand(
      "check",
      "Run the audit only: print findings and the review summary (gate: --fail-level, "
      "default error)");
  check->add_option("paths", o.paths, "Project files, directories or -");
  CLI::App* explain = app.add_subcommand(
      "explain",
      "Explain check codes (ES101, BREAKDOWN_SUM; none: list all) or, for project "
      "files, how every number was obtained");
  explain->add_option("what", o.explain_args, "Check codes or names, or project files");
  CLI::App* report = app.add_subcommand(
      "report", "Write a draft 自评工作报告 (Chinese, four parts) for each project file");
  report->add_option("paths", o.paths, "Project files, directories or -");
  report->add_flag("--summary", o.summary,
                   "One bureau-level 复核汇总报告 for the whole batch (Markdown; -f html: HTML)");
  report->add_option("--split", o.split_dir,
                     "Write each project's draft to its own file in DIR (new or empty; never "
                     "overwrites)");
  CLI::App* review = app.add_subcommand(
      "review",
      "The finance bureau's review of a batch: a one-page dashboard (-f html, default), its "
      "figures as JSON (-f json), a workbook with charts (-f xlsx -o FILE) or the 复核汇总报告 "
      "(-f markdown)");
  review->add_option("paths", o.paths, "Project files, directories or -");
}

// The subcommands that write files or profiles.
void AddFileCommands(CLI::App& app, Options& o) {
  CLI::App* init =
      app.add_subcommand("init",
                         "Write a commented template of a project file (to FILE, or stdout); never "
                         "overwrites");
  init->add_option("file", o.init_file, "The file to create");
  init->add_flag("--zh", o.init_zh,
                 "Keys in Chinese, the form's labels (default when --lang or the locale is zh)");
  init->add_flag("--en", o.init_en, "Keys in English")->excludes("--zh");
  CLI::App* import = app.add_subcommand(
      "import",
      "Write each form of .xlsx/.xls/.docx files as a project file (YAML) with the source cell "
      "of every value; never overwrites");
  import->add_option("files", o.import_paths, "Form files or directories")->required();
  import->add_option("-o,--output", o.import_output,
                     "Directory to write into (default: beside each form), or a .yaml file name "
                     "for a single form");
  CLI::App* rules = app.add_subcommand("rules", "List the built-in rule profiles or show one");
  rules->add_subcommand("list", "List the built-in rule profiles")->callback([&o] {
    o.rules_list = true;
  });
  rules->add_subcommand("show", "Print a profile fully resolved, as YAML to copy and edit")
      ->add_option("profile", o.rules_show, "Built-in name or file")
      ->required();
  rules->require_subcommand(1);
}

// The command the parsed subcommand (and its arguments) stands for.
Command ParsedCommand(const CLI::App& app, const Options& o) {
  const auto parsed = [&app](const char* name) { return app.get_subcommand(name)->parsed(); };
  if (parsed("rules")) return Command::kRules;
  if (parsed("init")) return Command::kInit;
  if (parsed("import")) return Command::kImport;
  if (parsed("check")) return Command::kCheck;
  if (parsed("review")) return Command::kReview;
  if (parsed("report")) return o.summary ? Command::kReportSummary : Command::kReport;
  if (parsed("explain")) {
    const bool codes = std::all_of(o.explain_args.begin(), o.explain_args.end(),
                                   [](const std::string& a) { return FindCheck(a) != nullptr; });
    return codes ? Command::kExplainCodes : Command::kExplainFiles;
  }
  return Command::kScore;
}

}  // namespace

std::optional<int> ParseCommandLine(const std::vector<std::string>& args, Options* o,
                                    std::ostream& out, std::ostream& err) {
  CLI::App app{
      "evalscore: score and audit 项目支出绩效自评表 (project expenditure performance "
      "self-evaluation forms): YAML project files, or the forms as .xlsx, .xls and .docx.",
      "evalscore"};
  app.footer(
      "Exit codes: 0 all scored and gates passed; 1 a gate failed (--fail-under,\n"
      "--fail-level, --strict; check gates on errors);\n"
      "2 at least one input could not be scored (the others are still reported);\n"
      "3 usage, rule-profile or config error, or an internal error.");
  app.set_version_flag("-V,--version", std::string("evalscore ") + EVALSCORE_VERSION);
  AddInputOptions(app, *o);
  AddOutputOptions(app, *o);
  AddAuditOptions(app, *o);
  app.fallthrough();
  AddScoringCommands(app, *o);
  AddFileCommands(app, *o);

  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() != 0) {  // not --help or --version: the tool's format and language
      err << UsageErrorText(e.what(), DecideLang(LangArgument(args)));
      return static_cast<int>(ExitCode::kUsage);
    }
    std::ostringstream help_out, help_err;
    app.exit(e, help_out, help_err);
    out << help_out.str();
    err << help_err.str();
    return static_cast<int>(ExitCode::kOk);
  }
  o->output_given = app.get_option("--output")->count() > 0;
  for (const FormatFlag& f : FormatFlags()) {
    if (app.get_option(f.flag)->count() > 0) o->format_flags.push_back(f.flag);
  }
  o->command = ParsedCommand(app, *o);
  return std::nullopt;
}

}  // namespace evalscore::cli
