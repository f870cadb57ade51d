// The finance bureau's review (issue 16): the Dashboard value built from a
// fixed batch (tests/review-batch/, each form's arithmetic in its header
// comment), its goldens, report --summary and report --split.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "../unit/test_util.h"
#include "cli_test_util.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;
using testing::Outcome;
using testing::RunCli;

Json ReviewJson(const std::vector<std::string>& paths) {
  std::vector<std::string> args = {"review", "-f", "json"};
  args.insert(args.end(), paths.begin(), paths.end());
  const Outcome o = RunCli(args);
  return Json::parse(o.out);
}

const Json& Form(const Json& d, int number) { return d["forms"][static_cast<size_t>(number - 1)]; }

TEST(Review, HeadlineOfTheFixedBatch) {
  const Json d = ReviewJson({"tests/review-batch/"});
  const Json& h = d["headline"];
  EXPECT_EQ(h["files"], 8);
  EXPECT_EQ(h["scored"], 7);
  EXPECT_EQ(h["could_not_be_scored"], 1);  // c1-broken.yaml
  EXPECT_EQ(h["incomplete"], 1);           // b2: a 60-point table
  // a1 … b3: (99.5 + 86.39 + 92.5 + 100 + 100 + 54 + 100) / 7 = 632.39 / 7 (the batch's mean)
  EXPECT_NEAR(h["mean_total"].get<double>(), 632.39 / 7, 1e-9);
  // on the 100-point scale b2 counts 54 / 60 × 100 = 90: 668.39 / 7
  EXPECT_NEAR(h["mean_total_pct"].get<double>(), 668.39 / 7, 1e-9);
  // a2 100 − 86.39 = 13.61 and b2 60 − 54 = 6 over-state; b3 95 − 100 under-states.
  EXPECT_EQ(h["overstating"], 2);
  EXPECT_NEAR(h["over_points"].get<double>(), 19.61, 1e-9);
  EXPECT_EQ(h["understating"], 1);
  EXPECT_EQ(h["grade_changes"], 2);        // a2 优 → 良; b2 60 (中) → 54 (差)
  EXPECT_EQ(h["full_marks_no_money"], 1);  // a3: 25% spent, 92.5 self-scored
  EXPECT_EQ(h["reviewed"], 1);             // a4: 复核得分 recorded
  // a4 reviewed: funds 10 + 25 + 20 (not reviewed: recomputed) + 10 + 12 = 77 中
  EXPECT_EQ(Form(d, 4)["reviewed_total"], 77.0);
  EXPECT_EQ(Form(d, 4)["reviewed_grade"], "中");
}

TEST(Review, IncompleteFormsAreRankedApart) {
  const Json d = ReviewJson({"tests/review-batch/"});
  EXPECT_EQ(d["top_overstating"], Json::array({2}));              // a2 only
  EXPECT_EQ(d["incomplete_overstating"], Json::array({6}));       // b2, marked apart
  EXPECT_NEAR(Form(d, 6)["over_pct"].get<double>(), 10.0, 1e-9);  // 100 − 90
  EXPECT_TRUE(Form(d, 6)["incomplete"].get<bool>());
  // Attention: problems by over-statement (a2, b2; then a3 in the quadrant and a4 with an
  // error finding, in input order), then the file that could not be scored.
  EXPECT_EQ(d["attention"], Json::array({2, 6, 3, 4, 8}));
  EXPECT_TRUE(Form(d, 3)["full_marks_no_money"].get<bool>());
}

TEST(Review, GroupsPerDepartment) {
  const Json d = ReviewJson({"tests/review-batch/"});
  ASSERT_EQ(d["by_department"].size(), 2u);
  const Json& edu = d["by_department"][0];  // the most over-stating first
  EXPECT_EQ(edu["key"], "示例县教育局");
  EXPECT_NEAR(edu["mean_over_pct"].get<double>(), 13.61 / 4, 1e-9);  // (0 + 13.61 + 0 + 0) / 4
  // 95 / 100 + 40 / 50 + 20 / 80 + 60 / 60 = 0.95 + 0.8 + 0.25 + 1 = 3 → mean 3 / 4
  EXPECT_NEAR(edu["mean_rate"].get<double>(), 0.75, 1e-9);
  const Json& health = d["by_department"][1];
  EXPECT_NEAR(health["mean_over_pct"].get<double>(), 5.0 / 3, 1e-9);  // (0 + 10 − 5) / 3
  // rows self-scored at full marks: b1 4 of 4, b2 2 of 2, b3 1 of 2 → 7 / 8
  EXPECT_NEAR(health["full_mark_share"].get<double>(), 0.875, 1e-9);
  // qualitative rows: b1 3 of 4, b2 0 of 2, b3 0 of 2 → 3 / 8
  EXPECT_NEAR(health["qualitative_share"].get<double>(), 0.375, 1e-9);
}

