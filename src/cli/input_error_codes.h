// Stable codes for input errors (a file that could not be scored), for the
// machine-readable formats: ES001 IO_ERROR … ES009 RULES. Each input error
// message of the core's catalogue carries its code (InputErrorCodeOf).
#ifndef EVALSCORE_CLI_INPUT_ERROR_CODES_H_
#define EVALSCORE_CLI_INPUT_ERROR_CODES_H_

#include <string>
#include <vector>

#include "evalscore/message.h"

namespace evalscore::cli {

struct InputErrorCode {
  const char* code;     // "ES005"
  const char* name;     // "UNKNOWN_KEY"
  const char* summary;  // what it covers
};

// Every input error code, in order (for documentation and the JSON Schema).
const std::vector<InputErrorCode>& InputErrorCodes();

// The code of an input error message; ES000 INPUT_ERROR when it has none.
const InputErrorCode& ClassifyInputError(const Message& message);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_INPUT_ERROR_CODES_H_
