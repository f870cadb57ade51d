// --lang zh: every message the core writes has a Chinese template in the catalogue.
#include <filesystem>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>

#include "evalscore/check.h"
#include "evalscore/load_profile.h"
#include "evalscore/load_project.h"

#include "../unit/test_util.h"
#include "cli/inputs.h"
#include "cli/run.h"
#include "cli/style.h"
#include "cli_test_util.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;

// True when `m` (and any message inside it) has a catalogue entry with Chinese.
bool HasChinese(const Message& m) {
  const MessageTemplate* t = FindMessageTemplate(m.id);
  if (t == nullptr || *t->zh == '\0') return false;
  for (const MessageArg& a : m.args) {
    for (const Message& inner : a.nested) {
      if (!HasChinese(inner)) return false;
    }
  }
  return true;
}

// Every finding on every example and every input error of the bad-input
// corpus (the corpus covers each error message of the loader).
TEST(Lang, EveryFindingAndInputErrorIsTranslated) {
  size_t checked = 0;
  for (const char* dir :
       {"examples", "tests/bad-input", "tests/zh-keys", "tests/encodings", "tests/yaml-slips"}) {
    for (const auto& entry : fs::directory_iterator(testing::SourcePath(dir))) {
      if (entry.path().extension() != ".yaml") continue;
      auto text = ReadInputFile(entry.path().string(), "auto");
      if (!text) {
        for (const Error& e : text.error()) {
          EXPECT_TRUE(HasChinese(e.message)) << e.message.id;
          ++checked;
        }
        continue;
      }
      auto project = LoadProject(text.value());
      if (!project) {
        for (const Error& e : project.error()) {
          EXPECT_TRUE(HasChinese(e.message)) << e.message.id;
          ++checked;
        }
        continue;
      }
      const RuleProfile profile = DefaultProfile();
      const ProjectScore score = ScoreProject(project.value(), profile);
      for (const Diagnostic& d : CheckProject(project.value(), score, profile)) {
        EXPECT_TRUE(HasChinese(d.message)) << d.code << ": " << d.message.id;
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 80u);
}

TEST(Lang, NumbersAndNamesKept) {
  const Message differs{
      "ES302.score_differs",
      {TextArg("indicator", "系统故障率"), NumberArg("reported", 9, "9"),
       NumberArg("score", 8.62, "8.62"), TextArg("target", "43.2"), TextArg("actual", "37.24")}};
  EXPECT_EQ(RenderMessage(differs, Lang::kEn),
            "'系统故障率': reported 得分 9, recomputed 8.62 (43.2 → 37.24)");
  // 重算得分: evalscore's recomputation (复核得分 is the reviewer's column).
  EXPECT_EQ(RenderMessage(differs, Lang::kZh),
            "“系统故障率”：填报得分 9，重算得分 8.62（43.2 → 37.24）");
  const Message units{
      "ES312.row_error",
      {TextArg("indicator", "a"),
       NestedArg("note", {"note.units_differ",
                          {TextArg("target_unit", "人"), TextArg("actual_unit", "人次")}})}};
  EXPECT_EQ(RenderMessage(units, Lang::kEn),
            "'a': units differ: target in '人', actual in '人次'; scored 0");
  EXPECT_EQ(RenderMessage(units, Lang::kZh),
            "“a”：计量单位不同：指标值为“人”，完成值为“人次”；计 0 分");
}

// The text report, explain and check in Chinese carry no English labels: every
// ASCII word left is a code, a name, a unit, a profile or a path.
TEST(Lang, ChineseTextOutputHasNoEnglishWords) {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"examples/"},
           {"explain", "examples/05-suixi-linshijiuzhu-2019.yaml"},
           {"check", "tests/bad-input/"}}) {
    std::vector<std::string> full = {"evalscore", "--no-config", "--lang", "zh"};
    full.insert(full.end(), args.begin(), args.end());
    const std::filesystem::path before = std::filesystem::current_path();
    std::filesystem::current_path(EVALSCORE_SOURCE_DIR);
    std::istringstream in;
    std::ostringstream out, err;
    cli::Run(full, in, out, err);
    std::filesystem::current_path(before);
    for (const char* word : {" scored", "reported", "warning", "error:", " rule ", "target",
                             "actual", " met", "findings", "total", "qualitative", "blank"}) {
      // Paths and [NAMES] may hold these words; check the text around them.
      std::string text = out.str();
      text = std::regex_replace(text, std::regex(R"(\S+\.yaml(:\d+)*)"), "");
      text = std::regex_replace(text, std::regex(R"(\[[A-Z_]+\])"), "");
      // Key paths (funds.total.budget) and YAML snippets (blank: true) are identifiers.
      text =
          std::regex_replace(text, std::regex(R"([a-z_]+(\.[a-z_]+)+|[a-z_]+: (true|false))"), "");
      EXPECT_EQ(text.find(word), std::string::npos) << args.front() << ": '" << word << "' in\n"
                                                    << text.substr(0, 3000);
    }
  }
}

