// The inputs of a batch in --sort order, without holding their reports.
#ifndef EVALSCORE_CLI_SORTED_INPUTS_H_
#define EVALSCORE_CLI_SORTED_INPUTS_H_

#include <optional>

#include "cli/batch.h"
#include "cli/render.h"

namespace evalscore::cli {

// What --sort orders by, largest first, as the summary table does (see SortKey).
double SortValue(const FileReport& r, SortKey key);

// The inputs' indices in --sort order (stable: equal values keep the input
// order). A first pass scores every input on `jobs` threads and keeps only its
// sort value (8 bytes an input, until sorted; the order is 4), so memory stays
// flat however many files there are; the caller scores them again in this
// order to render them. nullopt: keep the input order (an input gave no
// report, or there are more inputs than the order can index).
std::optional<InputOrder> SortedInputs(const InputList& inputs, unsigned jobs,
                                       const ScoreOne& score, SortKey key);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_SORTED_INPUTS_H_
