// Exit codes that never hide a gate, usage errors in the tool's format and
// language, and output-file errors naming the file the user gave.
#include <filesystem>
#include <sstream>

#include <gtest/gtest.h>

#include "cli/run.h"
#include "cli_test_util.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;
using testing::Outcome;
using testing::RunCli;

// `evalscore ARGS...` exactly as given (no --lang added), from the source dir.
Outcome RunRaw(std::vector<std::string> args) {
  const fs::path before = fs::current_path();
  fs::current_path(EVALSCORE_SOURCE_DIR);
  args.insert(args.begin(), {"evalscore", "--no-config"});
  std::istringstream in;
  std::ostringstream out, err;
  const int code = Run(args, in, out, err);
  fs::current_path(before);
  return {code, out.str(), err.str()};
}

const char* kSeed = "examples/01-seed-chengde-2021.yaml";                  // recomputed 92.40
const char* kTianchang = "examples/02-tianchang-shuihanzaihai-2022.yaml";  // 100.00

TEST(ExitCodes, UnscorableFilesAndFailingProjectsAreBothNamed) {
  const Outcome o =
      RunCli({"-q", "--fail-under", "95", kSeed, kTianchang, "tests/bad-input/empty.yaml"});
  EXPECT_EQ(o.code, 2);  // 2 (unscorable) wins over 1 (gate), but both are said
  EXPECT_NE(o.err.find("1 of 3 inputs could not be scored: tests/bad-input/empty.yaml"),
            std::string::npos)
      << o.err;
  EXPECT_NE(o.err.find("scored below --fail-under 95: " + std::string(kSeed) + "\n"),
            std::string::npos)
      << o.err;
}

TEST(ExitCodes, TheVerdictLinesFollowTheLanguage) {
  const Outcome o = RunRaw({"--lang", "zh", "-q", "--fail-under", "95", kSeed, kTianchang,
                            "tests/bad-input/empty.yaml"});
  EXPECT_EQ(o.code, 2);
  EXPECT_EQ(o.err,
            "evalscore: 3 个输入中有 1 个无法评分：tests/bad-input/empty.yaml\n"
            "evalscore: 3 个项目中有 1 个总分低于 --fail-under 95：" +
                std::string(kSeed) + "\n");
}

TEST(ExitCodes, FailUnderBoundaryEqualPasses) {
  EXPECT_EQ(RunCli({"--fail-under", "92.4", kSeed}).code, 0);   // 92.40 < 92.4 is false
  EXPECT_EQ(RunCli({"--fail-under", "92.41", kSeed}).code, 1);  // 92.40 < 92.41
  EXPECT_EQ(RunCli({"--fail-under", "100", kTianchang}).code, 0);
  EXPECT_EQ(RunCli({"--fail-under", "0", kSeed}).code, 0);
}

TEST(ExitCodes, FailUnderOutside0To100IsAUsageError) {
  for (const char* bad : {"150", "-1", "100.5", "abc"}) {
    const Outcome o = RunCli({"--fail-under", bad, kSeed});
    EXPECT_EQ(o.code, 3) << bad;
    EXPECT_EQ(o.out, "") << bad;
    EXPECT_EQ(o.err, "evalscore: error: --fail-under must be a number from 0 to 100, not '" +
                         std::string(bad) + "'\nRun 'evalscore --help' for usage.\n");
  }
}

TEST(ExitCodes, ParseErrorsInTheToolsFormatAndLanguage) {
  const Outcome en = RunRaw({"--lang", "en", "--bogus", kSeed});
  EXPECT_EQ(en.code, 3);
  EXPECT_EQ(en.err,
            "evalscore: error: unknown option or argument: --bogus\n"
            "Run 'evalscore --help' for usage.\n");
  const Outcome zh = RunRaw({"--lang", "zh", "--bogus", kSeed});
  EXPECT_EQ(zh.code, 3);
  EXPECT_EQ(zh.err,
            "evalscore: 错误: 无法识别的选项或参数：--bogus\n运行 evalscore --help 查看用法。\n");
  const Outcome format = RunRaw({"--lang=zh", "-f", "yaml", kSeed});
  EXPECT_EQ(format.err,
            "evalscore: 错误: --format 只能是 text,csv,json,markdown,html,xlsx,sarif,github,gitlab "
            "之一，不能是“yaml”\n运行 evalscore --help 查看用法。\n");
  const Outcome range = RunRaw({"--lang", "zh", "--fail-under", "150", kSeed});
  EXPECT_EQ(range.err,
            "evalscore: 错误: --fail-under 必须是 0 到 100 之间的数，不能是“150”\n"
            "运行 evalscore --help 查看用法。\n");
  EXPECT_EQ(RunRaw({"--help"}).code, 0);
  EXPECT_EQ(RunRaw({"--version"}).code, 0);
}

TEST(ExitCodes, OutputErrorNamesTheFileGivenNotTheTemporaryFile) {
  const Outcome o = RunCli({"-o", "/nonexistent-evalscore-dir/scores.csv", kSeed});
  EXPECT_EQ(o.code, 3);
  EXPECT_EQ(o.err,
            "evalscore: error: cannot write /nonexistent-evalscore-dir/scores.csv: No such file or "
            "directory\n");
}

}  // namespace
}  // namespace evalscore::cli
