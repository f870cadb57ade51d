#include "evalscore/load_config.h"

#include <yaml-cpp/exceptions.h>

#include "check_severity.h"
#include "yaml_depth.h"
#include "yaml_map.h"
#include "yaml_tree.h"

namespace evalscore {

Result<ConfigSettings> ParseConfigText(std::string_view text) {
  if (auto too_deep = PrescanYaml(text)) return Errors{*too_deep};
  ConfigSettings settings;
  Errors errors;
  try {
    const auto docs = yaml::ParseAll(text);
    if (docs.empty() || docs[0]->root == nullptr || docs[0]->root->IsNull()) return settings;
    if (docs.size() > 1) return Errors{{"the config file must hold one YAML document", {}}};
    const yaml::Node& root = *docs[0]->root;
    if (!root.IsMap()) return Errors{{"the config file must be a YAML mapping", Where(root)}};
    MapReader r(root, {{"rules", {"规则"}}, {"severity", {}}, {"profile_dirs", {"规则目录"}}},
                "the config file", &errors);
    if (auto n = r.Get("rules")) {
      if (auto t = ReadText(*n, "rules", &errors)) settings.rules = t->value;
    }
    if (auto n = r.Get("severity")) ReadSeverityOverrides(*n, &settings.severity, &errors);
    if (auto n = r.Get("profile_dirs")) {
      if (n->IsSequence()) {
        for (const yaml::Node* item : n->items()) {
          if (auto t = ReadText(*item, "profile_dirs", &errors)) {
            settings.profile_dirs.push_back(t->value);
          }
        }
      } else if (auto t = ReadText(*n, "profile_dirs", &errors)) {
        settings.profile_dirs.push_back(t->value);
      }
    }
  } catch (const YAML::Exception& e) {
    errors.push_back({"YAML syntax: " + e.msg, Location{e.mark.line + 1, e.mark.column + 1}});
  } catch (const yaml::LimitExceeded& e) {
    errors.push_back({e.what(), e.where});
  }
  if (!errors.empty()) return errors;
  return settings;
}

}  // namespace evalscore
