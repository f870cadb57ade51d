// The one escaper of text put into XML, SVG or HTML.
#ifndef EVALSCORE_CLI_MARKUP_ESCAPE_H_
#define EVALSCORE_CLI_MARKUP_ESCAPE_H_

#include <string>
#include <string_view>

namespace evalscore::cli {

enum class LineBreaks {
  kKeep,  // line feeds stay as they are (XML, SVG: attribute values and labels)
  kBr,    // CR LF, CR and LF each become <br> (HTML cells and paragraphs)
};

// `text` safe in element content and attribute values: & < > " ' escaped, and
// the control characters XML 1.0 forbids even escaped become spaces (tab and
// line feed are kept, or line breaks become <br>).
std::string MarkupEscape(std::string_view text, LineBreaks breaks = LineBreaks::kKeep);

// MarkupEscape for XML and SVG (line feeds kept).
inline std::string XmlEscape(std::string_view text) { return MarkupEscape(text); }

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_MARKUP_ESCAPE_H_
