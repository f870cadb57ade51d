// The command line, run in-process: exit codes, formats, golden output.
#include "cli/run.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "../unit/test_util.h"
#include "cli_test_util.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;
using testing::Outcome;
using testing::RunCli;
using testing::TempDir;
using testing::Write;

const char* kGood =
    "format: evalscore/1\nproject: {name: 好}\nfunds: {total: {budget: 10, executed: 10}}\n"
    "indicators:\n  产出指标:\n    数量指标:\n"
    "      - {name: a, target: '>=10', actual: '8', points: 90}\n";

TEST(Cli, SeedTextReport) {
  const Outcome o = RunCli({"examples/01-seed-chengde-2021.yaml"});
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_NE(o.out.find("5.38 / 22.41 万元 = 24.01% × 10 = 2.40"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("92.40 / 100  优"), std::string::npos) << o.out;
}

TEST(Cli, GoldenOutputsForExamples) {
  for (const auto& [format, file] : std::vector<std::pair<std::string, std::string>>{
           {"text", "examples.txt"}, {"csv", "examples.csv"}, {"json", "examples.json"}}) {
    const Outcome o = RunCli({"-f", format, "-j", "2", "examples/"});
    EXPECT_EQ(testing::ReadSource("tests/golden/" + file), o.out)
        << "golden " << file << " differs; if the change is intended, run scripts/update-golden.sh";
  }
}

TEST(Cli, GoldenExplainAndCheck) {
  EXPECT_EQ(testing::ReadSource("tests/golden/seed-explain.txt"),
            RunCli({"explain", "examples/01-seed-chengde-2021.yaml"}).out);
  EXPECT_EQ(testing::ReadSource("tests/golden/examples-check.txt"),
            RunCli({"check", "--sort", "overstatement", "examples/"}).out);
}

TEST(Cli, ExplainSeedShowsTheFundsArithmetic) {
  const Outcome o = RunCli({"explain", "examples/01-seed-chengde-2021.yaml"});
  EXPECT_EQ(o.code, 0);
  EXPECT_NE(o.out.find("5.38 / 22.41 = 24.01% × 10 = 2.40"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("= 92.40 of 100 → 优"), std::string::npos) << o.out;
}

TEST(Cli, ExplainCheckCodes) {
  const Outcome o = RunCli({"explain", "ES101"});
  EXPECT_EQ(o.code, 0);
  EXPECT_EQ(o.out.rfind("ES101 BREAKDOWN_SUM (default severity: warning)", 0), 0u) << o.out;
  EXPECT_NE(RunCli({"explain"}).out.find("ES402  GRADE_MISMATCH"), std::string::npos);
}

TEST(Cli, CheckGateAndStrict) {
  const std::string dir = TempDir("check");
  Write(dir + "/p.yaml", kGood);
  // kGood: 8 of 10 → 72 of 90 with no 偏差原因 and no reported score: warnings
  // (ES303 needs a reported score below points: none here), ES205, ES202...
  const Outcome plain = RunCli({"check", dir});
  EXPECT_EQ(plain.code, 0) << plain.out;  // no error-level finding
  const Outcome strict = RunCli({"check", "--strict", dir});
  EXPECT_EQ(strict.code, 1) << strict.out;
  EXPECT_NE(strict.err.find("with findings at or above warning"), std::string::npos);
  Write(dir + "/p.yaml", std::string(kGood) + "reported: {total: 100}\n");
  EXPECT_EQ(RunCli({"check", "--fail-level", "warning", dir}).code, 1);
}

TEST(Cli, ConfigSeverityOverride) {
  const std::string dir = TempDir("config");
  Write(dir + "/p.yaml", kGood);
  Write(dir + "/cfg.yaml", "severity: {MISSING_SATISFACTION: error}\n");
  const Outcome o = RunCli({"--config", dir + "/cfg.yaml", "check", dir + "/p.yaml"});
  EXPECT_EQ(o.code, 1) << o.out << o.err;
  EXPECT_NE(o.out.find("error ES205"), std::string::npos) << o.out;
  Write(dir + "/cfg.yaml", "severity: {ES999: off}\n");
  const Outcome bad = RunCli({"--config", dir + "/cfg.yaml", dir + "/p.yaml"});
  EXPECT_EQ(bad.code, 3);
  EXPECT_NE(bad.err.find("cfg.yaml:1:12: unknown check 'ES999'"), std::string::npos) << bad.err;
}

TEST(Cli, SortOverstatementFirst) {
  const Outcome o = RunCli({"-f", "csv", "--sort", "overstatement", "examples/"});
  std::vector<std::string> order;
  std::istringstream lines(o.out);
  std::string line;
  std::getline(lines, line);  // header
  while (std::getline(lines, line)) order.push_back(line.substr(0, line.find(',')));
  const auto at = [&](const std::string& name) {
    return std::find_if(order.begin(), order.end(),
                        [&](const std::string& p) { return p.find(name) != std::string::npos; }) -
           order.begin();
  };
  // reported − recomputed: seed 92.4 − 92.40 = 0; 鄂州 90 − 99.29 = −9.29; 棠溪 has
  // no reported total and sorts after every file that has one.
  EXPECT_LT(at("01-seed"), at("24-ezhou"));
  EXPECT_LT(at("24-ezhou"), at("03-tangxi"));
  EXPECT_EQ(order.size(), 11u);
}

TEST(Cli, OutputIndependentOfJobs) {
  const Outcome one = RunCli({"-f", "json", "-j", "1", "examples/", "tests/bad-input/"});
  const Outcome many = RunCli({"-f", "json", "-j", "8", "examples/", "tests/bad-input/"});
  EXPECT_EQ(one.out, many.out);
  EXPECT_EQ(one.code, many.code);
}

TEST(Cli, MissingFileExits2WithMessage) {
  const Outcome o = RunCli({"no/such/file.yaml"});
  EXPECT_EQ(o.code, 2);
  EXPECT_NE(o.out.find("no/such/file.yaml: error: no such file"), std::string::npos) << o.out;
  EXPECT_NE(o.err.find("1 of 1 input could not be scored"), std::string::npos);
}

TEST(Cli, OneBadFileDoesNotStopTheBatch) {
  const std::string dir = TempDir("batch");
  Write(dir + "/a.yaml", kGood);
  Write(dir + "/b.yaml", "format: evalscore/1\nproject: {name: x}\nindicators: {产出: [}\n");
  Write(dir + "/c.yml", kGood);
  Write(dir + "/notes.txt", "not yaml, not found");
  const Outcome o = RunCli({"-f", "csv", dir});
  EXPECT_EQ(o.code, 2);
  std::istringstream lines(o.out);
  std::string line;
  std::vector<std::string> rows;
  while (std::getline(lines, line)) rows.push_back(line);
  ASSERT_EQ(rows.size(), 4u) << o.out;  // header + 3 files found
  EXPECT_NE(rows[1].find("a.yaml,scored"), std::string::npos);
  EXPECT_NE(rows[2].find("b.yaml,error"), std::string::npos);
  EXPECT_NE(rows[3].find("c.yml,scored"), std::string::npos);
}

TEST(Cli, FailUnderBoundary) {
  const std::string dir = TempDir("failunder");
  Write(dir + "/p.yaml", kGood);
  // Total: 8/10 × 90 = 72 + budget 10/10 × 10 = 10 → 82.00.
  EXPECT_EQ(RunCli({"--fail-under", "82", dir + "/p.yaml"}).code, 0);  // equal passes
  const Outcome o = RunCli({"--fail-under", "82.01", dir + "/p.yaml"});
  EXPECT_EQ(o.code, 1);
  EXPECT_NE(o.err.find("1 of 1 project scored below --fail-under 82.01"), std::string::npos);
}

TEST(Cli, UsageErrorsExit3) {
  EXPECT_EQ(RunCli({"--no-such-flag"}).code, 3);
  EXPECT_EQ(RunCli({"-f", "xml", "examples/"}).code, 3);
  EXPECT_EQ(RunCli({}).code, 3);
  EXPECT_EQ(RunCli({"--help"}).code, 0);
  EXPECT_EQ(RunCli({"--version"}).out, "evalscore 0.1.0\n");
}

TEST(Cli, StdinWithName) {
  const Outcome o = RunCli({"-f", "csv", "--stdin-filename", "in.yaml", "-"}, kGood);
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_NE(o.out.find("in.yaml,scored,好"), std::string::npos) << o.out;
}

TEST(Cli, CsvBomAndQuoting) {
  const std::string dir = TempDir("csv");
  std::string yaml = kGood;
  yaml.replace(yaml.find("{name: 好}"), 11, "{name: '好, \"引号\"'}");
  Write(dir + "/q.yaml", yaml);
  const Outcome o = RunCli({"-f", "csv", "--csv-bom", dir + "/q.yaml"});
  EXPECT_EQ(o.out.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(o.out.find(",\"好, \"\"引号\"\"\","), std::string::npos) << o.out;
}

TEST(Cli, CsvChineseHeaders) {
  const Outcome o =
      RunCli({"-f", "csv", "--csv-headers", "zh", "examples/01-seed-chengde-2021.yaml"});
  EXPECT_EQ(
      o.out.substr(0, o.out.find('\r')),
      "文件,状态,项目名称,年度,主管部门,实施单位,评分规则,执行率(%),预算执行得分,指标得分,"
      "总分,满分,"
      "等级,填报总分,填报等级,差额(填报-复核),错误数,警告数,提示数,说明,复核人总分,复核人等级");
  // Same number of columns as the English header, same data rows.
  const Outcome en = RunCli({"-f", "csv", "examples/01-seed-chengde-2021.yaml"});
  EXPECT_EQ(o.out.substr(o.out.find('\n')), en.out.substr(en.out.find('\n')));
  const std::string header_en = en.out.substr(0, en.out.find('\r'));
  const std::string header_zh = o.out.substr(0, o.out.find('\r'));
  EXPECT_EQ(std::count(header_en.begin(), header_en.end(), ','),
            std::count(header_zh.begin(), header_zh.end(), ','));
}

TEST(Cli, OutputFileWrittenWhole) {
  const std::string dir = TempDir("out");
  const std::string target = dir + "/report.json";
  const Outcome o = RunCli({"-f", "json", "-o", target, "examples/01-seed-chengde-2021.yaml"});
  EXPECT_EQ(o.code, 0);
  EXPECT_TRUE(o.out.empty());
  std::ifstream in(target);
  std::stringstream s;
  s << in.rdbuf();
  EXPECT_NE(s.str().find("\"total\": 92.4"), std::string::npos);
  // No temporary file is left beside it.
  size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
  EXPECT_EQ(files, 1u);
}

TEST(Cli, RulesListAndShow) {
  const Outcome list = RunCli({"rules", "list"});
  EXPECT_EQ(list.code, 0);
  for (const char* name :
       {"central-2020 (default)", "ratio-reverse", "sichuan-2023", "hubei-20", "pmkpi-80"}) {
    EXPECT_NE(list.out.find(name), std::string::npos) << name;
  }
  const Outcome show = RunCli({"rules", "show", "hubei-20"});
  EXPECT_EQ(show.code, 0);
  EXPECT_NE(show.out.find("points: 20"), std::string::npos) << show.out;
  EXPECT_EQ(RunCli({"rules", "show", "nope"}).code, 3);
}

TEST(Cli, SameFormThreeProfiles) {
  const std::string dir = TempDir("three");
  Write(dir + "/whole.yaml",
        "name: whole-points\nextends: central-2020\nrounding: {score_decimals: 0}\n");
  const std::string form = "examples/05-suixi-linshijiuzhu-2019.yaml";
  // Totals worked out in tests/unit/profile_forms_test.cc: 88.84, 88.93, 89.
  EXPECT_NE(RunCli({"-f", "csv", form}).out.find(",central-2020,100,10.00,78.84,88.84,"),
            std::string::npos);
  EXPECT_NE(RunCli({"-f", "csv", "--rules", "ratio-reverse", form}).out.find(",88.93,"),
            std::string::npos);
  const Outcome mine = RunCli({"-f", "csv", "--rules", dir + "/whole.yaml", form});
  // The user profile is named with the file it came from.
  EXPECT_NE(mine.out.find(",whole-points (" + dir + "/whole.yaml),100,10.00,79.00,89.00,"),
            std::string::npos)
      << mine.out;
  const Outcome json = RunCli({"-f", "json", "--rules", dir + "/whole.yaml", form});
  EXPECT_NE(json.out.find("\"source\": \"" + dir + "/whole.yaml\""), std::string::npos);
}

TEST(Cli, BrokenProfileIsLocatedAndExits3) {
  const std::string dir = TempDir("profile");
  Write(dir + "/bad.yaml", "extends: central-2020\nbudget:\n  points: -10\n");
  const Outcome o = RunCli({"--rules", dir + "/bad.yaml", "examples/"});
  EXPECT_EQ(o.code, 3);
  EXPECT_NE(o.err.find("bad.yaml:3:11: budget.points must not be negative"), std::string::npos)
      << o.err;
  EXPECT_TRUE(o.out.empty());
}

}  // namespace
}  // namespace evalscore::cli
