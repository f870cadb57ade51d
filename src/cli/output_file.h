// Where the report goes: stdout, or -o FILE written atomically.
#ifndef EVALSCORE_CLI_OUTPUT_FILE_H_
#define EVALSCORE_CLI_OUTPUT_FILE_H_

#include <memory>
#include <ostream>
#include <streambuf>
#include <string>

#include "evalscore/result.h"

namespace evalscore::cli {

// For a regular file (or one that does not exist yet) writes to a new
// temporary file beside it and renames it over the target on Commit(), so a
// failed or interrupted run never leaves half a report.
//
// - The temporary file is created with O_CREAT|O_EXCL (mkstemp, a random
//   name in the target's directory): it is never opened through a link
//   someone planted, and never an existing file.
// - When FILE is a symbolic link, the file it points to is replaced (the link
//   stays a link); the temporary file is created beside that file.
// - The new file gets the mode (and, where permitted, the owner) of the file
//   it replaces; a new file gets 0666 minus the umask.
// - FILE's other hard links, if any, keep the old content: the rename gives
//   FILE a new inode.
// Special files (/dev/null, /dev/stdout, pipes) are written directly and never
// renamed over.
class OutputFile {
 public:
  OutputFile();
  ~OutputFile();  // removes the temporary file unless committed
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // With `open_stream` false the caller writes the file at write_path()
  // itself (the xlsx writer does), and Commit() renames it.
  Result<bool> Open(const std::string& path, bool open_stream = true);
  std::ostream& stream() { return out_; }
  // Where a library that opens files by name writes: the temporary file
  // through its open descriptor (/proc/self/fd/N) where there is one, so
  // nobody can swap the name underneath.
  const std::string& write_path() const { return write_path_; }
  Result<bool> Commit();

 private:
  std::string path_;    // as given, for messages
  std::string target_;  // the file replaced: path_ with symbolic links followed
  std::string temp_;
  std::string write_path_;
  int fd_ = -1;
  std::unique_ptr<std::streambuf> buf_;
  std::ostream out_;
  bool committed_ = false;
};

// True when `a` and `b` name the same existing file (same device and inode,
// symbolic links followed). `b` may be "-": standard input.
bool SameFile(const std::string& a, const std::string& b);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_OUTPUT_FILE_H_
