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
  EXPECT_EQ(h["files"], 7);
  EXPECT_EQ(h["scored"], 6);
  EXPECT_EQ(h["could_not_be_scored"], 1);  // c1-broken.yaml
  EXPECT_EQ(h["incomplete"], 1);           // b2: a 60-point table
  // (99.5 + 86.39 + 92.5 + 100 + 54 + 100) / 6 = 532.39 / 6 = 88.7317 (the batch summary's mean)
  EXPECT_NEAR(h["mean_total"].get<double>(), 532.39 / 6, 1e-9);
  // on the 100-point scale b2 counts 54 / 60 × 100 = 90: 568.39 / 6
  EXPECT_NEAR(h["mean_total_pct"].get<double>(), 568.39 / 6, 1e-9);
  // a2 100 − 86.39 = 13.61 and b2 60 − 54 = 6 over-state; b3 95 − 100 under-states.
  EXPECT_EQ(h["overstating"], 2);
  EXPECT_NEAR(h["over_points"].get<double>(), 19.61, 1e-9);
  EXPECT_EQ(h["understating"], 1);
  EXPECT_EQ(h["grade_changes"], 2);        // a2 优 → 良; b2 60 (中) → 54 (差)
  EXPECT_EQ(h["full_marks_no_money"], 1);  // a3: 25% spent, 92.5 self-scored
}

TEST(Review, IncompleteFormsAreRankedApart) {
  const Json d = ReviewJson({"tests/review-batch/"});
  EXPECT_EQ(d["top_overstating"], Json::array({2}));              // a2 only
  EXPECT_EQ(d["incomplete_overstating"], Json::array({5}));       // b2, marked apart
  EXPECT_NEAR(Form(d, 5)["over_pct"].get<double>(), 10.0, 1e-9);  // 100 − 90
  EXPECT_TRUE(Form(d, 5)["incomplete"].get<bool>());
  // Attention: problems by over-statement, then the file that could not be scored.
  EXPECT_EQ(d["attention"], Json::array({2, 5, 3, 7}));
  EXPECT_TRUE(Form(d, 3)["full_marks_no_money"].get<bool>());
}

TEST(Review, GroupsPerDepartment) {
  const Json d = ReviewJson({"tests/review-batch/"});
  ASSERT_EQ(d["by_department"].size(), 2u);
  const Json& edu = d["by_department"][0];  // the most over-stating first
  EXPECT_EQ(edu["key"], "示例县教育局");
  EXPECT_NEAR(edu["mean_over_pct"].get<double>(), 13.61 / 3, 1e-9);  // (0 + 13.61 + 0) / 3
  // 20 / 80 + 40 / 50 + 95 / 100 = 0.25 + 0.8 + 0.95 = 2 → mean 2 / 3
  EXPECT_NEAR(edu["mean_rate"].get<double>(), 2.0 / 3, 1e-9);
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

TEST(Review, CsvIsRefused) { EXPECT_EQ(RunCli({"review", "-f", "csv", "examples/"}).code, 3); }

}  // namespace
}  // namespace evalscore::cli
