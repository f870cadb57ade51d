// Records kept in an anonymous temporary file instead of memory: a batch of
// 100,000 forms costs the process nothing per record but what the caller keeps
// of the offset Add() returns. SpooledRecords holds any bytes (each record is
// length-prefixed) and reads them back in the order added or one by offset;
// SpooledNames is a list of one-line strings (the xlsx sheet names) on top.
// When no temporary file can be made, the records are held in memory instead
// (the same results, the old cost).
#ifndef EVALSCORE_CLI_SPOOLED_NAMES_H_
#define EVALSCORE_CLI_SPOOLED_NAMES_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace evalscore::cli {

class SpooledRecords {
 public:
  // A file without a name in `dir` (OpenAnonymousFile: O_TMPFILE, else a random
  // name, mode 0600, unlinked at once), else memory. `dir` "": TempDir().
  explicit SpooledRecords(const std::string& dir = "");
  ~SpooledRecords();
  SpooledRecords(const SpooledRecords&) = delete;
  SpooledRecords& operator=(const SpooledRecords&) = delete;

  // False once reading back failed. A write that fails (the disk filled up,
  // say) keeps that record and every later one in memory instead.
  bool ok() const { return !failed_; }
  bool in_memory() const { return fd_ < 0 || full_; }
  // Whether a write to the file failed (the records from there on are in memory).
  bool write_failed() const { return full_; }
  size_t size() const { return count_; }
  // Appends `record`; returns its offset, for Read().
  uint64_t Add(std::string_view record);
  // The record that starts at `offset` (a value Add() returned).
  std::optional<std::string> Read(uint64_t offset);
  // Calls `each(offset, record)` for every record in the order added; false
  // when reading failed.
  bool ForEach(const std::function<void(uint64_t, std::string_view)>& each);
  // Writes the pending records to the file (in memory mode, or once a write
  // failed, they stay pending).
  void Flush();

 private:
  // `size` bytes at `offset` (file or pending buffer) into `out`.
  bool Fetch(uint64_t offset, size_t size, std::string* out);

  int fd_ = -1;
  std::string pending_;   // records not yet written (all of them in memory mode)
  uint64_t written_ = 0;  // bytes in the file
  std::string window_;    // a read-ahead of the file, from window_at_
  uint64_t window_at_ = 0;
  size_t count_ = 0;
  bool full_ = false;  // a write failed: no more writes
  bool failed_ = false;
};

class SpooledNames {
 public:
  // The records in `dir` (SpooledRecords); check ok().
  explicit SpooledNames(const std::string& dir) : records_(dir) {}

  bool ok() const { return records_.ok(); }
  size_t size() const { return records_.size(); }
  void Add(const std::string& name) { records_.Add(name); }
  // Calls `each(i, name)` for every name, i from 1; false when reading failed.
  bool ForEach(const std::function<void(size_t, const std::string&)>& each);

 private:
  SpooledRecords records_;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_SPOOLED_NAMES_H_
