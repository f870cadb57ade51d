// The CLI tests' temporary directories (cli_test_util.h): private to the
// process, so two checkouts running the suite at the same time cannot collide.
#include <sys/stat.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "cli_test_util.h"

namespace evalscore::testing {
namespace {

namespace fs = std::filesystem;

TEST(TempDir, LivesInADirectoryOfItsOwnUnderTmpdir) {
  const fs::path dir = TempDir("private");
  // Was $TMPDIR/evalscore_test_private: the same path for every process.
  EXPECT_NE(dir, fs::temp_directory_path() / "evalscore_test_private");
  EXPECT_EQ(dir.filename(), "private");
  EXPECT_EQ(dir.parent_path(), TempRoot::Path());
  EXPECT_EQ(TempRoot::Path().parent_path(), fs::temp_directory_path());
  EXPECT_TRUE(fs::is_directory(dir));
  EXPECT_TRUE(fs::is_empty(dir));
  struct stat st {};
  ASSERT_EQ(::stat(TempRoot::Path().c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700u);
}

TEST(TempDir, AnotherProcessGetsAnotherRoot) {
  // What another process's first TempDir makes: mkdtemp never hands out a
  // directory that exists, so it is not this process's.
  const fs::path other = MakeTempRoot();
  EXPECT_NE(other, TempRoot::Path());
  EXPECT_TRUE(fs::is_directory(other));
  fs::remove(other);
}

TEST(TempDir, IsEmptiedWhenAskedAgain) {
  const std::string dir = TempDir("again");
  Write(dir + "/a.yaml", "x");
  EXPECT_TRUE(fs::is_empty(TempDir("again")));
}

}  // namespace
}  // namespace evalscore::testing
