#include "yaml_depth.h"

#include <string>

namespace evalscore {
namespace {

// Characters after which a quote opens a quoted scalar.
bool IsOpener(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == ':' || c == ',' || c == '[' || c == '{' ||
         c == '-';
}

}  // namespace

std::optional<Error> CheckNestingDepth(std::string_view text) {
  int line = 1;
  int column = 1;
  int flow_depth = 0;
  int indent = 0;
  bool at_line_start = true;
  char quote = 0;
  bool in_comment = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      ++line, column = 1, indent = 0;
      at_line_start = true;
      in_comment = false;
      continue;
    }
    if (at_line_start) {
      const bool dash = (c == '-' || c == '?') && i + 1 < text.size() &&
                        (text[i + 1] == ' ' || text[i + 1] == '\t');
      if (c == ' ' || c == '\t' || dash) {
        ++indent;
        if (indent > kMaxIndent) {
          return Error{"nested too deeply: more than " + std::to_string(kMaxIndent) +
                           " columns of indentation (a project file needs a handful)",
                       Location{line, column}};
        }
      } else {
        at_line_start = false;
      }
    }
    if (in_comment) {
      ++column;
      continue;
    }
    if (quote != 0) {
      if (c == quote)
        quote = 0;
      else if (c == '\\' && quote == '"')
        ++i, ++column;
    } else if ((c == '"' || c == '\'') && (i == 0 || IsOpener(text[i - 1]))) {
      quote = c;
    } else if (c == '#' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t')) {
      in_comment = true;
    } else if (c == '[' || c == '{') {
      if (++flow_depth > kMaxFlowDepth) {
        return Error{"nested too deeply: more than " + std::to_string(kMaxFlowDepth) +
                         " open brackets (a project file needs a handful)",
                     Location{line, column}};
      }
    } else if (c == ']' || c == '}') {
      if (flow_depth > 0) --flow_depth;
    }
    ++column;
  }
  return std::nullopt;
}

std::optional<Error> FindIndentTab(std::string_view text) {
  int line = 1;
  bool at_start = true;
  int column = 1;
  for (char c : text) {
    if (c == '\n') {
      ++line, column = 1, at_start = true;
      continue;
    }
    if (at_start && c == '\t') {
      return Error{"a tab in the indentation: YAML indents with spaces only",
                   Location{line, column}};
    }
    if (c != ' ') at_start = false;
    ++column;
  }
  return std::nullopt;
}

}  // namespace evalscore
