// The inputs of a batch in --sort order, without holding their reports.
#ifndef EVALSCORE_CLI_SORTED_INPUTS_H_
#define EVALSCORE_CLI_SORTED_INPUTS_H_

#include <vector>

#include "cli/batch.h"
#include "cli/render.h"

namespace evalscore::cli {

// What --sort orders by, largest first, as the summary table does (see SortKey).
double SortValue(const FileReport& r, SortKey key);

// The inputs in --sort order (stable). A first pass scores every input on
// `jobs` threads and keeps only its sort value, so memory stays flat however
// many files there are; the caller scores them again in this order to render
// them.
std::vector<Input> SortedInputs(const std::vector<Input>& inputs, unsigned jobs,
                                const ScoreOne& score, SortKey key);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_SORTED_INPUTS_H_
