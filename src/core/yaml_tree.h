// Internal: a light YAML tree built straight from yaml-cpp's parser events.
// yaml-cpp's own YAML::Node tree costs more to build than to parse (shared
// pointers and a node per value); this one is an arena of plain structs, so
// loading a project costs little more than parsing it (see bench/).
#ifndef EVALSCORE_CORE_YAML_TREE_H_
#define EVALSCORE_CORE_YAML_TREE_H_

#include <deque>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "evalscore/location.h"
#include "evalscore/message.h"

namespace evalscore::yaml {

class Node {
 public:
  enum class Kind { kNull, kScalar, kSequence, kMap };

  bool IsNull() const { return kind_ == Kind::kNull; }
  bool IsScalar() const { return kind_ == Kind::kScalar; }
  bool IsSequence() const { return kind_ == Kind::kSequence; }
  bool IsMap() const { return kind_ == Kind::kMap; }
  Kind kind() const { return kind_; }

  // The text of a scalar ("" for other kinds).
  const std::string& Scalar() const { return scalar_; }
  // 1-based; unknown for nodes without a position.
  Location where() const { return where_; }

  // Sequence items, or map (key, value) pairs in document order; duplicate
  // keys are kept, so callers can report them.
  const std::vector<const Node*>& items() const { return items_; }
  const std::vector<std::pair<const Node*, const Node*>>& pairs() const { return pairs_; }
  size_t size() const { return IsMap() ? pairs_.size() : items_.size(); }

  // The value of the first pair whose key is the scalar `key`, or nullptr.
  const Node* Find(std::string_view key) const;

 private:
  friend class TreeBuilder;
  Kind kind_ = Kind::kNull;
  bool flow_ = false;  // written as {…} or […]
  std::string scalar_;
  Location where_;
  std::vector<const Node*> items_;
  std::vector<std::pair<const Node*, const Node*>> pairs_;
  size_t weight_ = 1;  // bytes of the node with aliases expanded (saturating)
  bool open_ = false;  // a collection still being built (an alias to it is a cycle)
};

inline constexpr size_t kMaxAliasExpansion = 1u << 20;  // bytes aliases may add to a document
inline constexpr size_t kMaxKeysPerMap = 10000;         // a form has a few dozen
inline constexpr size_t kMaxNodes = 2000000;            // per document
// yaml-cpp 0.7 can report empty documents without end on some malformed
// inputs ("x\n{ #\n,": found by fuzzing); a form has one.
inline constexpr size_t kMaxDocuments = 1000;

// A document beyond the limits above: what() says which; `where` is the node
// that crossed the limit.
class LimitExceeded : public std::runtime_error {
 public:
  LimitExceeded(Message what, Location at)
      : std::runtime_error(what.id), message(std::move(what)), where(at) {}
  Message message;
  Location where;
};

// One parsed document; its nodes live as long as it does. An alias is the
// node its anchor names (shared, not copied), but consumers copy what they
// read, so the bytes aliases would expand to are budgeted: past
// kMaxAliasExpansion, or with more than kMaxKeysPerMap keys in one mapping or
// kMaxNodes nodes, parsing stops with LimitExceeded (linear time and memory
// whatever the input).
struct Document {
  std::deque<Node> nodes;
  const Node* root = nullptr;
};

// Parses every document of `text` (empty documents after the last one, as a
// trailing `---` makes, are dropped; more than kMaxDocuments is LimitExceeded). Throws
// YAML::Exception on a syntax error and LimitExceeded past a limit: callers catch them at their
// loader boundary.
std::vector<std::unique_ptr<Document>> ParseAll(std::string_view text);

}  // namespace evalscore::yaml

#endif  // EVALSCORE_CORE_YAML_TREE_H_
