// Text that came from a form (names, file names, messages) made safe for the
// place it is written to: a terminal, an XML file, a spreadsheet's CSV import.
#ifndef EVALSCORE_CLI_HOSTILE_TEXT_H_
#define EVALSCORE_CLI_HOSTILE_TEXT_H_

#include <string>
#include <string_view>

namespace evalscore::cli {

// For a terminal: every control character (C0 including \n, \r, \t; DEL; C1
// U+0080..U+009F) and every bidirectional override (U+202A..U+202E,
// U+2066..U+2069) is written visibly as an escape (\n, \r, \t, \x1B,
// \u{202E}), so a name can neither move the cursor, recolour the screen nor
// forge a line of output. Bytes that are not UTF-8 become \xNN. Other text is
// unchanged.
// With `keep_newlines`, '\n' stays (for Markdown, whose cells turn it into <br>).
std::string TerminalSafe(std::string_view text, bool keep_newlines = false);

// True when TerminalSafe(text) would change nothing (the common case: cheap).
bool IsTerminalSafe(std::string_view text, bool keep_newlines = false);

// For XML 1.0 (xlsx, docx): characters XML forbids (C0 controls other than
// tab, LF and CR; U+FFFE, U+FFFF; bytes that are not UTF-8) are replaced.
// A vertical tab or form feed (Word's manual line break, Shift+Enter) becomes
// a line feed; anything else forbidden becomes U+FFFD.
std::string XmlSafe(std::string_view text);

// For a CSV cell that a spreadsheet may open: text starting with '=', '+',
// '-', '@', a tab or a carriage return would be read as a formula, so it is
// prefixed with an apostrophe (as OWASP and spreadsheet-safe CSV writers do).
// Numbers the program itself formats (-3.5) never pass through here.
std::string SpreadsheetSafe(std::string_view text);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_HOSTILE_TEXT_H_
