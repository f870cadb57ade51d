#include "check_severity.h"

#include "evalscore/check.h"
#include "evalscore/severity_override.h"

#include "edit_distance.h"
#include "yaml_map.h"

namespace evalscore {

void ReadSeverityOverrides(const yaml::Node& node, SeverityOverrides* out, Errors* errors) {
  if (!node.IsMap()) {
    errors->push_back({{"profile.severity_not_mapping", {}}, Where(node)});
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
      const std::string suggestion = ClosestMatch(code, known);
      errors->push_back(
          {{suggestion.empty() ? "profile.unknown_check" : "profile.unknown_check_suggest",
            {TextArg("check", code), TextArg("suggestion", suggestion)}},
           Where(key)});
      continue;
    }
    const std::string level = value.IsScalar() ? value.Scalar() : std::string();
    std::optional<Severity> parsed;
    if (!ParseSeverityOverride(level, &parsed)) {
      errors->push_back(
          {{"profile.bad_severity", {TextArg("check", code), TextArg("written", level)}},
           Where(value)});
      continue;
    }
    (*out)[info->code] = parsed;
  }
}

}  // namespace evalscore
