// A temporary directory only this process uses: made by mkdtemp (a fresh
// random name, mode 0700) under $TMPDIR, else /tmp, and removed with whatever
// is left in it when the object goes, on every path out (errors included).
// Nothing in it is ever reached through a link: entries are unlinked by name
// inside the directory, never followed. While the first one made exists,
// SIGINT/SIGTERM/SIGHUP remove it (it is empty if its users unlink each file as
// they create it, as libxlsxwriter and SpooledNames do, or name it with
// UnlinkOnSignal) before the handler that was there runs.
#ifndef EVALSCORE_CLI_PRIVATE_TEMP_DIR_H_
#define EVALSCORE_CLI_PRIVATE_TEMP_DIR_H_

#include <string>

namespace evalscore::cli {

class PrivateTempDir {
 public:
  // Makes "<$TMPDIR or /tmp>/<prefix>.XXXXXX"; check ok() before use.
  explicit PrivateTempDir(const std::string& prefix);
  ~PrivateTempDir();
  PrivateTempDir(const PrivateTempDir&) = delete;
  PrivateTempDir& operator=(const PrivateTempDir&) = delete;

  bool ok() const { return !path_.empty(); }
  const std::string& path() const { return path_; }    // "" when it could not be made
  const std::string& error() const { return error_; }  // why not, naming the parent
  // A file in the directory that cannot be unlinked as soon as it is made
  // (one read back by name): a signal unlinks it too. One at a time.
  void UnlinkOnSignal(const std::string& file);

 private:
  std::string path_;
  std::string error_;
  bool guarded_ = false;  // removed on a signal
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_PRIVATE_TEMP_DIR_H_
