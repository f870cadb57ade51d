#include "cli/spooled_names.h"

#include <fcntl.h>
#include <unistd.h>

namespace evalscore::cli {

SpooledNames::SpooledNames(const std::string& dir) {
  const std::string path = dir + "/sheet-names";
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0) return;
  ::unlink(path.c_str());  // gone with the process, whatever happens
  file_ = ::fdopen(fd, "w+");
  if (file_ == nullptr) ::close(fd);
}

SpooledNames::~SpooledNames() {
  if (file_ != nullptr) std::fclose(file_);
}

void SpooledNames::Add(const std::string& name) {
  if (!ok()) return;
  if (std::fseek(file_, 0, SEEK_END) != 0 || std::fputs(name.c_str(), file_) < 0 ||
      std::fputc('\n', file_) == EOF) {
    failed_ = true;
    return;
  }
  ++count_;
}

bool SpooledNames::ForEach(const std::function<void(size_t, const std::string&)>& each) {
  if (!ok() || std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) return false;
  std::string line;
  size_t i = 0;
  for (int ch = std::fgetc(file_); ch != EOF; ch = std::fgetc(file_)) {
    if (ch != '\n') {
      line += static_cast<char>(ch);
      continue;
    }
    each(++i, line);
    line.clear();
  }
  return i == count_ && !std::ferror(file_);
}

}  // namespace evalscore::cli
