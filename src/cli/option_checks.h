// Validators of option values that CLI11's own checks let through.
#ifndef EVALSCORE_CLI_OPTION_CHECKS_H_
#define EVALSCORE_CLI_OPTION_CHECKS_H_

#include <CLI/CLI.hpp>

namespace evalscore::cli {

// A plain decimal number (`60`, `59.5`, `-1`): not `nan` (which would turn a
// gate off), `inf`, `0x60` (which CLI11 reads as 96) or `1e2`.
CLI::Validator PlainDecimal();

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_OPTION_CHECKS_H_
