// The forms of a batch for the batch checks (ES5xx), kept in an anonymous
// temporary file (SpooledRecords: O_TMPFILE in $TMPDIR, else /tmp; where the file
// system cannot, a random name, mode 0600, unlinked at once) rather than in memory:
// the process holds only each form's offset in the file (8 bytes; the caller its
// BatchIndex). When no temporary file can be made, the forms are held in memory
// instead (the same findings, the old cost); when a write fails, Flush() says so.
#ifndef EVALSCORE_CLI_BATCH_STORE_H_
#define EVALSCORE_CLI_BATCH_STORE_H_

#include <optional>
#include <string>
#include <vector>

#include "evalscore/batch_index.h"

#include "cli/anonymous_file.h"
#include "cli/spooled_names.h"

namespace evalscore::cli {

// A form as bytes and back (exposed for tests): lengths and numbers in
// native byte order, for this process's own file only.
std::string SerialiseBatchForm(const BatchForm& form);
std::optional<BatchForm> ParseBatchForm(std::string_view bytes);

class BatchStore : public BatchFormSource {
 public:
  BatchStore() : dir_(TempDir()), records_(dir_) {}

  void Add(const BatchForm& form) { offsets_.push_back(records_.Add(SerialiseBatchForm(form))); }
  // Room for `forms` forms' offsets.
  void Reserve(size_t forms) { offsets_.reserve(forms); }
  size_t size() const { return offsets_.size(); }
  // Writes what is buffered; call after the last Add. False when a write failed.
  bool Flush();
  // The directory of the file, for messages.
  const std::string& where() const { return dir_; }

  std::optional<BatchForm> Form(size_t index) const override;
  bool ForEach(const std::function<void(size_t, const BatchForm&)>& each) const override;

 private:
  std::string dir_;
  mutable SpooledRecords records_;  // reading moves its read-ahead window
  std::vector<uint64_t> offsets_;   // where form i starts in records_
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_BATCH_STORE_H_
