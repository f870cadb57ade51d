#include "cli/private_temp_dir.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

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

}  // namespace

PrivateTempDir::PrivateTempDir(const std::string& prefix) {
  const std::string root = TempRoot();
  std::string pattern = root + "/" + prefix + ".XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) {
    error_ = root + ": " + std::strerror(errno);
    return;
  }
  path_ = pattern;
}

PrivateTempDir::~PrivateTempDir() {
  if (path_.empty()) return;
  EmptyDirectory(path_);
  ::rmdir(path_.c_str());
}

}  // namespace evalscore::cli
