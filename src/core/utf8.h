// Internal UTF-8 helpers shared by the core (not part of the public API).
#ifndef EVALSCORE_CORE_UTF8_H_
#define EVALSCORE_CORE_UTF8_H_

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

#endif  // EVALSCORE_CORE_UTF8_H_
