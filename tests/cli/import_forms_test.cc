// evalscore import writes each form as it is read (issue 11 item 14: nothing
// of a form is kept): what it says stays in the order it always had, and a
// .yaml -o still names the file only when the batch has exactly one form.
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "cli_test_util.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;
using testing::Outcome;
using testing::RunCli;
using testing::TempDir;

const std::string kForms = "tests/fixtures/forms/";

// Lines of the inputs that are no files first (the empty directory, stdin),
// then one line a form in input order, the unreadable one among them.
TEST(ImportForms, LinesKeepTheirOrder) {
  const std::string empty = TempDir("import_order_empty");
  const std::string out = TempDir("import_order_out");
  const Outcome o = RunCli({"import", "-o", out, empty, kForms + "central.xlsx",
                            "tests/no-such-form.xlsx", kForms + "wps.xlsx", "-"});
  EXPECT_EQ(o.code, 2);
  EXPECT_EQ(o.err, empty + ": error: no files matching *.xlsx, *.xlsm, *.xls, *.docx in this " +
                       "directory\n" + "-: error: import reads files, not standard input\n" +
                       "evalscore: " + kForms + "central.xlsx → " + out + "/central.yaml\n" +
                       "tests/no-such-form.xlsx: error: cannot open: No such file or directory\n" +
                       "evalscore: " + kForms + "wps.xlsx → " + out + "/wps.yaml\n");
  EXPECT_TRUE(fs::is_regular_file(out + "/central.yaml"));
  EXPECT_TRUE(fs::is_regular_file(out + "/wps.yaml"));
}

TEST(ImportForms, YamlOutputNamesTheFileOfTheOnlyForm) {
  const std::string dir = TempDir("import_one");
  const Outcome one = RunCli({"import", "-o", dir + "/x.yaml", kForms + "central.xlsx"});
  ASSERT_EQ(one.code, 0) << one.err;
  EXPECT_TRUE(fs::is_regular_file(dir + "/x.yaml"));
  // Two forms: the first, held until the second showed up, goes into the
  // directory too (as both did when every form was read before writing).
  const Outcome two =
      RunCli({"import", "-o", dir + "/y.yaml", kForms + "central.xlsx", kForms + "wps.xlsx"});
  ASSERT_EQ(two.code, 0) << two.err;
  EXPECT_TRUE(fs::is_regular_file(dir + "/y.yaml/central.yaml"));
  EXPECT_TRUE(fs::is_regular_file(dir + "/y.yaml/wps.yaml"));
}

}  // namespace
}  // namespace evalscore::cli
