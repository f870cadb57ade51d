#include "cli/markup_escape.h"

namespace evalscore::cli {
namespace {

// The entity for `c`, or nullptr when it is written as it is.
const char* Entity(char c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&#39;";
    default:
      return nullptr;
  }
}

}  // namespace

std::string MarkupEscape(std::string_view text, LineBreaks breaks) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (breaks == LineBreaks::kBr && (c == '\r' || c == '\n')) {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "<br>";
    } else if (const char* entity = Entity(c)) {
      out += entity;
    } else if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') {
      out += ' ';  // XML 1.0 forbids most control characters even escaped
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace evalscore::cli
