// UTF-8 decoding helpers of the core, public because the readers and the CLI
// (terminal-safe text, display widths, path names) decode the same way.
#ifndef EVALSCORE_UTF8_H_
#define EVALSCORE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace evalscore::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Length of the well-formed sequence at text[pos] (pos < text.size()), with
// its code point in *out; 0 when the bytes there are malformed (overlong,
// surrogate, beyond U+10FFFF, cut short). Inline: every text scan runs it.
inline size_t Decode(std::string_view text, size_t pos, char32_t* out) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  size_t len = 0;
  char32_t cp = 0;
  char32_t min = 0;
  if (b0 < 0x80) {
    *out = b0;
    return 1;
  } else if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (pos + len > text.size()) return 0;
  for (size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(text[pos + i]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  *out = cp;
  return len;
}

// Decodes the code point at text[*pos] and advances *pos past it. Malformed
// bytes decode as U+FFFD and advance by one byte.
inline char32_t Next(std::string_view text, size_t* pos) {
  char32_t cp = 0;
  const size_t len = Decode(text, *pos, &cp);
  *pos += len > 0 ? len : 1;
  return len > 0 ? cp : kReplacement;
}

void Append(std::string* out, char32_t cp);

// True when text is well-formed UTF-8 (no overlongs, no surrogates). On false,
// *bad_offset is the byte offset of the first bad sequence.
bool IsValid(std::string_view text, size_t* bad_offset = nullptr);

}  // namespace evalscore::utf8

#endif  // EVALSCORE_UTF8_H_
