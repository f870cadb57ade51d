#include "check_severity.h"

#include "evalscore/check.h"
#include "evalscore/severity_override.h"

#include "edit_distance.h"
#include "yaml_map.h"

namespace evalscore {

void ReadSeverityOverrides(const yaml::Node& node, SeverityOverrides* out, Errors* errors) {
  if (!node.IsMap()) {
    errors->push_back({"severity must map check codes to off|info|warning|error", Where(node)});
    return;
  }
  std::vector<std::string> known;
  for (const CheckInfo& c : CheckCatalogue()) {
    known.push_back(c.code);
    known.push_back(c.name);
  }
  for (const auto& [key_node, value_node] : UniquePairs(node, "severity", errors)) {
    const yaml::Node& key = *key_node;
    const yaml::Node& value = *value_node;
    const std::string code = key.IsScalar() ? key.Scalar() : std::string();
    const CheckInfo* info = FindCheck(code);
    if (info == nullptr) {
      std::string message = "unknown check '" + code + "' in severity";
      const std::string suggestion = ClosestMatch(code, known);
      if (!suggestion.empty()) message += "; did you mean '" + suggestion + "'?";
      errors->push_back({message, Where(key)});
      continue;
    }
    const std::string level = value.IsScalar() ? value.Scalar() : std::string();
    std::optional<Severity> parsed;
    if (!ParseSeverityOverride(level, &parsed)) {
      errors->push_back(
          {"severity of " + code + " must be off, info, warning or error, not '" + level + "'",
           Where(value)});
      continue;
    }
    (*out)[info->code] = parsed;
  }
}

}  // namespace evalscore
