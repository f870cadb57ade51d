#include "yaml_depth.h"

#include <array>
#include <string>

#include "utf8.h"

namespace evalscore {
namespace {

// Characters after which a quote opens a quoted scalar.
bool IsOpener(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == ':' || c == ',' || c == '[' || c == '{' ||
         c == '-';
}

// True when a line's content (comment stripped) ends with a block scalar
// header: `|`, `>`, with optional indentation and chomping indicators.
bool EndsWithBlockScalarHeader(std::string_view content) {
  while (!content.empty() && (content.back() == ' ' || content.back() == '\t')) {
    content.remove_suffix(1);
  }
  size_t i = content.size();
  while (i > 0 && (content[i - 1] == '+' || content[i - 1] == '-' ||
                   (content[i - 1] >= '0' && content[i - 1] <= '9'))) {
    --i;
  }
  if (i == 0 || (content[i - 1] != '|' && content[i - 1] != '>')) return false;
  return i == 1 || content[i - 2] == ' ' || content[i - 2] == '\t';
}

// The 1-based line and (byte) column of a byte offset.
Location LocationOf(std::string_view text, size_t offset) {
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') ++line, line_start = i + 1;
  }
  return Location{line, static_cast<int>(offset - line_start) + 1};
}

// Whether `c` (outside quotes, not blank) can open a quote, a comment, a flow
// collection or a token: any other character just continues a scalar.
bool MayMatter(char c) {
  static constexpr std::array<bool, 256> kSyntax = [] {
    std::array<bool, 256> table{};
    for (const char s : std::string_view("\"'#,[]{}:-?&!"))
      table[static_cast<unsigned char>(s)] = true;
    return table;
  }();
  return kSyntax[static_cast<unsigned char>(c)];
}

size_t Indentation(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

// What the scan carries from one line to the next.
struct ScanState {
  int flow_depth = 0;
  char quote = 0;
};

// The leading columns of `line`: spaces and "- " / "? " indicators; sets
// `lead` past them. An error when they run deeper than kMaxIndent.
std::optional<Error> ScanLead(std::string_view line, int line_number, size_t* lead) {
  *lead = 0;
  while (*lead < line.size()) {
    const size_t at = *lead;
    if (line[at] == ' ' || line[at] == '\t') {
      ++*lead;
    } else if ((line[at] == '-' || line[at] == '?') && at + 1 < line.size() &&
               (line[at + 1] == ' ' || line[at + 1] == '\t')) {
      *lead += 2;
    } else {
      break;
    }
    if (*lead > static_cast<size_t>(kMaxIndent)) {
      return Error{{"yaml.too_deep_indent", {CountArg("limit", kMaxIndent)}},
                   Location{line_number, static_cast<int>(*lead)}};
    }
  }
  return std::nullopt;
}

// Whether a new token may start after `line[i]` (its character `c`) in block
// context; moves `i` past an anchor or tag word.
bool TokenExpectedAfter(std::string_view line, size_t* i, int flow_depth, bool expected) {
  const char c = line[*i];
  // What may follow: a new token after ": ", "- ", "? ", or an anchor or
  // tag word; anything else continues a scalar.
  const bool next_is_space = *i + 1 >= line.size() || line[*i + 1] == ' ' || line[*i + 1] == '\t';
  if (c == ':' && next_is_space) return flow_depth == 0;
  // "- " and "? " are indicators only where a token starts: inside a plain
  // scalar ("x- {") they are text, and what follows continues the scalar.
  if ((c == '-' || c == '?') && next_is_space) return expected && flow_depth == 0;
  if ((c == '&' || c == '!') && (*i == 0 || line[*i - 1] == ' ')) {
    size_t j = *i;
    // yaml-cpp ends an anchor or tag at a flow indicator as well as a space.
    while (j < line.size() &&
           std::string_view(" \t,[]{}").find(line[j]) == std::string_view::npos) {
      ++j;
    }
    *i = j - 1;
    return flow_depth == 0;
  }
  // After a flow collection closes in block context, yaml-cpp expects a new
  // token too (a ',' there hangs it).
  return (c == ']' || c == '}') && flow_depth == 0;
}

// The content of `line` from `lead`: quotes, comments and flow brackets
// tracked in `state`; `content_end` is where a comment starts (else the line's
// end). An error on a ',' where a block-context token starts, or brackets
// nested deeper than kMaxFlowDepth.
std::optional<Error> ScanContent(std::string_view line, int line_number, size_t lead,
                                 ScanState* state, size_t* content_end) {
  bool token_expected = state->quote == 0 && state->flow_depth == 0;  // at the content's start
  *content_end = line.size();
  for (size_t i = lead; i < line.size(); ++i) {
    const char c = line[i];
    const Location here{line_number, static_cast<int>(i) + 1};
    if (state->quote != 0) {
      if (c == state->quote) {
        if (state->quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
          ++i;  // '' inside single quotes
        } else {
          state->quote = 0;
          token_expected = state->flow_depth == 0;
        }
      } else if (c == '\\' && state->quote == '"') {
        ++i;
      }
      continue;
    }
    if (c == ' ' || c == '\t') continue;
    if (!MayMatter(c)) {  // a character of a plain scalar's text
      token_expected = false;
      continue;
    }
    if ((c == '"' || c == '\'') && (i == 0 || IsOpener(line[i - 1]))) {
      state->quote = c;
      continue;
    }
    if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) {
      *content_end = i;
      break;
    }
    if (c == ',' && state->flow_depth == 0 && token_expected) {
      return Error{{"yaml.leading_comma", {}}, here};
    }
    // In block context a bracket opens a flow collection only where a token
    // starts; inside a plain scalar ("to[[") it is a character of the text.
    if ((c == '[' || c == '{') && (state->flow_depth > 0 || token_expected)) {
      if (++state->flow_depth > kMaxFlowDepth) {
        return Error{{"yaml.too_deep_brackets", {CountArg("limit", kMaxFlowDepth)}}, here};
      }
    } else if (c == ']' || c == '}') {
      if (state->flow_depth > 0) --state->flow_depth;
    }
    token_expected = TokenExpectedAfter(line, &i, state->flow_depth, token_expected);
  }
  return std::nullopt;
}

}  // namespace

