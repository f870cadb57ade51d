// The scoring commands: evalscore PATH..., check, explain FILE, report,
// review. Inputs are found, scored in parallel, rendered in input order; the
// batch checks run over all of them; the verdicts set the exit code.
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "evalscore/batch_check.h"
#include "evalscore/batch_index.h"
#include "evalscore/check.h"
#include "evalscore/load_profile.h"
#include "evalscore/profile_choice.h"

#include "cli/batch.h"
#include "cli/batch_row_file.h"
#include "cli/batch_store.h"
#include "cli/command_renderers.h"
#include "cli/commands.h"
#include "cli/documents.h"
#include "cli/finding_filter.h"
#include "cli/hostile_text.h"
#include "cli/output_file.h"
#include "cli/profiles.h"
#include "cli/render.h"
#include "cli/review.h"
#include "cli/score_file.h"
#include "cli/sorted_inputs.h"
#include "cli/style.h"
#include "cli/verdicts.h"
#include "readers/readers.h"

namespace evalscore::cli {
namespace {

// True when standard output is a pipe whose reader has gone (`| head`): a
// write end with no reader polls as POLLERR. errno is no use by then.
bool StdoutReaderGone() {
  pollfd p{STDOUT_FILENO, POLLOUT, 0};
  return ::poll(&p, 1, 0) == 1 && (p.revents & POLLERR) != 0;
}

// The path (as named, "-" for stdin) of the input that `output` would
// overwrite (same file, links followed), if any.
std::optional<std::string> OutputIsInput(const std::string& output, const InputList& inputs) {
  for (size_t i = 0; i < inputs.size(); ++i) {
    const std::string path(inputs.PathAt(i));  // "-" for stdin
    if (SameFile(output, path)) return path;
  }
  return std::nullopt;
}

// The lowest severity that fails the gate, if any (check: error by default).
std::optional<Severity> GateLevel(const Options& o) {
  std::optional<Severity> level;
  const std::string& asked =
      o.fail_level.empty() && o.command == Command::kCheck ? "error" : o.fail_level;
  if (asked == "error") level = Severity::kError;
  if (asked == "warning") level = Severity::kWarning;
  if (asked == "info") level = Severity::kInfo;
  if (o.strict && (!level || *level > Severity::kWarning)) level = Severity::kWarning;
  return level;
}

SortKey ParseSort(const std::string& s) {
  if (s == "overstatement") return SortKey::kOverstatement;
  if (s == "total") return SortKey::kTotal;
  return SortKey::kPath;
}

GroupBy ParseGroupBy(const std::string& s) {
  if (s == "department") return GroupBy::kDepartment;
  if (s == "unit") return GroupBy::kUnit;
  if (s == "year") return GroupBy::kYear;
  return GroupBy::kNone;
}

TextMode ModeOf(const Options& o) {
  switch (o.command) {
    case Command::kCheck:
      return TextMode::kCheck;
    case Command::kExplainFiles:
      return TextMode::kExplain;
    case Command::kReport:
    case Command::kReportSummary:
      return TextMode::kDraft;
    default:
      return o.explain ? TextMode::kExplain : TextMode::kReport;
  }
}

// The inputs the paths name, checked: one stdin at most, none that -o would
// overwrite (else `problem` says why, and the run stops).
InputList GatherInputs(const Options& o, std::ostream& err, std::optional<Message>* problem) {
  std::vector<std::string> skipped;
  InputList inputs = DiscoverInputs(o.paths, ScanOptions(o, &skipped));
  if (o.verbose) {
    for (const std::string& s : skipped) {
      err << "evalscore: "
          << TerminalSafe(RenderMessage({"cli.skipped_output", {TextArg("path", DisplayPath(s))}},
                                        DecideLang(o.lang)))
          << '\n';
    }
  }
  if (inputs.StdinCount() > 1) {
    *problem = Message{"cli.stdin_twice", {}};
  } else if (const auto clash = o.output.empty() ? std::nullopt : OutputIsInput(o.output, inputs)) {
    *problem =
        Message{"cli.output_is_input",
                {TextArg("output", DisplayPath(o.output)), TextArg("input", DisplayPath(*clash))}};
  }
  return inputs;
}

RenderOptions MakeRenderOptions(const Options& o, const Config& config, Format format,
                                size_t inputs, bool stdout_is_terminal) {
  RenderOptions r;
  r.fail_under = o.fail_under;
  r.csv_bom = o.csv_bom;
  r.csv_chinese_headers = o.csv_headers == "zh";
  r.quiet = o.quiet;
  r.config_path = config.path.empty() ? "" : DisplayPath(config.path);
  r.expected_reports = inputs;
  r.output_path = o.output.empty() ? "" : DisplayPath(o.output);
  r.text_mode = ModeOf(o);
  r.sort = ParseSort(o.sort);
  r.style.lang = DecideLang(o.lang);
  r.style.color =
      format == Format::kText && o.output.empty() && DecideColor(o.color, stdout_is_terminal);
  r.group_by = ParseGroupBy(o.group_by);
  r.fail_level = GateLevel(o);
  return r;
}

// The renderer of `command` in `format` (format_registry.h allowed the pair).
std::unique_ptr<Renderer> MakeCommandRenderer(Command command, Format format,
                                              const RenderOptions& options, std::ostream& sink,
                                              const std::string& write_path,
                                              std::string* xlsx_error) {
  switch (command) {
    case Command::kReview:
      return MakeReviewRenderer(format, options, sink, write_path, xlsx_error);
    case Command::kReportSummary:
      return MakeSummaryReportRenderer(options, format == Format::kHtml, sink);
    case Command::kReport:
      return MakeDraftRenderer(options, sink);
    case Command::kExplainFiles:
      if (format == Format::kJson) return MakeExplainJsonRenderer(options, sink);
      break;
    default:
      break;
  }
  if (format == Format::kXlsx) return MakeXlsxRenderer(options, write_path, xlsx_error);
  return MakeRenderer(format, options, sink);
}

// Where the report goes: stdout, or -o FILE written whole at the end.
struct Sink {
  OutputFile file;
  std::ostream* stream = nullptr;
  bool to_file = false;
};

Result<bool> OpenSink(const Options& o, Format format, std::ostream& out, Sink* sink) {
  sink->stream = &out;
  if (o.output.empty()) return true;
  if (auto opened = sink->file.Open(o.output, format != Format::kXlsx); !opened) {
    return opened.error();
  }
  sink->stream = &sink->file.stream();
  sink->to_file = true;
  return true;
}

// Commits -o FILE, or flushes stdout (a reader of stdout that has gone is
// fine); false, with the error on `err`, when the report could not be written.
bool CloseSink(Sink* sink, std::ostream& out, std::ostream& err, Lang lang) {
  if (sink->to_file) {
    auto committed = sink->file.Commit();
    if (!committed) PrintErrors(err, committed.error(), lang);
    return static_cast<bool>(committed);
  }
  out.flush();
  if (out || StdoutReaderGone()) return true;
  PrintError(err, {"cli.write_failed", {}}, lang);
  return false;
}

}  // namespace

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

namespace {

// Everything one run of a scoring command holds while the batch goes through.
class ScoreRun {
 public:
  ScoreRun(const Options& o, const Config& config, std::ostream& err)
      : o_(o),
        config_(config),
        err_(err),
        config_dir_(
            config.path.empty() ? "" : std::filesystem::path(config.path).parent_path().string()),
        profiles_(o.rules, config.rules, config_dir_, config.severity, config.profile_dirs) {}

