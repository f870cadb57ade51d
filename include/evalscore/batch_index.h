// The batch checks (ES5xx) over a batch too large to hold: each form's
// BatchForm is kept elsewhere (a BatchFormSource: a file in the CLI, memory in
// tests), and only fixed-size, hashed data per form is held (BatchIndex, 24
// bytes per form); the hashed rows compared go to a BatchRowStore (a file in
// the CLI). CheckIndexedBatch groups by hash, one share of the rows at a time,
// and reads back only what it compares closer or locates; its findings are
// references, worded later a chunk at a time (batch_finding_list.h). They are
// exactly CheckBatch's over the same forms: every equality of hashes it relies
// on is first confirmed on the texts (a sequential read of the source per
// share); if two texts share a hash it falls back to CheckBatch over every form.
#ifndef EVALSCORE_BATCH_INDEX_H_
#define EVALSCORE_BATCH_INDEX_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "evalscore/batch_check.h"
#include "evalscore/batch_finding_list.h"

namespace evalscore {

// 64-bit FNV-1a: the same value on every platform and run.
uint64_t HashBatchText(std::string_view text);

using BatchTextHash = uint64_t (*)(std::string_view);

// Where the forms of an index are kept, by index (0 = the first added).
class BatchFormSource {
 public:
  virtual ~BatchFormSource() = default;
  // The form; nullopt when it cannot be read back.
  virtual std::optional<BatchForm> Form(size_t index) const = 0;
  // Every form in order; false when one could not be read back.
  virtual bool ForEach(const std::function<void(size_t, const BatchForm&)>& each) const = 0;
};

// Forms held in memory (tests, library callers).
class MemoryBatchSource : public BatchFormSource {
 public:
  explicit MemoryBatchSource(const std::vector<BatchForm>* forms) : forms_(forms) {}
  std::optional<BatchForm> Form(size_t index) const override { return (*forms_)[index]; }
  bool ForEach(const std::function<void(size_t, const BatchForm&)>& each) const override {
    for (size_t i = 0; i < forms_->size(); ++i) each(i, (*forms_)[i]);
    return true;
  }

 private:
  const std::vector<BatchForm>* forms_;
};

// A row ES502 compares: of a form with a unit, its name long enough.
struct BatchRowHash {
  uint64_t target;  // hash of the normalised target
  uint64_t key;     // hash of the normalised name|target
  uint32_t form;
  uint32_t row;  // in BatchForm::rows
};

// Where the hashed rows of an index are kept, in the order added.
class BatchRowStore {
 public:
  virtual ~BatchRowStore() = default;
  virtual void Append(const BatchRowHash& row) = 0;
  virtual size_t size() const = 0;
  // Every row in order; false when one could not be read back.
  virtual bool ForEach(const std::function<void(const BatchRowHash&)>& each) const = 0;
};

// Rows held in memory (tests, library callers, the CLI without a temporary file).
class MemoryBatchRows : public BatchRowStore {
 public:
  void Append(const BatchRowHash& row) override { rows_.push_back(row); }
  size_t size() const override { return rows_.size(); }
  bool ForEach(const std::function<void(const BatchRowHash&)>& each) const override {
    for (const BatchRowHash& row : rows_) each(row);
    return true;
  }

 private:
  std::vector<BatchRowHash> rows_;
};

// The hashed summary of a batch, added to in input order.
class BatchIndex {
 public:
  // `min_text_chars`: checks.batch_min_text_chars of the profile the batch is
  // checked with (shorter indicator names are never compared). `rows`: where
  // the compared rows go (outlives the index); null: held in memory.
  explicit BatchIndex(size_t min_text_chars, BatchTextHash hash_text = HashBatchText,
                      BatchRowStore* rows = nullptr)
      : min_text_chars_(min_text_chars),
        hash_(hash_text),
        own_rows_(rows == nullptr ? std::make_unique<MemoryBatchRows>() : nullptr),
        rows_(rows == nullptr ? own_rows_.get() : rows) {}

  void Add(const BatchForm& form);
  // Room for `forms` forms (no reallocation that briefly holds the list twice).
  void Reserve(size_t forms) { forms_.reserve(forms); }
  size_t size() const { return forms_.size(); }

  struct Form {
    uint64_t duplicate;  // hash of ES504's name|year|unit (when has_name)
    uint64_t unit;       // hash of the normalised unit
    bool has_name = false;
    bool has_unit = false;
    bool self_full = false;
    bool satisfaction_all_100 = false;
  };
  const std::vector<Form>& forms() const { return forms_; }
  const BatchRowStore& rows() const { return *rows_; }
  size_t min_text_chars() const { return min_text_chars_; }
  BatchTextHash hash() const { return hash_; }

 private:
  size_t min_text_chars_;
  BatchTextHash hash_;
  std::vector<Form> forms_;
  std::unique_ptr<MemoryBatchRows> own_rows_;
  BatchRowStore* rows_;
};

// The texts the index hashes (shared with the checks that confirm them).
std::string BatchDuplicateKey(const BatchForm& form);  // "" when the form has no name
std::string_view BatchRowTarget(const BatchForm::Row& row);

// The compared rows CheckIndexedBatch holds at once (beyond, it takes the rows
// in shares by target, reading the source once per share): ~2 MiB.
inline constexpr size_t kBatchRowsPerShare = size_t{1} << 15;

// CheckBatch's findings over the forms of `source` indexed by `index` (the
// profile's checks.batch_min_text_chars must be the index's), as references
// in CheckBatch's order; nullopt when the source or the row store failed to
// give something back.
std::optional<BatchFindingList> CheckIndexedBatch(const BatchIndex& index,
                                                  const BatchFormSource& source,
                                                  const RuleProfile& profile,
                                                  size_t rows_per_share = kBatchRowsPerShare);

}  // namespace evalscore

#endif  // EVALSCORE_BATCH_INDEX_H_
