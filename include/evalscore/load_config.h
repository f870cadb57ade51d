// The settings of a .evalscore.yaml file, parsed from its text.
#ifndef EVALSCORE_LOAD_CONFIG_H_
#define EVALSCORE_LOAD_CONFIG_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "evalscore/profile.h"
#include "evalscore/result.h"

namespace evalscore {

struct ConfigSettings {
  std::string rules;  // rule profile: built-in name or file ("" = not set)
  // Per-check severity overrides ("ES101" or "BREAKDOWN_SUM" -> off|info|warning|error),
  // applied over those of the rule profile.
  SeverityOverrides severity;
  // Noise control, as --select / --ignore / --min-severity (the flags, when
  // given, replace these): codes, code prefixes or names; "" = not set.
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string min_severity;
  // Directories (relative to the config file) whose profile files a project
  // file may name in `rules:`, besides its own directory tree.
  std::vector<std::string> profile_dirs;
};

// Unknown keys (with a suggestion) and wrong types are located errors.
Result<ConfigSettings> ParseConfigText(std::string_view text);

}  // namespace evalscore

#endif  // EVALSCORE_LOAD_CONFIG_H_