  // Loads the run's profile and the finding filter (a broken one stops the run).
  Result<bool> Prepare() {
    const Config& config = config_;
    if (auto preload = profiles_.Preload(); !preload) return preload.error();
    // The flags replace the config file's select / ignore / min_severity.
    auto made =
        FindingFilter::Make(o_.select.empty() ? config.select : o_.select,
                            o_.ignore.empty() ? config.ignore : o_.ignore,
                            o_.min_severity.empty() ? config.min_severity : o_.min_severity);
    if (!made) return made.error();
    filter_ = std::move(made).value();
    return true;
  }

  // Reads standard input (once the output is open, and known not to be it).
  void ReadStdin(InputList* inputs, std::istream& in) {
    if (inputs->StdinCount() == 0) return;
    stdin_text_ = ReadInputStream(in, o_.encoding);
    inputs->NameStdin(o_.stdin_filename);
  }

  // Scores every input into `renderer`, then runs the batch checks (the
  // list goes before they do: they are the run's peak of memory).
  void Score(InputList inputs, Renderer* renderer, Format format, const RenderOptions& options,
             std::ostream& sink);

  void PrintNotes() {
    std::vector<std::string> lines;
    for (const Message& note : notes_) lines.push_back(RenderMessage(note, DecideLang(o_.lang)));
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());  // --sort reads twice
    for (const std::string& line : lines) err_ << "evalscore: " << line << '\n';
  }

