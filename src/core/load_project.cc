// The only place that turns YAML into a Project; yaml-cpp exceptions are caught
// here and nowhere else in the project loader.
#include "evalscore/load_project.h"

#include <algorithm>

#include <yaml-cpp/exceptions.h>

#include "evalscore/value.h"
#include "evalscore/vocabulary.h"

#include "edit_distance.h"
#include "load_review.h"
#include "yaml_depth.h"
#include "yaml_map.h"
#include "yaml_slips.h"
#include "yaml_tree.h"

namespace evalscore {
namespace {

// The key tables come from the vocabulary (evalscore/vocabulary.h).
const std::vector<FieldSpec> kTopFields = FieldSpecsOf("");
const std::vector<FieldSpec> kProjectFields = FieldSpecsOf("project");
const std::vector<FieldSpec> kGoalFields = FieldSpecsOf("goals");
const std::vector<FieldSpec> kFundsFields = FieldSpecsOf("funds");
const std::vector<FieldSpec> kFundsRowFields = FieldSpecsOf("fundsRow");
const std::vector<FieldSpec> kGroupFields = FieldSpecsOf("group");
const std::vector<FieldSpec> kIndicatorFields = FieldSpecsOf("row");
const std::vector<FieldSpec> kTargetFields = FieldSpecsOf("target");
const std::vector<FieldSpec> kReportedFields = FieldSpecsOf("reported");
const std::vector<std::string> kWeightKeys = NamesOf("category", "weight");
// The name of a block of indicators above 一级 (block, 目标块, 年度目标).
const std::vector<std::string> kBlockNameKeys = NamesOf("block", "block");
const std::vector<std::string> kPointUnits = {"分"};
// Weights may be printed as percentages of a 100-point table ("35%", G3).
const std::vector<std::string> kWeightUnits = {"分", "%"};

bool HasNonAscii(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return (c & 0x80) != 0; });
}

// A weight or 分值 cell; `percent` is set when it was printed with %.
std::optional<Located<double>> ReadWeight(const yaml::Node& n, const std::string& what,
                                          bool* percent, Errors* errors) {
  auto v = ReadNumber(n, what, kWeightUnits, errors);
  if (v && n.IsScalar()) {
    const std::string t = FoldText(n.Scalar());
    if (t.find('%') != std::string::npos) *percent = true;
  }
  return v;
}

// A weight printed in a level's name, as forms head their blocks: "产出指标(50分)",
// "年度绩效目标（80分）", "产出指标 50分". Used when no `weight` is written.
OptNumber WeightInName(const Located<std::string>& name) {
  std::string s = FoldText(name.value);  // fullwidth brackets fold to ( )
  if (s.ends_with(")")) {
    const size_t open = s.rfind('(');
    if (open == std::string::npos) return std::nullopt;
    s = s.substr(open + 1, s.size() - open - 2);
  } else {
    const size_t space = s.find_last_of(" ");
    if (space == std::string::npos) return std::nullopt;
    s = s.substr(space + 1);
  }
  const Value v = ParseValue(s);
  if (v.kind != ValueKind::kNumber || v.unit != "分" || v.comparison != Comparison::kNone ||
      v.number <= 0 || v.number > 1000) {
    return std::nullopt;
  }
  return Located<double>{v.number, name.where};
}

// Digits after the decimal point as printed ("83.00%" -> 2, "1" -> 0).
int PrintedDigits(const std::string& text) {
  const std::string t = FoldText(text);
  const size_t dot = t.find('.');
  if (dot == std::string::npos) return 0;
  int n = 0;
  for (size_t i = dot + 1; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i) ++n;
  return n;
}
const std::vector<std::string> kPercentUnits = {"%"};

