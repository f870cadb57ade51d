#include "cli/json_stream.h"

namespace evalscore::cli {

std::string IndentedJson(const nlohmann::ordered_json& j, size_t indent) {
  const std::string text = j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  const std::string pad(indent, ' ');
  std::string out = pad;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}

void JsonArrayStream::Add(const nlohmann::ordered_json& element) {
  out_ << (size_ == 0 ? "[\n" : ",\n") << IndentedJson(element, depth_ + 2);
  ++size_;
}

void JsonArrayStream::Close() {
  if (size_ == 0) {
    out_ << "[]";
  } else {
    out_ << '\n' << std::string(depth_, ' ') << ']';
  }
}

}  // namespace evalscore::cli
