// Chinese for the messages the core writes in English (findings and input
// errors), by pattern: the numbers and names inside a message are kept.
#ifndef EVALSCORE_CLI_TRANSLATE_H_
#define EVALSCORE_CLI_TRANSLATE_H_

#include <string>

#include "cli/style.h"

namespace evalscore::cli {

// `message` in `lang`: as it is for English; for Chinese the translation of the
// first matching pattern, or the English when no pattern matches.
std::string Translate(const std::string& message, Lang lang);

// True when a Chinese translation exists for `message` (used by tests to keep
// every message of the core translated).
bool HasTranslation(const std::string& message);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_TRANSLATE_H_