// Scans line by line. Block scalar bodies (after `|` or `>`) are skipped; in
// the rest, quotes, comments and flow brackets are tracked. Besides the
// nesting limits, a ',' where a block-context token starts is refused: yaml-cpp
// 0.7 loops forever on it (found by fuzzing; tests/fuzz-regressions/).
std::optional<Error> PrescanYaml(std::string_view text) {
  size_t bad = 0;
  if (!utf8::IsValid(text, &bad)) {
    return Error{{"input.not_utf8", {CountArg("offset", static_cast<long long>(bad))}},
                 LocationOf(text, bad)};
  }
  if (const size_t nul = text.find('\0'); nul != std::string_view::npos) {
    return Error{{"input.binary", {CountArg("offset", static_cast<long long>(nul))}},
                 LocationOf(text, nul)};
  }
  ScanState state;
  long block_indent = -1;  // >= 0 while inside a block scalar body
  int line_number = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    ++line_number;
    start = end + 1;
    const size_t indent = Indentation(line);
    const bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
    if (block_indent >= 0) {
      if (blank || static_cast<long>(indent) > block_indent) continue;
      block_indent = -1;
    }
    size_t lead = 0, content_end = 0;
    if (auto error = ScanLead(line, line_number, &lead)) return error;
    if (auto error = ScanContent(line, line_number, lead, &state, &content_end)) return error;
    if (state.quote == 0 && state.flow_depth == 0 &&
        EndsWithBlockScalarHeader(line.substr(0, content_end))) {
      block_indent = static_cast<long>(indent);
    }
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
      return Error{{"slip.tab_indent", {}}, Location{line, column}};
    }
    if (c != ' ') at_start = false;
    ++column;
  }
  return std::nullopt;
}

}  // namespace evalscore
