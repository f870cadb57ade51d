// Internal: refuses YAML nested far deeper than any project or profile file
// needs, before yaml-cpp's recursive parser sees it.
#ifndef EVALSCORE_CORE_YAML_DEPTH_H_
#define EVALSCORE_CORE_YAML_DEPTH_H_

#include <optional>
#include <string_view>

#include "evalscore/result.h"

namespace evalscore {

inline constexpr int kMaxFlowDepth = 64;  // [ and { open at once
inline constexpr int kMaxIndent = 256;    // leading columns of one line

// An error at the first place the text nests too deeply, or nullopt.
std::optional<Error> CheckNestingDepth(std::string_view text);

// The first tab used for indentation (YAML allows spaces only), as an error to
// report instead of yaml-cpp's vaguer message; nullopt if there is none.
std::optional<Error> FindIndentTab(std::string_view text);

}  // namespace evalscore

#endif  // EVALSCORE_CORE_YAML_DEPTH_H_
