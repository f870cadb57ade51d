// Bad and hostile input: every case gets its exact message and exit code, and
// a batch never loses a file (tests/bad-input/expected.tsv lists the cases).
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "../unit/test_util.h"
#include "cli/inputs.h"
#include "cli/run.h"
#include "cli_test_util.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;
using testing::Outcome;
using testing::RunCli;
using testing::TempDir;
using testing::Write;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream s(text);
  for (std::string line; std::getline(s, line);) lines.push_back(line);
  return lines;
}

bool HasLine(const std::string& text, const std::string& line) {
  for (const std::string& l : Lines(text)) {
    if (l == line) return true;
  }
  return false;
}

TEST(BadInput, EveryCaseHasItsExactMessageAndExitCode) {
  size_t cases = 0;
  for (const std::string& line : Lines(testing::ReadSource("tests/bad-input/expected.tsv"))) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab1 = line.find('\t');
    const size_t tab2 = line.find('\t', tab1 + 1);
    const std::string file = line.substr(0, tab1);
    const int code = std::stoi(line.substr(tab1 + 1, tab2 - tab1 - 1));
    const std::string message = line.substr(tab2 + 1);
    const Outcome o = RunCli({"tests/bad-input/" + file});
    EXPECT_EQ(o.code, code) << file;
    EXPECT_TRUE(HasLine(o.out, message)) << file << "\nexpected: " << message << "\ngot:\n"
                                         << o.out;
    ++cases;
  }
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(testing::SourcePath("tests/bad-input"))) {
    files += e.path().extension() == ".yaml";
  }
  EXPECT_EQ(cases, files) << "every file in tests/bad-input/ needs a line in expected.tsv";
}

TEST(BadInput, WholeDirectoryReportsEveryFileAndExits2) {
  const Outcome o = RunCli({"-f", "json", "tests/bad-input/"});
  EXPECT_EQ(o.code, 2);
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(testing::SourcePath("tests/bad-input"))) {
    files += e.path().extension() == ".yaml";
  }
  EXPECT_NE(o.out.find("\"files\": " + std::to_string(files)), std::string::npos);
}

// Nothing lost: inputs found = projects scored + files reported as errors, in
// every format.
TEST(BadInput, NothingLostInEveryFormat) {
  const fs::path before = fs::current_path();
  fs::current_path(EVALSCORE_SOURCE_DIR);
  const size_t inputs = DiscoverInputs({"examples/", "tests/bad-input/"}).size();
  fs::current_path(before);
  ASSERT_GT(inputs, 30u);
  const Outcome csv = RunCli({"-f", "csv", "examples/", "tests/bad-input/"});
  size_t scored = 0, errors = 0;
  for (const std::string& l : Lines(csv.out)) {
    scored += l.find(",scored,") != std::string::npos;
    errors += l.find(",error,") != std::string::npos;
  }
  EXPECT_EQ(scored + errors, inputs);
  EXPECT_EQ(Lines(csv.out).size(), inputs + 1);  // + header
  const Outcome json = RunCli({"-f", "json", "examples/", "tests/bad-input/"});
  EXPECT_NE(json.out.find("\"scored\": " + std::to_string(scored)), std::string::npos);
  EXPECT_NE(json.out.find("\"errors\": " + std::to_string(errors)), std::string::npos);
  const Outcome text = RunCli({"examples/", "tests/bad-input/"});
  EXPECT_NE(text.out.find(std::to_string(inputs) + " files: " + std::to_string(scored) +
                          " scored, " + std::to_string(errors) + " could not be scored"),
            std::string::npos);
  EXPECT_EQ(csv.code, 2);
}

TEST(BadInput, DirectoryNamedLikeAFile) {
  const std::string dir = TempDir("dir");
  fs::create_directories(dir + "/looks-like.yaml");
  const Outcome o = RunCli({dir + "/looks-like.yaml"});
  EXPECT_EQ(o.code, 2);
  EXPECT_NE(o.out.find("no files matching *.yaml, *.yml, *.xlsx, *.xlsm, *.xls, *.docx in this "
                       "directory"),
            std::string::npos);
  EXPECT_EQ(En(ReadInputFile(dir, "auto").error().front().message), "is a directory");
}

