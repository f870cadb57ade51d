// The hashed rows of a BatchIndex (24 bytes each) kept in an anonymous
// temporary file (SpooledRecords) rather than in memory; in memory when no
// file can be made.
#ifndef EVALSCORE_CLI_BATCH_ROW_FILE_H_
#define EVALSCORE_CLI_BATCH_ROW_FILE_H_

#include "evalscore/batch_index.h"

#include "cli/spooled_names.h"

namespace evalscore::cli {

class BatchRowFile : public BatchRowStore {
 public:
  void Append(const BatchRowHash& row) override;
  size_t size() const override { return rows_.size(); }
  // Writes what is buffered; call after the last Append. False when a write failed.
  bool Flush();
  bool ForEach(const std::function<void(const BatchRowHash&)>& each) const override;

 private:
  mutable SpooledRecords rows_;  // a record of sizeof(BatchRowHash) bytes per row
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_BATCH_ROW_FILE_H_
