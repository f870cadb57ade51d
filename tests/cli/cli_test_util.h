// Helpers of the CLI tests: run evalscore in-process from the source tree.
#ifndef EVALSCORE_TESTS_CLI_TEST_UTIL_H_
#define EVALSCORE_TESTS_CLI_TEST_UTIL_H_

#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run.h"

namespace evalscore::testing {

struct Outcome {
  int code;
  std::string out;
  std::string err;
};

// Runs `evalscore --no-config --lang=en ARGS...` from the source directory (so
// paths in the output are relative, as in the README), `stdin_text` as stdin.
inline Outcome RunCli(std::vector<std::string> args, const std::string& stdin_text = "") {
  namespace fs = std::filesystem;
  const fs::path before = fs::current_path();
  fs::current_path(EVALSCORE_SOURCE_DIR);
  args.insert(args.begin(), {"evalscore", "--no-config", "--lang=en"});
  std::istringstream in(stdin_text);
  std::ostringstream out, err;
  const int code = cli::Run(args, in, out, err);
  fs::current_path(before);
  return {code, out.str(), err.str()};
}

// A new directory private to the caller (mode 0700, mkdtemp) under $TMPDIR
// (else /tmp), so two checkouts running the suite at once never share one.
inline std::filesystem::path MakeTempRoot() {
  std::string pattern = (std::filesystem::temp_directory_path() / "evalscore_test.XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::filesystem::filesystem_error("mkdtemp", pattern,
                                            std::error_code(errno, std::generic_category()));
  }
  return pattern;
}

// This process's root of TempDir()s: made on first use, removed with all in it
// when the process exits (not by a forked child that exits through it).
class TempRoot {
 public:
  static const std::filesystem::path& Path() {
    static const TempRoot root;
    return root.path_;
  }
  TempRoot(const TempRoot&) = delete;
  TempRoot& operator=(const TempRoot&) = delete;

 private:
  TempRoot() : path_(MakeTempRoot()), owner_(::getpid()) {}
  ~TempRoot() {
    std::error_code ignored;
    if (::getpid() == owner_) std::filesystem::remove_all(path_, ignored);
  }
  std::filesystem::path path_;
  pid_t owner_;
};

// A fresh, empty directory `name` in this process's TempRoot.
inline std::string TempDir(const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path dir = TempRoot::Path() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

inline void Write(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace evalscore::testing

#endif  // EVALSCORE_TESTS_CLI_TEST_UTIL_H_
