#include "readers/xstring.h"

#include <optional>

#include "evalscore/utf8.h"

namespace evalscore::readers {
namespace {

constexpr size_t kEscapeSize = 7;  // "_xHHHH_"

// The code unit of the escape at text[pos], if one is there.
std::optional<char32_t> EscapeAt(std::string_view text, size_t pos) {
  if (pos + kEscapeSize > text.size() || text[pos] != '_' || text[pos + 1] != 'x' ||
      text[pos + 6] != '_') {
    return std::nullopt;
  }
  char32_t unit = 0;
  for (size_t i = pos + 2; i < pos + 6; ++i) {
    const char c = text[i];
    unit <<= 4;
    if (c >= '0' && c <= '9') {
      unit |= static_cast<char32_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      unit |= static_cast<char32_t>(c - 'a' + 10);
    } else if (c >= 'A' && c <= 'F') {
      unit |= static_cast<char32_t>(c - 'A' + 10);
    } else {
      return std::nullopt;
    }
  }
  return unit;
}

bool IsHighSurrogate(char32_t u) { return u >= 0xD800 && u <= 0xDBFF; }
bool IsLowSurrogate(char32_t u) { return u >= 0xDC00 && u <= 0xDFFF; }

}  // namespace

std::string DecodeXstring(std::string_view text) {
  if (text.find("_x") == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const std::optional<char32_t> unit = EscapeAt(text, pos);
    if (!unit || *unit == 0 || IsLowSurrogate(*unit)) {
      out += text[pos++];
      continue;
    }
    if (!IsHighSurrogate(*unit)) {
      utf8::Append(&out, *unit);
      pos += kEscapeSize;
      continue;
    }
    const std::optional<char32_t> low = EscapeAt(text, pos + kEscapeSize);
    if (!low || !IsLowSurrogate(*low)) {
      out += text[pos++];
      continue;
    }
    utf8::Append(&out, 0x10000 + ((*unit - 0xD800) << 10) + (*low - 0xDC00));
    pos += 2 * kEscapeSize;
  }
  return out;
}

}  // namespace evalscore::readers
