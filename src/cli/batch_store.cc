#include "cli/batch_store.h"

#include "cli/record_fields.h"

namespace evalscore::cli {
namespace {

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

bool BatchStore::Flush() {
  records_.Flush();
  return !records_.write_failed();
}

std::optional<BatchForm> BatchStore::Form(size_t index) const {
  if (index >= offsets_.size()) return std::nullopt;
  const std::optional<std::string> bytes = records_.Read(offsets_[index]);
  if (!bytes) return std::nullopt;
  return ParseBatchForm(*bytes);
}

bool BatchStore::ForEach(const std::function<void(size_t, const BatchForm&)>& each) const {
  size_t i = 0;
  bool parsed = true;
  const bool read = records_.ForEach([&](uint64_t, std::string_view bytes) {
    if (!parsed) return;
    const std::optional<BatchForm> form = ParseBatchForm(bytes);
    parsed = form.has_value();
    if (parsed) each(i++, *form);
  });
  return read && parsed;
}

}  // namespace evalscore::cli
