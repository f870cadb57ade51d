// The CLI side of audit v2: batch findings after the last form, the same
// bytes whatever -j is; --select / --ignore / --min-severity; the findings-by-
// code table; caps and group sums in text and explain output.
#include <gtest/gtest.h>

#include "cli_test_util.h"

namespace evalscore {
namespace {

using testing::RunCli;

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(BatchCli, FindingsAtEachFormAndTheSameForAnyJobs) {
  const auto one = RunCli({"check", "-j", "1", "tests/cases/batch/"});
  const auto two = RunCli({"check", "-j", "2", "tests/cases/batch/"});
  const auto four = RunCli({"check", "-j", "4", "tests/cases/batch/"});
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(one.out, four.out);
  // Three forms of 某县文化馆, all at 100 with satisfaction 100%.
  EXPECT_EQ(Count(one.out, "warning ES501"), 3u);
  EXPECT_EQ(Count(one.out, "warning ES503"), 3u);
  // a-library-1 and a-library-3 are one project; the near-copied row is named at both forms.
  EXPECT_EQ(Count(one.out, "warning ES504"), 2u);
  EXPECT_EQ(Count(one.out, "info ES502"), 2u);
  EXPECT_NE(one.out.find("tests/cases/batch/b-other-unit.yaml:6:33: info ES502: "
                         "'老年人健康体检服务覆盖人次' nearly also appears in "
                         "tests/cases/batch/a-library-1.yaml:8"),
            std::string::npos)
      << one.out;
  // One file alone has no batch findings.
  EXPECT_EQ(RunCli({"check", "tests/cases/batch/a-library-1.yaml"}).out.find("ES50"),
            std::string::npos);
}

TEST(BatchCli, JsonHasBatchFindings) {
  const auto o = RunCli({"-f", "json", "tests/cases/batch/"});
  EXPECT_NE(o.out.find("\"batch_findings\""), std::string::npos);
  EXPECT_NE(o.out.find("\"code\": \"ES504\""), std::string::npos);
  // None on the examples (every form from another unit).
  EXPECT_EQ(RunCli({"-f", "json", "examples/"}).out.find("batch_findings"), std::string::npos);
}

TEST(BatchCli, MarkdownAndHtmlHaveABatchSection) {
  const auto md = RunCli({"-f", "markdown", "tests/cases/batch/"});
  const size_t section = md.out.find("## 批量复核发现");
  ASSERT_NE(section, std::string::npos);
  EXPECT_LT(section, md.out.find("## 汇总"));
  EXPECT_NE(md.out.find("**warning ES501** `tests/cases/batch/a-library-2.yaml` line 6:"),
            std::string::npos);
  EXPECT_NE(RunCli({"-f", "html", "tests/cases/batch/"}).out.find("<h2>批量复核发现</h2>"),
            std::string::npos);
}

TEST(NoiseControl, SelectIgnoreAndMinSeverity) {
  // ES3 but not ES305 (the more specific --ignore wins), at warning or above.
  const auto o = RunCli({"check", "--select", "ES3", "--ignore", "OVER_ACHIEVEMENT",
                         "--min-severity", "warning", "examples/"});
  EXPECT_EQ(o.code, 0);
  EXPECT_EQ(o.out.find("ES305"), std::string::npos);
  EXPECT_EQ(o.out.find("ES1"), std::string::npos);
  EXPECT_EQ(o.out.find("info ES"), std::string::npos);
  EXPECT_NE(o.out.find("warning ES302"), std::string::npos);
  // A more specific --select beats a broader --ignore; comma-separated lists.
  const auto p = RunCli({"check", "--ignore", "ES3", "--select", "ES305,ES106", "examples/"});
  EXPECT_NE(p.out.find("warning ES305"), std::string::npos);
  EXPECT_NE(p.out.find("warning ES106"), std::string::npos);
  EXPECT_EQ(p.out.find("ES302"), std::string::npos);
}

TEST(NoiseControl, UnknownSelectorIsAUsageError) {
  const auto o = RunCli({"check", "--select", "ES9", "examples/"});
  EXPECT_EQ(o.code, 3);
  EXPECT_NE(o.err.find("unknown check 'ES9' in --select"), std::string::npos) << o.err;
  const auto n = RunCli({"check", "--ignore", "EXECUTION", "examples/"});
  EXPECT_EQ(n.code, 3);
  EXPECT_NE(n.err.find("did you mean 'LOW_EXECUTION'?"), std::string::npos) << n.err;
}

TEST(NoiseControl, ConfigFileSettingsAndFlagsReplaceThem) {
  const std::string dir = testing::TempDir("noise_config");
  testing::Write(dir + "/c.yaml", "select: [ES3]\nignore: ES305\nmin_severity: warning\n");
  const auto o = RunCli({"--config", dir + "/c.yaml", "check", "examples/"});
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_NE(o.out.find("warning ES302"), std::string::npos);
  EXPECT_EQ(o.out.find("ES305"), std::string::npos);
  EXPECT_EQ(o.out.find("ES1"), std::string::npos);
  // --select on the command line replaces the config's select (its ignore still applies).
  const auto p = RunCli({"--config", dir + "/c.yaml", "check", "--select", "ES106", "examples/"});
  EXPECT_NE(p.out.find("warning ES106"), std::string::npos);
  EXPECT_EQ(p.out.find("ES302"), std::string::npos);
  testing::Write(dir + "/d.yaml", "min_severity: loud\n");
  const auto bad = RunCli({"--config", dir + "/d.yaml", "check", "examples/"});
  EXPECT_EQ(bad.code, 3);
  EXPECT_NE(bad.err.find("d.yaml:1:15: min_severity must be info, warning or error, not 'loud'"),
            std::string::npos)
      << bad.err;
}

TEST(NoiseControl, FindingsByCodeTableEndsCheck) {
  const auto o = RunCli({"check", "examples/"});
  const size_t table = o.out.find("findings by code:");
  ASSERT_NE(table, std::string::npos);
  // Seven forms of the examples have CONSTANT_FULL; the table says so once.
  EXPECT_NE(o.out.find("  ES311   CONSTANT_FULL                 info         7", table),
            std::string::npos)
      << o.out.substr(table);
  // -q keeps the table and the summary, drops the finding lines.
  const auto q = RunCli({"check", "-q", "examples/"});
  EXPECT_EQ(q.out.find("info ES311:"), std::string::npos);
  EXPECT_NE(q.out.find("findings by code:"), std::string::npos);
}

TEST(ExecutionCapCli, ExplainShowsTheCapWhenItBites) {
  // Seed: 5.38 / 22.41 = 24.01% < 50% → at most 59; 90 + 2.40 = 92.40 → 59.
  const auto o =
      RunCli({"explain", "--rules", "platform-manual-2022", "examples/01-seed-chengde-2021.yaml"});
  EXPECT_NE(o.out.find("= 92.40, capped by execution 24.01% at 59 (budget.execution_caps) = "
                       "59.00 of 100 → 差"),
            std::string::npos)
      << o.out;
  EXPECT_NE(o.out.find("info ES403"), std::string::npos);
  // Not under the default profile.
  EXPECT_EQ(RunCli({"explain", "examples/01-seed-chengde-2021.yaml"}).out.find("capped by"),
            std::string::npos);
}

TEST(ExecutionCapCli, FixedDeductionExplained) {
  // 05-suixi: 87人次 against ≥59人次 is 1.47 ≥ 1.3 × the target, no 偏差原因: 5 − 2 = 3.
  const auto o = RunCli(
      {"explain", "--rules", "platform-manual-2022", "examples/05-suixi-linshijiuzhu-2019.yaml"});
  EXPECT_NE(o.out.find("over-achievement without a 偏差原因: 87 ≥ 1.3 × 59 → 5 − 2 = 3"),
            std::string::npos)
      << o.out;
}

TEST(GroupSums, PrintedBesideRecomputedInTextAndExplain) {
  // M9: printed 3.6 + 3.2 = 6.8; recomputed 340/400 × 4 = 3.4 and 450/500 × 4 = 3.6, 7.00.
  const auto text = RunCli({"tests/cases/review/M9.yaml"});
  EXPECT_NE(text.out.find("数量指标    printed 得分 sum 6.8 · recomputed 7.00"), std::string::npos)
      << text.out;
  const auto explain = RunCli({"explain", "tests/cases/review/M9.yaml"});
  EXPECT_NE(explain.out.find("产出指标 / 数量指标: printed 得分 add up to 6.80, recomputed 7.00 "
                             "of 8 (differs by -0.20)"),
            std::string::npos)
      << explain.out;
  // Groups whose printed scores agree say nothing more.
  EXPECT_EQ(RunCli({"examples/01-seed-chengde-2021.yaml"}).out.find("printed 得分 sum"),
            std::string::npos);
}

}  // namespace
}  // namespace evalscore
