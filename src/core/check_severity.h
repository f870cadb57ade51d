// Internal: reads a `severity:` mapping of check code or name -> off|info|warning|error.
#ifndef EVALSCORE_CORE_CHECK_SEVERITY_H_
#define EVALSCORE_CORE_CHECK_SEVERITY_H_

#include <map>
#include <string>

#include "evalscore/profile.h"
#include "evalscore/result.h"

#include "yaml_tree.h"

namespace evalscore {

// Unknown codes (with a suggestion) and unknown levels are located errors.
void ReadSeverityOverrides(const yaml::Node& node, SeverityOverrides* out, Errors* errors);

}  // namespace evalscore

#endif  // EVALSCORE_CORE_CHECK_SEVERITY_H_
