// Scores a list of inputs on N threads and hands the reports to a renderer
// strictly in input order, holding only the reports not yet rendered.
#ifndef EVALSCORE_CLI_BATCH_H_
#define EVALSCORE_CLI_BATCH_H_

#include <functional>
#include <string>
#include <vector>

#include "cli/file_report.h"
#include "cli/inputs.h"

namespace evalscore::cli {

// One input gives one report, or several (a workbook holding several forms).
using ScoreOne = std::function<std::vector<FileReport>(const Input&)>;
using Consume = std::function<void(const FileReport&)>;

// Calls score(inputs[i]) on `jobs` threads (the calling thread among them;
// alone when jobs <= 1) and consume() for the reports in input order 0, 1,
// 2 ... (an input's reports in their order), one call at a time (from whichever thread renders),
// never two at once.
void RunBatch(const std::vector<Input>& inputs, unsigned jobs, const ScoreOne& score,
              const Consume& consume);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_BATCH_H_
