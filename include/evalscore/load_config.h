// The settings of a .evalscore.yaml file, parsed from its text.
#ifndef EVALSCORE_LOAD_CONFIG_H_
#define EVALSCORE_LOAD_CONFIG_H_

#include <string>
#include <string_view>

#include "evalscore/result.h"

namespace evalscore {

struct ConfigSettings {
  std::string rules;  // rule profile: built-in name or file ("" = not set)
};

// Unknown keys (with a suggestion) and wrong types are located errors.
Result<ConfigSettings> ParseConfigText(std::string_view text);

}  // namespace evalscore

#endif  // EVALSCORE_LOAD_CONFIG_H_
