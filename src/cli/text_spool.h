// Text written now and copied out once at the end, kept in a file rather than
// in memory: a renderer that must write something it only knows at the end
// before what it gathers on the way (SARIF's exit code before its results)
// keeps nothing per form. The file is made in a private temporary directory
// (private_temp_dir.h) and unlinked at once, so nothing is left behind on any
// path out; when no such file can be made the text is kept in memory instead
// (the output stays right, only the memory grows).
#ifndef EVALSCORE_CLI_TEXT_SPOOL_H_
#define EVALSCORE_CLI_TEXT_SPOOL_H_

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace evalscore::cli {

class TextSpool {
 public:
  // `prefix` names the temporary directory ("evalscore-sarif").
  explicit TextSpool(const std::string& prefix);
  TextSpool(const TextSpool&) = delete;
  TextSpool& operator=(const TextSpool&) = delete;

  std::ostream& stream() { return *stream_; }
  bool in_file() const { return stream_ == &file_; }
  // Appends everything written so far to `out`; false (and `out` left as it
  // is, or with part of it) when writing or reading the spool failed.
  bool CopyTo(std::ostream& out);

 private:
  std::fstream file_;
  std::stringstream memory_;
  std::iostream* stream_ = &memory_;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_TEXT_SPOOL_H_
