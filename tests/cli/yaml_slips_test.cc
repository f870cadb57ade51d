// The YAML slips of a clerk typing a form by hand: each explained at its line,
// in English and in Chinese, with what to type instead
// (tests/yaml-slips/expected.tsv); and what forms print that is accepted as is.
#include <filesystem>
#include <sstream>

#include <gtest/gtest.h>

#include "evalscore/load_project.h"

#include "../unit/test_util.h"
#include "cli/run.h"
#include "cli_test_util.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;
using testing::Outcome;

// `evalscore --no-config --lang LANG FILE`, run from the source directory.
Outcome RunInLang(const std::string& lang, const std::string& file) {
  const fs::path before = fs::current_path();
  fs::current_path(EVALSCORE_SOURCE_DIR);
  std::istringstream in;
  std::ostringstream out, err;
  const int code = Run({"evalscore", "--no-config", "--lang", lang, file}, in, out, err);
  fs::current_path(before);
  return {code, out.str(), err.str()};
}

std::vector<std::string> Split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  std::istringstream s(text);
  for (std::string part; std::getline(s, part, sep);) parts.push_back(part);
  return parts;
}

bool HasLine(const std::string& text, const std::string& line) {
  for (const std::string& l : Split(text, '\n')) {
    if (l == line) return true;
  }
  return false;
}

TEST(YamlSlips, EachSlipIsExplainedInBothLanguages) {
  size_t cases = 0;
  for (const std::string& line :
       Split(testing::ReadSource("tests/yaml-slips/expected.tsv"), '\n')) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> cols = Split(line, '\t');
    ASSERT_EQ(cols.size(), 4u) << line;
    const std::string file = "tests/yaml-slips/" + cols[0];
    const Outcome en = RunInLang("en", file);
    const Outcome zh = RunInLang("zh", file);
    EXPECT_EQ(en.code, std::stoi(cols[1])) << file;
    EXPECT_EQ(zh.code, std::stoi(cols[1])) << file;
    EXPECT_TRUE(HasLine(en.out, cols[2])) << "expected: " << cols[2] << "\ngot:\n" << en.out;
    EXPECT_TRUE(HasLine(zh.out, cols[3])) << "expected: " << cols[3] << "\ngot:\n" << zh.out;
    ++cases;
  }
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(testing::SourcePath("tests/yaml-slips"))) {
    files += e.path().extension() == ".yaml";
  }
  EXPECT_EQ(cases, files) << "every file in tests/yaml-slips/ needs a line in expected.tsv";
}

const std::string kRows =
    "indicators:\n  产出指标:\n    数量指标:\n      - {name: a, target: 90%, actual: 95%, "
    "points: 10}\n";

TEST(YamlSlips, AnAmountWithThousandsSeparatorsIsOneAmountInAFlowRow) {
  // YAML splits {budget: 215,457.6} into budget: 215 and a key 457.6; written
  // with only the comma between them, the two are joined back.
  const auto r = LoadProject(
      "format: evalscore/1\nproject: {name: x}\nfunds:\n"
      "  total: {budget: 1,215,457.6, executed: 215,457}\n" +
      kRows);
  ASSERT_TRUE(r.has_value()) << En(r.error().front().message);
  EXPECT_DOUBLE_EQ(r.value().funds->total->budget->value, 1215457.6);
  EXPECT_DOUBLE_EQ(r.value().funds->total->executed->value, 215457);
}

TEST(YamlSlips, YearAsFormsPrintIt) {
  for (const char* year : {"2022年度", "2022年", "２０２２年度", "2022"}) {
    const auto r = LoadProject(std::string("format: evalscore/1\nproject: {name: x, year: ") +
                               year + "}\n" + kRows);
    ASSERT_TRUE(r.has_value()) << year << ": " << En(r.error().front().message);
    EXPECT_EQ(r.value().year->value, 2022) << year;
  }
  const auto bad = LoadProject("format: evalscore/1\nproject: {name: x, year: 22年度}\n" + kRows);
  EXPECT_FALSE(bad.has_value());
}

TEST(YamlSlips, TimesAndUrlsAreNotColonSlips) {
  const auto r = LoadProject(
      "format: evalscore/1\nproject: {name: x}\ngoals:\n  planned: 每天8:30前完成，见 "
      "http://example.org\n" +
      kRows);
  EXPECT_TRUE(r.has_value());
}

}  // namespace
}  // namespace evalscore::cli
