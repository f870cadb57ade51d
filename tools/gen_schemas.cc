// Prints the JSON Schemas of schemas/ from the tables in the core, so the
// schemas cannot drift from the loader:
//
//   gen_schemas project           the project schema, from the vocabulary
//                                 (evalscore/vocabulary.h)
//   gen_schemas profile FILE      FILE (the profile schema) with its severity
//                                 block rebuilt from CheckCatalogue() and its
//                                 enum values from profile_enums.h; fails when
//                                 its keys are not the loader's (profile_keys.h:
//                                 a new key needs its description written here)
//
// scripts/update-schemas.sh writes them into schemas/; the test schema.generated
// fails when a committed schema differs from this output.
#include <fstream>
#include <initializer_list>
#include <iostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "evalscore/check.h"
#include "evalscore/vocabulary.h"

#include "profile_enums.h"
#include "profile_keys.h"

namespace evalscore {
namespace {

using Json = nlohmann::ordered_json;

// ------------------------------------------------------------------ output
bool IsScalar(const Json& v) { return !v.is_object() && !v.is_array(); }

// JSON as the checked-in schemas write it: two-space indent, UTF-8 kept,
// arrays of scalars on one line.
void Write(const Json& v, int indent, std::string* out) {
  const std::string pad(static_cast<size_t>(indent) + 2, ' ');
  const std::string close(static_cast<size_t>(indent), ' ');
  if (v.is_object() && !v.empty()) {
    *out += "{\n";
    bool first = true;
    for (const auto& [key, value] : v.items()) {
      if (!first) *out += ",\n";
      first = false;
      *out += pad + Json(key).dump() + ": ";
      Write(value, indent + 2, out);
    }
    *out += "\n" + close + "}";
  } else if (v.is_array() && !v.empty()) {
    bool scalars = true;
    for (const Json& item : v) scalars = scalars && IsScalar(item);
    *out += scalars ? "[" : "[\n";
    bool first = true;
    for (const Json& item : v) {
      if (!first) *out += scalars ? ", " : ",\n";
      first = false;
      if (!scalars) *out += pad;
      Write(item, indent + 2, out);
    }
    *out += scalars ? "]" : "\n" + close + "]";
  } else {
    *out += v.dump();
  }
}

std::string Text(const Json& v) {
  std::string out;
  Write(v, 0, &out);
  return out + "\n";
}

std::string S(std::string_view s) { return std::string(s); }

// ------------------------------------------------------------------ project schema
constexpr std::string_view kBlankOrNumber = "[0-9０-９]|^\\s*(?:[-－﹣−—/／]|[-－﹣−]{2})?\\s*$";
constexpr double kLargest = 1e12;  // ReadNumber refuses larger amounts

Json NumberDefinition(std::string_view example_unit) {
  std::string example = "22.41、\"215,457.6\"";
  std::string example_en = "22.41, \"215,457.6\"";
  if (!example_unit.empty()) {
    example += "、" + S(example_unit);
    example_en += ", " + S(example_unit);
  }
  return Json{{"type", {"number", "string", "null"}},
              {"minimum", 0},
              {"maximum", kLargest},
              {"pattern", kBlankOrNumber},
              {"patternErrorMessage", "应为数字（如 " + example +
                                          "），空单元格可写 - 或 / — must be a number (e.g. " +
                                          example_en + "); a blank cell may be written - or /"}};
}

// The schema of each FieldType that more than one field shares.
Json SharedDefinitions() {
  Json d = Json::object();
  d["text"] = {{"description", "文字（任何标量）/ text (any scalar)"},
               {"type", {"string", "number", "boolean", "null"}}};
  d["amount"] = NumberDefinition("");
  d["points"] = NumberDefinition("10分");
  d["points"]["description"] =
      "分值，可写 10、10分 或百分比 35%（按百分制读作 35 分）。\nPoints: 10, 10分, or a percentage "
      "35% (read as 35 points of 100).";
  d["rate"] = NumberDefinition("24%");
  d["bool"] = {{"description", "true / false（也可写 是 / 否）"},
               {"enum", {true, false, "true", "false", "yes", "no", "是", "否"}}};
  return d;
}

std::vector<std::string> Names(const VocabField& f) {
  std::vector<std::string> names{S(f.key)};
  for (std::string_view a : f.aliases) names.push_back(S(a));
  return names;
}

std::string Ref(std::string_view definition) { return "#/definitions/" + S(definition); }

// What a field's value may be.
Json ValueSchema(const VocabField& f) {
  switch (f.type) {
    case FieldType::kText:
      if (f.values.empty()) return {{"$ref", Ref("text")}};
      return {{"type", {"string", "number", "boolean", "null"}},
              {"examples", Json(std::vector<std::string>(f.values.begin(), f.values.end()))}};
    case FieldType::kName: {
      std::string zh = S(LabelOf(f.section, f.key)) + "不能为空";
      std::string en = "the " + S(f.key) + " must not be empty";
      if (f.presence == Presence::kRequiredUnlessBlank) {
        zh += "（有分值没有名称的行写 blank: true）";
        en += " (write blank: true for a printed row without a name)";
      }
      return {{"type", {"string", "number", "boolean"}},
              {"pattern", "\\S"},
              {"patternErrorMessage", zh + " / " + en}};
    }
    case FieldType::kYear:
      return {{"type", {"integer", "string", "null"}},
              {"minimum", 1949},
              {"maximum", 2200},
              {"pattern", kBlankOrNumber}};
    case FieldType::kDate:  // read as text
      return {{"$ref", Ref("text")}};
    case FieldType::kMoney:
      return {{"$ref", Ref("amount")}};
    case FieldType::kPercent:
      return {{"$ref", Ref("rate")}};
    case FieldType::kPoints:
      return {{"$ref", Ref("points")}};
    case FieldType::kBool:
      return {{"$ref", Ref("bool")}};
    case FieldType::kEnum: {
      Json values = Json(std::vector<std::string>(f.values.begin(), f.values.end()));
      if (f.presence == Presence::kOptional) values.push_back(nullptr);  // may be left empty
      return {{"enum", values}};
    }
    case FieldType::kMapping:
      return {{"$ref", Ref(f.holds)}};
    case FieldType::kList: {
      const VocabSection* held = FindSection(f.holds);
      Json type = (held != nullptr && held->list_null_ok) ? Json{"array", "null"} : Json("array");
      return {{"type", type}, {"items", {{"$ref", Ref(f.holds)}}}};
    }
  }
  return Json::object();
}

// The property for one name of a field: title, description, value.
Json Property(const VocabField& f, const std::string& name) {
  const bool alias = name != f.key;
  Json p = {{"title", S(LabelOf(f.section, f.key)) + " (" + S(f.key) + ")"}};
  std::string zh = S(f.zh);
  std::string en = S(f.en);
  if (alias) {
    zh += "（" + S(f.key) + " 的中文写法）";
    en += " (Chinese key for `" + S(f.key) + "`)";
  }
  p["description"] = zh + "\n" + en;
  p.update(ValueSchema(f));
  return p;
}

// A field given under two of its names is refused (MapReader): each name
// excludes the names after it.
void AddExclusions(const VocabField& f, Json* dependencies) {
  const std::vector<std::string> names = Names(f);
  std::string all_zh;
  std::string all_en;
  for (const std::string& n : names) {
    all_zh += (all_zh.empty() ? "" : "、") + n;
    all_en += (all_en.empty() ? "" : ", ") + n;
  }
  for (size_t i = 0; i + 1 < names.size(); ++i) {
    std::string later;
    for (size_t j = i + 1; j < names.size(); ++j) later += (later.empty() ? "" : "|") + names[j];
    (*dependencies)[names[i]] = {
        {"propertyNames",
         {{"pattern", "^(?!(?:" + later + ")$)"},
          {"patternErrorMessage",
           "已写了“" + names[i] + "”：同一字段只能写一次（" + all_zh + "）/ '" + names[i] +
               "' is already given: write the field once, under one name (" + all_en + ")"}}}};
  }
}

Json AnyNameOf(const std::vector<std::string>& names) {
  Json any = Json::array();
  for (const std::string& n : names) any.push_back({{"required", {n}}});
  return any;
}

Json Required(std::string_view section) {
  Json all = Json::array();
  for (const VocabField* f : FieldsOf(section)) {
    if (f->presence == Presence::kRequired) all.push_back({{"anyOf", AnyNameOf(Names(*f))}});
    if (f->presence == Presence::kRequiredUnlessBlank) {
      std::vector<std::string> names = Names(*f);
      if (const VocabField* blank = FindField(section, "blank")) {
        for (const std::string& n : Names(*blank)) names.push_back(n);
      }
      all.push_back({{"description",
                      "三级指标要有名称，或写 blank: true / a row needs a name, or blank: true"},
                     {"anyOf", AnyNameOf(names)}});
    }
  }
  return all;
}

// The snippets an editor offers for a new indicator row.
Json RowSnippets(std::string_view section) {
  const std::pair<std::string_view, std::string_view> columns[] = {{"name", "$1"},
                                                                   {"target", "$2"},
                                                                   {"actual", "$3"},
                                                                   {"points", "^${4:0}"},
                                                                   {"score", "^${5:0}"}};
  Json english = Json::object();
  Json chinese = Json::object();
  for (const auto& [key, placeholder] : columns) {
    english[S(key)] = placeholder;
    chinese[S(LabelOf(section, key))] = placeholder;
  }
  return Json::array({{{"label", "三级指标行 (English keys)"}, {"body", english}},
                      {{"label", "三级指标行（中文键）"}, {"body", chinese}}});
}

Json SectionType(const VocabSection& s) {
  Json type = Json::array({"object"});
  if (!s.list_of.empty()) type.push_back("array");
  if (s.scalar_ok) {
    for (const char* t : {"string", "number", "boolean"}) type.push_back(t);
  }
  if (s.null_ok || s.scalar_ok) type.push_back("null");
  return type.size() == 1 ? Json("object") : type;
}

// The schema of one section: its fields under every name, what other keys
// may be, which fields exclude each other, which are required.
Json SectionSchema(const VocabSection& s) {
  Json out = Json::object();
  out["title"] = S(s.zh_title) + " (" + S(s.en_title) + ")";
  out["description"] = S(s.zh) + "\n" + S(s.en);
  out["type"] = SectionType(s);
  if (!s.list_of.empty()) out["items"] = {{"$ref", Ref(s.list_of)}};
  Json properties = Json::object();
  Json dependencies = Json::object();
  for (const VocabField* f : FieldsOf(s.id)) {
    for (const std::string& name : Names(*f)) properties[name] = Property(*f, name);
    if (s.one_name_per_field) AddExclusions(*f, &dependencies);
  }
  const std::string free_description = S(s.free_keys_zh) + "\n" + S(s.free_keys_en);
  for (std::string_view example : s.free_key_examples) {
    properties[S(example)] = {{"description", free_description}, {"$ref", Ref(s.free_keys_hold)}};
  }
  out["properties"] = properties;
  if (s.free_keys_hold.empty()) {
    out["additionalProperties"] = false;
  } else {
    out["additionalProperties"] = {{"description", free_description},
                                   {"$ref", Ref(s.free_keys_hold)}};
  }
  if (!dependencies.empty()) out["dependencies"] = dependencies;
  const Json required = Required(s.id);
  if (!required.empty()) out["allOf"] = required;
  if (s.id == "row" || s.id == "part") out["defaultSnippets"] = RowSnippets(s.id);
  return out;
}

Json ProjectSchema() {
  const VocabSection& top = *FindSection("");
  Json schema = {{"$schema", "http://json-schema.org/draft-07/schema#"},
                 {"$comment",
                  "Generated from the vocabulary (src/core/vocabulary.cc) by tools/gen_schemas.cc: "
                  "do not edit; run scripts/update-schemas.sh."}};
  schema.update(SectionSchema(top));
  Json definitions = SharedDefinitions();
  for (const VocabSection& s : VocabularySections()) {
    if (!s.id.empty()) definitions[S(s.id)] = SectionSchema(s);
  }
  schema["definitions"] = definitions;
  return schema;
}

// ------------------------------------------------------------------ profile severity
std::string CaseInsensitive(const std::string& word) {
  std::string out;
  for (char c : word) {
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (!letter) {
      out += c;
      continue;
    }
    const char upper = static_cast<char>(c & ~0x20);
    out += std::string("[") + upper + static_cast<char>(upper | 0x20) + "]";
  }
  return out;
}

// checks.severity: one property per check code and name, and a case-insensitive
// pattern for both (profiles may write es101 or breakdown_sum).
void RebuildSeverity(Json* block) {
  const Json levels = {"off", "info", "warning", "error"};
  Json properties = Json::object();
  std::string alternatives;
  for (const CheckInfo& c : CheckCatalogue()) {
    const std::string severity = SeverityName(c.severity);
    const std::string text = c.code + " " + c.name + " 的级别（默认 " + severity + "）。\n" +
                             c.code + " " + c.name + ": " + c.summary + " (default " + severity +
                             ").";
    for (const std::string& key : {c.code, c.name}) {
      properties[key] = {
          {"title", key}, {"description", text}, {"type", "string"}, {"enum", levels}};
      alternatives += (alternatives.empty() ? "" : "|") + CaseInsensitive(key);
    }
  }
  block->erase("properties");
  block->erase("patternProperties");
  (*block)["properties"] = properties;
  (*block)["patternProperties"] = {
      {"^(?:" + alternatives + ")$", {{"type", "string"}, {"enum", levels}}}};
}

// ------------------------------------------------------------------ profile keys and enums
// The node of the profile schema at a path of property names ("items" steps
// into an array's items).
Json* At(Json* schema, std::initializer_list<const char*> path) {
  Json* node = schema;
  for (const char* step : path) {
    node = std::string_view(step) == "items" ? &(*node)["items"] : &(*node)["properties"][step];
  }
  return node;
}

// The keys of a schema mapping must be the loader's keys: a difference is
// reported (a new key needs a title and description written in the schema).
bool SameKeys(const char* what, const Json& node, const std::vector<FieldSpec>& table) {
  std::set<std::string> schema_keys;
  if (node.contains("properties")) {
    for (const auto& [key, value] : node["properties"].items()) schema_keys.insert(key);
  }
  std::set<std::string> loader_keys;
  for (const FieldSpec& f : table) loader_keys.insert(f.key);
  if (schema_keys == loader_keys) return true;
  std::cerr << "gen_schemas: the profile schema's " << what << " keys differ from the loader's:";
  for (const std::string& k : loader_keys) {
    if (!schema_keys.contains(k)) std::cerr << " missing " << k << ";";
  }
  for (const std::string& k : schema_keys) {
    if (!loader_keys.contains(k)) std::cerr << " not in the loader " << k << ";";
  }
  std::cerr << "\n";
  return false;
}

bool CheckProfileKeys(Json* s) {
  using namespace profile_keys;
  bool ok = SameKeys("top-level", *s, kTop);
  ok = SameKeys("budget", *At(s, {"budget"}), kBudget) && ok;
  ok = SameKeys("budget.execution_caps", *At(s, {"budget", "execution_caps", "items"}),
                kExecutionCap) &&
       ok;
  ok = SameKeys("indicators", *At(s, {"indicators"}), kIndicators) && ok;
  ok =
      SameKeys("indicators.qualitative", *At(s, {"indicators", "qualitative"}), kQualitative) && ok;
  for (const char* grade : {"achieved", "partial", "not_achieved"}) {
    ok = SameKeys(grade, *At(s, {"indicators", "qualitative", grade}), kGrade) && ok;
  }
  ok = SameKeys("indicators.over_achievement", *At(s, {"indicators", "over_achievement"}), kOver) &&
       ok;
  ok = SameKeys("rounding", *At(s, {"rounding"}), kRounding) && ok;
  ok = SameKeys("grades", *At(s, {"grades", "items"}), kBand) && ok;
  ok = SameKeys("checks", *At(s, {"checks"}), kChecks) && ok;
  return ok;
}

template <typename E>
void SetEnum(Json* node, const EnumNames<E>& names) {
  Json values = Json::array();
  for (const auto& [value, name] : names) values.push_back(name);
  (*node)["enum"] = values;
}

// Every profile enum's values as the loader spells them.
void SetProfileEnums(Json* s) {
  SetEnum(At(s, {"budget", "denominator"}), kDenominatorNames);
  SetEnum(At(s, {"budget", "zero_budget"}), kZeroBudgetNames);
  SetEnum(At(s, {"indicators", "reverse"}), kReverseNames);
  SetEnum(At(s, {"indicators", "equal"}), kEqualNames);
  SetEnum(At(s, {"indicators", "range"}), kRangeNames);
  SetEnum(At(s, {"indicators", "unscorable"}), kFallbackNames);
  SetEnum(At(s, {"indicators", "deadline_missed"}), kDeadlineNames);
  SetEnum(At(s, {"indicators", "not_applicable"}), kNotApplicableNames);
  SetEnum(At(s, {"indicators", "level_split"}), kLevelSplitNames);
  SetEnum(At(s, {"indicators", "over_achievement", "deduct"}), kDeductNames);
  SetEnum(At(s, {"rounding", "rate"}), kRateRoundingNames);
  SetEnum(At(s, {"rounding", "score_mode"}), kRoundModeNames);
}

int Run(const std::vector<std::string>& args) {
  if (args.size() == 1 && args[0] == "project") {
    std::cout << Text(ProjectSchema());
    return 0;
  }
  if (args.size() == 2 && args[0] == "profile") {
    std::ifstream in(args[1]);
    if (!in) {
      std::cerr << "gen_schemas: cannot read " << args[1] << "\n";
      return 1;
    }
    Json schema = Json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (schema.is_discarded() || !schema.is_object() ||
        !schema["properties"]["checks"]["properties"].contains("severity")) {
      std::cerr << "gen_schemas: " << args[1] << " is not the profile schema\n";
      return 1;
    }
    if (!CheckProfileKeys(&schema)) return 1;
    SetProfileEnums(&schema);
    RebuildSeverity(&schema["properties"]["checks"]["properties"]["severity"]);
    std::cout << Text(schema);
    return 0;
  }
  std::cerr << "usage: gen_schemas project | gen_schemas profile SCHEMA_FILE\n";
  return 2;
}

}  // namespace
}  // namespace evalscore

int main(int argc, char** argv) {
  return evalscore::Run(std::vector<std::string>(argv + 1, argv + argc));
}
