// The summary tables spooled to a temporary file (issue 11 item 14) and the
// batch findings handed over in several chunks: the same bytes as in memory
// and as one chunk.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>

#include <gtest/gtest.h>

#include "evalscore/load_profile.h"

#include "../unit/test_util.h"
#include "cli/batch_summary.h"
#include "cli/dashboard_data.h"
#include "cli/path_list.h"
#include "cli/profiles.h"
#include "cli/render.h"
#include "cli/score_file.h"
#include "cli/spooled_names.h"
#include "cli_test_util.h"

namespace evalscore::cli {
namespace {

// Record i: i copies of a byte pattern holding a line feed and a NUL.
std::string Record(size_t i) {
  std::string r;
  for (size_t k = 0; k < i % 97; ++k) r += std::string("a\nb\0c", 5);
  return r + std::to_string(i);
}

void ExpectRoundTrip(SpooledRecords& spool) {
  std::vector<uint64_t> offsets;
  for (size_t i = 0; i < 3000; ++i) offsets.push_back(spool.Add(Record(i)));  // ~0.7 MB
  EXPECT_EQ(spool.size(), 3000u);
  size_t i = 0;
  ASSERT_TRUE(spool.ForEach([&](uint64_t offset, std::string_view record) {
    EXPECT_EQ(offset, offsets[i]);
    EXPECT_EQ(record, Record(i)) << i;
    ++i;
  }));
  EXPECT_EQ(i, 3000u);
  for (size_t k : {2999u, 0u, 1500u, 1u, 2998u}) EXPECT_EQ(spool.Read(offsets[k]), Record(k)) << k;
  EXPECT_TRUE(spool.ok());
}

TEST(SpooledRecords, ReadBackInOrderAndByOffset) {
  SpooledRecords spool;
  EXPECT_FALSE(spool.in_memory());
  ExpectRoundTrip(spool);
}

// No temporary file can be made there: the records are held in memory, same results.
TEST(SpooledRecords, FallsBackToMemory) {
  SpooledRecords spool("/nonexistent/evalscore-spool-test");
  EXPECT_TRUE(spool.in_memory());
  ExpectRoundTrip(spool);
}

// The disk fills up half-way (a 100 KiB file size limit, in a child process):
// the records from the failed write on stay in memory, nothing is lost.
TEST(SpooledRecords, AFailedWriteKeepsTheRestInMemory) {
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    std::signal(SIGXFSZ, SIG_IGN);  // a write past the limit fails with EFBIG
    const rlimit limit{100 * 1024, 100 * 1024};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    SpooledRecords spool;
    std::vector<uint64_t> offsets;
    for (size_t i = 0; i < 3000; ++i) offsets.push_back(spool.Add(Record(i)));
    size_t i = 0;
    bool same = true;
    const bool read = spool.ForEach([&](uint64_t, std::string_view r) {
      same = same && r == Record(i);
      ++i;
    });
    const bool ok = read && same && i == 3000 && spool.in_memory() &&
                    spool.Read(offsets[2999]) == Record(2999) &&
                    spool.Read(offsets[1]) == Record(1);
    ::_exit(ok ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST(PathList, KeepsTheFirstTenAndReadsBackAll) {
  PathList list;
  std::vector<std::string> all;
  for (int i = 0; i < 25; ++i) {
    all.push_back("dir/" + std::to_string(i) + ".yaml");
    list.Add(all.back());
  }
  EXPECT_EQ(list.size(), 25u);
  EXPECT_EQ(list.first(), std::vector<std::string>(all.begin(), all.begin() + 10));
  EXPECT_EQ(list.At(17), "dir/17.yaml");
  EXPECT_EQ(list.All(), all);
}

FileReport Seed(const std::string& path) {
  std::ifstream in(std::string(EVALSCORE_SOURCE_DIR) + "/examples/01-seed-chengde-2021.yaml",
                   std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  ProfileProvider profiles("", "", "");
  return ScoreText(path, Result<std::string>(text.str()), &profiles);
}

// Three copies of the seed (so the batch checks find copied rows and a form
// submitted twice) and a file that cannot be scored.
std::vector<FileReport> Reports() {
  std::vector<FileReport> reports{Seed("c.yaml"), Seed("a.yaml"), Seed("b.yaml")};
  ProfileProvider profiles("", "", "");
  reports.push_back(ScoreText("bad.yaml", Result<std::string>("name: [\n"), &profiles));
  return reports;
}

std::vector<BatchFinding> Findings(const std::vector<FileReport>& reports) {
  std::vector<BatchForm> forms;
  for (const FileReport& r : reports) {
    if (r.status == FileStatus::kScored) forms.push_back(SummariseForBatch(r.path, r.eval));
  }
  return CheckBatch(forms, BuiltinProfile("central-2020"));
}

// The whole output of `format` with the batch findings in `chunks` calls.
std::string Render(Format format, const RenderOptions& base, size_t chunks) {
  const std::vector<FileReport> reports = Reports();
  const std::vector<BatchFinding> found = Findings(reports);
  BatchSummary summary({base.fail_under, base.fail_level}, GroupBy::kNone, 60);
  RenderOptions options = base;
  options.summary = &summary;
  std::ostringstream out;
  std::unique_ptr<Renderer> r = MakeRenderer(format, options, out);
  for (const FileReport& report : reports) {
    summary.Add(report);
    r->Add(report);
  }
  const size_t size = chunks == 0 ? 0 : (found.size() + chunks - 1) / chunks;
  for (size_t from = 0; chunks > 0 && from < found.size(); from += size) {
    const std::vector<BatchFinding> chunk(
        found.begin() + static_cast<std::ptrdiff_t>(from),
        found.begin() + static_cast<std::ptrdiff_t>(std::min(found.size(), from + size)));
    summary.AddBatch(chunk);
    r->AddBatch(chunk);
    r->AddBatch({});  // an empty chunk changes nothing
  }
  r->Finish();
  return out.str();
}

TEST(SummarySpool, BatchFindingsInChunksGiveTheSameBytes) {
  ASSERT_GE(Findings(Reports()).size(), 3u);  // enough to split
  RenderOptions sorted;
  sorted.sort = SortKey::kTotal;
  sorted.fail_under = 95;
  RenderOptions check;
  check.text_mode = TextMode::kCheck;
  check.sort = SortKey::kOverstatement;
  for (const RenderOptions& options : {RenderOptions{}, sorted, check}) {
    for (Format format : {Format::kText, Format::kMarkdown, Format::kHtml}) {
      const std::string one = Render(format, options, 1);
      EXPECT_EQ(Render(format, options, 2), one) << static_cast<int>(format);
      EXPECT_EQ(Render(format, options, 3), one) << static_cast<int>(format);
      EXPECT_NE(Render(format, options, 0), one) << "no batch findings: a different report";
    }
  }
}

// The text summary counts a batch finding at its form: with the findings,
// a.yaml's W column grows by the warnings located at it.
TEST(SummarySpool, TextSummaryCountsBatchFindingsAtTheirForm) {
  const std::vector<BatchFinding> found = Findings(Reports());
  size_t at_a = 0;
  for (const BatchFinding& f : found)
    at_a += f.file == "a.yaml" && f.diagnostic.severity == Severity::kWarning;
  ASSERT_GT(at_a, 0u);
  RenderOptions options;
  options.quiet = true;
  const std::string with = Render(Format::kText, options, 2);
  const std::string without = Render(Format::kText, options, 0);
  const auto w_of_a = [](const std::string& text) {
    const size_t line = text.find("\na.yaml ");
    const std::string row = text.substr(line + 1, text.find('\n', line + 1) - line - 1);
    std::istringstream cells(row.substr(row.rfind("优") + std::string("优").size()));
    double reported = 0, diff = 0;
    size_t errors = 0, warnings = 0;
    cells >> reported >> diff >> errors >> warnings;
    return warnings;
  };
  EXPECT_EQ(w_of_a(with), w_of_a(without) + at_a) << with;
}

}  // namespace
}  // namespace evalscore::cli

namespace evalscore::cli {
namespace {

// Every field of a dashboard record survives the spool, a nested message included.
TEST(DashboardForms, RecordsRoundTrip) {
  DashboardForm f;
  f.number = 7;
  f.path = "dir/a\nb.yaml";
  f.name = "项目";
  f.department = "财政局";
  f.unit = "";
  f.scored = true;
  f.error = {"yaml.syntax", {TextArg("what", "x"), NestedArg("note", {"inner.id", {}})}};
  f.error.args[0].number = 2.5;
  f.incomplete = true;
  f.incomplete_why = "分值合计 90";
  f.max_total = 90;
  f.total = 81.25;
  f.total_pct = 90.27;
  f.self_score = 85;
  f.self_score_from_rows = true;
  f.self_pct = 94.4;
  f.over = 3.75;
  f.over_pct = 4.16;
  f.rate = std::nullopt;
  f.grade = "良";
  f.reported_grade = "优";
  f.errors = 1;
  f.warnings = 2;
  f.infos = 3;
  f.codes = {{"ES101", 2}, {"ES203", 1}};
  f.rows = 12;
  f.qualitative_rows = 4;
  f.rows_self_scored = 10;
  f.rows_full_marks = 9;
  f.full_marks_no_money = true;
  f.reasons = {"自评高报 3.75 分", "等级 优 → 良"};
  f.reviewed_total = 80;
  f.reviewed_grade = "良";
  DashboardForms forms;
  forms.push_back(DashboardForm{});
  forms.push_back(f);
  ASSERT_EQ(forms.size(), 2u);
  const DashboardForm back = forms[1];
  EXPECT_EQ(SerialiseDashboardForm(back), SerialiseDashboardForm(f));
  EXPECT_EQ(back.error, f.error);
  EXPECT_EQ(back.codes, f.codes);
  EXPECT_EQ(back.reasons, f.reasons);
  EXPECT_EQ(back.path, f.path);
  EXPECT_EQ(back.over_pct, f.over_pct);
  EXPECT_FALSE(back.rate.has_value());
  size_t n = 0;
  for (const DashboardForm& each : forms) EXPECT_EQ(each.number, n++ == 0 ? 0u : 7u);
  EXPECT_EQ(n, 2u);
}

}  // namespace
}  // namespace evalscore::cli

namespace evalscore::cli {
namespace {

// No temporary file can be made ($TMPDIR names no directory): the summary
// table and the dashboard are held in memory, the same bytes as the golden files.
TEST(SummarySpool, WithoutATemporaryDirectoryTheSameReport) {
  const char* old = std::getenv("TMPDIR");
  const std::optional<std::string> saved = old ? std::optional<std::string>(old) : std::nullopt;
  ::setenv("TMPDIR", "/nonexistent/evalscore-no-tmp", 1);
  const testing::Outcome text = testing::RunCli({"-f", "text", "-j", "2", "examples/"});
  const testing::Outcome check = testing::RunCli({"check", "--sort", "overstatement", "examples/"});
  const testing::Outcome review = testing::RunCli({"review", "-f", "json", "examples/"});
  saved ? ::setenv("TMPDIR", saved->c_str(), 1) : ::unsetenv("TMPDIR");
  EXPECT_EQ(text.out, testing::ReadSource("tests/golden/examples.txt"));
  EXPECT_EQ(check.out, testing::ReadSource("tests/golden/examples-check.txt"));
  EXPECT_EQ(review.out, testing::ReadSource("tests/golden/examples-review.json"));
}

}  // namespace
}  // namespace evalscore::cli
