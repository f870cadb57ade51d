#include "evalscore/profile_choice.h"

#include "evalscore/load_profile.h"

namespace evalscore {

ProfileChoice ChooseProfile(std::string_view flag, std::string_view project,
                            std::string_view config) {
  if (!flag.empty()) return {ProfileOrigin::kFlag, std::string(flag)};
  if (!project.empty()) return {ProfileOrigin::kProject, std::string(project)};
  if (!config.empty()) return {ProfileOrigin::kConfig, std::string(config)};
  return {ProfileOrigin::kDefault, kDefaultProfile};
}

}  // namespace evalscore