// `evalscore --no-config --lang zh ARGS...` from the source directory: stdout + stderr.
std::string RunZh(const std::vector<std::string>& args) {
  std::vector<std::string> full = {"evalscore", "--no-config", "--lang", "zh"};
  full.insert(full.end(), args.begin(), args.end());
  const fs::path before = fs::current_path();
  fs::current_path(EVALSCORE_SOURCE_DIR);
  std::istringstream in;
  std::ostringstream out, err;
  cli::Run(full, in, out, err);
  fs::current_path(before);
  return out.str() + err.str();
}

// Bug (#12): `explain --lang zh ES107` printed the English summary and fix.
TEST(Lang, ExplainCheckInChinese) {
  const std::string text = RunZh({"explain", "ES107"});
  EXPECT_NE(text.find("预算执行率偏低，绩效指标却（接近）满分"), std::string::npos) << text;
  EXPECT_NE(text.find("如何更正：大部分资金未支出"), std::string::npos) << text;
  EXPECT_EQ(text.find("indicators are"), std::string::npos) << text;
  EXPECT_EQ(text.find("How to fix"), std::string::npos) << text;
}

// Bug (#12): YAML syntax errors stayed English under --lang zh (a rule profile's
// always; a project file's when yaml-cpp's words were not one of the explained ones).
TEST(Lang, YamlSyntaxErrorsInChinese) {
  const std::string dir = testing::TempDir("lang_yaml_syntax");
  testing::Write(dir + "/p.yaml", "format: evalscore/1\nproject: [a, b\n");
  const std::string project = RunZh({dir + "/p.yaml"});
  EXPECT_NE(project.find("p.yaml:2:10: 错误: YAML 语法错误：“[”缺少对应的“]”"), std::string::npos)
      << project;
  testing::Write(dir + "/ok.yaml", "format: evalscore/1\nproject: {name: x}\nindicators: {}\n");
  testing::Write(dir + "/rules.yaml", "name: bad\nbudget: [1, 2\n");
  const std::string rules = RunZh({"--rules", dir + "/rules.yaml", dir + "/ok.yaml"});
  EXPECT_NE(rules.find("rules.yaml:3:1：YAML 语法错误：“[”缺少对应的“]”"), std::string::npos)
      << rules;
  EXPECT_EQ(rules.find("YAML syntax"), std::string::npos) << rules;
}

// Usage errors of the commands were English whatever --lang said.
TEST(Lang, UsageErrorsInChinese) {
  const std::string seed = "examples/01-seed-chengde-2021.yaml";
  EXPECT_EQ(RunZh({"-f", "xlsx", seed}), "evalscore: 错误: -f xlsx 需要 -o 文件.xlsx\n");
  EXPECT_EQ(RunZh({"-o", seed, seed}),
            "evalscore: 错误: -o " + seed + " 就是输入 " + seed + "；不会用报告覆盖表\n");
  EXPECT_EQ(RunZh({"init", "README.md"}), "evalscore: 错误: README.md 已存在；init 从不覆盖文件\n");
  const std::string none = RunZh({"check"});
  EXPECT_EQ(none,
            "evalscore: 错误: 没有输入：请给出项目文件、目录，或用 - 表示标准输入\n"
            "运行 evalscore --help 查看用法。\n");
}

// -v's lines were English whatever --lang said (a form's notes were rendered in English).
TEST(Lang, VerboseLinesInChinese) {
  const std::string text = RunZh({"-v", "-j", "1", "tests/fixtures/forms/three.xlsx"});
  EXPECT_NE(text.find("evalscore: 1 个输入，1 个并行任务，配置 （无），评分规则 central-2020"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("evalscore: tests/fixtures/forms/three.xlsx：工作表“旧版”已隐藏：不读取"),
            std::string::npos)
      << text;
  EXPECT_EQ(text.find("hidden"), std::string::npos) << text;
  EXPECT_EQ(text.find(" input"), std::string::npos) << text;
}

TEST(Lang, ChosenFromTheEnvironment) {
  ::setenv("LC_ALL", "zh_CN.UTF-8", 1);
  EXPECT_EQ(DecideLang(""), Lang::kZh);
  EXPECT_EQ(DecideLang("en"), Lang::kEn);
  ::setenv("LC_ALL", "C.UTF-8", 1);
  EXPECT_EQ(DecideLang(""), Lang::kEn);
  ::unsetenv("LC_ALL");
}

TEST(Color, OnlyOnATerminalAndNeverWithNoColor) {
  ::unsetenv("NO_COLOR");
  ::setenv("TERM", "xterm", 1);
  EXPECT_TRUE(DecideColor("auto", true));
  EXPECT_FALSE(DecideColor("auto", false));
  EXPECT_TRUE(DecideColor("always", false));
  ::setenv("NO_COLOR", "1", 1);
  EXPECT_FALSE(DecideColor("auto", true));
  EXPECT_TRUE(DecideColor("always", true));  // the flag beats the environment
  EXPECT_FALSE(DecideColor("never", true));
  ::unsetenv("NO_COLOR");
  ::setenv("TERM", "dumb", 1);
  EXPECT_FALSE(DecideColor("auto", true));
}

}  // namespace
}  // namespace evalscore::cli
