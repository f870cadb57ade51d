// -f xlsx writes each report as it comes (issue 11 item 14); its temporary
// files live in a private directory under $TMPDIR that goes with the renderer,
// whether or not the workbook was finished.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cli/documents.h"
#include "cli/profiles.h"
#include "cli/render.h"
#include "cli/score_file.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;

// $TMPDIR pointed at a fresh, empty directory while the object lives.
class ScopedTmpdir {
 public:
  ScopedTmpdir()
      : path_(fs::temp_directory_path() /
              ("evalscore_xlsx_stream_test." + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
    if (const char* old = std::getenv("TMPDIR")) old_ = old;
    ::setenv("TMPDIR", path_.c_str(), 1);
  }
  ~ScopedTmpdir() {
    old_ ? ::setenv("TMPDIR", old_->c_str(), 1) : ::unsetenv("TMPDIR");
    fs::remove_all(path_);
  }
  ScopedTmpdir(const ScopedTmpdir&) = delete;
  ScopedTmpdir& operator=(const ScopedTmpdir&) = delete;

  const fs::path& path() const { return path_; }
  std::vector<std::string> Entries() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(path_)) names.push_back(e.path().filename());
    return names;
  }

 private:
  fs::path path_;
  std::optional<std::string> old_;
};

FileReport Seed() {
  std::ifstream in(std::string(EVALSCORE_SOURCE_DIR) + "/examples/01-seed-chengde-2021.yaml",
                   std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  ProfileProvider profiles("", "", "");
  return ScoreText("seed.yaml", Result<std::string>(text.str()), &profiles);
}

TEST(XlsxStream, PrivateDirectoryWhileWritingNothingLeftAfter) {
  ScopedTmpdir tmp;
  const std::string out = (tmp.path() / "out.xlsx").string();
  std::string error;
  auto renderer = MakeXlsxRenderer(RenderOptions{}, out, &error);
  ASSERT_EQ(error, "");
  std::vector<std::string> during = tmp.Entries();
  std::sort(during.begin(), during.end());
  // The output zip, which the form sheets go into as they come, and the private directory.
  ASSERT_EQ(during.size(), 2u);
  EXPECT_EQ(during[0].rfind("evalscore-xlsx.", 0), 0u) << during[0];
  EXPECT_EQ(during[1], "out.xlsx");
  struct stat st {};
  ASSERT_EQ(::stat((tmp.path() / during[0]).c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0700u);
  const FileReport seed = Seed();
  ASSERT_EQ(seed.status, FileStatus::kScored);
  renderer->Add(seed);
  renderer->Add(seed);
  renderer->Finish();
  EXPECT_EQ(error, "");
  EXPECT_EQ(tmp.Entries(), std::vector<std::string>{"out.xlsx"});  // the private directory went
  std::ifstream book(out, std::ios::binary);
  std::string magic(2, '\0');
  book.read(magic.data(), 2);
  EXPECT_EQ(magic, "PK");  // a zip
}

// A run that ends before Finish() (an error elsewhere) leaves no temporary
// file or directory; the unfinished output (the form sheets written so far) is
// the caller's to drop, as OutputFile does with an uncommitted -o file.
TEST(XlsxStream, AbandonedWorkbookLeavesNothing) {
  ScopedTmpdir tmp;
  std::string error;
  {
    auto renderer = MakeXlsxRenderer(RenderOptions{}, (tmp.path() / "out.xlsx").string(), &error);
    renderer->Add(Seed());
    EXPECT_EQ(tmp.Entries().size(), 2u);  // the private directory and the output
  }
  EXPECT_EQ(error, "");
  EXPECT_EQ(tmp.Entries(), std::vector<std::string>{"out.xlsx"});
  // The form sheet was written, but no central directory: no reader takes it for a workbook.
  std::ifstream in(tmp.path() / "out.xlsx", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(bytes.rfind("PK\x03\x04", 0), 0u);                             // an entry
  EXPECT_EQ(bytes.find(std::string("PK\x05\x06", 4)), std::string::npos);  // no end record
}

}  // namespace
}  // namespace evalscore::cli
