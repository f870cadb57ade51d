#include "yaml_map.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "evalscore/value.h"
#include "evalscore/vocabulary.h"

#include "edit_distance.h"
#include "yaml_slips.h"

namespace evalscore {
namespace {

bool IsAbsentText(const std::string& s) {
  return s.empty() || s == "-" || s == "—" || s == "/" || s == "／" || s == "--";
}

// Every key and alias of `fields`, the candidates for "did you mean".
std::vector<std::string> AllNames(const std::vector<FieldSpec>& fields) {
  std::vector<std::string> names;
  for (const FieldSpec& f : fields) {
    names.push_back(f.key);
    names.insert(names.end(), f.aliases.begin(), f.aliases.end());
  }
  return names;
}

const std::string& KeyText(const yaml::Node& key) {
  static const std::string kNonScalar = "<non-scalar key>";
  return key.IsScalar() ? key.Scalar() : kNonScalar;
}

// A value the template asks the clerk to replace ("请填写项目名称"): the error
// saying what to fill in, or nullopt.
std::optional<Error> Placeholder(const yaml::Node& node, const std::string& what) {
  constexpr std::string_view kFillIn = "请填写";
  // A cheap test first: this runs for every text and number read.
  if (!node.IsScalar() || !node.Scalar().starts_with(kFillIn)) return std::nullopt;
  const std::string text = FoldText(node.Scalar());
  std::string field = text.substr(kFillIn.size());
  if (field.empty()) field = what;
  return Error{{"input.placeholder", {TextArg("field", field), TextArg("written", text)}},
               Where(node)};
}

// "unknown key 'k' in <what>", with "; did you mean 's'?" when a field is close.
// The project file and an indicator row have their own Chinese wording.
Message UnknownKey(const std::string& key, const std::string& what, const std::string& suggestion) {
  std::string id = what == "indicator"          ? "input.unknown_key_in_indicator"
                   : what == "the project file" ? "input.unknown_key_in_project_file"
                                                : "input.unknown_key";
  if (!suggestion.empty()) id += "_suggest";
  return {id, {TextArg("key", key), TextArg("in", what), TextArg("suggestion", suggestion)}};
}

}  // namespace

Location Where(const yaml::Node& node) { return node.where(); }

MapReader::MapReader(const yaml::Node& map, const std::vector<FieldSpec>& fields, std::string what,
                     Errors* errors)
    : what_(std::move(what)) {
  for (const auto& [key_node, value_node] : map.pairs()) {
    const std::string& key = KeyText(*key_node);
    const Location key_where = Where(*key_node);
    const FieldSpec* spec = nullptr;
    for (const FieldSpec& f : fields) {
      if (f.key == key || std::find(f.aliases.begin(), f.aliases.end(), key) != f.aliases.end()) {
        spec = &f;
        break;
      }
    }
    if (spec == nullptr) {
      if (auto slip = ExplainColonSlip(key)) {
        errors->push_back({*slip, key_where});
        continue;
      }
      if (auto split = ExplainSplitNumberKey(key)) {
        errors->push_back({*split, key_where});
        continue;
      }
      errors->push_back({UnknownKey(key, what_, ClosestMatch(key, AllNames(fields))), key_where});
      continue;
    }
    if (const Found* previous = Find(spec->key)) {
      if (*previous->written == key) {
        errors->push_back(
            {{"input.duplicate_key", {TextArg("key", key), TextArg("in", what_)}}, key_where});
      } else {
        errors->push_back(
            {{"input.same_field_twice",
              {TextArg("key", key), TextArg("other", *previous->written), TextArg("in", what_)}},
             key_where});
      }
      continue;
    }
    found_.push_back(Found{spec->key, &key, value_node, key_where});
  }
}

const MapReader::Found* MapReader::Find(const std::string& key) const {
  for (const Found& f : found_) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

std::string MapReader::Key(const std::string& key) const {
  const Found* f = Find(key);
  return f == nullptr ? key : *f->written;
}

std::string MapReader::Path(const std::string& key) const { return what_ + "." + Key(key); }

const yaml::Node* MapReader::Get(const std::string& key) const {
  const Found* f = Find(key);
  return f == nullptr ? nullptr : f->value;
}

Location MapReader::WhereOf(const std::string& key) const {
  const Found* f = Find(key);
  if (f == nullptr) return {};
  const Location value_where = Where(*f->value);
  return value_where.known() && !f->value->IsNull() ? value_where : f->key_where;
}

std::vector<std::pair<const yaml::Node*, const yaml::Node*>> UniquePairs(const yaml::Node& map,
                                                                         const std::string& what,
                                                                         Errors* errors) {
  std::vector<std::pair<const yaml::Node*, const yaml::Node*>> pairs;
  // Keys as a reader sees them (full-width letters folded, spaces trimmed), to
  // the key as written: a hash map, linear in the keys whatever their number.
  std::unordered_map<std::string, std::string> seen;
  for (const auto& [key_node, value_node] : map.pairs()) {
    const std::string& key = KeyText(*key_node);
    const auto [it, fresh] = seen.emplace(FoldText(key), key);
    if (!fresh && it->second == key) {
      errors->push_back(
          {{"input.duplicate_key", {TextArg("key", key), TextArg("in", what)}}, Where(*key_node)});
      continue;
    }
    if (!fresh) {
      errors->push_back({{"input.keys_differ_in_spaces",
                          {TextArg("key", key), TextArg("other", it->second), TextArg("in", what)}},
                         Where(*key_node)});
      continue;
    }
    pairs.emplace_back(key_node, value_node);
  }
  return pairs;
}

std::optional<Located<std::string>> ReadText(const yaml::Node& node, const std::string& what,
                                             Errors* errors) {
  if (node.IsNull()) return std::nullopt;
  if (auto fill_in = Placeholder(node, what)) {
    errors->push_back(*fill_in);
    return std::nullopt;
  }
  if (!node.IsScalar()) {
    errors->push_back({{node.IsMap() ? "input.text_not_mapping" : "input.text_not_list",
                        {TextArg("field", what)}},
                       Where(node)});
    return std::nullopt;
  }
  return Located<std::string>{node.Scalar(), Where(node)};
}

std::optional<Located<double>> ReadNumber(const yaml::Node& node, const std::string& what,
                                          const std::vector<std::string>& allowed_units,
                                          Errors* errors) {
  if (node.IsNull()) return std::nullopt;
  if (auto fill_in = Placeholder(node, what)) {
    errors->push_back(*fill_in);
    return std::nullopt;
  }
  if (!node.IsScalar()) {
    errors->push_back({{node.IsMap() ? "input.number_not_mapping" : "input.number_not_list",
                        {TextArg("field", what)}},
                       Where(node)});
    return std::nullopt;
  }
  const std::string& text = node.Scalar();
  if (IsAbsentText(FoldText(text))) return std::nullopt;
  const Value v = ParseValue(text);
  const bool unit_ok = v.unit.empty() || std::find(allowed_units.begin(), allowed_units.end(),
                                                   v.unit) != allowed_units.end();
  if (v.kind != ValueKind::kNumber || v.comparison != Comparison::kNone || v.approximate ||
      v.scale != 1 || !unit_ok || v.calendar) {
    std::string lowered = text;
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](char c) { return static_cast<char>(c | 0x20); });
    if (lowered == ".nan" || lowered == ".inf" || lowered == "-.inf" || lowered == "nan" ||
        lowered == "inf") {
      errors->push_back(
          {{"input.not_finite", {TextArg("field", what), TextArg("written", text)}}, Where(node)});
    } else {
      errors->push_back({{"input.not_a_number", {TextArg("field", what), TextArg("written", text)}},
                         Where(node)});
    }
    return std::nullopt;
  }
  if (v.number < 0) {
    errors->push_back(
        {{"input.negative", {TextArg("field", what), TextArg("written", text)}}, Where(node)});
    return std::nullopt;
  }
  if (v.number > 1e12) {
    errors->push_back(
        {{"input.too_large", {TextArg("field", what), TextArg("written", text)}}, Where(node)});
    return std::nullopt;
  }
  return Located<double>{v.number, Where(node)};
}

std::optional<bool> ReadBool(const yaml::Node& node, const std::string& what, Errors* errors) {
  const std::string& s = node.IsScalar() ? node.Scalar() : std::string();
  if (s == "true" || s == "yes" || s == "是") return true;
  if (s == "false" || s == "no" || s == "否") return false;
  errors->push_back({{"input.not_bool", {TextArg("field", what)}}, Where(node)});
  return std::nullopt;
}

std::vector<FieldSpec> FieldSpecsOf(std::string_view section) {
  std::vector<FieldSpec> specs;
  for (const VocabField* f : FieldsOf(section)) {
    FieldSpec spec{std::string(f->key), {}};
    for (std::string_view a : f->aliases) spec.aliases.emplace_back(a);
    specs.push_back(std::move(spec));
  }
  return specs;
}

std::vector<std::string> NamesOf(std::string_view section, std::string_view key) {
  std::vector<std::string> names;
  if (const VocabField* f = FindField(section, key)) {
    names.emplace_back(f->key);
    for (std::string_view a : f->aliases) names.emplace_back(a);
  }
  return names;
}

}  // namespace evalscore
