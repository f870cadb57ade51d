// The only place that turns YAML into a Project; yaml-cpp exceptions are caught
// here and nowhere else in the project loader.
#include "evalscore/load_project.h"

#include <algorithm>

#include <yaml-cpp/exceptions.h>

#include "evalscore/value.h"

#include "yaml_depth.h"
#include "yaml_map.h"
#include "yaml_tree.h"

namespace evalscore {
namespace {

const std::vector<FieldSpec> kTopFields = {
    {"format", {"格式"}},        {"rules", {"规则"}},     {"project", {"项目"}},
    {"goals", {"年度总体目标"}}, {"funds", {"项目资金"}}, {"indicators", {"绩效指标"}},
    {"reported", {"总分"}},
};
const std::vector<FieldSpec> kProjectFields = {
    {"name", {"项目名称"}},
    {"year", {"年度"}},
    {"department", {"主管部门"}},
    {"unit", {"实施单位"}},
};
const std::vector<FieldSpec> kGoalFields = {
    {"planned", {"预期目标", "年初目标"}},
    {"achieved", {"实际完成情况", "完成情况"}},
};
const std::vector<FieldSpec> kFundsFields = {
    {"currency", {"金额单位"}},
    {"points", {"分值"}},
    {"total", {"年度资金总额"}},
    {"appropriation", {"当年财政拨款", "本年财政拨款", "财政资金"}},
    {"carryover", {"上年结转资金"}},
    {"special_account", {"财政专户管理资金"}},
    {"own", {"单位资金"}},
    {"other", {"其他资金"}},
};
const std::vector<FieldSpec> kFundsRowFields = {
    {"initial", {"年初预算数", "年初预算"}}, {"budget", {"全年预算数", "全年预算"}},
    {"adjusted", {"调整后预算数"}},          {"executed", {"全年执行数", "全年执行", "预算执行数"}},
    {"reported_rate", {"执行率"}},           {"reported_score", {"得分"}},
};
const std::vector<FieldSpec> kGroupFields = {
    {"weight", {"分值", "权重"}},
    {"indicators", {"三级指标"}},
};
const std::vector<FieldSpec> kIndicatorFields = {
    {"name", {"指标名称", "三级指标"}},
    {"target", {"年度指标值", "指标值", "年初目标值"}},
    {"actual", {"实际完成值", "完成值", "全年实际值"}},
    {"points", {"分值", "权重"}},
    {"score", {"得分"}},
    {"deviation", {"偏差原因分析及改进措施", "偏差原因", "未完成原因"}},
    {"parts", {"其中"}},
    {"blank", {"空行"}},
};
const std::vector<FieldSpec> kTargetFields = {
    {"sign", {"指标性质"}},
    {"value", {"指标值"}},
    {"unit", {"度量单位"}},
};
const std::vector<FieldSpec> kReportedFields = {
    {"total", {"得分"}},
    {"points", {"分值"}},
    {"grade", {"等级", "自评等级"}},
};
const std::vector<std::string> kWeightKeys = {"weight", "分值", "权重"};
const std::vector<std::string> kPointUnits = {"分"};
const std::vector<std::string> kPercentUnits = {"%"};

class ProjectLoader {
 public:
  Result<Project> Load(const yaml::Node& root) {
    if (!root.IsMap()) {
      errors_.push_back({"a project file must be a YAML mapping (key: value lines)", Where(root)});
      return errors_;
    }
    MapReader top(root, kTopFields, "the project file", &errors_);
    ReadFormat(top, root);
    if (auto n = top.Get("rules")) project_.rules = ReadText(*n, "rules", &errors_);
    if (auto n = top.Get("project")) {
      ReadProjectBlock(*n);
    } else {
      errors_.push_back({"missing 'project' (项目名称, 主管部门, 实施单位)", Where(root)});
    }
    if (auto n = top.Get("goals")) ReadGoals(*n);
    if (auto n = top.Get("funds")) ReadFunds(*n);
    if (auto n = top.Get("indicators")) {
      project_.indicators_where = top.WhereOf("indicators");
      ReadIndicators(*n);
    } else {
      errors_.push_back({"missing 'indicators' (绩效指标)", Where(root)});
    }
    if (auto n = top.Get("reported")) ReadReported(*n, top.WhereOf("reported"));
    if (!errors_.empty()) return errors_;
    return project_;
  }

