// Helpers of the CLI tests: run evalscore in-process from the source tree.
#ifndef EVALSCORE_TESTS_CLI_TEST_UTIL_H_
#define EVALSCORE_TESTS_CLI_TEST_UTIL_H_

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

// A fresh, empty directory under the system's temporary directory.
inline std::string TempDir(const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("evalscore_test_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

inline void Write(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace evalscore::testing

#endif  // EVALSCORE_TESTS_CLI_TEST_UTIL_H_