TEST(BadInput, SymlinkLoopIsWalkedOnce) {
  const std::string dir = TempDir("loop");
  std::ofstream(dir + "/a.yaml") << "format: evalscore/1\nproject: {name: a}\nindicators: {}\n";
  fs::create_directory_symlink(dir, dir + "/again");
  fs::create_directory_symlink(dir + "/again", dir + "/again2");
  const InputList inputs = DiscoverInputs({dir});
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(inputs.At(0).path, dir + "/a.yaml");
}

TEST(BadInput, DirectoryNamedTwiceIsWalkedOnce) {
  const fs::path before = fs::current_path();
  fs::current_path(EVALSCORE_SOURCE_DIR);
  const InputList inputs = DiscoverInputs({"examples/", "examples", "./examples/"});
  fs::current_path(before);
  EXPECT_EQ(inputs.size(), 11u);
  for (size_t i = 0; i < inputs.size(); ++i) {
    EXPECT_FALSE(inputs.At(i).problem.has_value()) << inputs.At(i).path;
  }
}

TEST(BadInput, VeryLargeFileRefused) {
  const std::string dir = TempDir("large");
  {
    std::ofstream big(dir + "/big.yaml", std::ios::binary);
    const std::string line(1023, '#');
    for (size_t i = 0; i < (kMaxFileBytes >> 10) + 1; ++i) big << line << '\n';
  }
  const Outcome o = RunCli({dir + "/big.yaml"});
  EXPECT_EQ(o.code, 2);
  EXPECT_TRUE(
      HasLine(o.out, dir + "/big.yaml: error: larger than 16 MiB; a project file is a few KiB"))
      << o.out;
}

TEST(BadInput, UnreadableFile) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every file";
  const std::string dir = TempDir("unreadable");
  std::ofstream(dir + "/secret.yaml") << "format: evalscore/1\n";
  ::chmod((dir + "/secret.yaml").c_str(), 0);
  const Outcome o = RunCli({dir + "/secret.yaml"});
  EXPECT_EQ(o.code, 2);
  EXPECT_NE(o.out.find("cannot open: Permission denied"), std::string::npos);
}

TEST(BadInput, InvalidUtf8FileNameIsEscaped) {
  EXPECT_EQ(DisplayPath("a\xff"
                        "b.yaml"),
            "a\\xFFb.yaml");
  EXPECT_EQ(DisplayPath("项目.yaml"), "项目.yaml");
}

TEST(Encodings, GbkDetectedAndDecoded) {
  const Outcome o = RunCli({"-f", "csv", "tests/encodings/gbk.yaml", "tests/encodings/utf8.yaml",
                            "tests/encodings/utf8-bom.yaml"});
  EXPECT_EQ(o.code, 0) << o.out;
  const std::vector<std::string> rows = Lines(o.out);
  ASSERT_EQ(rows.size(), 4u);
  // All three encodings give the same row (after the path): 90/100 × 90 = 81;
  // funds 80/100 × 10 = 8; total 89.
  const auto tail = [](const std::string& row) { return row.substr(row.find(",scored,")); };
  EXPECT_NE(rows[1].find(",scored,编码测试项目,,财政局,"), std::string::npos) << rows[1];
  EXPECT_NE(rows[1].find(",89.00,"), std::string::npos) << rows[1];
  EXPECT_EQ(tail(rows[1]), tail(rows[2]));
  EXPECT_EQ(tail(rows[2]), tail(rows[3]));
}

TEST(Encodings, ForcedEncodings) {
  const Outcome strict = RunCli({"--encoding", "utf-8", "tests/encodings/gbk.yaml"});
  EXPECT_EQ(strict.code, 2);
  EXPECT_NE(strict.out.find("not valid UTF-8 (--encoding utf-8) (byte offset"), std::string::npos);
  EXPECT_EQ(RunCli({"--encoding", "gbk", "tests/encodings/gbk.yaml"}).code, 0);
}

}  // namespace
}  // namespace evalscore::cli
