#include "cli/batch_store.h"

#include <unistd.h>

#include "cli/anonymous_file.h"
#include "cli/record_fields.h"

namespace evalscore::cli {
namespace {

constexpr size_t kWriteChunk = 1 << 16;

void PutLocation(RecordWriter& out, const Location& where) {
  out.Number<int>(where.line).Number<int>(where.column).Number<int>(where.part);
}

Location ReadLocation(RecordReader& in) {
  Location where;
  where.line = in.Number<int>();
  where.column = in.Number<int>();
  where.part = in.Number<int>();
  return where;
}

}  // namespace

std::string SerialiseBatchForm(const BatchForm& f) {
  RecordWriter out;
  out.Text(f.file).Number<uint64_t>(f.source_parts.size());
  for (const SourcePart& part : f.source_parts) {
    out.Text(part.name).Number<int>(part.is_table ? 1 : 0);
  }
  out.Text(f.name);
  PutLocation(out, f.name_where);
  out.Number<int>(f.year).Text(f.unit);
  PutLocation(out, f.unit_where);
  out.Number<int>((f.self_full ? 1 : 0) | (f.has_satisfaction ? 2 : 0) |
                  (f.satisfaction_all_100 ? 4 : 0));
  PutLocation(out, f.total_where);
  PutLocation(out, f.satisfaction_where);
  out.Number<uint64_t>(f.rows.size());
  for (const BatchForm::Row& row : f.rows) {
    out.Text(row.name).Text(row.key).Number<uint64_t>(row.name_chars);
    PutLocation(out, row.where);
  }
  return out.bytes();
}

std::optional<BatchForm> ParseBatchForm(std::string_view bytes) {
  RecordReader in(bytes);
  BatchForm f;
  f.file = in.Text();
  for (uint64_t n = in.Number<uint64_t>(); n > 0 && in.ok(); --n) {
    SourcePart part;
    part.name = in.Text();
    part.is_table = in.Number<int>() != 0;
    f.source_parts.push_back(std::move(part));
  }
  f.name = in.Text();
  f.name_where = ReadLocation(in);
  f.year = in.Number<int>();
  f.unit = in.Text();
  f.unit_where = ReadLocation(in);
  const int flags = in.Number<int>();
  f.self_full = (flags & 1) != 0;
  f.has_satisfaction = (flags & 2) != 0;
  f.satisfaction_all_100 = (flags & 4) != 0;
  f.total_where = ReadLocation(in);
  f.satisfaction_where = ReadLocation(in);
  for (uint64_t n = in.Number<uint64_t>(); n > 0 && in.ok(); --n) {
    BatchForm::Row row;
    row.name = in.Text();
    row.key = in.Text();
    row.name_chars = in.Number<uint64_t>();
    row.where = ReadLocation(in);
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