 private:
  bool ExpectMap(const yaml::Node& n, const std::string& what) {
    if (n.IsMap()) return true;
    errors_.push_back({what + " must be a mapping (key: value)", Where(n)});
    return false;
  }

  void ReadFormat(const MapReader& top, const yaml::Node& root) {
    const auto n = top.Get("format");
    if (!n) {
      errors_.push_back(
          {std::string("missing 'format: ") + kProjectFormat + "' on the first line", Where(root)});
      return;
    }
    const auto text = ReadText(*n, "format", &errors_);
    if (text && text->value != kProjectFormat) {
      errors_.push_back({"unsupported format '" + text->value + "'; this evalscore reads '" +
                             kProjectFormat + "'",
                         text->where});
    }
  }

  void ReadProjectBlock(const yaml::Node& n) {
    if (!ExpectMap(n, "project")) return;
    MapReader r(n, kProjectFields, "project", &errors_);
    const auto name = r.Get("name");
    if (name) project_.name = ReadText(*name, "project.name", &errors_);
    if ((!name || name->IsNull() || name->IsScalar()) &&
        (!project_.name || FoldText(project_.name->value).empty())) {
      errors_.push_back({"missing project name (project: name:, 项目名称)", Where(n)});
    }
    if (auto v = r.Get("year")) {
      if (auto y = ReadNumber(*v, "project.year", {"年"}, &errors_)) {
        if (y->value != static_cast<int>(y->value) || y->value < 1949 || y->value > 2200) {
          errors_.push_back({"year must be a whole year such as 2021", y->where});
        } else {
          project_.year = Located<int>{static_cast<int>(y->value), y->where};
        }
      }
    }
    if (auto v = r.Get("department"))
      project_.department = ReadText(*v, "project.department", &errors_);
    if (auto v = r.Get("unit")) project_.unit = ReadText(*v, "project.unit", &errors_);
  }

  void ReadGoals(const yaml::Node& n) {
    if (!ExpectMap(n, "goals")) return;
    MapReader r(n, kGoalFields, "goals", &errors_);
    if (auto v = r.Get("planned")) project_.goal_planned = ReadText(*v, "goals.planned", &errors_);
    if (auto v = r.Get("achieved")) {
      project_.goal_achieved = ReadText(*v, "goals.achieved", &errors_);
    }
  }

  FundsRow ReadFundsRow(const yaml::Node& n, const std::string& what, Location where) {
    FundsRow row;
    row.where = where;
    if (!ExpectMap(n, what)) return row;
    MapReader r(n, kFundsRowFields, what, &errors_);
    const auto amount = [&](const char* key, OptNumber* out) {
      if (auto v = r.Get(key)) *out = ReadNumber(*v, what + "." + key, {}, &errors_);
    };
    amount("initial", &row.initial);
    amount("budget", &row.budget);
    amount("adjusted", &row.adjusted);
    amount("executed", &row.executed);
    if (auto v = r.Get("reported_rate")) {
      row.reported_rate = ReadNumber(*v, what + ".reported_rate", kPercentUnits, &errors_);
    }
    if (auto v = r.Get("reported_score")) {
      row.reported_score = ReadNumber(*v, what + ".reported_score", kPointUnits, &errors_);
    }
    return row;
  }

  void ReadFunds(const yaml::Node& n) {
    if (!ExpectMap(n, "funds")) return;
    Funds funds;
    funds.where = Where(n);
    MapReader r(n, kFundsFields, "funds", &errors_);
    if (auto v = r.Get("currency")) {
      if (auto c = ReadText(*v, "funds.currency", &errors_)) {
        if (c->value != "万元" && c->value != "元") {
          errors_.push_back(
              {"funds.currency must be 万元 or 元, not '" + c->value + "'", c->where});
        } else {
          funds.currency = c->value;
        }
      }
    }
    if (auto v = r.Get("points"))
      funds.points = ReadNumber(*v, "funds.points", kPointUnits, &errors_);
    if (auto v = r.Get("total")) funds.total = ReadFundsRow(*v, "funds.total", r.WhereOf("total"));
    const std::pair<const char*, FundsRowKind> rows[] = {
        {"appropriation", FundsRowKind::kAppropriation},
        {"carryover", FundsRowKind::kCarryover},
        {"special_account", FundsRowKind::kSpecialAccount},
        {"own", FundsRowKind::kOwn},
        {"other", FundsRowKind::kOther},
    };
    for (const auto& [key, kind] : rows) {
      if (auto v = r.Get(key)) {
        funds.breakdown.emplace_back(kind,
                                     ReadFundsRow(*v, std::string("funds.") + key, r.WhereOf(key)));
      }
    }
    project_.funds = std::move(funds);
  }

