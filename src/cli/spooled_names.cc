#include "cli/spooled_names.h"

#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "cli/anonymous_file.h"

namespace evalscore::cli {
namespace {

constexpr size_t kChunk = 1 << 16;      // writes and sequential read-aheads
constexpr size_t kShortRead = 1 << 12;  // the read-ahead of a jump

}  // namespace

SpooledRecords::SpooledRecords(const std::string& dir)
    : fd_(OpenAnonymousFile(dir.empty() ? TempDir() : dir)) {}

SpooledRecords::~SpooledRecords() {
  if (fd_ >= 0) ::close(fd_);
}

uint64_t SpooledRecords::Add(std::string_view record) {
  const uint64_t offset = written_ + pending_.size();
  const uint64_t size = record.size();
  pending_.append(reinterpret_cast<const char*>(&size), sizeof size);
  pending_.append(record);
  ++count_;
  if (pending_.size() >= kChunk) Flush();
  return offset;
}

void SpooledRecords::Flush() {
  if (fd_ < 0 || full_ || pending_.empty()) return;
  if (!WriteAt(fd_, pending_.data(), pending_.size(), written_)) {
    full_ = true;  // the disk is full, say: the rest stays in memory, nothing lost
    return;
  }
  written_ += pending_.size();
  pending_.clear();
}

bool SpooledRecords::Fetch(uint64_t offset, size_t size, std::string* out) {
  if (failed_) return false;
  if (offset >= written_) {  // still pending: a record never spans file and buffer
    const uint64_t at = offset - written_;
    if (at + size > pending_.size()) return false;
    out->assign(pending_, static_cast<size_t>(at), size);
    return true;
  }
  if (offset < window_at_ || offset + size > window_at_ + window_.size()) {
    // Reading on from the window: a long read-ahead; a jump (Read by offset): a short one.
    const bool sequential = offset == window_at_ + window_.size();
    window_.resize(std::max(size, sequential ? kChunk : kShortRead));
    const ssize_t n = ::pread(fd_, window_.data(), window_.size(), static_cast<off_t>(offset));
    window_.resize(n > 0 ? static_cast<size_t>(n) : 0);
    window_at_ = offset;
    if (window_.size() < size) return failed_ = true, false;
  }
  out->assign(window_, static_cast<size_t>(offset - window_at_), size);
  return true;
}

std::optional<std::string> SpooledRecords::Read(uint64_t offset) {
  std::string bytes;
  if (!Fetch(offset, sizeof(uint64_t), &bytes)) return std::nullopt;
  uint64_t size = 0;
  std::memcpy(&size, bytes.data(), sizeof size);
  if (!Fetch(offset + sizeof size, static_cast<size_t>(size), &bytes)) return std::nullopt;
  return bytes;
}

bool SpooledRecords::ForEach(const std::function<void(uint64_t, std::string_view)>& each) {
  Flush();
  uint64_t offset = 0;
  for (size_t i = 0; i < count_; ++i) {
    const std::optional<std::string> record = Read(offset);
    if (!record) return false;
    each(offset, *record);
    offset += sizeof(uint64_t) + record->size();
  }
  return true;
}

bool SpooledNames::ForEach(const std::function<void(size_t, const std::string&)>& each) {
  size_t i = 0;
  return records_.ForEach([&](uint64_t, std::string_view name) { each(++i, std::string(name)); });
}

}  // namespace evalscore::cli
