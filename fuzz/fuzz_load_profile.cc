// libFuzzer target: any bytes as a rule profile (extends: resolves built-ins).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "evalscore/load_profile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto profile = evalscore::LoadProfile(text, "fuzz.yaml");
  if (profile) evalscore::ProfileToYaml(profile.value());
  return 0;
}
