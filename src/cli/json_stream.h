// Writing a JSON document a piece at a time, with the bytes that dumping the
// whole document at once gives (nlohmann's dump(2), invalid UTF-8 replaced):
// a renderer writes each project or result as it comes instead of holding
// them all until the end.
#ifndef EVALSCORE_CLI_JSON_STREAM_H_
#define EVALSCORE_CLI_JSON_STREAM_H_

#include <cstddef>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

namespace evalscore::cli {

// `j` dumped with 2-space indentation, every line shifted right by `indent`
// spaces (JSON strings hold no raw line breaks, so this is safe): the text
// `j` has as a value at that depth of an enclosing document.
std::string IndentedJson(const nlohmann::ordered_json& j, size_t indent);

// A JSON array written element by element to `out`, as dump(2) writes an array
// whose line starts at column `depth`: "[\n", the elements at depth + 2 joined
// by ",\n", then "\n" and "]" at depth; "[]" when it has none. The caller writes
// what comes before the '[' (the key) and after the ']'.
class JsonArrayStream {
 public:
  JsonArrayStream(std::ostream& out, size_t depth) : out_(out), depth_(depth) {}

  void Add(const nlohmann::ordered_json& element);
  // Writes the closing bracket (or "[]"); once, after the last Add().
  void Close();
  size_t size() const { return size_; }

 private:
  std::ostream& out_;
  size_t depth_;
  size_t size_ = 0;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_JSON_STREAM_H_
