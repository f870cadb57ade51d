// The batch checks' findings as CheckIndexedBatch finds them: references to
// forms and rows (~40 bytes each, however long the texts they quote), in the
// result's order. Word() turns a range of them into BatchFindings, reading the
// forms they quote back from the source, so a caller can render a batch of
// 100,000 findings a chunk at a time.
#ifndef EVALSCORE_BATCH_FINDING_LIST_H_
#define EVALSCORE_BATCH_FINDING_LIST_H_

#include <array>
#include <cstdint>
#include <deque>
#include <optional>
#include <vector>

#include "evalscore/batch_check.h"

namespace evalscore {

class BatchFormSource;

class BatchFindingList {
 public:
  // In the order of their codes (ES502's two wordings share a rank).
  enum class Kind : uint8_t { kEs501, kEs502Exact, kEs502Near, kEs503, kEs504 };

  // The forms of one unit (ES501, ES503) or of one repeated project (ES504).
  struct Group {
    uint32_t size = 0;
    std::array<uint32_t, 3> first{};  // its first three forms (input order): the others named
  };

  struct Ref {
    uint32_t form = 0;        // the form the finding is at
    uint32_t row = 0;         // ES502: its row (BatchForm::rows)
    uint32_t other_form = 0;  // ES502: the form and row it repeats
    uint32_t other_row = 0;
    uint32_t group = 0;  // ES501, ES503, ES504: index into groups()
    Kind kind = Kind::kEs501;
    int line = 0;  // where it is (its place in the order)
    int column = 0;
  };

  BatchFindingList() = default;
  // A deque: growing never holds the references twice (a vector's reallocation would).
  BatchFindingList(std::deque<Ref> refs, std::vector<Group> groups)
      : refs_(std::move(refs)), groups_(std::move(groups)) {}
  // Findings already worded (CheckBatch's, when hashes collided).
  explicit BatchFindingList(std::vector<BatchFinding> worded) : worded_(std::move(worded)) {}

  size_t size() const { return worded_ ? worded_->size() : refs_.size(); }
  const std::deque<Ref>& refs() const { return refs_; }
  const std::vector<Group>& groups() const { return groups_; }

  // Findings [begin, end) as CheckBatch words them; nullopt when the source
  // could not give a form back. `source` and `profile` must be those checked.
  std::optional<std::vector<BatchFinding>> Word(size_t begin, size_t end,
                                                const BatchFormSource& source,
                                                const RuleProfile& profile) const;

 private:
  std::deque<Ref> refs_;
  std::vector<Group> groups_;
  std::optional<std::vector<BatchFinding>> worded_;
};

}  // namespace evalscore

#endif  // EVALSCORE_BATCH_FINDING_LIST_H_
