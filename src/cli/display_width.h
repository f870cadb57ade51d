// Terminal column width of UTF-8 text, so tables align with Chinese in them.
#ifndef EVALSCORE_CLI_DISPLAY_WIDTH_H_
#define EVALSCORE_CLI_DISPLAY_WIDTH_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace evalscore::cli {

// East Asian Wide and Fullwidth characters count 2 columns, others 1.
size_t DisplayWidth(std::string_view text);

// `text` padded with spaces to `width` columns (left-aligned), or cut to fit
// with a trailing "…" when it is wider.
std::string PadRight(std::string_view text, size_t width);
std::string PadLeft(std::string_view text, size_t width);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_DISPLAY_WIDTH_H_
