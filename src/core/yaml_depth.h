// Internal: refuses, before yaml-cpp's recursive parser sees it, YAML that
// would hang or overflow it (found by fuzzing; tests/fuzz-regressions/).
#ifndef EVALSCORE_CORE_YAML_DEPTH_H_
#define EVALSCORE_CORE_YAML_DEPTH_H_

#include <optional>
#include <string_view>

#include "evalscore/result.h"

namespace evalscore {

inline constexpr int kMaxFlowDepth = 64;  // [ and { open at once
inline constexpr int kMaxIndent = 256;    // leading columns of one line

// Refuses, before yaml-cpp sees them, texts that would hang or overflow it:
// NUL bytes and invalid UTF-8, nesting past the limits above, and a ',' where a
// block token starts. Returns the first such problem, or nullopt.
std::optional<Error> PrescanYaml(std::string_view text);

// The first tab used for indentation (YAML allows spaces only), as an error to
// report instead of yaml-cpp's vaguer message; nullopt if there is none.
std::optional<Error> FindIndentTab(std::string_view text);

}  // namespace evalscore

#endif  // EVALSCORE_CORE_YAML_DEPTH_H_
