// libFuzzer target: any bytes as a project file; loading, scoring and checking
// must never crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "evalscore/check.h"
#include "evalscore/load_project.h"
#include "evalscore/score.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto project = evalscore::LoadProject(text);
  if (project) {
    const evalscore::RuleProfile profile;
    const auto score = evalscore::ScoreProject(project.value(), profile);
    evalscore::CheckProject(project.value(), score, profile);
  }
  return 0;
}
