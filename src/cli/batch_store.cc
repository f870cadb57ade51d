#include "cli/batch_store.h"

#include <unistd.h>

#include <cstring>

#include "cli/anonymous_file.h"

namespace evalscore::cli {
namespace {

constexpr size_t kWriteChunk = 1 << 16;

void PutU64(std::string* out, uint64_t value) {
  out->append(reinterpret_cast<const char*>(&value), sizeof value);
}
void PutInt(std::string* out, int value) {
  out->append(reinterpret_cast<const char*>(&value), sizeof value);
}
void PutText(std::string* out, const std::string& text) {
  PutU64(out, text.size());
  out->append(text);
}
void PutLocation(std::string* out, const Location& where) {
  PutInt(out, where.line);
  PutInt(out, where.column);
  PutInt(out, where.part);
}

// Reads back what the Put functions wrote; ok() false once it ran short.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool ok() const { return ok_; }
  bool done() const { return bytes_.empty(); }
  template <typename T>
  T Number() {
    T value{};
    if (bytes_.size() < sizeof value) return ok_ = false, value;
    std::memcpy(&value, bytes_.data(), sizeof value);
    bytes_.remove_prefix(sizeof value);
    return value;
  }
  std::string Text() {
    const uint64_t size = Number<uint64_t>();
    if (!ok_ || bytes_.size() < size) return ok_ = false, std::string();
    std::string text(bytes_.substr(0, size));
    bytes_.remove_prefix(size);
    return text;
  }
  Location Where() {
    Location where;
    where.line = Number<int>();
    where.column = Number<int>();
    where.part = Number<int>();
    return where;
  }

 private:
  std::string_view bytes_;
  bool ok_ = true;
};

}  // namespace

std::string SerialiseBatchForm(const BatchForm& f) {
  std::string out;
  PutText(&out, f.file);
  PutU64(&out, f.source_parts.size());
  for (const SourcePart& part : f.source_parts) {
    PutText(&out, part.name);
    PutInt(&out, part.is_table ? 1 : 0);
  }
  PutText(&out, f.name);
  PutLocation(&out, f.name_where);
  PutInt(&out, f.year);
  PutText(&out, f.unit);
  PutLocation(&out, f.unit_where);
  PutInt(&out,
         (f.self_full ? 1 : 0) | (f.has_satisfaction ? 2 : 0) | (f.satisfaction_all_100 ? 4 : 0));
  PutLocation(&out, f.total_where);
  PutLocation(&out, f.satisfaction_where);
  PutU64(&out, f.rows.size());
  for (const BatchForm::Row& row : f.rows) {
    PutText(&out, row.name);
    PutText(&out, row.key);
    PutU64(&out, row.name_chars);
    PutLocation(&out, row.where);
  }
  return out;
}

std::optional<BatchForm> ParseBatchForm(std::string_view bytes) {
  Reader in(bytes);
  BatchForm f;
  f.file = in.Text();
  for (uint64_t n = in.Number<uint64_t>(); n > 0 && in.ok(); --n) {
    SourcePart part;
    part.name = in.Text();
    part.is_table = in.Number<int>() != 0;
    f.source_parts.push_back(std::move(part));
  }
  f.name = in.Text();
  f.name_where = in.Where();
  f.year = in.Number<int>();
  f.unit = in.Text();
  f.unit_where = in.Where();
  const int flags = in.Number<int>();
  f.self_full = (flags & 1) != 0;
  f.has_satisfaction = (flags & 2) != 0;
  f.satisfaction_all_100 = (flags & 4) != 0;
  f.total_where = in.Where();
  f.satisfaction_where = in.Where();
  for (uint64_t n = in.Number<uint64_t>(); n > 0 && in.ok(); --n) {
    BatchForm::Row row;
    row.name = in.Text();
    row.key = in.Text();
    row.name_chars = in.Number<uint64_t>();
    row.where = in.Where();
    f.rows.push_back(std::move(row));
  }
  if (!in.ok() || !in.done()) return std::nullopt;
  return f;
}

BatchStore::BatchStore() : dir_(TempDir()), fd_(OpenAnonymousFile(dir_)) {}

BatchStore::~BatchStore() {
  if (fd_ >= 0) ::close(fd_);
}

void BatchStore::Add(const BatchForm& form) {
  if (fd_ < 0) {
    memory_.push_back(form);
    offsets_.push_back(0);
    return;
  }
  buffer_ += SerialiseBatchForm(form);
  offsets_.push_back(written_ + buffer_.size());
  if (buffer_.size() >= kWriteChunk) Flush();
}

bool BatchStore::Flush() {
  if (!failed_ && !buffer_.empty()) {
    failed_ = !WriteAt(fd_, buffer_.data(), buffer_.size(), written_);
    written_ += buffer_.size();
  }
  buffer_.clear();
  return !failed_;
}

std::optional<BatchForm> BatchStore::Form(size_t index) const {
  if (fd_ < 0) return memory_[index];
  if (failed_ || !buffer_.empty() || index + 1 >= offsets_.size()) return std::nullopt;
  std::string bytes(offsets_[index + 1] - offsets_[index], '\0');
  if (!ReadAt(fd_, bytes.data(), bytes.size(), offsets_[index])) return std::nullopt;
  return ParseBatchForm(bytes);
}

bool BatchStore::ForEach(const std::function<void(size_t, const BatchForm&)>& each) const {
  for (size_t i = 0; i < size(); ++i) {
    const std::optional<BatchForm> form = Form(i);
    if (!form) return false;
    each(i, *form);
  }
  return true;
}

}  // namespace evalscore::cli
