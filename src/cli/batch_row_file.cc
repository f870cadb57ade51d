#include "cli/batch_row_file.h"

#include <unistd.h>

#include <algorithm>

#include "cli/anonymous_file.h"

namespace evalscore::cli {
namespace {

constexpr size_t kRowsPerWrite = (size_t{1} << 16) / sizeof(BatchRowHash);

}  // namespace

BatchRowFile::BatchRowFile() : fd_(OpenAnonymousFile(TempDir())) {}

BatchRowFile::~BatchRowFile() {
  if (fd_ >= 0) ::close(fd_);
}

void BatchRowFile::Append(const BatchRowHash& row) {
  buffer_.push_back(row);
  ++count_;
  if (fd_ >= 0 && buffer_.size() >= kRowsPerWrite) Flush();
}

bool BatchRowFile::Flush() {
  if (fd_ < 0) return true;  // held in memory
  const size_t bytes = buffer_.size() * sizeof(BatchRowHash);
  if (!failed_ && bytes > 0) {
    failed_ = !WriteAt(fd_, reinterpret_cast<const char*>(buffer_.data()), bytes, written_);
    written_ += bytes;
  }
  buffer_.clear();
  return !failed_;
}

bool BatchRowFile::ForEach(const std::function<void(const BatchRowHash&)>& each) const {
  if (fd_ < 0) {
    for (const BatchRowHash& row : buffer_) each(row);
    return true;
  }
  if (failed_ || !buffer_.empty()) return false;
  std::vector<BatchRowHash> block(kRowsPerWrite);
  for (uint64_t offset = 0; offset < written_;) {
    const size_t n = static_cast<size_t>(
        std::min<uint64_t>(kRowsPerWrite, (written_ - offset) / sizeof(BatchRowHash)));
    if (!ReadAt(fd_, reinterpret_cast<char*>(block.data()), n * sizeof(BatchRowHash), offset)) {
      return false;
    }
    for (size_t k = 0; k < n; ++k) each(block[k]);
    offset += n * sizeof(BatchRowHash);
  }
  return true;
}

}  // namespace evalscore::cli
