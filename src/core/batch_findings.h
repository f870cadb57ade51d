// What the two batch checkers (over held forms, check_batch.cc, and over an
// index, check_batch_indexed.cc) share: the wording of each finding, the
// near-duplicate test and the order of the result. Internal to the core.
#ifndef EVALSCORE_CORE_BATCH_FINDINGS_H_
#define EVALSCORE_CORE_BATCH_FINDINGS_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "evalscore/batch_check.h"
#include "evalscore/batch_finding_list.h"

namespace evalscore::batch {

// ES502 compares near-duplicates among at most this many rows with one
// target; beyond, exact copies only.
inline constexpr size_t kNearGroupMax = 500;

// A finding of the batch checks at one form (its index in the batch).
struct Found {
  size_t form;
  BatchFinding finding;
  uint32_t row = 0;  // ES502: the row's index in BatchForm::rows
};

// The finding `code` at `where` of `form`, or nullopt when the profile's
// severity override turns it off.
std::optional<BatchFinding> MakeFinding(const char* code, const BatchForm& form, Location where,
                                        Message message, const RuleProfile& profile);

// A group's size and first three forms (`group`: indices in input order).
BatchFindingList::Group GroupOf(const std::vector<size_t>& group);

// "a.yaml" or "a.yaml, b.yaml and 3 more": the files of `group` but `self`
// (one of its forms).
std::string Others(const BatchFindingList::Group& group, size_t self,
                   const std::function<std::string(size_t)>& file_of);

// The finding's code ("ES502" for both wordings).
const char* KindCode(BatchFindingList::Kind kind);
// False when the profile's severity override turns `code` off.
bool Reported(const char* code, const RuleProfile& profile);

Message Es504(const BatchForm& form, const std::string& others);
Message Es501(const BatchForm& form, size_t forms, const std::string& others);
Message Es503(const BatchForm& form, size_t forms, const std::string& others);
Message Es502(bool exact, const BatchForm::Row& row, const BatchForm& other_form,
              const BatchForm::Row& other_row);

// Two rows with the same target whose names are at least
// checks.batch_similarity alike (by edit distance).
bool Similar(const BatchForm::Row& a, const BatchForm::Row& b, const RuleProfile& profile);

// The result's order: form, line, column, code (a stable sort).
bool FoundBefore(const Found& a, const Found& b);

}  // namespace evalscore::batch

#endif  // EVALSCORE_CORE_BATCH_FINDINGS_H_
