// BatchSummary: the batch's statistics and verdict, computed once for every
// renderer and the exit code.
#include "cli/batch_summary.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "cli_test_util.h"

namespace evalscore::cli {
namespace {

Diagnostic Finding(const std::string& code, Severity severity) {
  Diagnostic d;
  d.code = code;
  d.severity = severity;
  return d;
}

FileReport Scored(const std::string& path, double total, const std::string& grade,
                  std::vector<Severity> findings = {}) {
  FileReport r;
  r.path = path;
  r.status = FileStatus::kScored;
  r.eval.totals.total = total;
  r.eval.totals.grade = grade;
  for (Severity s : findings) r.eval.diagnostics.push_back(Finding("ES101", s));
  return r;
}

FileReport Unscorable(const std::string& path) {
  FileReport r;
  r.path = path;
  return r;
}

// a: 80 with a warning (fails --fail-level warning); b: 50 (below --fail-under 60);
// c: could not be scored. Mean (80 + 50) / 2 = 65.
TEST(BatchSummary, CountsGatesAndVerdict) {
  BatchSummary s({60.0, Severity::kWarning}, GroupBy::kNone, 60);
  s.Add(Scored("a.yaml", 80, "良", {Severity::kWarning, Severity::kInfo}));
  s.Add(Scored("b.yaml", 50, "差"));
  EXPECT_EQ(s.ExitCode(), 1);  // every input scored, two failed a gate
  s.Add(Unscorable("c.yaml"));
  EXPECT_EQ(s.files, 3u);
  EXPECT_EQ(s.scored, 2u);
  EXPECT_EQ(s.unscorable, 1u);
  ASSERT_TRUE(s.MeanTotal().has_value());
  EXPECT_DOUBLE_EQ(*s.MeanTotal(), 65);
  EXPECT_DOUBLE_EQ(*s.min_total, 50);
  EXPECT_DOUBLE_EQ(*s.max_total, 80);
  EXPECT_EQ(s.grades.at("良"), 1u);
  EXPECT_EQ(s.warnings, 1u);
  EXPECT_EQ(s.infos, 1u);
  EXPECT_EQ(s.below, 1u);
  EXPECT_EQ(s.gated, 1u);
  EXPECT_EQ(s.failed_paths.All(), (std::vector<std::string>{"a.yaml", "b.yaml"}));
  EXPECT_EQ(s.unscorable_paths.All(), (std::vector<std::string>{"c.yaml"}));
  EXPECT_EQ(s.ExitCode(), 2);  // an unscorable input outranks a failed gate
}

// A batch finding at or above --fail-level fails its form's gate too, counted
// once per file: the JSON "failed" list and the exit code agree with stderr.
TEST(BatchSummary, BatchFindingsFailTheGate) {
  BatchSummary s({std::nullopt, Severity::kWarning}, GroupBy::kNone, 60);
  s.Add(Scored("a.yaml", 95, "优"));
  s.Add(Scored("b.yaml", 95, "优"));
  EXPECT_EQ(s.ExitCode(), 0);
  const Diagnostic d = Finding("ES503", Severity::kWarning);
  s.AddBatch({{"b.yaml", d, {}}, {"b.yaml", d, {}}});
  EXPECT_EQ(s.warnings, 2u);
  EXPECT_EQ(s.gated, 1u);
  EXPECT_EQ(s.failed_paths.All(), (std::vector<std::string>{"b.yaml"}));
  EXPECT_EQ(s.ExitCode(), 1);
}

// End to end: three forms of one unit all self-scoring full marks raise ES501
// (warning) at each; with their own warnings switched off, only the batch
// findings put them over --fail-level warning. The JSON verdict now says what
// the exit code says (it listed no failed form and exit_code 0 while the run
// exited 1).
TEST(BatchSummary, JsonVerdictMatchesTheExitCode) {
  const std::string dir = testing::TempDir("batch_verdict");
  testing::Write(dir + "/quiet.yaml",
                 "extends: central-2020\nchecks:\n  severity: {ES203: \"off\", ES205: \"off\", "
                 "ES207: \"off\"}\n");
  std::vector<std::string> args = {"-f",      "json",    "--fail-level",
                                   "warning", "--rules", dir + "/quiet.yaml"};
  for (int n = 1; n <= 3; ++n) {
    const std::string path = dir + "/f" + std::to_string(n) + ".yaml";
    testing::Write(path,
                   "format: evalscore/1\nproject: {name: 项目" + std::to_string(n) +
                       ", year: 2022, unit: 某文化馆}\nindicators:\n  产出指标:\n    数量指标:\n"
                       "      - {name: 完成场次" +
                       std::to_string(n) +
                       ", target: 10场, actual: 10场, points: 100, score: 100}\n"
                       "reported: {points: 100, total: 100}\n");
    args.push_back(path);
  }
  const testing::Outcome r = testing::RunCli(args);
  ASSERT_EQ(r.code, 1) << r.err;
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["projects"][0]["gate"]["passed"], true);  // no finding of its own
  ASSERT_EQ(doc["batch_findings"].size(), 3u);
  EXPECT_EQ(doc["summary"]["gates"]["exit_code"], 1);
  EXPECT_EQ(doc["summary"]["gates"]["failed"].size(), 3u);
}

}  // namespace
}  // namespace evalscore::cli
