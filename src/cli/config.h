// The .evalscore.yaml config file, found by walking up from a directory.
#ifndef EVALSCORE_CLI_CONFIG_H_
#define EVALSCORE_CLI_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "evalscore/result.h"

namespace evalscore::cli {

inline constexpr const char* kConfigName = ".evalscore.yaml";

struct Config {
  std::string path;   // the file read; "" when none was found
  std::string rules;  // `rules:` a built-in profile name or a file relative to the config
  std::map<std::string, std::string> severity;  // `severity:` per-check overrides
  std::vector<std::string> select;              // `select:` (--select replaces it)
  std::vector<std::string> ignore;              // `ignore:` (--ignore replaces it)
  std::string min_severity;                     // `min_severity:` (--min-severity replaces it)
};

// The nearest .evalscore.yaml in `start_dir` or its parents (nullopt if none).
std::optional<std::string> FindConfig(const std::string& start_dir);

// Reads a config file; unknown keys and wrong types are located errors.
Result<Config> LoadConfig(const std::string& path);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_CONFIG_H_
