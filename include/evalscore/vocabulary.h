// The form's vocabulary: every key of a project file (evalscore/1), the
// mapping it belongs to, the Chinese labels the loader accepts for it, the kind
// of value it holds, whether it is required, and what it means (zh/en).
//
// One table, read by the YAML loader (its key tables), the spreadsheet and
// document readers (labels they share with the loader), the renderers (form
// labels) and the schema generator (schemas/evalscore-project.schema.json).
// Adding a field is adding a row here; see CONTRIBUTING.md.
//
// Every string_view here views a string literal: static storage, and data()
// is NUL-terminated.
#ifndef EVALSCORE_VOCABULARY_H_
#define EVALSCORE_VOCABULARY_H_

#include <string_view>
#include <vector>

#include "evalscore/project.h"

namespace evalscore {

// The kind of value a field holds.
enum class FieldType {
  kText,     // any scalar (text or number)
  kName,     // text that must not be empty
  kYear,     // a year 1949..2200: 2021, 2021年, 2021年度
  kDate,     // a date as the form prints it, kept as text (2022-03-01, 2022年3月1日)
  kMoney,    // an amount in funds.currency; 56.2万元 / 562000元 are converted
  kPercent,  // a rate in percent: 83, 83%, 83.00%
  kPoints,   // points: 10, 10分, or 35% of a 100-point table
  kBool,     // true/false, yes/no, 是/否
  kEnum,     // one of `values`
  kMapping,  // a mapping: the section named by `holds`
  kList,     // a list of mappings: the section named by `holds`
};

enum class Presence {
  kOptional,
  kRequired,
  kRequiredUnlessBlank,  // an indicator row: a name, or `blank: true`
};

// One key of one mapping of the file.
struct VocabField {
  std::string_view section;  // the mapping it is a key of (VocabSection::id; "" = top level)
  std::string_view key;      // canonical English key
  // The Chinese keys the loader accepts, in order; aliases[0] is the form's
  // own label (the heading a renderer prints for the field).
  std::vector<std::string_view> aliases;
  FieldType type = FieldType::kText;
  std::string_view holds;                // kMapping, kList: the section of the value(s)
  std::vector<std::string_view> values;  // kEnum: the accepted values; kText: examples
  Presence presence = Presence::kOptional;
  std::string_view zh;  // what it is, one sentence, Chinese
  std::string_view en;  // the same in English
};

// One mapping of the file ("funds", "fundsRow", "row" ...), as the schema
// names its definitions.
struct VocabSection {
  std::string_view id;
  std::string_view zh_title;  // 项目资金
  std::string_view en_title;  // funds
  std::string_view zh;
  std::string_view en;
  // Keys not in the table are free names (一级指标 names, 中央资金 …) holding
  // this section; "" when unknown keys are refused.
  std::string_view free_keys_hold;
  std::string_view free_keys_zh;  // what a free key is, Chinese
  std::string_view free_keys_en;
  std::vector<std::string_view> free_key_examples;  // names forms print
  // The section may also be written as a list of mappings of this section
  // (indicators: blocks; a level-2 group: rows).
  std::string_view list_of;
  bool scalar_ok = false;     // the section may also be written as one text (target)
  bool null_ok = false;       // the section may be left empty (a level-2 group)
  bool list_null_ok = false;  // a list of it may be left empty (a group's rows; not parts)
  // A field written under two of its names is refused (the loader's MapReader);
  // false where the loader reads the keys one by one (a block: the last wins).
  bool one_name_per_field = true;
};

// Every field, grouped by section in file order.
const std::vector<VocabField>& VocabularyFields();
// Every section; the top level first.
const std::vector<VocabSection>& VocabularySections();

// The fields of one section, in table order. "part" (a 其中 sub-row) has the
// fields of "row" except `parts`.
std::vector<const VocabField*> FieldsOf(std::string_view section);
// One field, or nullptr.
const VocabField* FindField(std::string_view section, std::string_view key);
// One section, or nullptr.
const VocabSection* FindSection(std::string_view id);
// The form's label of a field (aliases[0]); the key when it has none.
std::string_view LabelOf(std::string_view section, std::string_view key);

// The key of a funds row in the "funds" section ("total", "appropriation" …);
// "" for kNamed (such a row is written under its printed label).
std::string_view FundsRowKey(FundsRowKind kind);

}  // namespace evalscore

#endif  // EVALSCORE_VOCABULARY_H_
