// Chooses and loads the rule profile for each project, caching loaded ones.
// Precedence (evalscore/profile_choice.h): --rules > the project's `rules:` >
// .evalscore.yaml > central-2020.
#ifndef EVALSCORE_CLI_PROFILES_H_
#define EVALSCORE_CLI_PROFILES_H_

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "evalscore/profile.h"
#include "evalscore/profile_choice.h"
#include "evalscore/result.h"

namespace evalscore::cli {

class ProfileProvider {
 public:
  // `cli_rules`: --rules (name or file), "" if not given. `config_rules`: the
  // config file's `rules:` with `config_dir` the directory of that file.
  // `severity` (from the config file) overrides the severities of every profile.
  // `profile_dirs` (from the config file): directories whose profile files a
  // project file may name, besides its own directory tree.
  ProfileProvider(std::string cli_rules, std::string config_rules, std::string config_dir,
                  SeverityOverrides severity = {}, std::vector<std::string> profile_dirs = {});

  // Loads the profile a command-line or config choice names, so that a broken
  // one stops the run before any project is scored.
  Result<std::shared_ptr<const RuleProfile>> Preload();

  // The profile for a project whose file is `project_path` and which names
  // `project_rules` ("" if none): a built-in name, or a file relative to the
  // project's directory (else to a directory of `profile_dirs`), inside one of
  // those trees. Thread-safe.
  Result<std::shared_ptr<const RuleProfile>> For(const std::string& project_path,
                                                 const std::string& project_rules);

 private:
  // The profile `choice` names; a project's choice is resolved against
  // `project_path`'s directory and confined to it.
  Result<std::shared_ptr<const RuleProfile>> Load(const ProfileChoice& choice,
                                                  const std::string& project_path);
  Result<std::shared_ptr<const RuleProfile>> Load(
      const std::string& name_or_path, const std::string& base_dir,
      const std::vector<std::string>& confine_roots = {});

  std::string cli_rules_;
  std::string config_rules_;
  std::string config_dir_;
  SeverityOverrides severity_;
  std::vector<std::string> profile_dirs_;
  std::mutex mutex_;
  std::map<std::string, Result<std::shared_ptr<const RuleProfile>>> cache_;
};

// Reads a rule profile file (or built-in name) once, resolving `extends:`
// against built-ins and files relative to the extending file. With
// `confine_roots` (a profile a project file named: untrusted), every file of
// the chain must lie inside one of those directory trees (symbolic links
// followed), and errors give the file and line:col but never quote the file's
// content.
Result<RuleProfile> LoadProfileNamed(const std::string& name_or_path, const std::string& base_dir,
                                     const std::vector<std::string>& confine_roots = {});

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_PROFILES_H_