  const Verdicts& verdicts() const { return verdicts_; }
  // Inputs that were evalscore's own reports met in a scan (no report of their own).
  size_t SkippedReports() const { return skipped_reports_.size(); }

 private:
  std::vector<FileReport> ScoreInput(const Input& input);
  std::vector<FileReport> ScoreFiltered(const Input& input);
  void AddToBatch(const FileReport& report);
  void BatchChecks(Renderer* renderer);

  const Options& o_;
  const Config& config_;
  std::ostream& err_;
  std::string config_dir_;
  ProfileProvider profiles_;
  FindingFilter filter_;
  std::optional<Result<std::string>> stdin_text_;
  std::mutex notes_mutex_;
  std::vector<Message> notes_;             // with -v only: a note a workbook, kept to the end
  std::set<std::string> skipped_reports_;  // paths (--sort reads the inputs twice)
  // The batch checks' forms, in input order (the same whatever -j is): made at
  // the first scored form, with the run's profile's thresholds.
  size_t expected_forms_ = 0;  // the inputs of the run
  std::unique_ptr<BatchRowFile> batch_rows_;
  std::unique_ptr<BatchIndex> batch_index_;
  std::unique_ptr<BatchStore> batch_store_;
  Verdicts verdicts_{GateLevel(o_), o_.fail_under, ParseGroupBy(o_.group_by),
                     o_.fail_under.value_or(60)};  // GroupThreshold
};

// One input gives one report, or one per form of a workbook or document.
std::vector<FileReport> ScoreRun::ScoreInput(const Input& input) {
  const std::string shown = DisplayPath(input.path);
  if (input.problem) return OneReport(ScoreText(shown, Errors{{*input.problem, {}}}, &profiles_));
  if (input.is_stdin) return OneReport(ScoreText(shown, *stdin_text_, &profiles_));
  if (IsFormDocument(input.path)) {
    std::vector<Message> found;
    auto reports = ScoreFormDocument(shown, input.path, &profiles_, &found, input.found_in_scan);
    std::lock_guard<std::mutex> lock(notes_mutex_);
    if (reports.empty()) skipped_reports_.insert(input.path);  // evalscore's own, in a scan
    if (o_.verbose) notes_.insert(notes_.end(), found.begin(), found.end());  // PrintNotes
    return reports;
  }
  // The shown name is for reports only; the project's `rules:` is resolved
  // against the file as opened (a directory name need not be valid UTF-8).
  return OneReport(
      ScoreText(shown, ReadInputFile(input.path, o_.encoding), &profiles_, &input.path));
}

std::vector<FileReport> ScoreRun::ScoreFiltered(const Input& input) {
  try {
    std::vector<FileReport> reports = ScoreInput(input);
    if (filter_.active()) {
      for (FileReport& report : reports) {
        std::erase_if(report.eval.diagnostics,
                      [&](const Diagnostic& d) { return !filter_.Keeps(d); });
      }
    }
    return reports;
  } catch (const std::exception& e) {
    return OneReport(ScoreText(DisplayPath(input.path),
                               Errors{{{"cli.internal_error", {TextArg("detail", e.what())}}, {}}},
                               &profiles_));
  }
}

void ScoreRun::Score(InputList inputs, Renderer* renderer, Format format,
                     const RenderOptions& options, std::ostream& sink) {
  expected_forms_ = inputs.size();
  const unsigned jobs = o_.jobs != 0 ? o_.jobs : std::max(1u, std::thread::hardware_concurrency());
  if (o_.verbose) {
    const auto counted = [](const char* one, const char* many, size_t n) {
      return n == 1 ? Message{one, {}}
                    : Message{many, {CountArg("count", static_cast<long long>(n))}};
    };
    const Message run{
        "cli.verbose_run",
        {NestedArg("inputs", counted("cli.one_input", "cli.inputs", inputs.size())),
         NestedArg("jobs", counted("cli.one_job", "cli.jobs", jobs)),
         options.config_path.empty() ? NestedArg("config", {"cli.verbose_no_config", {}})
                                     : TextArg("config", options.config_path),
         TextArg("rules", ChooseProfile(o_.rules, "", config_.rules).name)}};
    err_ << "evalscore: " << TerminalSafe(RenderMessage(run, DecideLang(o_.lang))) << '\n';
  }
  // A progress line on stderr for long batches, only where a person watches.
  const bool progress =
      !o_.quiet && inputs.size() > 300 && &err_ == &std::cerr && ::isatty(STDERR_FILENO) == 1;
  // CSV and JSON rows follow --sort too: the inputs are then scored twice (see
  // SortedInputs) rather than held in memory.
  const bool sorted = format != Format::kText && options.sort != SortKey::kPath;
  const ScoreOne score_one = [this](const Input& input) { return ScoreFiltered(input); };
  std::atomic<bool> output_gone{false};
  size_t done = 0;
  std::optional<InputOrder> order =
      sorted ? SortedInputs(inputs, jobs, score_one, options.sort) : std::nullopt;
  RunBatch(
      inputs, jobs, score_one,
      [&](const FileReport& report) {
        if (progress && (++done % 50 == 0 || done == inputs.size())) {
          err_ << "\r\x1b[K" << done << '/' << inputs.size() << ' ' << TerminalSafe(report.path)
               << std::flush;
          if (done == inputs.size()) err_ << "\r\x1b[K" << std::flush;
        }
        verdicts_.Add(report);
        if (report.status == FileStatus::kScored) AddToBatch(report);
        renderer->Add(report);
        // `| head` has gone, or the disk is full: stop (xlsx writes at the end).
        if (format != Format::kXlsx && !sink) output_gone = true;
      },
      &output_gone, order ? &*order : nullptr);
  // The progress line goes even when reports and inputs differ in number (a
  // workbook with several forms, a skipped report).
  if (progress) err_ << "\r\x1b[K" << std::flush;
  order.reset();
  inputs = InputList();
  BatchChecks(renderer);
}

void ScoreRun::AddToBatch(const FileReport& report) {
  if (!batch_index_) {
    // Thresholds of the batch checks: the run's profile (--rules, config, default).
    auto run_profile = profiles_.Preload();
    if (!run_profile) return;  // not reached: Prepare() stops the run
    batch_rows_ = std::make_unique<BatchRowFile>();
    batch_index_ = std::make_unique<BatchIndex>(
        static_cast<size_t>(run_profile.value()->checks.batch_min_text_chars), HashBatchText,
        batch_rows_.get());
    batch_store_ = std::make_unique<BatchStore>();
    batch_index_->Reserve(expected_forms_);  // one per input, but for workbooks
    batch_store_->Reserve(expected_forms_);
  }
  const BatchForm form = SummariseForBatch(report.path, report.eval);
  batch_index_->Add(form);
  batch_store_->Add(form);
}

void ScoreRun::BatchChecks(Renderer* renderer) {
  if (!batch_index_ || batch_index_->size() < 2) return;
  auto run_profile = profiles_.Preload();
  if (!run_profile) return;
  const RuleProfile& profile = *run_profile.value();
  std::optional<BatchFindingList> checked;
  if (batch_store_->Flush() && batch_rows_->Flush()) {
    checked = CheckIndexedBatch(*batch_index_, *batch_store_, profile);
  }
  batch_index_.reset();
  batch_rows_.reset();
  // Worded and handed on a chunk at a time: only the references are held.
  constexpr size_t kChunk = 512;
  bool handed = false;
  for (size_t begin = 0; checked && begin < checked->size(); begin += kChunk) {
    std::optional<std::vector<BatchFinding>> found =
        checked->Word(begin, begin + kChunk, *batch_store_, profile);
    if (!found) {
      checked.reset();
      break;
    }
    std::erase_if(*found, [&](const BatchFinding& f) { return !filter_.Keeps(f.diagnostic); });
    if (found->empty()) continue;
    verdicts_.AddBatch(*found);
    renderer->AddBatch(*found);
    handed = true;
  }
  const std::string dir = batch_store_->where();
  batch_store_.reset();
  if (!checked) {  // the disk filled up, say: the other findings stand
    PrintError(err_, {"cli.batch_file_failed", {TextArg("dir", DisplayPath(dir))}},
               DecideLang(o_.lang));
    return;
  }
  if (!handed) {
    verdicts_.AddBatch({});
    renderer->AddBatch({});
  }
}

}  // namespace

