// Internal: reads a YAML mapping against a table of known keys (each with its
// Chinese aliases), reporting unknown keys (with a suggestion), duplicate keys,
// and a key given together with its alias. Used by the project and profile
// loaders; yaml-cpp types never leave src/core.
#ifndef EVALSCORE_CORE_YAML_MAP_H_
#define EVALSCORE_CORE_YAML_MAP_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "evalscore/location.h"
#include "evalscore/result.h"

#include "yaml_tree.h"

namespace evalscore {

struct FieldSpec {
  std::string key;                   // canonical English key
  std::vector<std::string> aliases;  // the form's own labels, e.g. 分值
};

// The keys of one section of the vocabulary (evalscore/vocabulary.h), e.g.
// "funds", "fundsRow", "row": the one source of a project file's key tables.
std::vector<FieldSpec> FieldSpecsOf(std::string_view section);
// Every name (the key and its aliases) of one field of the vocabulary.
std::vector<std::string> NamesOf(std::string_view section, std::string_view key);

// 1-based location of a node; unknown for nodes without a mark.
Location Where(const yaml::Node& node);

// Keys of `map` that are neither known fields nor aliases. Each field found is
// remembered with its value node and the location of its key.
class MapReader {
 public:
  // `what` names the mapping in messages ("project", "funds row").
  MapReader(const yaml::Node& map, const std::vector<FieldSpec>& fields, std::string what,
            Errors* errors);

  // The value for a canonical key, if written.
  const yaml::Node* Get(const std::string& key) const;
  // Location of the value (or the key, where the value has no mark).
  Location WhereOf(const std::string& key) const;
  // The path of a field for messages, with the key as the file writes it:
  // "funds.total" or "项目资金.年度资金总额" (`what` + "." + key as written).
  std::string Path(const std::string& key) const;
  // The key as the file writes it ("分值" for points), or `key` if not written.
  std::string Key(const std::string& key) const;

 private:
  struct Found {
    std::string key;             // canonical
    const std::string* written;  // the key as the file writes it (in the key node)
    const yaml::Node* value;
    Location key_where;
  };
  // The field found under canonical `key`, or nullptr. A mapping has a few
  // dozen keys at most: a linear search beats a tree of allocated nodes.
  const Found* Find(const std::string& key) const;

  std::vector<Found> found_;  // in the file's order
  std::string what_;
};

// Reports duplicate keys in a mapping whose keys are free names. Returns the
// (key, value) pairs in document order, duplicates dropped.
std::vector<std::pair<const yaml::Node*, const yaml::Node*>> UniquePairs(const yaml::Node& map,
                                                                         const std::string& what,
                                                                         Errors* errors);

// Scalar helpers. Each reports a located error and returns nullopt on a bad
// value; "absent" values (null, "", "-", "—", "/") give nullopt silently.
std::optional<Located<std::string>> ReadText(const yaml::Node& node, const std::string& what,
                                             Errors* errors);
// A finite, non-negative amount; thousands separators and an optional unit
// suffix in `allowed_units` ("%", "分") are accepted. Larger than 1e12 is refused.
std::optional<Located<double>> ReadNumber(const yaml::Node& node, const std::string& what,
                                          const std::vector<std::string>& allowed_units,
                                          Errors* errors);
std::optional<bool> ReadBool(const yaml::Node& node, const std::string& what, Errors* errors);

}  // namespace evalscore

#endif  // EVALSCORE_CORE_YAML_MAP_H_
