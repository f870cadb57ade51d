// Finding input files and reading them into text.
#ifndef EVALSCORE_CLI_INPUTS_H_
#define EVALSCORE_CLI_INPUTS_H_

#include <cstddef>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "evalscore/result.h"

#include "cli/input_list.h"

namespace evalscore::cli {

inline constexpr size_t kMaxFileBytes = 16u << 20;  // 16 MiB: a form is a few KiB

// `path` for output: bytes that are not valid UTF-8 are written as \xNN and
// control characters escaped (TerminalSafe), so a file name can neither break
// a report nor forge a line of it.
std::string DisplayPath(const std::string& path);

// Expands each argument: "-" is stdin; a directory is walked recursively for
// *.yaml / *.yml (any case; names starting with '.' skipped), sorted by path,
// following symbolic links but never the same directory twice; anything else
// is taken as a file, whatever its name (a missing one errs when read).
InputList DiscoverInputs(const std::vector<std::string>& args);

// An open file descriptor, closed when it goes.
class UniqueFd {
 public:
  explicit UniqueFd(int fd = -1) : fd_(fd) {}
  UniqueFd(UniqueFd&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
  UniqueFd& operator=(UniqueFd&& o) noexcept {
    std::swap(fd_, o.fd_);
    return *this;
  }
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  ~UniqueFd();
  int get() const { return fd_; }

 private:
  int fd_;
};

// Opens `path` for reading if it is a regular file of at most kMaxFileBytes:
// opened non-blocking (so a FIFO cannot hang the run), checked with fstat,
// then switched back to blocking. The error says why (an "io.*" message).
Result<UniqueFd, Message> OpenRegularFile(const std::string& path);

// What a directory walk picks up. `include` globs replace the default set
// (kDefaultIncludes); `exclude` globs drop files. A glob without '/' matches
// the file name, one with '/' the path below the directory named (fnmatch,
// any case). `skip` (optional) drops files for another reason (the run's own
// output file), saying why in `skipped`. Nothing here opens a file: whether
// a workbook is a report evalscore wrote is seen when it is read (once).
inline const std::vector<std::string> kDefaultIncludes = {"*.yaml", "*.yml", "*.xlsx",
                                                          "*.xlsm", "*.xls", "*.docx"};
struct DiscoverOptions {
  std::vector<std::string> include = kDefaultIncludes;
  std::vector<std::string> exclude;
  std::function<bool(const std::string& path)> skip;
  std::vector<std::string>* skipped = nullptr;
};
// The list comes back shrunk to fit (it is kept for the whole run).
InputList DiscoverInputs(const std::vector<std::string>& args, const DiscoverOptions& options);

// Reads a whole file as UTF-8 text: strips a UTF-8 BOM; refuses what is not a
// regular file (a FIFO, device or socket is refused without blocking: it is
// opened non-blocking and checked with fstat), files over kMaxFileBytes, NUL
// bytes and text that is not valid UTF-8 (naming the byte offset). UTF-16 with
// a BOM is decoded; lone CR line ends become LF. `encoding` is "auto",
// "utf-8" or "gbk" (GB18030).
Result<std::string> ReadInputFile(const std::string& path, const std::string& encoding);
Result<std::string> ReadInputStream(std::istream& in, const std::string& encoding);

// The bytes decoded as `encoding` into UTF-8 (BOM, GBK detection, checks).
Result<std::string> DecodeText(std::string bytes, const std::string& encoding);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_INPUTS_H_