int ScoreCommand(const Options& o, const Config& config, Format format, std::istream& in,
                 std::ostream& out, std::ostream& err) {
  ScoreRun run(o, config, err);
  if (auto prepared = run.Prepare(); !prepared) {
    PrintErrors(err, prepared.error(), DecideLang(o.lang));
    return Code(ExitCode::kUsage);
  }
  const Lang lang = DecideLang(o.lang);
  std::optional<Message> problem;
  InputList inputs = GatherInputs(o, err, &problem);
  if (problem) {
    PrintError(err, *problem, lang);
    return Code(ExitCode::kUsage);
  }
  if (format == Format::kXlsx && o.output.empty()) {
    PrintError(err, {"cli.xlsx_needs_output", {}}, lang);
    return Code(ExitCode::kUsage);
  }
  Sink sink;
  if (auto opened = OpenSink(o, format, out, &sink); !opened) {
    PrintErrors(err, opened.error(), DecideLang(o.lang));
    return Code(ExitCode::kUsage);
  }
  run.ReadStdin(&inputs, in);
  RenderOptions options = MakeRenderOptions(o, config, format, inputs.size(),
                                            &out == &std::cout && ::isatty(STDOUT_FILENO) == 1);
  options.summary = &run.verdicts().summary();  // fed as the reports come, read at Finish()
  std::string xlsx_error;
  std::unique_ptr<Renderer> renderer = MakeCommandRenderer(o.command, format, options, *sink.stream,
                                                           sink.file.write_path(), &xlsx_error);
  size_t split_written = 0;
  if (!o.split_dir.empty()) {
    if (auto prepared = PrepareSplitDir(o.split_dir); !prepared) {
      PrintErrors(err, prepared.error(), DecideLang(o.lang));
      return Code(ExitCode::kUsage);
    }
    renderer = MakeSplitDraftRenderer(
        o.split_dir, o.command == Command::kReportSummary ? std::move(renderer) : nullptr,
        &xlsx_error, &split_written);
  }
  const size_t input_count = inputs.size();
  run.Score(std::move(inputs), renderer.get(), format, options, *sink.stream);
  renderer->Finish();
  if (o.verbose) run.PrintNotes();
  if (!xlsx_error.empty()) {
    err << "evalscore: error: " << xlsx_error << '\n';
    return Code(ExitCode::kUsage);
  }
  if (!o.split_dir.empty()) {
    const Message wrote =
        split_written == 1
            ? Message{"cli.split_wrote_one", {TextArg("dir", DisplayPath(o.split_dir))}}
            : Message{"cli.split_wrote",
                      {CountArg("count", static_cast<long long>(split_written)),
                       TextArg("dir", DisplayPath(o.split_dir))}};
    err << "evalscore: " << TerminalSafe(RenderMessage(wrote, lang)) << '\n';
  }
  if (!CloseSink(&sink, out, err, lang)) return Code(ExitCode::kUsage);
  if (!sink.to_file && !out) return Code(ExitCode::kOk);  // `evalscore dir/ | head`
  // Reports evalscore wrote, met in a scan, are no inputs.
  run.verdicts().Print(err, DecideLang(o.lang), o.strict, input_count - run.SkippedReports());
  return run.verdicts().ExitStatus();
}

}  // namespace evalscore::cli