  // A target written as one text, or as {sign, value, unit} columns.
  void ReadTarget(const yaml::Node& n, Indicator* ind) {
    if (!n.IsMap()) {
      ind->target = ReadText(n, "target", &errors_);
      return;
    }
    MapReader r(n, kTargetFields, "target", &errors_);
    std::string text;
    if (auto v = r.Get("sign")) {
      if (auto s = ReadText(*v, "target.sign", &errors_)) {
        if (s->value == "定性") {
          ind->qualitative_declared = true;
        } else {
          text += s->value;
        }
      }
    }
    if (auto v = r.Get("value")) {
      if (auto s = ReadText(*v, "target.value", &errors_)) text += s->value;
    }
    if (auto v = r.Get("unit")) {
      if (auto s = ReadText(*v, "target.unit", &errors_)) text += s->value;
    }
    ind->target = Located<std::string>{text, Where(n)};
  }

  Indicator ReadIndicator(const yaml::Node& n, bool is_part) {
    Indicator ind;
    ind.where = Where(n);
    if (++indicator_count_ > kMaxIndicators) {
      if (indicator_count_ == kMaxIndicators + 1) {
        errors_.push_back({"more than " + std::to_string(kMaxIndicators) +
                               " indicator rows in one file (aliases expanding?)",
                           ind.where});
      }
      return ind;
    }
    if (!ExpectMap(n, "an indicator row")) return ind;
    MapReader r(n, kIndicatorFields, "indicator", &errors_);
    if (auto v = r.Get("blank")) ind.blank = ReadBool(*v, "blank", &errors_).value_or(false);
    if (auto v = r.Get("name")) {
      if (auto t = ReadText(*v, "name", &errors_)) ind.name = *t;
    }
    if (auto v = r.Get("target")) ReadTarget(*v, &ind);
    if (auto v = r.Get("actual")) ind.actual = ReadText(*v, "actual", &errors_);
    if (auto v = r.Get("points")) ind.points = ReadNumber(*v, "points", kPointUnits, &errors_);
    if (auto v = r.Get("score")) ind.score = ReadNumber(*v, "score", kPointUnits, &errors_);
    if (auto v = r.Get("deviation")) ind.deviation = ReadText(*v, "deviation", &errors_);
    if (auto v = r.Get("parts")) {
      if (is_part) {
        errors_.push_back({"parts cannot have parts of their own", r.WhereOf("parts")});
      } else if (!v->IsSequence()) {
        errors_.push_back({"parts must be a list of rows", r.WhereOf("parts")});
      } else {
        for (const yaml::Node* p : v->items()) ind.parts.push_back(ReadIndicator(*p, true));
      }
    }
    if (ind.name.where.line == 0) ind.name.where = ind.where;
    const bool has_name = !FoldText(ind.name.value).empty();
    if (ind.blank) {
      if (has_name || ind.target || ind.actual) {
        errors_.push_back({"a row marked blank must not have a name, target or actual", ind.where});
      }
    } else if (!has_name) {
      errors_.push_back(
          {"indicator row without a name (write `blank: true` for a printed row "
           "that has numbers but no name)",
           ind.where});
    }
    return ind;
  }

  std::vector<Indicator> ReadIndicatorList(const yaml::Node& n, const std::string& group) {
    std::vector<Indicator> list;
    if (n.IsNull()) return list;
    if (!n.IsSequence()) {
      errors_.push_back({"indicators of '" + group + "' must be a list of rows", Where(n)});
      return list;
    }
    for (const yaml::Node* item : n.items()) list.push_back(ReadIndicator(*item, false));
    return list;
  }

