#include "cli/display_width.h"

#include "evalscore/utf8.h"

namespace evalscore::cli {
namespace {

bool IsWide(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
         (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
         (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

}  // namespace

size_t DisplayWidth(std::string_view text) {
  size_t width = 0;
  for (size_t pos = 0; pos < text.size();) width += IsWide(utf8::Next(text, &pos)) ? 2u : 1u;
  return width;
}

std::string PadRight(std::string_view text, size_t width) {
  size_t w = DisplayWidth(text);
  std::string out;
  if (w <= width) {
    out = std::string(text);
  } else {
    w = 0;
    for (size_t pos = 0; pos < text.size();) {
      const size_t start = pos;
      const char32_t cp = utf8::Next(text, &pos);
      const size_t cw = IsWide(cp) ? 2u : 1u;
      if (w + cw + 1 > width) break;
      out.append(text.substr(start, pos - start));
      w += cw;
    }
    out += "…";
    w += 1;
  }
  out.append(width > w ? width - w : 0, ' ');
  return out;
}

std::string PadLeft(std::string_view text, size_t width) {
  const size_t w = DisplayWidth(text);
  return std::string(width > w ? width - w : 0, ' ') + std::string(text);
}

}  // namespace evalscore::cli