class ProjectLoader {
 public:
  Result<Project> Load(const yaml::Node& root) {
    if (!root.IsMap()) {
      errors_.push_back({{"input.not_a_mapping", {}}, Where(root)});
      return errors_;
    }
    MapReader top(root, kTopFields, "the project file", &errors_);
    ReadFormat(top, root);
    if (auto n = top.Get("rules")) project_.rules = ReadText(*n, "rules", &errors_);
    if (auto n = top.Get("project")) {
      ReadProjectBlock(*n, top.Key("project"));
    } else {
      errors_.push_back({{"input.missing_project", {}}, Where(root)});
    }
    if (auto n = top.Get("goals")) ReadGoals(*n, top.Key("goals"));
    if (auto n = top.Get("funds")) ReadFunds(*n, top.Key("funds"));
    if (auto n = top.Get("indicators")) {
      project_.indicators_where = top.WhereOf("indicators");
      ReadIndicators(*n);
    } else {
      errors_.push_back({{"input.missing_indicators", {}}, Where(root)});
    }
    if (auto n = top.Get("reported")) {
      ReadReported(*n, top.WhereOf("reported"), top.Key("reported"));
    }
    if (auto n = top.Get("review")) project_.review = ReadReviewBlock(*n, &errors_);
    if (!errors_.empty()) return errors_;
    return std::move(project_);
  }

 private:
  bool ExpectMap(const yaml::Node& n, const std::string& what) {
    if (n.IsMap()) return true;
    if (n.IsScalar()) {
      if (auto slip = ExplainColonSlip(n.Scalar())) {
        errors_.push_back({*slip, Where(n)});
        return false;
      }
    }
    errors_.push_back({{"input.must_be_mapping", {TextArg("field", what)}}, Where(n)});
    return false;
  }

  void ReadFormat(const MapReader& top, const yaml::Node& root) {
    const auto n = top.Get("format");
    if (!n) {
      errors_.push_back(
          {{"input.missing_format", {TextArg("format", kProjectFormat)}}, Where(root)});
      return;
    }
    const auto text = ReadText(*n, "format", &errors_);
    if (text && text->value != kProjectFormat) {
      errors_.push_back({{"input.unsupported_format",
                          {TextArg("written", text->value), TextArg("format", kProjectFormat)}},
                         text->where});
    }
  }

  void ReadProjectBlock(const yaml::Node& n, const std::string& path) {
    if (!ExpectMap(n, path)) return;
    MapReader r(n, kProjectFields, path, &errors_);
    const auto name = r.Get("name");
    const size_t errors_before = errors_.size();
    if (name) project_.name = ReadText(*name, r.Path("name"), &errors_);
    if (auto v = r.Get("kind")) ReadKind(*v, r.Path("kind"));
    if (auto v = r.Get("department"))
      project_.department = ReadText(*v, r.Path("department"), &errors_);
    if (auto v = r.Get("unit")) project_.unit = ReadText(*v, r.Path("unit"), &errors_);
    const bool unnamed = !project_.name || FoldText(project_.name->value).empty();
    if (unnamed && (project_.unit || project_.department) &&
        (!name || name->IsNull() || name->IsScalar())) {
      // 部门整体支出绩效自评表: no 项目名称; the form is named by its unit (G10).
      if (project_.kind == FormKind::kProject) project_.kind_inferred = true;
      project_.kind = FormKind::kDepartment;
      project_.name = project_.unit ? project_.unit : project_.department;
    } else if (errors_.size() == errors_before && (!name || name->IsNull() || name->IsScalar()) &&
               unnamed) {
      errors_.push_back({{"input.missing_project_name", {}}, Where(n)});
    }
    if (auto v = r.Get("year")) {
      if (auto printed = YearAsPrinted(*v)) {
        project_.year = *printed;
      } else if (auto y = ReadNumber(*v, r.Path("year"), {"年"}, &errors_)) {
        if (y->value != static_cast<int>(y->value) || y->value < 1949 || y->value > 2200) {
          errors_.push_back({{"input.bad_year", {}}, y->where});
        } else {
          project_.year = Located<int>{static_cast<int>(y->value), y->where};
        }
      }
    }
  }

  // project.kind: project (项目支出, default) | department (部门整体支出).
  void ReadKind(const yaml::Node& v, const std::string& path) {
    const auto t = ReadText(v, path, &errors_);
    if (!t) return;
    const std::string k = FoldText(t->value);
    if (k == "department" || k == "部门整体" || k == "部门整体支出" || k == "单位整体" ||
        k == "单位整体支出") {
      project_.kind = FormKind::kDepartment;
    } else if (k != "project" && k != "项目" && k != "项目支出") {
      errors_.push_back(
          {{"input.bad_kind", {TextArg("field", path), TextArg("written", t->value)}}, t->where});
    }
  }

