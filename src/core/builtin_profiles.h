// Internal: the built-in profiles, embedded at build time from profiles/*.yaml.
#ifndef EVALSCORE_CORE_BUILTIN_PROFILES_H_
#define EVALSCORE_CORE_BUILTIN_PROFILES_H_

#include <string_view>
#include <utility>
#include <vector>

namespace evalscore {

// (name, YAML text) of every built-in profile, central-2020 first.
const std::vector<std::pair<std::string_view, std::string_view>>& BuiltinProfileTable();

}  // namespace evalscore

#endif  // EVALSCORE_CORE_BUILTIN_PROFILES_H_
