// libFuzzer target: any bytes as a target or actual cell.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "evalscore/value.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const evalscore::Value v = evalscore::ParseValue(text);
  evalscore::FoldText(text);
  evalscore::UnitsCompatible(v, evalscore::ParseValue(v.text));
  return 0;
}
