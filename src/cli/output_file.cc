#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace evalscore::cli {
namespace fs = std::filesystem;
namespace {

// The temporary file of the one OutputFile a run has, for the signal handler:
// an interrupted run removes it and dies of the same signal, leaving the
// target untouched.
char g_temp_path[4096];

extern "C" void RemoveTempAndDie(int sig) {
  if (g_temp_path[0] != '\0') ::unlink(g_temp_path);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void GuardTemp(const std::string& temp) {
  if (temp.size() >= sizeof g_temp_path) return;
  std::memcpy(g_temp_path, temp.c_str(), temp.size() + 1);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) std::signal(sig, RemoveTempAndDie);
}

void UnguardTemp() {
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) std::signal(sig, SIG_DFL);
  g_temp_path[0] = '\0';
}

// An unbuffered-by-iostream, buffered-here stream buffer over a descriptor.
class FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof buffer_); }
  ~FdBuf() override { sync(); }

 protected:
  int_type overflow(int_type c) override {
    if (sync() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override {
    const char* p = pbase();
    while (p < pptr()) {
      const ssize_t n = ::write(fd_, p, static_cast<size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return -1;
      p += n;
    }
    setp(buffer_, buffer_ + sizeof buffer_);
    return 0;
  }

 private:
  int fd_;
  char buffer_[65536];
};

// `path` with every symbolic link of its last component followed (the file a
// write "through" the link reaches); `path` itself when it is not a link.
std::string FollowLinks(const std::string& path) {
  fs::path p(path);
  for (int hops = 0; hops < 40; ++hops) {
    std::error_code ec;
    if (!fs::is_symlink(fs::symlink_status(p, ec))) return p.string();
    const fs::path next = fs::read_symlink(p, ec);
    if (ec) return p.string();
    p = next.is_absolute() ? next : p.parent_path() / next;
  }
  return p.string();  // a loop: opening it fails with ELOOP, said below
}

// /dev and /proc hold stand-ins for other files (/dev/stdout): never
// renamed over, and their links are not followed by name.
bool IsSystemPath(const std::string& path) {
  return path.starts_with("/dev/") || path.starts_with("/proc/");
}

mode_t DefaultMode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return static_cast<mode_t>(0666 & ~mask);
}

}  // namespace

namespace {

Message CannotWrite(const std::string& path) {
  return {"io.cannot_write", {TextArg("path", path), TextArg("detail", std::strerror(errno))}};
}

Message WritingFailed(const std::string& path) {
  return {"io.writing_failed", {TextArg("path", path), TextArg("detail", std::strerror(errno))}};
}

}  // namespace

OutputFile::OutputFile() : out_(nullptr) {}

OutputFile::~OutputFile() {
  out_.rdbuf(nullptr);
  buf_.reset();
  if (fd_ >= 0) ::close(fd_);
  if (!temp_.empty() && !committed_) {
    ::unlink(temp_.c_str());
    UnguardTemp();
  }
}

Result<bool> OutputFile::Open(const std::string& path, bool open_stream) {
  if (path.empty()) return Errors{{{"io.output_name_empty", {}}, {}}};
  path_ = path;
  target_ = FollowLinks(path);
  struct stat st {};
  const bool exists = ::stat(path.c_str(), &st) == 0;
  if (!exists && errno == ELOOP) {
    return Errors{{{"io.output_symlink_loop", {TextArg("path", path)}}, {}}};
  }
  if (exists && S_ISDIR(st.st_mode))
    return Errors{{{"io.output_is_directory", {TextArg("path", path)}}, {}}};
  // /dev/null, /dev/stdout, a pipe, /proc/self/fd/N: written directly.
  if ((exists && !S_ISREG(st.st_mode)) || IsSystemPath(path) || IsSystemPath(target_)) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC);
    if (fd_ < 0) return Errors{{CannotWrite(path), {}}};
    write_path_ = target_;
  } else {
    std::string templ = target_ + ".tmp.XXXXXX";
    fd_ = ::mkostemp(templ.data(), O_CLOEXEC);  // O_CREAT | O_EXCL: never through a link
    if (fd_ < 0) {
      return Errors{{CannotWrite(path), {}}};  // as given
    }
    temp_ = templ;
    GuardTemp(temp_);
    ::fchmod(fd_, exists ? (st.st_mode & 07777) : DefaultMode());
    if (exists && ::fchown(fd_, st.st_uid, st.st_gid) != 0) {
      // Only root may give a file away; for anyone else it is already theirs.
    }
    const std::string via_fd = "/proc/self/fd/" + std::to_string(fd_);
    write_path_ = ::access(via_fd.c_str(), F_OK) == 0 ? via_fd : temp_;
  }
  if (open_stream) {
    buf_ = std::make_unique<FdBuf>(fd_);
    out_.rdbuf(buf_.get());
  }
  return true;
}

Result<bool> OutputFile::Commit() {
  if (buf_) {
    out_.flush();
    if (!out_) return Errors{{WritingFailed(path_), {}}};
  }
  if (!temp_.empty() && ::fsync(fd_) != 0 && errno != EINVAL) {
    return Errors{{WritingFailed(path_), {}}};
  }
  if (!temp_.empty()) {
    if (std::rename(temp_.c_str(), target_.c_str()) != 0) {
      return Errors{{CannotWrite(path_), {}}};  // as given
    }
    UnguardTemp();
  }
  committed_ = true;
  return true;
}

bool SameFile(const std::string& a, const std::string& b) {
  struct stat sa {
  }, sb{};
  if (::stat(a.c_str(), &sa) != 0) return false;
  const int rc = b == "-" ? ::fstat(STDIN_FILENO, &sb) : ::stat(b.c_str(), &sb);
  return rc == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

}  // namespace evalscore::cli
