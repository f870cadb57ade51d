// Stable codes for input errors (a file that could not be scored), for the
// machine-readable formats: ES001 IO_ERROR … ES009 RULES. The core reports
// input errors as sentences; the code is chosen by the sentence's shape.
#ifndef EVALSCORE_CLI_INPUT_ERROR_CODES_H_
#define EVALSCORE_CLI_INPUT_ERROR_CODES_H_

#include <string>
#include <vector>

namespace evalscore::cli {

struct InputErrorCode {
  const char* code;     // "ES005"
  const char* name;     // "UNKNOWN_KEY"
  const char* summary;  // what it covers
};

// Every input error code, in order (for documentation and the JSON Schema).
const std::vector<InputErrorCode>& InputErrorCodes();

// The code of an input error message; ES000 INPUT_ERROR when none matches.
const InputErrorCode& ClassifyInputError(const std::string& message);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_INPUT_ERROR_CODES_H_