TEST(Review, MatchesTheBatchSummary) {
  const Json d = ReviewJson({"examples/"});
  const Json batch = Json::parse(RunCli({"-f", "json", "examples/"}).out);
  EXPECT_EQ(d["headline"]["files"], batch["summary"]["files"]);
  EXPECT_EQ(d["headline"]["scored"], batch["summary"]["scored"]);
  EXPECT_NEAR(d["headline"]["mean_total"].get<double>(),
              batch["summary"]["mean_total"].get<double>(), 0.005);
  for (size_t i = 0; i < batch["projects"].size(); ++i) {
    EXPECT_EQ(d["forms"][i]["total"], batch["projects"][i]["total"]) << i;
    EXPECT_EQ(d["forms"][i]["max_total"], batch["projects"][i]["max_total"]) << i;
  }
}

TEST(Review, GoldenJsonAndSummaryReport) {
  EXPECT_EQ(testing::ReadSource("tests/golden/examples-review.json"),
            RunCli({"review", "-f", "json", "examples/"}).out)
      << "golden examples-review.json differs; if intended, run scripts/update-golden.sh";
  EXPECT_EQ(testing::ReadSource("tests/golden/review-batch-summary.md"),
            RunCli({"report", "--summary", "tests/review-batch/"}).out)
      << "golden review-batch-summary.md differs; if intended, run scripts/update-golden.sh";
}