  // A year as forms print it: 2022, 2022年, 2022年度; nullopt for anything
  // else (then read as a number, with its error).
  static std::optional<Located<int>> YearAsPrinted(const yaml::Node& v) {
    if (!v.IsScalar()) return std::nullopt;
    std::string t = FoldText(v.Scalar());
    for (const std::string suffix : {"年度", "年"}) {
      if (t.ends_with(suffix)) {
        t.resize(t.size() - suffix.size());
        break;
      }
    }
    if (t.size() != 4 ||
        !std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return std::nullopt;
    }
    const int year = std::stoi(t);
    if (year < 1949 || year > 2200) return std::nullopt;
    return Located<int>{year, Where(v)};
  }

  void ReadGoals(const yaml::Node& n, const std::string& path) {
    if (!ExpectMap(n, path)) return;
    MapReader r(n, kGoalFields, path, &errors_);
    if (auto v = r.Get("planned"))
      project_.goal_planned = ReadText(*v, r.Path("planned"), &errors_);
    if (auto v = r.Get("achieved")) {
      project_.goal_achieved = ReadText(*v, r.Path("achieved"), &errors_);
    }
  }

  FundsRow ReadFundsRow(const yaml::Node& n, const std::string& what, Location where) {
    FundsRow row;
    row.where = where;
    if (!ExpectMap(n, what)) return row;
    MapReader r(n, kFundsRowFields, what, &errors_);
    const auto amount = [&](const char* key, OptNumber* out) {
      if (auto v = r.Get(key)) *out = ReadAmount(*v, r.Path(key));
    };
    amount("initial", &row.initial);
    amount("budget", &row.budget);
    amount("adjusted", &row.adjusted);
    amount("executed", &row.executed);
    if (auto v = r.Get("reported_rate")) {
      row.reported_rate = ReadNumber(*v, r.Path("reported_rate"), kPercentUnits, &errors_);
      if (row.reported_rate && v->IsScalar()) {
        row.reported_rate_decimals = PrintedDigits(v->Scalar());
        row.reported_rate_percent = FoldText(v->Scalar()).find('%') != std::string::npos;
      }
    }
    if (auto v = r.Get("points")) {
      row.points = ReadNumber(*v, r.Path("points"), kPointUnits, &errors_);
    }
    if (auto v = r.Get("reported_score")) {
      row.reported_score = ReadNumber(*v, r.Path("reported_score"), kPointUnits, &errors_);
    }
    return row;
  }

  void ReadFunds(const yaml::Node& n, const std::string& path) {
    if (!ExpectMap(n, path)) return;
    Funds funds;
    funds.where = Where(n);
    const std::vector<FieldSpec> fields = FundsFieldsWithLabels(n);
    MapReader r(n, fields, path, &errors_);
    if (auto v = r.Get("currency")) {
      if (auto c = ReadText(*v, r.Path("currency"), &errors_)) {
        if (c->value != "万元" && c->value != "元") {
          errors_.push_back({{"input.bad_currency",
                              {TextArg("field", r.Path("currency")), TextArg("written", c->value)}},
                             c->where});
        } else {
          funds.currency = c->value;
        }
      }
    }
    if (auto v = r.Get("points"))
      funds.points = ReadNumber(*v, r.Path("points"), kPointUnits, &errors_);
    const FundsRowKind rows[] = {FundsRowKind::kAppropriation, FundsRowKind::kCarryover,
                                 FundsRowKind::kSpecialAccount, FundsRowKind::kOwn,
                                 FundsRowKind::kOther};
    currency_ = funds.currency;
    if (auto v = r.Get("total"))
      funds.total = ReadFundsRow(*v, r.Path("total"), r.WhereOf("total"));
    for (const FundsRowKind kind : rows) {
      const std::string key(FundsRowKey(kind));
      if (auto v = r.Get(key)) {
        funds.breakdown.emplace_back(kind, ReadFundsRow(*v, r.Path(key), r.WhereOf(key)));
        // The form's label (aliases[0] in the vocabulary), used in messages.
        funds.breakdown.back().second.label = std::string(LabelOf("funds", key));
      }
    }
    for (size_t i = kFundsFields.size(); i < fields.size(); ++i) {
      const std::string& label = fields[i].key;
      if (auto v = r.Get(label)) {
        funds.breakdown.emplace_back(FundsRowKind::kNamed,
                                     ReadFundsRow(*v, r.Path(label), r.WhereOf(label)));
        funds.breakdown.back().second.label = label;
      }
    }
    const auto flag = [&](const char* key, std::optional<Located<bool>>* out) {
      if (auto v = r.Get(key)) {
        if (auto b = ReadBool(*v, r.Path(key), &errors_)) {
          *out = Located<bool>{*b, Where(*v)};
        }
      }
    };
    flag("scored", &funds.scored);
    flag("in_total", &funds.in_total);
    project_.funds = std::move(funds);
  }

