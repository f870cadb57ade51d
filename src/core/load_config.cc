#include "evalscore/load_config.h"

#include <exception>

#include <yaml-cpp/exceptions.h>

#include "check_severity.h"
#include "yaml_depth.h"
#include "yaml_map.h"
#include "yaml_slips.h"
#include "yaml_tree.h"

namespace evalscore {
namespace {

// `select: [ES3, OVER_ACHIEVEMENT]` or `select: ES3`; checked against the
// catalogue where they are used (the CLI's filter).
void ReadSelectors(const yaml::Node& n, const std::string& what, std::vector<std::string>* out,
                   Errors* errors) {
  if (n.IsScalar()) {
    out->push_back(n.Scalar());
    return;
  }
  if (!n.IsSequence()) {
    errors->push_back({{"config.not_check_list", {TextArg("field", what)}}, Where(n)});
    return;
  }
  for (const yaml::Node* item : n.items()) {
    if (auto t = ReadText(*item, what, errors)) out->push_back(t->value);
  }
}

}  // namespace

Result<ConfigSettings> ParseConfigText(std::string_view text) {
  if (auto too_deep = PrescanYaml(text)) return Errors{*too_deep};
  ConfigSettings settings;
  Errors errors;
  try {
    const auto docs = yaml::ParseAll(text);
    if (docs.empty() || docs[0]->root == nullptr || docs[0]->root->IsNull()) return settings;
    if (docs.size() > 1) return Errors{{{"config.several_documents", {}}, {}}};
    const yaml::Node& root = *docs[0]->root;
    if (!root.IsMap()) return Errors{{{"config.not_mapping", {}}, Where(root)}};
    MapReader r(root,
                {{"rules", {"规则"}},
                 {"severity", {}},
                 {"select", {}},
                 {"ignore", {}},
                 {"min_severity", {}},
                 {"profile_dirs", {"规则目录"}}},
                "the config file", &errors);
    if (auto n = r.Get("rules")) {
      if (auto t = ReadText(*n, "rules", &errors)) settings.rules = t->value;
    }
    if (auto n = r.Get("severity")) ReadSeverityOverrides(*n, &settings.severity, &errors);
    if (auto n = r.Get("select")) ReadSelectors(*n, "select", &settings.select, &errors);
    if (auto n = r.Get("ignore")) ReadSelectors(*n, "ignore", &settings.ignore, &errors);
    if (auto n = r.Get("min_severity")) {
      const std::string level = n->IsScalar() ? n->Scalar() : std::string();
      if (level != "info" && level != "warning" && level != "error") {
        errors.push_back({{"config.bad_min_severity", {TextArg("written", level)}}, Where(*n)});
      } else {
        settings.min_severity = level;
      }
    }
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
    errors.push_back({PlainSyntaxMessage(e.msg), Location{e.mark.line + 1, e.mark.column + 1}});
  } catch (const yaml::LimitExceeded& e) {
    errors.push_back({e.message, e.where});
  } catch (const std::exception& e) {  // the parser's own failures (bad_alloc, say)
    errors.push_back({{"input.unreadable", {TextArg("detail", e.what())}}, {}});
  }
  if (!errors.empty()) return errors;
  return settings;
}

}  // namespace evalscore
