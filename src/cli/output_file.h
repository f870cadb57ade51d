// Where the report goes: stdout, or -o FILE written atomically.
#ifndef EVALSCORE_CLI_OUTPUT_FILE_H_
#define EVALSCORE_CLI_OUTPUT_FILE_H_

#include <fstream>
#include <ostream>
#include <string>

#include "evalscore/result.h"

namespace evalscore::cli {

// For a regular file (or one that does not exist yet) writes to a temporary
// file beside it and renames it over the target on Commit(), so a failed or
// interrupted run never leaves half a report. Special files (/dev/null,
// /dev/stdout, pipes) are written directly and never renamed over.
class OutputFile {
 public:
  OutputFile() = default;
  ~OutputFile();  // removes the temporary file unless committed
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // With `open_stream` false nothing is opened: the caller writes the file at
  // write_path() itself (the xlsx writer does), and Commit() renames it.
  Result<bool> Open(const std::string& path, bool open_stream = true);
  std::ostream& stream() { return out_; }
  const std::string& write_path() const { return temp_.empty() ? path_ : temp_; }
  Result<bool> Commit();

 private:
  std::string path_;
  std::string temp_;
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_OUTPUT_FILE_H_
