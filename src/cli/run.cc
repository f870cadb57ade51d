#include "cli/run.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include <CLI/CLI.hpp>

#include "evalscore/batch_check.h"
#include "evalscore/check.h"
#include "evalscore/load_profile.h"

#include "cli/batch.h"
#include "cli/batch_summary.h"
#include "cli/config.h"
#include "cli/documents.h"
#include "cli/explain.h"
#include "cli/finding_filter.h"
#include "cli/hostile_text.h"
#include "cli/import_forms.h"
#include "cli/init_template.h"
#include "cli/inputs.h"
#include "cli/output_file.h"
#include "cli/profiles.h"
#include "cli/render.h"
#include "cli/review.h"
#include "cli/score_file.h"
#include "cli/sorted_inputs.h"
#include "cli/style.h"
#include "cli/usage_errors.h"
#include "readers/readers.h"
#include <poll.h>
#include <unistd.h>

namespace evalscore::cli {
namespace {

struct Options {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::optional<double> fail_under;
  std::string rules;
  unsigned jobs = 0;
  bool csv_bom = false;
  std::string encoding = "auto";
  std::string stdin_filename = "-";
  bool quiet = false;
  bool no_config = false;
  std::string config;
  bool rules_list = false;
  std::string rules_show;
  std::string fail_level;  // "" (no gate), error, warning, info
  bool strict = false;
  std::string sort = "path";
  bool explain = false;
  std::string init_file;
  bool init_zh = false;  // init --zh: Chinese keys whatever the language
  bool init_en = false;  // init --en: English keys
  std::string group_by;
  std::string lang;
  std::string csv_headers = "en";
  std::string color = "auto";
  bool verbose = false;
  std::vector<std::string> explain_args;
  bool review = false;               // `evalscore review`: the batch dashboard (review.h)
  bool summary = false;              // `report --summary`: the bureau-level 复核汇总报告
  bool summary_html = false;         // … as HTML (`-f html`) instead of Markdown
  std::string split_dir;             // `report --split DIR`: one draft per form
  std::vector<std::string> select;   // --select: codes, prefixes (ES3) or names
  std::vector<std::string> ignore;   // --ignore
  std::string min_severity;          // --min-severity
  std::vector<std::string> include;  // --include globs (directory scans)
  std::vector<std::string> exclude;  // --exclude globs
  std::vector<std::string> import_paths;
  std::string import_output;
};

int Code(ExitCode c) { return static_cast<int>(c); }

// True when standard output is a pipe whose reader has gone (`| head`): a
// write end with no reader polls as POLLERR. errno is no use by then.
bool StdoutReaderGone() {
  pollfd p{STDOUT_FILENO, POLLOUT, 0};
  return ::poll(&p, 1, 0) == 1 && (p.revents & POLLERR) != 0;
}

void PrintErrors(std::ostream& err, const Errors& errors) {
  for (const Error& e : errors) err << "evalscore: error: " << TerminalSafe(e.message) << '\n';
}

// The input that `output` would overwrite (same file, links followed), if any.
const Input* OutputIsInput(const std::string& output, const std::vector<Input>& inputs) {
  for (const Input& input : inputs) {
    if (SameFile(output, input.is_stdin ? "-" : input.path)) return &input;
  }
  return nullptr;
}

Format ParseFormat(const std::string& s) {
  if (s == "csv") return Format::kCsv;
  if (s == "json") return Format::kJson;
  if (s == "markdown") return Format::kMarkdown;
  if (s == "html") return Format::kHtml;
  if (s == "sarif") return Format::kSarif;
  if (s == "github") return Format::kGithub;
  if (s == "gitlab") return Format::kGitlab;
  if (s == "xlsx") return Format::kXlsx;
  return Format::kText;
}

// The lowest severity that fails the gate, if any.
std::optional<Severity> GateLevel(const Options& o) {
  std::optional<Severity> level;
  if (o.fail_level == "error") level = Severity::kError;
  if (o.fail_level == "warning") level = Severity::kWarning;
  if (o.fail_level == "info") level = Severity::kInfo;
  if (o.strict && (!level || *level > Severity::kWarning)) level = Severity::kWarning;
  return level;
}

SortKey ParseSort(const std::string& s) {
  if (s == "overstatement") return SortKey::kOverstatement;
  if (s == "total") return SortKey::kTotal;
  return SortKey::kPath;
}

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

int InitCommand(const Options& o, std::ostream& out, std::ostream& err) {
  const bool zh = o.init_zh || (!o.init_en && DecideLang(o.lang) == Lang::kZh);
  const std::string text = ProjectTemplate(zh ? TemplateKeys::kChinese : TemplateKeys::kEnglish);
  if (o.init_file.empty()) {
    out << text;
    return Code(ExitCode::kOk);
  }
  std::error_code ec;
  if (std::filesystem::exists(std::filesystem::symlink_status(o.init_file, ec))) {
    err << "evalscore: error: " << o.init_file << " exists; init never overwrites a file\n";
    return Code(ExitCode::kUsage);
  }
  OutputFile file;
  if (auto opened = file.Open(o.init_file); !opened) {
    PrintErrors(err, opened.error());
    return Code(ExitCode::kUsage);
  }
  file.stream() << text;
  if (auto committed = file.Commit(); !committed) {
    PrintErrors(err, committed.error());
    return Code(ExitCode::kUsage);
  }
  if (DecideLang(o.lang) == Lang::kZh) {
    err << "evalscore: 已生成 " << o.init_file
        << "；把每个“请填写…”换成表上的内容，然后运行：evalscore check " << o.init_file << '\n';
  } else {
    err << "evalscore: wrote " << o.init_file
        << "; replace every 请填写… with the form's cell, then run: evalscore check " << o.init_file
        << '\n';
  }
  return Code(ExitCode::kOk);
}

int ExplainCodes(const Options& o, std::ostream& out) {
  if (o.explain_args.empty()) {
    for (const CheckInfo& c : CheckCatalogue()) {
      out << c.code << "  " << c.name << "  (" << SeverityName(c.severity) << ")\n    " << c.summary
          << '\n';
    }
    return Code(ExitCode::kOk);
  }
  for (size_t i = 0; i < o.explain_args.size(); ++i) {
    if (i) out << '\n';
    ExplainCheck(*FindCheck(o.explain_args[i]), out);
  }
  return Code(ExitCode::kOk);
}

// Config: --config FILE, else .evalscore.yaml found upward from the cwd (a
// config that is not safe to honour is skipped with a warning on `err`).
Result<Config> ChooseConfig(const Options& o, std::ostream& err) {
  if (!o.config.empty()) return LoadConfig(o.config);
  if (o.no_config) return Config{};
  const ConfigSearch search = FindConfig(".");
  for (const std::string& w : search.warnings)
    err << "evalscore: warning: " << TerminalSafe(w) << '\n';
  if (search.path) return LoadConfig(*search.path);
  return Config{};
}

int RulesCommand(const Options& o, const Config& config, std::ostream& out, std::ostream& err) {
  if (o.rules_list) {
    for (const std::string& name : BuiltinProfileNames()) {
      const RuleProfile p = BuiltinProfile(name);
      out << name << (name == kDefaultProfile ? " (default)" : "") << "\n    " << p.description
          << '\n';
    }
    return Code(ExitCode::kOk);
  }
  const std::string base =
      config.path.empty() ? "" : std::filesystem::path(config.path).parent_path().string();
  auto profile = LoadProfileNamed(o.rules_show, "");
  if (!profile) {
    PrintErrors(err, profile.error());
    return Code(ExitCode::kUsage);
  }
  out << "# rule profile " << profile.value().name << " (" << profile.value().source
      << "), fully resolved\n"
      << ProfileToYaml(profile.value());
  return Code(ExitCode::kOk);
}

// What a directory scan reads: --include/--exclude, and never the file this
// run writes. A report evalscore wrote (marked in its docProps) is skipped
// when it is read (ScoreFormDocument), so each file is opened once.
DiscoverOptions ScanOptions(const Options& o, std::vector<std::string>* skipped) {
  DiscoverOptions scan;
  if (!o.include.empty()) scan.include = o.include;
  scan.exclude = o.exclude;
  std::error_code ec;
  const std::filesystem::path output =
      o.output.empty() ? std::filesystem::path() : std::filesystem::weakly_canonical(o.output, ec);
  scan.skip = [output](const std::string& path) {
    std::error_code e;
    return !output.empty() && std::filesystem::weakly_canonical(path, e) == output;
  };
  scan.skipped = skipped;
  return scan;
}

int Score(const Options& o, const Config& config, TextMode mode, std::istream& in,
          std::ostream& out, std::ostream& err) {
  const std::string config_dir =
      config.path.empty() ? "" : std::filesystem::path(config.path).parent_path().string();
  ProfileProvider profiles(o.rules, config.rules, config_dir, config.severity, config.profile_dirs);
  if (auto preload = profiles.Preload(); !preload) {
    PrintErrors(err, preload.error());
    return Code(ExitCode::kUsage);
  }
  // The flags replace the config file's select / ignore / min_severity.
  auto made_filter = FindingFilter::Make(
      o.select.empty() ? config.select : o.select, o.ignore.empty() ? config.ignore : o.ignore,
      o.min_severity.empty() ? config.min_severity : o.min_severity);
  if (!made_filter) {
    PrintErrors(err, made_filter.error());
    return Code(ExitCode::kUsage);
  }
  const FindingFilter& filter = made_filter.value();
  // The batch checks run over a small summary of every scored form, collected
  // in input order (so the findings are the same whatever -j is).
  std::vector<BatchForm> batch_forms;
  std::vector<std::string> skipped;
  std::vector<Input> inputs = DiscoverInputs(o.paths, ScanOptions(o, &skipped));
  if (o.verbose) {
    for (const std::string& s : skipped) {
      err << "evalscore: skipped " << DisplayPath(s) << ": the file this run writes\n";
    }
  }
  if (std::count_if(inputs.begin(), inputs.end(), [](const Input& i) { return i.is_stdin; }) > 1) {
    err << "evalscore: error: '-' (standard input) given more than once\n";
    return Code(ExitCode::kUsage);
  }
  if (!o.output.empty()) {
    if (const Input* clash = OutputIsInput(o.output, inputs)) {
      err << "evalscore: error: -o " << DisplayPath(o.output) << " is the input "
          << DisplayPath(clash->is_stdin ? std::string("-") : clash->path)
          << "; refusing to overwrite a form with its report\n";
      return Code(ExitCode::kUsage);
    }
  }
  const Format format = ParseFormat(o.format);
  if (format == Format::kXlsx && o.output.empty()) {
    err << "evalscore: error: -f xlsx needs -o FILE.xlsx\n";
    return Code(ExitCode::kUsage);
  }
  OutputFile file;
  std::ostream* sink = &out;
  if (!o.output.empty()) {
    if (auto opened = file.Open(o.output, format != Format::kXlsx); !opened) {
      PrintErrors(err, opened.error());
      return Code(ExitCode::kUsage);
    }
    sink = &file.stream();
  }
  // Standard input is read once the output is open (and known not to be it).
  std::optional<Result<std::string>> stdin_text;
  for (Input& input : inputs) {
    if (input.is_stdin) {
      stdin_text = ReadInputStream(in, o.encoding);
      input.path = o.stdin_filename;
    }
  }
  RenderOptions render_options;
  render_options.fail_under = o.fail_under;
  render_options.csv_bom = o.csv_bom;
  render_options.csv_chinese_headers = o.csv_headers == "zh";
  render_options.quiet = o.quiet;
  render_options.config_path = config.path.empty() ? "" : DisplayPath(config.path);
  render_options.expected_reports = inputs.size();
  render_options.text_mode = mode;
  render_options.sort = ParseSort(o.sort);
  render_options.style.lang = DecideLang(o.lang);
  render_options.style.color =
      format == Format::kText && o.output.empty() &&
      DecideColor(o.color, &out == &std::cout && ::isatty(STDOUT_FILENO) == 1);
  render_options.group_by = o.group_by == "department" ? GroupBy::kDepartment
                            : o.group_by == "unit"     ? GroupBy::kUnit
                            : o.group_by == "year"     ? GroupBy::kYear
                                                       : GroupBy::kNone;
  render_options.fail_level = GateLevel(o);
  // The batch's statistics and verdict, computed once: the renderers and the exit code read it.
  BatchSummary summary({o.fail_under, render_options.fail_level}, render_options.group_by,
                       GroupThreshold(render_options));
  render_options.summary = &summary;
  std::string xlsx_error;
  std::unique_ptr<Renderer> renderer;
  if (o.review) {
    renderer = MakeReviewRenderer(format, render_options, *sink, file.write_path(), &xlsx_error);
  } else if (o.summary) {
    renderer = MakeSummaryReportRenderer(render_options, o.summary_html, *sink);
  } else {
    renderer = format == Format::kXlsx
                   ? MakeXlsxRenderer(render_options, file.write_path(), &xlsx_error)
                   : MakeRenderer(format, render_options, *sink);
  }
  size_t split_written = 0;
  if (!o.split_dir.empty()) {
    if (auto prepared = PrepareSplitDir(o.split_dir); !prepared) {
      PrintErrors(err, prepared.error());
      return Code(ExitCode::kUsage);
    }
    renderer = MakeSplitDraftRenderer(o.split_dir, o.summary ? std::move(renderer) : nullptr,
                                      &xlsx_error, &split_written);
  }
  // CSV and JSON rows follow --sort too: the inputs are then scored twice (see
  // SortedInputs) rather than held in memory.
  const bool sorted = format != Format::kText && render_options.sort != SortKey::kPath;
  const std::optional<Severity> gate = GateLevel(o);

  unsigned jobs = o.jobs != 0 ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  if (o.verbose) {
    err << "evalscore: " << inputs.size() << " input" << (inputs.size() == 1 ? "" : "s") << ", "
        << jobs << " job" << (jobs == 1 ? "" : "s") << ", config "
        << (config.path.empty() ? "(none)" : DisplayPath(config.path)) << ", rules "
        << (o.rules.empty() ? (config.rules.empty() ? kDefaultProfile : config.rules) : o.rules)
        << " (a project's own rules: apply when --rules is not given)\n";
  }
  // A progress line on stderr for long batches, only where a person watches.
  const bool progress =
      !o.quiet && inputs.size() > 300 && &err == &std::cerr && ::isatty(STDERR_FILENO) == 1;
  size_t done = 0;
  std::atomic<bool> output_gone{false};
  std::mutex notes_mutex;
  std::vector<std::string> notes;
  std::set<std::string> skipped_reports;  // paths (--sort reads the inputs twice)
  // One input gives one report, or one per form of a workbook or document.
  const auto score_input = [&](const Input& input) -> std::vector<FileReport> {
    const std::string shown = DisplayPath(input.path);
    if (input.problem) return {ScoreText(shown, Errors{{*input.problem, {}}}, &profiles)};
    if (input.is_stdin) return {ScoreText(shown, *stdin_text, &profiles)};
    if (IsFormDocument(input.path)) {
      std::vector<std::string> found;
      auto reports = ScoreFormDocument(shown, input.path, &profiles, &found, input.found_in_scan);
      std::lock_guard<std::mutex> lock(notes_mutex);
      if (reports.empty()) skipped_reports.insert(input.path);  // evalscore's own, in a scan
      notes.insert(notes.end(), found.begin(), found.end());
      return reports;
    }
    return {ScoreText(shown, ReadInputFile(input.path, o.encoding), &profiles, &input.path)};
  };
  const ScoreOne score_one = [&](const Input& input) -> std::vector<FileReport> {
    try {
      std::vector<FileReport> reports = score_input(input);
      if (filter.active()) {
        for (FileReport& report : reports) {
          std::erase_if(report.eval.diagnostics,
                        [&](const Diagnostic& d) { return !filter.Keeps(d); });
        }
      }
      return reports;
    } catch (const std::exception& e) {
      return {ScoreText(DisplayPath(input.path),
                        Errors{{std::string("internal error: ") + e.what(), {}}}, &profiles)};
    }
  };
  RunBatch(
      sorted ? SortedInputs(inputs, jobs, score_one, render_options.sort) : inputs, jobs, score_one,
      [&](const FileReport& report) {
        if (progress && (++done % 50 == 0 || done == inputs.size())) {
          err << "\r\x1b[K" << done << '/' << inputs.size() << ' ' << TerminalSafe(report.path)
              << std::flush;
          if (done == inputs.size()) err << "\r\x1b[K" << std::flush;
        }
        summary.Add(report);
        if (report.status == FileStatus::kScored) {
          batch_forms.push_back(SummariseForBatch(report.path, report.eval));
        }
        renderer->Add(report);
        // `| head` has gone, or the disk is full: stop (xlsx writes at the end).
        if (format != Format::kXlsx && !*sink) output_gone = true;
      },
      &output_gone);
  // The progress line goes even when reports and inputs differ in number (a
  // workbook with several forms, a skipped report).
  if (progress) err << "\r\x1b[K" << std::flush;
  if (batch_forms.size() > 1) {
    // Thresholds of the batch checks: the run's profile (--rules, config, default).
    if (auto run_profile = profiles.For("", "")) {
      std::vector<BatchFinding> found = CheckBatch(batch_forms, *run_profile.value());
      std::erase_if(found, [&](const BatchFinding& f) { return !filter.Keeps(f.diagnostic); });
      summary.AddBatch(found);
      renderer->AddBatch(found);
    }
  }
  renderer->Finish();
  if (o.verbose) {
    std::sort(notes.begin(), notes.end());
    notes.erase(std::unique(notes.begin(), notes.end()), notes.end());  // --sort reads twice
    for (const std::string& note : notes) err << "evalscore: " << note << '\n';
  }
  if (!xlsx_error.empty()) {
    err << "evalscore: error: " << xlsx_error << '\n';
    return Code(ExitCode::kUsage);
  }
  if (!o.split_dir.empty()) {
    err << "evalscore: wrote " << split_written << " draft" << (split_written == 1 ? "" : "s")
        << " to " << o.split_dir << '\n';
  }
  if (!o.output.empty()) {
    if (auto committed = file.Commit(); !committed) {
      PrintErrors(err, committed.error());
      return Code(ExitCode::kUsage);
    }
  } else {
    out.flush();
    if (!out) {
      if (StdoutReaderGone()) return Code(ExitCode::kOk);  // `evalscore dir/ | head`
      err << "evalscore: error: writing the report failed\n";
      return Code(ExitCode::kUsage);
    }
  }
  // Every reason for the exit code is named, with the paths: an unscorable
  // file never hides a failed gate, nor the other way round.
  const Lang lang = DecideLang(o.lang);
  const bool zh = lang == Lang::kZh;
  const size_t counted = inputs.size() - skipped_reports.size();  // reports are no inputs
  const std::string of = std::to_string(counted);
  const std::string plural = counted == 1 ? "" : "s";
  const size_t errors = summary.unscorable, gated = summary.gated, below = summary.below;
  if (errors > 0) {
    err << "evalscore: "
        << (zh ? of + " 个输入中有 " + std::to_string(errors) + " 个无法评分"
               : std::to_string(errors) + " of " + of + " input" + plural + " could not be scored")
        << NamedPaths(summary.unscorable_paths, lang) << '\n';
  }
  if (gated > 0) {
    const std::string options = std::string("--fail-level") + (o.strict ? ", --strict" : "");
    err << "evalscore: "
        << (zh ? of + " 个项目中有 " + std::to_string(gated) + " 个存在“" +
                     SeverityWord(*gate, lang) + "”及以上级别的问题（" + options + "）"
               : std::to_string(gated) + " of " + of + " project" + plural +
                     " with findings at or above " + SeverityName(*gate) + " (" + options + ")")
        << NamedPaths({summary.gated_paths.begin(), summary.gated_paths.end()}, lang) << '\n';
  }
  if (below > 0) {
    const std::string threshold = "--fail-under " + Number(*o.fail_under);
    err << "evalscore: "
        << (zh ? of + " 个项目中有 " + std::to_string(below) + " 个总分低于 " + threshold
               : std::to_string(below) + " of " + of + " project" + plural + " scored below " +
                     threshold)
        << NamedPaths(summary.below_paths, lang) << '\n';
  }
  return summary.ExitCode();
}

}  // namespace

int Run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err) {
  Options o;
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
  app.add_option("-f,--format", o.format, "Output format")
      ->check(CLI::IsMember(
          {"text", "csv", "json", "markdown", "html", "xlsx", "sarif", "github", "gitlab"}))
      ->default_str("text");
  app.add_option("-o,--output", o.output,
                 "Write the report to FILE (atomically) instead of stdout");
  app.add_option("--fail-under", o.fail_under,
                 "Exit 1 if a project's recomputed total is below SCORE (equal passes)")
      ->check(ScoreThreshold);
  app.add_option("--rules", o.rules, "Rule profile: a built-in name or a YAML file");
  app.add_option("-j,--jobs", o.jobs, "Files scored in parallel (default: number of cores)");
  app.add_flag("--csv-bom", o.csv_bom, "Start CSV output with a UTF-8 BOM (for Excel)");
  app.add_option("--csv-headers", o.csv_headers,
                 "CSV header row: en (stable identifiers, default) or zh (the form's labels, for "
                 "Excel)")
      ->check(CLI::IsMember({"en", "zh"}))
      ->default_str("en");
  app.add_option("--encoding", o.encoding, "Input encoding")
      ->check(CLI::IsMember({"auto", "utf-8", "gbk", "gb18030"}))
      ->default_str("auto");
  app.add_option("--stdin-filename", o.stdin_filename, "Name shown for standard input");
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
  app.add_option("--fail-level", o.fail_level,
                 "Exit 1 if a project has a finding at or above this severity")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  app.add_flag("--strict", o.strict, "Warnings fail the gate too (same as --fail-level warning)");
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
  app.add_option("--config", o.config, "Read settings from FILE instead of .evalscore.yaml");
  app.add_flag("--no-config", o.no_config,
               "Do not look for .evalscore.yaml (an explicit --config still applies)");

  app.fallthrough();
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

  CLI::App* init =
      app.add_subcommand("init",
                         "Write a commented template of a project file (to FILE, or stdout); never "
                         "overwrites");
  init->add_option("file", o.init_file, "The file to create");
  init->add_flag("--zh", o.init_zh,
                 "Keys in Chinese, the form's labels (default when --lang or the locale is zh)");
  init->add_flag("--en", o.init_en, "Keys in English")->excludes("--zh");

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

  CLI::App* import = app.add_subcommand(
      "import",
      "Write each form of .xlsx/.xls/.docx files as a project file (YAML) with the source cell "
      "of every value; never overwrites");
  import->add_option("files", o.import_paths, "Form files or directories")->required();
  import->add_option("-o,--output", o.import_output,
                     "Directory to write into (default: beside each form), or a .yaml file name "
                     "for a single form");

  CLI::App* rules = app.add_subcommand("rules", "List the built-in rule profiles or show one");
  rules->add_subcommand("list", "List the built-in rule profiles")->callback([&] {
    o.rules_list = true;
  });
  rules->add_subcommand("show", "Print a profile fully resolved, as YAML to copy and edit")
      ->add_option("profile", o.rules_show, "Built-in name or file")
      ->required();
  rules->require_subcommand(1);

  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() != 0) {  // not --help or --version: the tool's format and language
      err << UsageErrorText(e.what(), DecideLang(LangArgument(args)));
      return Code(ExitCode::kUsage);
    }
    std::ostringstream help_out, help_err;
    app.exit(e, help_out, help_err);
    out << help_out.str();
    err << help_err.str();
    return Code(ExitCode::kOk);
  }

  if (app.get_option("--output")->count() > 0 && o.output.empty()) {
    err << "evalscore: error: -o needs a file name (it is empty; omit -o to write to stdout)\n";
    return Code(ExitCode::kUsage);
  }
  auto config = ChooseConfig(o, err);
  if (!config) {
    PrintErrors(err, config.error());
    return Code(ExitCode::kUsage);
  }
  if (rules->parsed()) return RulesCommand(o, config.value(), out, err);
  if (init->parsed()) return InitCommand(o, out, err);
  if (import->parsed()) {
    std::vector<std::string> skipped;
    DiscoverOptions scan = ScanOptions(o, &skipped);
    if (o.include.empty()) scan.include = {"*.xlsx", "*.xlsm", "*.xls", "*.docx"};
    return ImportForms(DiscoverInputs(o.import_paths, scan), o.import_output, err);
  }
  TextMode mode = o.explain ? TextMode::kExplain : TextMode::kReport;
  if (explain->parsed()) {
    const bool codes = std::all_of(o.explain_args.begin(), o.explain_args.end(),
                                   [](const std::string& a) { return FindCheck(a) != nullptr; });
    if (codes) return ExplainCodes(o, out);
    o.paths = o.explain_args;
    mode = TextMode::kExplain;
  }
  if (report->parsed()) {
    mode = TextMode::kDraft;
    o.summary_html = o.format == "html";
    o.format = "text";
  }
  if (review->parsed()) {
    o.review = true;
    if (o.format == "text") o.format = "html";
    if (o.format != "html" && o.format != "json" && o.format != "markdown" && o.format != "xlsx") {
      err << "evalscore: error: review writes html, json, markdown or xlsx, not " << o.format
          << "\n";
      return Code(ExitCode::kUsage);
    }
  }
  if (check->parsed()) {
    mode = TextMode::kCheck;
    if (o.fail_level.empty()) o.fail_level = "error";
  }
  if (o.paths.empty()) {
    err << "evalscore: error: no input: give project files, directories or - for stdin\n"
        << "Run 'evalscore --help' for usage.\n";
    return Code(ExitCode::kUsage);
  }
  return Score(o, config.value(), mode, in, out, err);
}

}  // namespace evalscore::cli
