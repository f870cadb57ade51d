// UTF-8 decoding helpers of the core, public because the readers and the CLI
// (terminal-safe text, display widths, path names) decode the same way.
#ifndef EVALSCORE_UTF8_H_
#define EVALSCORE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace evalscore::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at text[*pos] and advances *pos past it. Malformed
// bytes decode as U+FFFD and advance by one byte.
char32_t Next(std::string_view text, size_t* pos);

void Append(std::string* out, char32_t cp);

// True when text is well-formed UTF-8 (no overlongs, no surrogates). On false,
// *bad_offset is the byte offset of the first bad sequence.
bool IsValid(std::string_view text, size_t* bad_offset = nullptr);

}  // namespace evalscore::utf8

#endif  // EVALSCORE_UTF8_H_
