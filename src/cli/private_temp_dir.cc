#include "cli/private_temp_dir.h"

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace evalscore::cli {
namespace {

// $TMPDIR when it names an absolute path, else /tmp (what mkstemp users expect).
std::string TempRoot() {
  const char* dir = std::getenv("TMPDIR");
  if (dir != nullptr && dir[0] == '/') return dir;
  return "/tmp";
}

// Unlinks every entry of the directory `path` (names only: a link is removed,
// not followed; a subdirectory, which nothing here creates, is left).
void EmptyDirectory(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return;
  DIR* dir = ::fdopendir(fd);
  if (dir == nullptr) {
    ::close(fd);
    return;
  }
  std::vector<std::string> names;
  while (const dirent* entry = ::readdir(dir)) {
    const std::string name = entry->d_name;
    if (name != "." && name != "..") names.push_back(name);
  }
  for (const std::string& name : names) ::unlinkat(fd, name.c_str(), 0);
  ::closedir(dir);  // closes fd
}

// The directory of the one PrivateTempDir that guards itself against
// SIGINT/SIGTERM/SIGHUP, and the handlers it displaced (output_file.cc's, which
// removes the temporary output and dies of the signal).
char g_guarded[4096];
char g_guarded_file[4096];  // a file in it to unlink first ("" when none)
using Handler = void (*)(int);
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
Handler g_previous[3] = {SIG_DFL, SIG_DFL, SIG_DFL};

extern "C" void RemoveDirAndPass(int sig) {
  if (g_guarded_file[0] != '\0') ::unlink(g_guarded_file);
  if (g_guarded[0] != '\0') ::rmdir(g_guarded);  // empty: its files are unlinked when made
  Handler previous = SIG_DFL;
  for (size_t i = 0; i < 3; ++i) {
    if (kSignals[i] == sig) previous = g_previous[i];
  }
  if (previous == SIG_IGN) return;
  if (previous != SIG_DFL && previous != SIG_ERR) return previous(sig);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

// Makes the signals remove `path` first; false when another directory is guarded.
bool Guard(const std::string& path) {
  if (g_guarded[0] != '\0' || path.size() >= sizeof g_guarded) return false;
  std::memcpy(g_guarded, path.c_str(), path.size() + 1);
  for (size_t i = 0; i < 3; ++i) g_previous[i] = std::signal(kSignals[i], RemoveDirAndPass);
  return true;
}

void Unguard() {
  for (size_t i = 0; i < 3; ++i) std::signal(kSignals[i], g_previous[i]);
  g_guarded[0] = '\0';
  g_guarded_file[0] = '\0';
}

}  // namespace

PrivateTempDir::PrivateTempDir(const std::string& prefix) {
  const std::string root = TempRoot();
  std::string pattern = root + "/" + prefix + ".XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) {
    error_ = root + ": " + std::strerror(errno);
    return;
  }
  path_ = pattern;
  guarded_ = Guard(path_);
}

void PrivateTempDir::UnlinkOnSignal(const std::string& file) {
  if (!guarded_ || file.size() >= sizeof g_guarded_file) return;
  g_guarded_file[0] = '\0';  // never half a name while it is copied
  std::memcpy(g_guarded_file + 1, file.c_str() + 1, file.size());
  g_guarded_file[0] = file[0];
}

PrivateTempDir::~PrivateTempDir() {
  if (path_.empty()) return;
  if (guarded_) Unguard();
  EmptyDirectory(path_);
  ::rmdir(path_.c_str());
}

}  // namespace evalscore::cli