  // The funds fields plus one per free-labelled breakdown row (中央资金, 省级资金 …):
  // a key in Chinese, holding a mapping, that is no near-miss of a known key (G7).
  std::vector<FieldSpec> FundsFieldsWithLabels(const yaml::Node& n) {
    std::vector<FieldSpec> fields = kFundsFields;
    std::vector<std::string> known;
    for (const FieldSpec& f : kFundsFields) {
      known.push_back(f.key);
      for (const std::string& a : f.aliases) known.push_back(a);
    }
    for (const auto& [k, v] : n.pairs()) {
      if (!k->IsScalar() || !v->IsMap()) continue;
      const std::string key = k->Scalar();
      if (!HasNonAscii(key) || std::find(known.begin(), known.end(), key) != known.end()) continue;
      if (!ClosestMatch(key, known).empty()) continue;  // a typo: MapReader reports it
      bool dup = false;
      for (const FieldSpec& f : fields) dup = dup || f.key == key;
      if (!dup) fields.push_back({key, {}});
    }
    return fields;
  }

  // An amount: a number, or a number with its unit (56.2万元, 562000元) converted to
  // funds.currency (G9).
  OptNumber ReadAmount(const yaml::Node& v, const std::string& what) {
    if (v.IsScalar()) {
      const Value parsed = ParseValue(v.Scalar());
      if (parsed.kind == ValueKind::kNumber && parsed.unit == "元" &&
          parsed.comparison == Comparison::kNone && !parsed.approximate && parsed.number >= 0 &&
          parsed.number <= 1e16) {
        const double yuan = parsed.number;
        return Located<double>{currency_ == "元" ? yuan : yuan / 1e4, Where(v)};
      }
    }
    return ReadNumber(v, what, {}, &errors_);
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
      if (auto s = ReadText(*v, r.Path("sign"), &errors_)) {
        if (s->value == "定性") {
          ind->qualitative_declared = true;
        } else {
          text += s->value;
        }
      }
    }
    bool value_has_unit = false;
    if (auto v = r.Get("value")) {
      if (auto s = ReadText(*v, r.Path("value"), &errors_)) {
        text += s->value;
        const Value parsed = ParseValue(s->value);
        value_has_unit = parsed.kind != ValueKind::kText && !parsed.unit.empty();
      }
    }
    if (auto v = r.Get("unit")) {
      if (auto s = ReadText(*v, r.Path("unit"), &errors_)) {
        ind->target_unit = s;
        // A 度量单位 cell repeating a unit already written in the value is not glued on (G11).
        if (!value_has_unit) text += s->value;
      }
    }
    ind->target = Located<std::string>{text, Where(n)};
  }

  Indicator ReadIndicator(const yaml::Node& n, bool is_part) {
    Indicator ind;
    ind.where = Where(n);
    if (++indicator_count_ > kMaxIndicators) {
      if (indicator_count_ == kMaxIndicators + 1) {
        errors_.push_back(
            {{"input.too_many_rows", {CountArg("limit", static_cast<long long>(kMaxIndicators))}},
             ind.where});
      }
      return ind;
    }
    if (!ExpectMap(n, "an indicator row")) return ind;
    MapReader r(n, kIndicatorFields, "indicator", &errors_);
    if (auto v = r.Get("blank")) ind.blank = ReadBool(*v, r.Key("blank"), &errors_).value_or(false);
    const size_t errors_before = errors_.size();
    if (auto v = r.Get("name")) {
      if (auto t = ReadText(*v, r.Key("name"), &errors_)) ind.name = *t;
    }
    const bool name_refused = errors_.size() > errors_before;
    if (auto v = r.Get("target")) ReadTarget(*v, &ind);
    if (auto v = r.Get("actual")) ind.actual = ReadText(*v, r.Key("actual"), &errors_);
    if (auto v = r.Get("points"))
      ind.points = ReadWeight(*v, r.Key("points"), &ind.points_percent, &errors_);
    if (auto v = r.Get("score")) ind.score = ReadNumber(*v, r.Key("score"), kPointUnits, &errors_);
    if (auto v = r.Get("deviation")) ind.deviation = ReadText(*v, r.Key("deviation"), &errors_);
    ReadRowReview(r, &ind, &errors_);
    if (auto v = r.Get("parts")) {
      if (is_part) {
        errors_.push_back({{"input.nested_parts", {}}, r.WhereOf("parts")});
      } else if (!v->IsSequence()) {
        errors_.push_back({{"input.parts_not_list", {}}, r.WhereOf("parts")});
      } else {
        for (const yaml::Node* p : v->items()) ind.parts.push_back(ReadIndicator(*p, true));
      }
    }
    if (ind.name.where.line == 0) ind.name.where = ind.where;
    const bool has_name = !FoldText(ind.name.value).empty();
    if (ind.blank) {
      if (has_name) {
        errors_.push_back({{"input.blank_row_named", {}}, ind.where});
      } else if (ind.target || ind.actual) {
        // The name was lost but the values survive (G6): scored, flagged by ES603.
        ind.blank = false;
        ind.name_lost = true;
      }
    } else if (!has_name && !name_refused) {
      errors_.push_back({{"input.row_without_name", {}}, ind.where});
    }
    return ind;
  }

  std::vector<Indicator> ReadIndicatorList(const yaml::Node& n, const std::string& group) {
    std::vector<Indicator> list;
    if (n.IsNull()) return list;
    if (!n.IsSequence()) {
      errors_.push_back({{"input.rows_not_list", {TextArg("group", group)}}, Where(n)});
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
      if (auto v = r.Get("weight"))
        g.weight = ReadWeight(*v, r.Key("weight"), &percent_weight_, &errors_);
      if (auto v = r.Get("indicators")) g.indicators = ReadIndicatorList(*v, g.name.value);
    } else {
      g.indicators = ReadIndicatorList(value, g.name.value);
    }
    if (!g.weight) g.weight = WeightInName(g.name);
    return g;
  }

  void ReadIndicators(const yaml::Node& n) {
    if (n.IsSequence()) return ReadBlocks(n);
    if (!ExpectMap(n, "indicators")) return;
    ReadCategories(n, -1);
  }

  // indicators as a list of blocks above 一级 (G4):
  //   - {block: 年度目标一, weight: 45, 产出指标: {...}, 效益指标: {...}}
  void ReadBlocks(const yaml::Node& n) {
    for (const yaml::Node* item : n.items()) {
      if (!ExpectMap(*item, "a block of indicators")) continue;
      IndicatorBlock block;
      block.name.where = Where(*item);
      for (const auto& [k, v] : item->pairs()) {
        const std::string key = k->IsScalar() ? k->Scalar() : std::string();
        if (std::find(kBlockNameKeys.begin(), kBlockNameKeys.end(), key) != kBlockNameKeys.end()) {
          if (auto t = ReadText(*v, "block", &errors_)) block.name = *t;
        } else if (std::find(kWeightKeys.begin(), kWeightKeys.end(), key) != kWeightKeys.end()) {
          block.weight = ReadWeight(*v, "block weight", &percent_weight_, &errors_);
        }
      }
      if (!block.weight) block.weight = WeightInName(block.name);
      project_.blocks.push_back(block);
      ReadCategories(*item, static_cast<int>(project_.blocks.size()) - 1);
    }
  }

  void ReadCategories(const yaml::Node& n, int block) {
    for (const auto& [key_node, value_node] : UniquePairs(n, "indicators", &errors_)) {
      const yaml::Node& key = *key_node;
      const yaml::Node& value = *value_node;
      if (!key.IsScalar() || FoldText(key.Scalar()).empty()) {
        errors_.push_back({{"input.category_without_name", {}}, Where(key)});
        continue;
      }
      if (block >= 0 &&
          (std::find(kBlockNameKeys.begin(), kBlockNameKeys.end(), key.Scalar()) !=
               kBlockNameKeys.end() ||
           std::find(kWeightKeys.begin(), kWeightKeys.end(), key.Scalar()) != kWeightKeys.end())) {
        continue;  // the block's own name and weight
      }
      IndicatorCategory cat;
      cat.block = block;
      cat.name = Located<std::string>{key.Scalar(), Where(key)};
      if (!ExpectMap(value, "'" + cat.name.value + "'")) continue;
      for (const auto& [k2_node, v2_node] :
           UniquePairs(value, "'" + cat.name.value + "'", &errors_)) {
        const yaml::Node& k2 = *k2_node;
        const yaml::Node& v2 = *v2_node;
        const std::string name = k2.IsScalar() ? k2.Scalar() : std::string();
        if (std::find(kWeightKeys.begin(), kWeightKeys.end(), name) != kWeightKeys.end()) {
          if (cat.weight) {
            errors_.push_back(
                {{"input.weight_twice", {TextArg("level", cat.name.value)}}, Where(k2)});
          }
          cat.weight = ReadWeight(v2, name, &percent_weight_, &errors_);
          continue;
        }
        if (FoldText(name).empty()) {
          errors_.push_back({{"input.group_without_name", {}}, Where(k2)});
          continue;
        }
        cat.groups.push_back(ReadGroup(k2, v2));
      }
      if (!cat.weight) cat.weight = WeightInName(cat.name);
      project_.categories.push_back(std::move(cat));
    }
  }

  void ReadReported(const yaml::Node& n, Location where, const std::string& path) {
    project_.reported_where = where;
    if (!ExpectMap(n, path)) return;
    MapReader r(n, kReportedFields, path, &errors_);
    if (auto v = r.Get("total")) {
      project_.reported_total = ReadNumber(*v, r.Path("total"), kPointUnits, &errors_);
    }
    if (auto v = r.Get("points")) {
      project_.reported_points = ReadNumber(*v, r.Path("points"), kPointUnits, &errors_);
    }
    if (auto v = r.Get("grade")) project_.reported_grade = ReadText(*v, r.Path("grade"), &errors_);
  }

  Project project_;
  Errors errors_;
  std::string currency_ = "万元";
  bool percent_weight_ = false;  // some level weight was printed with %
  size_t indicator_count_ = 0;
};

}  // namespace

