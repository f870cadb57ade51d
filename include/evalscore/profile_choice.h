// Which rule profile scores a project: the one precedence rule of the tool,
// as a pure function (the CLI finds and reads the files; this decides).
#ifndef EVALSCORE_PROFILE_CHOICE_H_
#define EVALSCORE_PROFILE_CHOICE_H_

#include <string>
#include <string_view>

namespace evalscore {

// Where the chosen profile was named, highest precedence first.
enum class ProfileOrigin {
  kFlag,     // --rules: the person running the tool
  kProject,  // the project file's `rules:` (untrusted: confined to its directory)
  kConfig,   // the config file's `rules:` (relative to the config file)
  kDefault,  // none of these: the built-in default profile
};

struct ProfileChoice {
  ProfileOrigin origin = ProfileOrigin::kDefault;
  std::string name;  // a built-in name or a file name, as written where it was named
};

// flag > project > config > default; an empty string means "not named there".
ProfileChoice ChooseProfile(std::string_view flag, std::string_view project,
                            std::string_view config);

}  // namespace evalscore

#endif  // EVALSCORE_PROFILE_CHOICE_H_
