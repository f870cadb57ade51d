// The form's vocabulary (evalscore/vocabulary.h) is the one source of the
// loader's keys and the readers' shared labels: every Chinese key in the table
// loads as its field, and the recognizer knows every label it knew before the
// table existed.
#include "evalscore/vocabulary.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "evalscore/load_project.h"

#include "cli/init_template.h"
#include "cli/project_yaml.h"
#include "readers/form_vocabulary.h"
#include "test_util.h"

namespace evalscore {
namespace {

const std::string kLevels = "{产出指标: {数量指标: [{name: a, points: 5}]}}";

// A value of the field's type that the loader accepts.
std::string ValueFor(const VocabField& f) {
  switch (f.type) {
    case FieldType::kText:
    case FieldType::kName:
      return "x";
    case FieldType::kYear:
      return "2021";
    case FieldType::kDate:
      return "2022-03-01";
    case FieldType::kMoney:
    case FieldType::kPoints:
      return "5";
    case FieldType::kPercent:
      return "50%";
    case FieldType::kBool:
      return "false";  // blank: true would forbid the row's name
    case FieldType::kEnum:
      return std::string(f.values.front());
    case FieldType::kMapping:
      if (f.holds == "project") return "{name: x}";
      if (f.holds == "indicators") return kLevels;
      if (f.holds == "fundsRow") return "{budget: 5}";
      if (f.holds == "target") return "{value: '5'}";
      return "{}";
    case FieldType::kList:
      return "[{name: p}]";
  }
  return "x";
}

std::string Join(const std::vector<std::string>& entries, const std::string& separator) {
  std::string out;
  for (const std::string& e : entries) out += (out.empty() ? "" : separator) + e;
  return out;
}

// A project file with `entries` ("key: value") written in the mapping of
// f.section, and the section's required fields other than f.
std::string ProjectWith(const VocabField& f, const std::vector<std::string>& entries) {
  std::string inner = Join(entries, ", ");
  for (const VocabField* other : FieldsOf(f.section)) {
    if (other->presence != Presence::kOptional && other->key != f.key) {
      inner += ", " + std::string(other->key) + ": " + ValueFor(*other);
    }
  }
  std::string project = "{name: x}";
  std::string indicators = kLevels;
  std::string extra;
  const std::string s(f.section);
  if (s.empty()) {
    std::string top;
    for (const VocabField* other : FieldsOf("")) {
      if (other->presence != Presence::kOptional && other->key != f.key) {
        top += std::string(other->key) + ": " + ValueFor(*other) + "\n";
      }
    }
    return top + Join(entries, "\n") + "\n";
  }
  if (s == "project") project = "{" + inner + "}";
  if (s == "goals" || s == "funds" || s == "reported" || s == "review") {
    extra = s + ": {" + inner + "}\n";
  }
  if (s == "fundsRow") extra = "funds: {total: {" + inner + "}}\n";
  if (s == "category") indicators = "{产出指标: {数量指标: [{name: a, points: 5}], " + inner + "}}";
  if (s == "group") indicators = "{产出指标: {数量指标: {" + inner + "}}}";
  if (s == "row") indicators = "{产出指标: {数量指标: [{" + inner + "}]}}";
  if (s == "target") indicators = "{产出指标: {数量指标: [{name: a, target: {" + inner + "}}]}}";
  if (s == "block") indicators = "[{" + inner + ", 产出指标: {数量指标: [{name: a, points: 5}]}}]";
  return "format: evalscore/1\nproject: " + project + "\nindicators: " + indicators + "\n" + extra;
}

std::string Errors(const Result<Project>& r) {
  std::string out;
  if (!r) {
    for (const Error& e : r.error()) out += RenderMessage(e.message, Lang::kEn) + "\n";
  }
  return out;
}

TEST(Vocabulary, LoaderAcceptsEveryKeyAndAlias) {
  size_t names = 0;
  for (const VocabField& f : VocabularyFields()) {
    std::vector<std::string> all{std::string(f.key)};
    for (std::string_view a : f.aliases) all.emplace_back(a);
    for (const std::string& name : all) {
      const std::string yaml = ProjectWith(f, {name + ": " + ValueFor(f)});
      const auto r = LoadProject(yaml);
      EXPECT_TRUE(r.has_value()) << yaml << Errors(r);
      ++names;
    }
  }
  EXPECT_GE(names, 130u);  // 56 fields, 76 aliases when this test was written
}

// An alias is the same field as its key: writing both is refused (MapReader:
// "'分值' and 'points' are the same field"; a level's weight: "given twice").
// A block's name and weight are read without that check (one_name_per_field).
TEST(Vocabulary, AliasIsTheSameFieldAsItsKey) {
  for (const VocabField& f : VocabularyFields()) {
    if (!FindSection(f.section)->one_name_per_field) continue;
    for (std::string_view alias : f.aliases) {
      const std::string value = ValueFor(f);
      const std::string yaml =
          ProjectWith(f, {std::string(f.key) + ": " + value, std::string(alias) + ": " + value});
      EXPECT_FALSE(LoadProject(yaml).has_value()) << yaml;
    }
  }
}

TEST(Vocabulary, TableIsConsistent) {
  std::set<std::string_view> sections;
  for (const VocabSection& s : VocabularySections()) {
    EXPECT_TRUE(sections.insert(s.id).second) << "section twice: " << s.id;
  }
  for (const VocabField& f : VocabularyFields()) {
    EXPECT_TRUE(sections.contains(f.section)) << f.key;
    EXPECT_FALSE(f.zh.empty() || f.en.empty()) << f.section << "." << f.key << " needs zh/en";
    if (f.type == FieldType::kMapping || f.type == FieldType::kList) {
      EXPECT_TRUE(sections.contains(f.holds)) << f.key << " holds " << f.holds;
    }
    if (f.type == FieldType::kEnum) {
      EXPECT_FALSE(f.values.empty()) << f.key;
    }
  }
  for (const VocabSection& s : VocabularySections()) {
    std::set<std::string_view> names;  // a name means one field per section
    for (const VocabField* f : FieldsOf(s.id)) {
      EXPECT_TRUE(names.insert(f->key).second) << s.id << ": " << f->key;
      for (std::string_view a : f->aliases) {
        EXPECT_TRUE(names.insert(a).second) << s.id << ": " << a;
      }
    }
  }
}

TEST(Vocabulary, LabelIsTheFirstAlias) {
  EXPECT_EQ(LabelOf("funds", "appropriation"), "当年财政拨款");
  EXPECT_EQ(LabelOf("fundsRow", "executed"), "全年执行数");
  EXPECT_EQ(LabelOf("row", "nonexistent"), "nonexistent");
  // A part row has a row's fields except parts.
  EXPECT_EQ(FieldsOf("part").size() + 1, FieldsOf("row").size());
  EXPECT_EQ(FindField("part", "parts"), nullptr);
}

// A project written back as YAML (evalscore import) uses the vocabulary's
// funds keys, and a breakdown row with a free label keeps its label (it read
// past the end of a key array before).
TEST(Vocabulary, ProjectYamlWritesFundsRowsByTheirKeys) {
  const auto loaded = LoadProject(
      "format: evalscore/1\nproject: {name: x}\nindicators: " + kLevels +
      "\nfunds:\n  total: {budget: 10, executed: 5}\n  本年财政拨款: {budget: 4, executed: 2}\n"
      "  中央资金: {budget: 6, executed: 3}\n");
  ASSERT_TRUE(loaded.has_value()) << Errors(loaded);
  const std::string yaml = cli::ProjectToYaml(loaded.value(), "test");
  EXPECT_NE(yaml.find("  appropriation:"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("  \"中央资金\":"), std::string::npos) << yaml;
  const auto again = LoadProject(yaml);
  ASSERT_TRUE(again.has_value()) << Errors(again) << yaml;
  ASSERT_EQ(again.value().funds->breakdown.size(), 2u);
  EXPECT_EQ(again.value().funds->breakdown[0].first, FundsRowKind::kAppropriation);
  EXPECT_EQ(again.value().funds->breakdown[1].first, FundsRowKind::kNamed);
  EXPECT_EQ(again.value().funds->breakdown[1].second.label, "中央资金");
  EXPECT_DOUBLE_EQ(again.value().funds->breakdown[1].second.budget->value, 6);
}

// The key of a template line ("  {项目名称|name}: …", "# {分值|weight}: …",
// "- {指标名称|name}: …"), or "" for a line without one.
std::string TemplateKey(const std::string& line) {
  const size_t start = line.find_first_not_of(" #-");
  const size_t colon = line.find(':', start);
  if (start == std::string::npos || colon == std::string::npos) return "";
  const std::string key = line.substr(start, colon - start);
  return key.find(' ') == std::string::npos ? key : "";
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t at = 0;
  for (size_t nl; (nl = text.find('\n', at)) != std::string::npos; at = nl + 1) {
    lines.push_back(text.substr(at, nl - at));
  }
  return lines;
}

// The `evalscore init` templates differ only in their keys: each Chinese key
// is an alias of the English key on the same line, in the vocabulary.
TEST(Vocabulary, InitTemplateKeysAreTheTablesAliases) {
  const std::vector<std::string> zh = Lines(cli::ProjectTemplate(cli::TemplateKeys::kChinese));
  const std::vector<std::string> en = Lines(cli::ProjectTemplate(cli::TemplateKeys::kEnglish));
  ASSERT_EQ(zh.size(), en.size());
  size_t pairs = 0;
  for (size_t i = 0; i < zh.size(); ++i) {
    if (zh[i] == en[i]) continue;
    const std::string zh_key = TemplateKey(zh[i]);
    const std::string en_key = TemplateKey(en[i]);
    bool found = false;
    for (const VocabField& f : VocabularyFields()) {
      const bool alias = std::find(f.aliases.begin(), f.aliases.end(), zh_key) != f.aliases.end();
      found = found || (f.key == en_key && alias);
    }
    EXPECT_TRUE(found) << "line " << i + 1 << ": " << zh_key << " is no alias of " << en_key;
    ++pairs;
  }
  EXPECT_GE(pairs, 40u);  // every key of the template is written both ways
}

// The README's Fields table is the user's copy of the vocabulary: every
// field's aliases are listed there, in the table's order.
TEST(Vocabulary, ReadmeListsEveryAlias) {
  const std::string readme = testing::ReadSource("README.md");
  const size_t begin = readme.find("\n### Fields\n");
  ASSERT_NE(begin, std::string::npos);
  const std::string fields = readme.substr(begin, readme.find("\n### ", begin + 1) - begin);
  for (const VocabField& f : VocabularyFields()) {
    std::string aliases;
    for (std::string_view a : f.aliases) aliases += (aliases.empty() ? "" : ", ") + std::string(a);
    EXPECT_NE(fields.find(aliases), std::string::npos)
        << f.section << "." << f.key << ": README lacks " << aliases;
    EXPECT_NE(fields.find(std::string(f.key) + "`"), std::string::npos)
        << f.section << "." << f.key << ": README lacks the key";
  }
}

// The labels the recognizer knew before they came from the vocabulary
// (src/readers/form_vocabulary.cc at 0cc5c2e), each with its role: the
// vocabulary's keys plus the readers' own spellings give exactly these.
TEST(Vocabulary, RecognizerFindsEveryLabel) {
  using readers::Role;
  const std::vector<std::pair<std::string, Role>> expected = {
      {"一级指标", Role::kLevel1},
      {"三级指标", Role::kName},
      {"主管单位", Role::kDepartment},
      {"主管部门", Role::kDepartment},
      {"主管部门及代码", Role::kDepartment},
      {"二级指标", Role::kLevel2},
      {"偏差原因", Role::kDeviation},
      {"偏差原因分析", Role::kDeviation},
      {"偏差原因分析及改进措施", Role::kDeviation},
      {"偏差原因及改进措施", Role::kDeviation},
      {"偏离度", Role::kIgnored},
      {"全年完成值", Role::kActual},
      {"全年实际值", Role::kActual},
      {"全年实际完成值", Role::kActual},
      {"全年实际完成情况", Role::kGoalAchieved},
      {"全年实际执行数", Role::kExecuted},
      {"全年执行", Role::kExecuted},
      {"全年执行数", Role::kExecuted},
      {"全年指标值", Role::kTarget},
      {"全年预算", Role::kBudget},
      {"全年预算数", Role::kBudget},
      {"分值", Role::kPoints},
      {"单位名称", Role::kProjectName},
      {"合计", Role::kTotal},
      {"填报得分", Role::kReportedScore},
      {"填报执行率", Role::kReportedRate},
      {"复核完成值", Role::kIgnored},
      {"复核得分", Role::kIgnored},
      {"完成值", Role::kActual},
      {"实施单位", Role::kUnit},
      {"实际值", Role::kActual},
      {"实际完成值", Role::kActual},
      {"实际完成情况", Role::kGoalAchieved},
      {"实际完成指标值", Role::kActual},
      {"实际完成目标", Role::kGoalAchieved},
      {"年初目标值", Role::kTarget},
      {"年初设定目标", Role::kGoalPlanned},
      {"年初预算", Role::kInitial},
      {"年初预算数", Role::kInitial},
      {"年度", Role::kYear},
      {"年度实际完成值", Role::kActual},
      {"年度总体目标", Role::kGoals},
      {"年度总体目标完成情况", Role::kGoals},
      {"年度指标值", Role::kTarget},
      {"年度目标", Role::kGoalPlanned},
      {"年度目标值", Role::kTarget},
      {"年度预算执行情况", Role::kFundsBlock},
      {"度量单位", Role::kMeasureUnit},
      {"得分", Role::kScore},
      {"总体目标", Role::kGoals},
      {"总分", Role::kTotal},
      {"总计", Role::kTotal},
      {"执行率", Role::kRate},
      {"指标值", Role::kTarget},
      {"指标内容", Role::kName},
      {"指标分值", Role::kPoints},
      {"指标名称", Role::kName},
      {"指标得分", Role::kScore},
      {"指标性质", Role::kSign},
      {"未完成原因", Role::kDeviation},
      {"未完成原因分析", Role::kDeviation},
      {"权重", Role::kPoints},
      {"目标值", Role::kTarget},
      {"等级", Role::kGrade},
      {"绩效指标", Role::kIndicators},
      {"自评完成值", Role::kActual},
      {"自评得分", Role::kScore},
      {"自评等级", Role::kGrade},
      {"计量单位", Role::kMeasureUnit},
      {"评价等级", Role::kGrade},
      {"调整后预算", Role::kAdjusted},
      {"调整后预算数", Role::kAdjusted},
      {"资金情况", Role::kFundsBlock},
      {"部门名称", Role::kProjectName},
      {"项目名称", Role::kProjectName},
      {"项目实施单位", Role::kUnit},
      {"项目资金", Role::kFundsBlock},
      {"项目资金情况", Role::kFundsBlock},
      {"预期指标值", Role::kTarget},
      {"预期目标", Role::kGoalPlanned},
      {"预期目标值", Role::kTarget},
      {"预算执行情况", Role::kFundsBlock},
      {"预算执行数", Role::kExecuted},
      {"预算执行率", Role::kRate},
  };
  EXPECT_EQ(readers::RoleLabelList(), expected);
  for (const auto& [label, role] : expected) {
    EXPECT_EQ(readers::RoleOf(readers::CanonLabel(label)), role) << label;
  }
  const std::vector<std::pair<std::string, FundsRowKind>> rows = {
      {"上年结余资金", FundsRowKind::kCarryover},
      {"上年结转", FundsRowKind::kCarryover},
      {"上年结转结余资金", FundsRowKind::kCarryover},
      {"上年结转资金", FundsRowKind::kCarryover},
      {"其他资金", FundsRowKind::kOther},
      {"单位自有资金", FundsRowKind::kOwn},
      {"单位资金", FundsRowKind::kOwn},
      {"当年财政拨款", FundsRowKind::kAppropriation},
      {"本年财政拨款", FundsRowKind::kAppropriation},
      {"财政专户管理资金", FundsRowKind::kSpecialAccount},
      {"财政拨款", FundsRowKind::kAppropriation},
      {"财政资金", FundsRowKind::kAppropriation},
  };
  EXPECT_EQ(readers::FundsRowLabelList(), rows);
  for (const auto& [label, kind] : rows) {
    bool total = true;
    EXPECT_EQ(readers::FundsRowOf(readers::CanonLabel("其中：" + label), &total), kind) << label;
    EXPECT_FALSE(total);
  }
  for (const char* label : {"年度资金总额", "资金总额", "年度资金总额合计", "合计"}) {
    bool total = false;
    EXPECT_FALSE(readers::FundsRowOf(label, &total).has_value());
    EXPECT_TRUE(total) << label;
  }
}

// Every label a vocabulary field shares with the readers names its role: the
// form's label of each field the recognizer maps.
TEST(Vocabulary, FieldLabelsAreRecognized) {
  using readers::Role;
  const std::pair<std::pair<std::string_view, std::string_view>, Role> fields[] = {
      {{"project", "name"}, Role::kProjectName},    {{"project", "unit"}, Role::kUnit},
      {{"", "funds"}, Role::kFundsBlock},           {{"fundsRow", "initial"}, Role::kInitial},
      {{"fundsRow", "budget"}, Role::kBudget},      {{"fundsRow", "executed"}, Role::kExecuted},
      {{"fundsRow", "reported_rate"}, Role::kRate}, {{"row", "target"}, Role::kTarget},
      {{"row", "actual"}, Role::kActual},           {{"goals", "planned"}, Role::kGoalPlanned},
      {{"reported", "grade"}, Role::kGrade},        {{"", "reported"}, Role::kTotal},
  };
  for (const auto& [field, role] : fields) {
    const std::string label(LabelOf(field.first, field.second));
    EXPECT_EQ(readers::RoleOf(readers::CanonLabel(label)), role) << label;
  }
}

}  // namespace
}  // namespace evalscore