Result<Project> LoadProject(std::string_view text) {
  if (auto too_deep = PrescanYaml(text)) return Errors{*too_deep};
  try {
    const std::vector<std::unique_ptr<yaml::Document>> docs = yaml::ParseAll(text);
    if (docs.empty() || docs[0]->root == nullptr || docs[0]->root->IsNull()) {
      return Errors{{{"input.empty_file", {}}, Location{1, 1}}};
    }
    if (docs.size() > 1) {
      return Errors{{{"input.several_documents",
                      {CountArg("documents", static_cast<long long>(docs.size()))}},
                     docs[1]->root ? Where(*docs[1]->root) : Location{}}};
    }
    return ProjectLoader().Load(*docs[0]->root);
  } catch (const YAML::Exception& e) {
    if (auto tab = FindIndentTab(text)) return Errors{*tab};
    Location at{e.mark.line + 1, e.mark.column + 1};
    if (e.msg == YAML::ErrorMsg::END_OF_MAP_FLOW || e.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW) {
      at = FindUnclosedBracket(text).value_or(at);  // the '{' itself, not the end of the file
    }
    if (auto slip = ExplainSyntaxSlip(text, at)) return Errors{*slip};
    return Errors{{PlainSyntaxMessage(e.msg), at}};
  } catch (const yaml::LimitExceeded& e) {
    return Errors{{e.message, e.where}};
  } catch (const std::exception& e) {
    return Errors{{{"input.unreadable", {TextArg("detail", e.what())}}, {}}};
  }
}

}  // namespace evalscore
