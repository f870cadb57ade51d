// The batch checks (ES5xx) over a batch too large to hold: each form's
// BatchForm is kept elsewhere (a BatchFormSource: a file in the CLI, memory in
// tests), and only fixed-size, hashed data per form and per compared row is
// held (BatchIndex, ~32 bytes per form and 24 per row). CheckIndexedBatch
// groups by hash and reads back only what it compares closer or words in a
// finding. Its findings are exactly CheckBatch's over the same forms: every
// equality of hashes it relies on is first confirmed on the texts (one
// sequential read of the source); if two texts share a hash it falls back to
// CheckBatch over every form.
#ifndef EVALSCORE_BATCH_INDEX_H_
#define EVALSCORE_BATCH_INDEX_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "evalscore/batch_check.h"

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

// The hashed summary of a batch, added to in input order.
class BatchIndex {
 public:
  // `min_text_chars`: checks.batch_min_text_chars of the profile the batch is
  // checked with (shorter indicator names are never compared).
  explicit BatchIndex(size_t min_text_chars, BatchTextHash hash_text = HashBatchText)
      : min_text_chars_(min_text_chars), hash_(hash_text) {}

  void Add(const BatchForm& form);
  size_t size() const { return forms_.size(); }

  struct Form {
    uint64_t duplicate;  // hash of ES504's name|year|unit (when has_name)
    uint64_t unit;       // hash of the normalised unit
    bool has_name = false;
    bool has_unit = false;
    bool self_full = false;
    bool satisfaction_all_100 = false;
  };
  struct Row {        // a row ES502 compares: of a form with a unit, its name long enough
    uint64_t target;  // hash of the normalised target
    uint64_t key;     // hash of the normalised name|target
    uint32_t form;
    uint32_t row;  // in BatchForm::rows
  };
  const std::vector<Form>& forms() const { return forms_; }
  const std::vector<Row>& rows() const { return rows_; }
  size_t min_text_chars() const { return min_text_chars_; }
  BatchTextHash hash() const { return hash_; }

 private:
  size_t min_text_chars_;
  BatchTextHash hash_;
  std::vector<Form> forms_;
  std::vector<Row> rows_;
};

// The texts the index hashes (shared with the checks that confirm them).
std::string BatchDuplicateKey(const BatchForm& form);  // "" when the form has no name
std::string_view BatchRowTarget(const BatchForm::Row& row);

// CheckBatch's findings over the forms of `source` indexed by `index` (the
// profile's checks.batch_min_text_chars must be the index's); nullopt when
// the source failed to give a form back.
std::optional<std::vector<BatchFinding>> CheckIndexedBatch(const BatchIndex& index,
                                                           const BatchFormSource& source,
                                                           const RuleProfile& profile);

}  // namespace evalscore

#endif  // EVALSCORE_BATCH_INDEX_H_
