// Reads rule profiles (YAML) and knows the built-in ones.
#ifndef EVALSCORE_LOAD_PROFILE_H_
#define EVALSCORE_LOAD_PROFILE_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "evalscore/profile.h"
#include "evalscore/result.h"

namespace evalscore {

inline constexpr const char* kDefaultProfile = "central-2020";

// The text of a profile named in `extends:`, and where it came from.
struct ProfileText {
  std::string text;
  std::string origin;  // "built-in" or a path
};

// Finds the profile named by `extends:`; the default resolver knows the
// built-ins only. The CLI adds files relative to the extending profile.
using ProfileResolver =
    std::function<std::optional<ProfileText>(const std::string& name, const std::string& from)>;

// Parses a profile. Fields not written keep the value of the profile named by
// `extends:` (or the defaults, which are central-2020). Unknown keys, wrong
// types and impossible values (bands out of order, negative points, fractions
// outside 0..1) are errors with line and column; errors in an extended file
// name that file in their message.
Result<RuleProfile> LoadProfile(std::string_view text, const std::string& origin,
                                const ProfileResolver& resolve = {});

// Built-in profiles, in a fixed order, central-2020 first.
const std::vector<std::string>& BuiltinProfileNames();
std::optional<std::string_view> BuiltinProfileText(const std::string& name);
// REQUIRES: name is one of BuiltinProfileNames().
RuleProfile BuiltinProfile(const std::string& name);

// central-2020 without parsing its YAML: RuleProfile's defaults are that
// profile (a test holds the two equal). For single-file runs.
RuleProfile DefaultProfile();

// The fully resolved profile as YAML that LoadProfile reads back unchanged.
std::string ProfileToYaml(const RuleProfile& profile);

}  // namespace evalscore

#endif  // EVALSCORE_LOAD_PROFILE_H_
