// The .evalscore.yaml config file, found by walking up from a directory.
#ifndef EVALSCORE_CLI_CONFIG_H_
#define EVALSCORE_CLI_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "evalscore/message.h"
#include "evalscore/profile.h"
#include "evalscore/result.h"

namespace evalscore::cli {

inline constexpr const char* kConfigName = ".evalscore.yaml";

struct Config {
  std::string path;            // the file read; "" when none was found
  std::string rules;           // `rules:` a built-in profile name or a file relative to the config
  SeverityOverrides severity;  // `severity:` per-check overrides
  std::vector<std::string> select;        // `select:` (--select replaces it)
  std::vector<std::string> ignore;        // `ignore:` (--ignore replaces it)
  std::string min_severity;               // `min_severity:` (--min-severity replaces it)
  std::vector<std::string> profile_dirs;  // `profile_dirs:`, relative to the config resolved
};

// What the search for a config file found.
struct ConfigSearch {
  std::optional<std::string> path;  // the config to honour, if any
  std::vector<Message> warnings;    // configs passed over, and why
};

// The nearest .evalscore.yaml in `start_dir` or its parents that is safe to
// honour. The walk stops after the first directory that is a repository root
// (holds .git), the home directory ($HOME), or the last one on the same
// filesystem. A config is honoured only when it is a regular file owned by
// the user running evalscore or by root and not writable by group or others;
// any other is passed over with a warning (someone else could have planted it).
ConfigSearch FindConfig(const std::string& start_dir);

// Reads a config file; unknown keys and wrong types are located errors.
Result<Config> LoadConfig(const std::string& path);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_CONFIG_H_
