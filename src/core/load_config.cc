#include "evalscore/load_config.h"

#include <yaml-cpp/yaml.h>

#include "check_severity.h"
#include "yaml_depth.h"
#include "yaml_map.h"

namespace evalscore {

Result<ConfigSettings> ParseConfigText(std::string_view text) {
  if (auto too_deep = CheckNestingDepth(text)) return Errors{*too_deep};
  ConfigSettings settings;
  Errors errors;
  try {
    const YAML::Node root = YAML::Load(std::string(text));
    if (root.IsNull()) return settings;
    if (!root.IsMap()) return Errors{{"the config file must be a YAML mapping", Where(root)}};
    MapReader r(root, {{"rules", {"规则"}}, {"severity", {}}}, "the config file", &errors);
    if (auto n = r.Get("rules")) {
      if (auto t = ReadText(*n, "rules", &errors)) settings.rules = t->value;
    }
    if (auto n = r.Get("severity")) ReadSeverityOverrides(*n, &settings.severity, &errors);
  } catch (const YAML::Exception& e) {
    errors.push_back({"YAML syntax: " + e.msg, Location{e.mark.line + 1, e.mark.column + 1}});
  }
  if (!errors.empty()) return errors;
  return settings;
}

}  // namespace evalscore