TEST(Review, SummaryReportStatesTheFigures) {
  const Outcome o = RunCli({"report", "--summary", "tests/review-batch/"});
  EXPECT_EQ(o.code, 2);  // c1-broken.yaml could not be scored
  EXPECT_NE(o.out.find("自评高于重算的 2 份，合计高报 19.61 分"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("| 示例县第一中学 | 2 | 1 |"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("4. 示例-业务培训 自评 100、重算 100.00、复核 77.00 中"), std::string::npos)
      << o.out;
  const Outcome html = RunCli({"report", "--summary", "-f", "html", "tests/review-batch/"});
  EXPECT_NE(html.out.find("<h2>二、得分变化情况</h2>"), std::string::npos) << html.out;
}

TEST(Review, SplitWritesOneDraftPerFormAndNeverOverwrites) {
  const std::string dir = testing::TempDir("split") + "/drafts";
  const std::string seed = "examples/01-seed-chengde-2021.yaml";
  const std::string second = "examples/02-tianchang-shuihanzaihai-2022.yaml";
  Outcome o = RunCli({"report", "--split", dir, seed, second});
  EXPECT_EQ(o.code, 0) << o.err;
  EXPECT_EQ(o.out, "");
  std::ifstream draft(dir + "/001-01-seed-chengde-2021.md", std::ios::binary);
  std::ostringstream text;
  text << draft.rdbuf();
  EXPECT_EQ(text.str(), RunCli({"report", seed}).out);
  EXPECT_TRUE(fs::exists(dir + "/002-02-tianchang-shuihanzaihai-2022.md"));
  o = RunCli({"report", "--split", dir, seed});
  EXPECT_EQ(o.code, 3);
  EXPECT_NE(o.err.find("is not empty"), std::string::npos) << o.err;
}

// The reviewer's columns (tests/review-batch/a4-reviewed.yaml, arithmetic in the file).
TEST(Review, ReviewerColumnsAreCheckedAndPrinted) {
  const std::string file = "tests/review-batch/a4-reviewed.yaml";
  Outcome o = RunCli({file});
  EXPECT_NE(o.out.find("reviewed 77.00 中（王复核 2025-03-15）"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("[reviewed 25（无签到表，扣15分）]"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("error ES801"), std::string::npos) << o.out;    // 12 of 10
  EXPECT_NE(o.out.find("warning ES802"), std::string::npos) << o.out;  // 10 of 20, no reason
  EXPECT_NE(o.out.find("info ES803"), std::string::npos) << o.out;  // 培训合格率 not reviewed
  EXPECT_EQ(o.out.find("ES804"), std::string::npos) << o.out;       // reviewer and date given
  o = RunCli({"-q", "tests/review-batch/"});  // the summary table gains a reviewed column
  EXPECT_NE(o.out.find("    1    2  77.00 中\n"), std::string::npos) << o.out;
  o = RunCli({"-f", "csv", file});
  EXPECT_NE(o.out.find(",,77.00,中\r\n"), std::string::npos) << o.out;
  o = RunCli({"-f", "markdown", "tests/review-batch/"});  // the summary table too
  EXPECT_NE(o.out.find("| 0 | 1 | — |\n"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("| 1 | 2 | 77.00 中 |\n"), std::string::npos) << o.out;
  o = RunCli({"-f", "markdown", file});
  EXPECT_NE(o.out.find("| 复核得分 | 复核意见 |"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("| 25 | 无签到表，扣15分 |"), std::string::npos) << o.out;
  o = RunCli({"-f", "html", file});
  EXPECT_NE(o.out.find("<th>复核得分</th><th>复核意见</th>"), std::string::npos) << o.out;
  const Json j = Json::parse(RunCli({"-f", "json", file}).out)["projects"][0];
  EXPECT_EQ(j["review"]["total"], 77.0);
  EXPECT_EQ(j["review"]["reviewer"], "王复核");
  EXPECT_EQ(j["indicators"][0]["review_score"], 25.0);
}

TEST(Review, ReviewScoresWithoutReviewerAreFlagged) {
  const std::string dir = testing::TempDir("unsigned");
  testing::Write(dir + "/r.yaml",
                 "format: evalscore/1\nproject: {name: 甲}\nindicators:\n  产出指标:\n"
                 "    数量指标:\n      - {name: a, target: '>=10', actual: '10', points: 90, "
                 "复核得分: 90}\n");
  const Outcome o = RunCli({dir + "/r.yaml"});
  EXPECT_NE(o.out.find("info ES804"), std::string::npos) << o.out;
  EXPECT_EQ(o.out.find("ES802"), std::string::npos) << o.out;  // full marks: no deduction
}

// --group-by in every format, with the over-statement columns. 示例县教育局: totals 99.5,
// 86.39, 92.5, 100 → 378.39 / 4 = 94.60; reported − recomputed 0, 13.61, 0, 0 → +3.40.
TEST(Review, GroupByInEveryFormat) {
  const std::vector<std::string> args = {"--group-by", "department", "tests/review-batch/"};
  const auto run = [&](const std::string& format) {
    std::vector<std::string> a = {"-f", format};
    a.insert(a.end(), args.begin(), args.end());
    return RunCli(a).out;
  };
  EXPECT_NE(
      run("markdown").find("| 示例县教育局 | 4 | 0 | 94.60 | 优:3 良:1 | 75.00% | 0 | +3.40 | 1 |"),
      std::string::npos);
  EXPECT_NE(run("html").find("<h2>按主管部门汇总</h2>"), std::string::npos);
  EXPECT_NE(run("csv").find("department,示例县教育局,4,0,94.60,优:3 良:1,75,60,0,3.40,1\r\n"),
            std::string::npos)
      << run("csv");
  const Json j = Json::parse(run("json"));
  EXPECT_EQ(j["summary"]["groups"][1]["mean_overstatement"], 3.4);
  EXPECT_EQ(j["summary"]["groups"][1]["overstating"], 1);
  EXPECT_NE(RunCli({"-q", "--group-by", "department", "tests/review-batch/"}).out.find("+3.40"),
            std::string::npos);
}

TEST(Review, CsvIsRefused) { EXPECT_EQ(RunCli({"review", "-f", "csv", "examples/"}).code, 3); }

}  // namespace
}  // namespace evalscore::cli
