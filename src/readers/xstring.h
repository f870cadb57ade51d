// The escape SpreadsheetML uses for characters XML cannot carry (ECMA-376
// Part 1, 22.9.2.19 ST_Xstring): "_x000D_" is a carriage return, "_x005F_"
// an underscore that keeps a literal "_xHHHH_" from being read as an escape.
#ifndef EVALSCORE_READERS_XSTRING_H_
#define EVALSCORE_READERS_XSTRING_H_

#include <string>
#include <string_view>

namespace evalscore::readers {

// `text` with every "_xHHHH_" (four hex digits, either case) replaced by its
// UTF-16 code unit; a high and a low surrogate escaped one after the other
// make one code point. Left as written: malformed escapes, unpaired
// surrogates and "_x0000_" (cell text cannot hold a NUL).
std::string DecodeXstring(std::string_view text);

}  // namespace evalscore::readers

#endif  // EVALSCORE_READERS_XSTRING_H_
