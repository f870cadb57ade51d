#include "yaml_tree.h"

#include <algorithm>
#include <limits>
#include <sstream>
#include <string>
#include <unordered_map>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace evalscore::yaml {

const Node* Node::Find(std::string_view key) const {
  for (const auto& [k, v] : pairs_) {
    if (k->IsScalar() && k->Scalar() == key) return v;
  }
  return nullptr;
}

namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "1" or "215" or "1,234": the digits before a comma of an amount.
bool IsAmountHead(const std::string& s) {
  const size_t comma = s.rfind(',');
  const std::string_view last =
      comma == std::string::npos ? std::string_view(s) : std::string_view(s).substr(comma + 1);
  return AllDigits(last) && last.size() <= 3 && (comma == std::string::npos || last.size() == 3);
}

// "457" or "457.6": three digits, then optional decimals.
bool IsAmountTail(const std::string& s) {
  const size_t dot = s.find('.');
  const std::string_view whole = std::string_view(s).substr(0, dot);
  return whole.size() == 3 && AllDigits(whole) &&
         (dot == std::string::npos || AllDigits(std::string_view(s).substr(dot + 1)));
}

}  // namespace

class TreeBuilder : public YAML::EventHandler {
 public:
  explicit TreeBuilder(Document* doc) : doc_(*doc) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Attach(New(Node::Kind::kNull, mark, anchor));
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {
      Attach(New(Node::Kind::kNull, YAML::Mark::null_mark(), 0));
      return;
    }
    if (it->second->open_) Fail(mark, {"limit.alias_cycle", {}});
    expanded_ = Add(expanded_, it->second->weight_);
    if (expanded_ > kMaxAliasExpansion) {
      Fail(mark, {"limit.alias_expansion",
                  {CountArg("mib", static_cast<long long>(kMaxAliasExpansion >> 20))}});
    }
    Attach(it->second);
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string& value) override {
    Node* n = New(Node::Kind::kScalar, mark, anchor);
    n->scalar_ = value;
    n->weight_ = Add(1, value.size());
    Attach(n);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    Open(New(Node::Kind::kSequence, mark, anchor));
  }
  void OnSequenceEnd() override { Close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    Node* n = New(Node::Kind::kMap, mark, anchor);
    n->flow_ = style == YAML::EmitterStyle::Flow;
    Open(n);
  }
  void OnMapEnd() override { Close(); }

 private:
  struct Open_ {
    Node* node;
    const Node* key;  // a map's key waiting for its value
  };

  static size_t Add(size_t a, size_t b) {
    return a > std::numeric_limits<size_t>::max() / 2 - b ? std::numeric_limits<size_t>::max() / 2
                                                          : a + b;
  }

  [[noreturn]] static void Fail(const YAML::Mark& mark, Message what, Location fallback = {}) {
    Location where = fallback;
    if (!mark.is_null() && mark.line >= 0) where = Location{mark.line + 1, mark.column + 1};
    throw LimitExceeded(std::move(what), where);
  }

  Node* New(Node::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (doc_.nodes.size() >= kMaxNodes) {
      Fail(mark, {"limit.nodes", {CountArg("limit", static_cast<long long>(kMaxNodes))}});
    }
    Node& n = doc_.nodes.emplace_back();
    n.kind_ = kind;
    if (!mark.is_null() && mark.line >= 0) n.where_ = Location{mark.line + 1, mark.column + 1};
    if (anchor != 0) anchors_[anchor] = &n;
    return &n;
  }

  void Attach(const Node* n) {
    if (open_.empty()) {
      if (doc_.root == nullptr) doc_.root = n;
      return;
    }
    Open_& top = open_.back();
    if (top.node->kind_ == Node::Kind::kSequence) {
      top.node->items_.push_back(n);
    } else if (top.key == nullptr) {
      top.key = n;
    } else {
      if (top.node->pairs_.size() >= kMaxKeysPerMap) {
        Fail(YAML::Mark::null_mark(),
             {"limit.keys", {CountArg("limit", static_cast<long long>(kMaxKeysPerMap))}},
             n->where_.known() ? n->where_ : top.node->where_);
      }
      top.node->pairs_.emplace_back(top.key, n);
      top.key = nullptr;
    }
    top.node->weight_ = Add(top.node->weight_, n->weight_);
  }

  void Open(Node* n) {
    Attach(n);
    n->open_ = true;
    open_.push_back({n, nullptr});
  }

  void Close() {
    if (open_.empty()) return;
    Open_& top = open_.back();
    if (top.key != nullptr) {  // a key without a value
      top.node->pairs_.emplace_back(top.key, New(Node::Kind::kNull, YAML::Mark::null_mark(), 0));
    }
    if (top.node->flow_ && top.node->kind_ == Node::Kind::kMap) JoinSplitAmounts(top.node);
    top.node->open_ = false;
    Node* closed = top.node;
    open_.pop_back();
    // The parent counted this node when it was still empty: add its children.
    if (!open_.empty())
      open_.back().node->weight_ = Add(open_.back().node->weight_, closed->weight_);
  }

  // In a {…} row YAML splits an unquoted 215,457.6 at its comma into the value
  // 215 and a key 457.6 without a value. Where the two are written with only
  // the comma between them (no space), they are one amount: join them back.
  static void JoinSplitAmounts(Node* map) {
    auto& pairs = map->pairs_;
    for (size_t i = 0; i + 1 < pairs.size();) {
      Node* value = const_cast<Node*>(pairs[i].second);
      const Node* key = pairs[i + 1].first;
      const Node* key_value = pairs[i + 1].second;
      const bool adjacent =
          value->IsScalar() && key->IsScalar() && value->where_.known() &&
          key->where_.line == value->where_.line &&
          key->where_.column == value->where_.column + static_cast<int>(value->scalar_.size()) + 1;
      if (adjacent && key_value->IsNull() && IsAmountHead(value->scalar_) &&
          IsAmountTail(key->scalar_)) {
        value->scalar_ += "," + key->scalar_;
        pairs.erase(pairs.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        continue;
      }
      ++i;
    }
  }

  Document& doc_;
  std::vector<Open_> open_;
  size_t expanded_ = 0;  // bytes added by aliases so far
  std::unordered_map<YAML::anchor_t, const Node*> anchors_;
};

std::vector<std::unique_ptr<Document>> ParseAll(std::string_view text) {
  std::istringstream in{std::string(text)};
  YAML::Parser parser(in);
  std::vector<std::unique_ptr<Document>> docs;
  for (;;) {
    auto doc = std::make_unique<Document>();
    TreeBuilder builder(doc.get());
    if (!parser.HandleNextDocument(builder)) break;
    if (docs.size() == kMaxDocuments) {
      throw LimitExceeded(
          {"limit.documents", {CountArg("limit", static_cast<long long>(kMaxDocuments))}},
          doc->root ? doc->root->where() : Location{});
    }
    docs.push_back(std::move(doc));
  }
  // A trailing `---` (or `...`) opens an empty document: not a second one.
  while (docs.size() > 1 && (docs.back()->root == nullptr ||
                             (docs.back()->root->IsNull() && docs.back()->nodes.size() == 1))) {
    docs.pop_back();
  }
  return docs;
}

}  // namespace evalscore::yaml