  IndicatorGroup ReadGroup(const yaml::Node& key, const yaml::Node& value) {
    IndicatorGroup g;
    g.name = Located<std::string>{key.Scalar(), Where(key)};
    if (value.IsMap()) {
      MapReader r(value, kGroupFields, "'" + g.name.value + "'", &errors_);
      if (auto v = r.Get("weight")) g.weight = ReadNumber(*v, "weight", kPointUnits, &errors_);
      if (auto v = r.Get("indicators")) g.indicators = ReadIndicatorList(*v, g.name.value);
    } else {
      g.indicators = ReadIndicatorList(value, g.name.value);
    }
    return g;
  }

  void ReadIndicators(const yaml::Node& n) {
    if (!ExpectMap(n, "indicators")) return;
    for (const auto& [key_node, value_node] : UniquePairs(n, "indicators", &errors_)) {
      const yaml::Node& key = *key_node;
      const yaml::Node& value = *value_node;
      if (!key.IsScalar() || FoldText(key.Scalar()).empty()) {
        errors_.push_back({"first-level indicator without a name", Where(key)});
        continue;
      }
      IndicatorCategory cat;
      cat.name = Located<std::string>{key.Scalar(), Where(key)};
      if (!ExpectMap(value, "'" + cat.name.value + "'")) continue;
      for (const auto& [k2_node, v2_node] :
           UniquePairs(value, "'" + cat.name.value + "'", &errors_)) {
        const yaml::Node& k2 = *k2_node;
        const yaml::Node& v2 = *v2_node;
        const std::string name = k2.IsScalar() ? k2.Scalar() : std::string();
        if (std::find(kWeightKeys.begin(), kWeightKeys.end(), name) != kWeightKeys.end()) {
          if (cat.weight) {
            errors_.push_back({"weight of '" + cat.name.value + "' given twice", Where(k2)});
          }
          cat.weight = ReadNumber(v2, "weight", kPointUnits, &errors_);
          continue;
        }
        if (FoldText(name).empty()) {
          errors_.push_back({"second-level indicator without a name", Where(k2)});
          continue;
        }
        cat.groups.push_back(ReadGroup(k2, v2));
      }
      project_.categories.push_back(std::move(cat));
    }
  }

  void ReadReported(const yaml::Node& n, Location where) {
    project_.reported_where = where;
    if (!ExpectMap(n, "reported")) return;
    MapReader r(n, kReportedFields, "reported", &errors_);
    if (auto v = r.Get("total")) {
      project_.reported_total = ReadNumber(*v, "reported.total", kPointUnits, &errors_);
    }
    if (auto v = r.Get("points")) {
      project_.reported_points = ReadNumber(*v, "reported.points", kPointUnits, &errors_);
    }
    if (auto v = r.Get("grade")) project_.reported_grade = ReadText(*v, "reported.grade", &errors_);
  }

  Project project_;
  Errors errors_;
  size_t indicator_count_ = 0;
};

}  // namespace

Result<Project> LoadProject(std::string_view text) {
  if (auto too_deep = PrescanYaml(text)) return Errors{*too_deep};
  try {
    const std::vector<std::unique_ptr<yaml::Document>> docs = yaml::ParseAll(text);
    if (docs.empty() || docs[0]->root == nullptr || docs[0]->root->IsNull()) {
      return Errors{{"the file is empty: nothing to score", Location{1, 1}}};
    }
    if (docs.size() > 1) {
      return Errors{{"the file holds " + std::to_string(docs.size()) +
                         " YAML documents; put one project in each file",
                     docs[1]->root ? Where(*docs[1]->root) : Location{}}};
    }
    return ProjectLoader().Load(*docs[0]->root);
  } catch (const YAML::Exception& e) {
    if (auto tab = FindIndentTab(text)) return Errors{*tab};
    return Errors{{"YAML syntax: " + e.msg, Location{e.mark.line + 1, e.mark.column + 1}}};
  } catch (const yaml::LimitExceeded& e) {
    return Errors{{e.what(), e.where}};
  } catch (const std::exception& e) {
    return Errors{{std::string("could not read the file: ") + e.what(), {}}};
  }
}

}  // namespace evalscore
