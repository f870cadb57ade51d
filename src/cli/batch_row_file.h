// The hashed rows of a BatchIndex (24 bytes each) kept in an anonymous
// temporary file (anonymous_file.h) rather than in memory; in memory when no
// file can be made.
#ifndef EVALSCORE_CLI_BATCH_ROW_FILE_H_
#define EVALSCORE_CLI_BATCH_ROW_FILE_H_

#include <vector>

#include "evalscore/batch_index.h"

namespace evalscore::cli {

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

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_BATCH_ROW_FILE_H_
