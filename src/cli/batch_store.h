// The forms of a batch for the batch checks (ES5xx), kept in an anonymous
// temporary file (O_TMPFILE in $TMPDIR, else /tmp; where the file system cannot,
// a random name, mode 0600, unlinked at once) rather than in memory: the process holds
// only each form's offset in the file (and the caller its BatchIndex), so a
// batch of 100,000 forms costs ~0.4 KiB each rather than ~4 KiB. When no
// temporary file can be made, the forms are held in memory instead (the same
// findings, the old cost).
#ifndef EVALSCORE_CLI_BATCH_STORE_H_
#define EVALSCORE_CLI_BATCH_STORE_H_

#include <optional>
#include <string>
#include <vector>

#include "evalscore/batch_index.h"

namespace evalscore::cli {

// A form as bytes and back (exposed for tests): lengths and numbers in
// native byte order, for this process's own file only.
std::string SerialiseBatchForm(const BatchForm& form);
std::optional<BatchForm> ParseBatchForm(std::string_view bytes);

// The hashed rows of a BatchIndex (24 bytes each), in a temporary file made
// as BatchStore's; in memory when there is none.
class BatchRowFile : public BatchRowStore {
 public:
  BatchRowFile();
  ~BatchRowFile() override;
  BatchRowFile(const BatchRowFile&) = delete;
  BatchRowFile& operator=(const BatchRowFile&) = delete;

  void Append(const BatchRowHash& row) override;
  size_t size() const override { return count_; }
  // Writes what is buffered; call after the last Append. False when a write failed.
  bool Flush();
  bool ForEach(const std::function<void(const BatchRowHash&)>& each) const override;

 private:
  int fd_ = -1;
  std::vector<BatchRowHash> buffer_;  // not yet written (all of them when there is no file)
  size_t count_ = 0;
  uint64_t written_ = 0;  // bytes in the file
  bool failed_ = false;
};

class BatchStore : public BatchFormSource {
 public:
  BatchStore();
  ~BatchStore() override;
  BatchStore(const BatchStore&) = delete;
  BatchStore& operator=(const BatchStore&) = delete;

  void Add(const BatchForm& form);
  size_t size() const { return offsets_.size() - 1; }
  // Writes what is buffered; call after the last Add. False when a write failed.
  bool Flush();
  // The directory of the file, for messages.
  const std::string& where() const { return dir_; }

  std::optional<BatchForm> Form(size_t index) const override;
  bool ForEach(const std::function<void(size_t, const BatchForm&)>& each) const override;

 private:
  std::string dir_;
  int fd_ = -1;
  std::string buffer_;                // serialised forms not yet written
  std::vector<uint64_t> offsets_{0};  // where form i starts; the last: where the next goes
  uint64_t written_ = 0;              // bytes in the file
  bool failed_ = false;
  std::vector<BatchForm> memory_;  // when there is no file
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_BATCH_STORE_H_
