// Scores a list of inputs on N threads and hands the reports to a renderer
// strictly in input order, holding only the reports not yet rendered.
#ifndef EVALSCORE_CLI_BATCH_H_
#define EVALSCORE_CLI_BATCH_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "cli/file_report.h"
#include "cli/inputs.h"

namespace evalscore::cli {

// One input gives one report, or several when it holds several forms (a
// workbook with a form per sheet).
using ScoreOne = std::function<std::vector<FileReport>(const Input&)>;
using Consume = std::function<void(const FileReport&)>;

// An order to go through a list in: indices into it (4 bytes an input).
using InputOrder = std::vector<uint32_t>;

// Calls score(inputs.At(i)) on `jobs` threads (the calling thread among them;
// alone when jobs <= 1) and consume() for the reports in input order 0, 1,
// 2 ... (an input's reports in their order), one call at a time (from whichever thread renders),
// never two at once. With `order` (a permutation of the indices), the inputs
// go in that order instead. When `stop` is given and becomes true (the output is gone), no further
// input is started. When the system refuses more threads than some number below
// `jobs`, the batch runs on those it got. Returns the threads used. Memory
// does not grow with the number of inputs: at most a window of reports (a
// few per thread) waits to be rendered.
unsigned RunBatch(const InputList& inputs, unsigned jobs, const ScoreOne& score,
                  const Consume& consume, const std::atomic<bool>* stop = nullptr,
                  const InputOrder* order = nullptr);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_BATCH_H_
