// Reads a project file (format evalscore/1) from YAML text.
#ifndef EVALSCORE_LOAD_PROJECT_H_
#define EVALSCORE_LOAD_PROJECT_H_

#include <string_view>

#include "evalscore/project.h"
#include "evalscore/result.h"

namespace evalscore {

inline constexpr const char* kProjectFormat = "evalscore/1";

// Largest number of indicator rows one file may hold (guards against alias
// expansion and runaway files).
inline constexpr size_t kMaxIndicators = 5000;

// Parses `text` (UTF-8) into a Project. On failure returns every problem found,
// each with its 1-based line and column: YAML syntax, several documents,
// unknown or duplicate keys (with a "did you mean"), wrong types, missing
// required fields. Never throws.
Result<Project> LoadProject(std::string_view text);

}  // namespace evalscore

#endif  // EVALSCORE_LOAD_PROJECT_H_
