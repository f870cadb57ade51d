#include "cli/text_spool.h"

#include <fcntl.h>
#include <unistd.h>

#include "cli/private_temp_dir.h"

namespace evalscore::cli {

TextSpool::TextSpool(const std::string& prefix) {
  // The file is created new (O_EXCL, never through a link) in a fresh
  // directory only this process can enter (mkdtemp, 0700), then opened as a
  // stream and unlinked: the directory is empty again and goes with `dir`,
  // the open file lives on until the spool goes.
  const PrivateTempDir dir(prefix);
  if (!dir.ok()) return;
  const std::string path = dir.path() + "/spool";
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return;
  ::close(fd);
  file_.open(path, std::ios::in | std::ios::out | std::ios::binary);
  ::unlink(path.c_str());
  if (file_.is_open()) stream_ = &file_;
}

bool TextSpool::CopyTo(std::ostream& out) {
  stream_->flush();
  if (!*stream_) return false;
  stream_->seekg(0);
  if (stream_->peek() == std::char_traits<char>::eof()) {  // empty: `out << rdbuf` would fail
    stream_->clear();
    return true;
  }
  out << stream_->rdbuf();
  return static_cast<bool>(out) && !stream_->bad();
}

}  // namespace evalscore::cli
