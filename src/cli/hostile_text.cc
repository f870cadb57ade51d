#include "cli/hostile_text.h"

#include "evalscore/utf8.h"

namespace evalscore::cli {
namespace {

constexpr const char* kHex = "0123456789ABCDEF";

void AppendHexByte(std::string* out, unsigned char b) {
  *out += "\\x";
  *out += kHex[b >> 4];
  *out += kHex[b & 15];
}

bool IsBidiControl(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// The escape for `cp` (decoded from bytes [start, end) of `text`), or "" when
// it is printable as is.
std::string TerminalEscape(std::string_view text, size_t start, size_t end, char32_t cp,
                           bool keep_newlines) {
  std::string out;
  if (cp == '\n' && keep_newlines) return out;
  if (cp == utf8::kReplacement && end == start + 1) {
    AppendHexByte(&out, static_cast<unsigned char>(text[start]));
  } else if (cp == '\n') {
    out = "\\n";
  } else if (cp == '\r') {
    out = "\\r";
  } else if (cp == '\t') {
    out = "\\t";
  } else if (cp < 0x20 || cp == 0x7F) {
    AppendHexByte(&out, static_cast<unsigned char>(cp));
  } else if ((cp >= 0x80 && cp <= 0x9F) || IsBidiControl(cp)) {
    out = "\\u{";
    for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 15];
    out += '}';
  }
  return out;
}

}  // namespace

bool IsTerminalSafe(std::string_view text, bool keep_newlines) {
  for (size_t pos = 0; pos < text.size();) {
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      if ((b < 0x20 && !(b == '\n' && keep_newlines)) || b == 0x7F) return false;
      ++pos;
      continue;
    }
    const size_t start = pos;
    const char32_t cp = utf8::Next(text, &pos);
    if (!TerminalEscape(text, start, pos, cp, keep_newlines).empty()) return false;
  }
  return true;
}

std::string TerminalSafe(std::string_view text, bool keep_newlines) {
  if (IsTerminalSafe(text, keep_newlines)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const char32_t cp = utf8::Next(text, &pos);
    const std::string escape = TerminalEscape(text, start, pos, cp, keep_newlines);
    if (escape.empty()) {
      out.append(text.substr(start, pos - start));
    } else {
      out += escape;
    }
  }
  return out;
}

std::string XmlSafe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const char32_t cp = utf8::Next(text, &pos);
    const bool bad_byte = cp == utf8::kReplacement && pos == start + 1;
    if (cp == '\v' || cp == '\f') {
      out += '\n';
    } else if (bad_byte || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE ||
               cp == 0xFFFF) {
      utf8::Append(&out, utf8::kReplacement);
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

std::string SpreadsheetSafe(std::string_view text) {
  if (text.empty()) return std::string();
  const char first = text.front();
  if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
      first == '\r') {
    std::string quoted(1, '\'');
    quoted.append(text);
    return quoted;
  }
  return std::string(text);
}

}  // namespace evalscore::cli
