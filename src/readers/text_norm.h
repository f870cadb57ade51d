// Cell text as the recognizer compares and keeps it.
#ifndef EVALSCORE_READERS_TEXT_NORM_H_
#define EVALSCORE_READERS_TEXT_NORM_H_

#include <optional>
#include <string>
#include <string_view>

namespace evalscore::readers {

// Full-width ASCII (Ａ１（：) as ASCII, the ideographic space as a space,
// ﹦ ＝ kept (the value parser reads them).
std::string FoldWidth(std::string_view text);
// Without spaces, tabs, line breaks, no-break and ideographic spaces.
std::string WithoutSpaces(std::string_view text);
// Trimmed, with line breaks inside the text joined: dropped between Chinese
// characters (a wrapped cell), a space between Latin ones.
std::string CleanText(std::string_view text);
// "-", "—", "/", "*", "——" and the like: the cell means blank.
bool IsBlankMark(std::string_view text);

// A number written in a cell as text: "22.41", "1,234.5", "10分", "24%",
// "８"; *percent set when it carried a % sign. nullopt when it is no number.
std::optional<double> NumberInText(std::string_view text, bool* percent);

}  // namespace evalscore::readers

#endif  // EVALSCORE_READERS_TEXT_NORM_H_
