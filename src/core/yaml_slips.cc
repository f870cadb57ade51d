#include "yaml_slips.h"

#include <string>
#include <utility>
#include <vector>

namespace evalscore {
namespace {

constexpr std::string_view kFullWidthColon = "：";

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// A key a clerk would type: no spaces, quotes, brackets or '#'.
bool LooksLikeKey(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    if (c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '#' || c == '{' || c == '}' ||
        c == '[' || c == ']' || c == ',' || c == ':') {
      return false;
    }
  }
  return true;
}

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// The part of a line where a key starts: after the indentation and "- ".
size_t KeyStart(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  if (line.substr(i).starts_with("- ")) i += 2;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

struct Slip {
  size_t column;  // 0-based byte offset in the line
  Message message;
};

// "实际完成值：100%" or "name:测试" written where a key starts.
std::optional<Slip> ColonSlipOnLine(std::string_view line) {
  const size_t start = KeyStart(line);
  const std::string_view rest = line.substr(start);
  if (rest.starts_with("#")) return std::nullopt;
  if (auto message = ExplainColonSlip(Trim(rest))) {
    const size_t fw = rest.find(kFullWidthColon);
    const size_t ascii = rest.find(':');
    return Slip{start + std::min(fw, ascii), *message};
  }
  return std::nullopt;
}

// A value starting with a YAML indicator (">=90%", "|", "*", "&", "!", "%",
// "@", "`") after "key: ": the value must be quoted.
std::optional<Slip> IndicatorSlipOnLine(std::string_view line) {
  for (size_t at = line.find(": "); at != std::string_view::npos; at = line.find(": ", at + 1)) {
    size_t v = at + 2;
    while (v < line.size() && line[v] == ' ') ++v;
    if (v >= line.size()) continue;
    const char c = line[v];
    if (std::string_view(">|*&!%@`").find(c) == std::string_view::npos) continue;
    size_t k = at;
    while (k > 0 && line[k - 1] != ' ' && line[k - 1] != '{' && line[k - 1] != ',') --k;
    const std::string_view key = line.substr(k, at - k);
    size_t end = v;
    while (end < line.size() && line[end] != ',' && line[end] != '}' && line[end] != ']' &&
           line[end] != '#') {
      ++end;
    }
    const std::string value(Trim(line.substr(v, end - v)));
    return Slip{v,
                {"slip.special_sign",
                 {TextArg("value", value), TextArg("sign", std::string(1, c)),
                  TextArg("quoted", std::string(key) + ": \"" + value + "\"")}}};
  }
  return std::nullopt;
}

size_t Indent(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

bool Blank(std::string_view line) {
  const size_t i = Indent(line);
  return i == line.size() || line[i] == '#';
}

// "key: value" on `line - 1`, then "key2: …" indented deeper on `line`: YAML
// reads the second as the continuation of the first value.
std::optional<Slip> DeeperKeySlip(const std::vector<std::string_view>& lines, int line) {
  const std::string_view here = lines[static_cast<size_t>(line - 1)];
  int above = line - 1;
  while (above >= 1 && Blank(lines[static_cast<size_t>(above - 1)])) --above;
  if (above < 1 || Blank(here)) return std::nullopt;
  const std::string_view prev = lines[static_cast<size_t>(above - 1)];
  const size_t colon = prev.find(": ");
  const size_t key_end = here.find(':');
  if (Indent(here) <= Indent(prev) || colon == std::string_view::npos ||
      Trim(prev.substr(colon + 1)).empty() || key_end == std::string_view::npos) {
    return std::nullopt;
  }
  const std::string key(Trim(here.substr(0, key_end)));
  const std::string prev_key(Trim(prev.substr(KeyStart(prev), colon - KeyStart(prev))));
  if (!LooksLikeKey(key)) return std::nullopt;
  return Slip{Indent(here),
              {"slip.indented_deeper", {TextArg("key", key), TextArg("above", prev_key)}}};
}

}  // namespace

std::optional<Message> ExplainColonSlip(std::string_view written) {
  const size_t fw = written.find(kFullWidthColon);
  const size_t ascii = written.find(':');
  if (fw != std::string_view::npos && fw < ascii) {
    const std::string_view key = Trim(written.substr(0, fw));
    const std::string_view value = Trim(written.substr(fw + kFullWidthColon.size()));
    if (!LooksLikeKey(key)) return std::nullopt;
    return Message{"slip.full_width_colon",
                   {TextArg("key", std::string(key)),
                    TextArg("fixed", std::string(key) + ": " + std::string(value))}};
  }
  if (ascii == std::string_view::npos || ascii + 1 >= written.size()) return std::nullopt;
  const char next = written[ascii + 1];
  const std::string_view key = Trim(written.substr(0, ascii));
  if (next == ' ' || next == '/') return std::nullopt;                             // "a: b", URLs
  if (IsDigit(next) && (key.empty() || IsDigit(key.back()))) return std::nullopt;  // 10:30
  const std::string_view value = Trim(written.substr(ascii + 1));
  if (!LooksLikeKey(key)) return std::nullopt;
  return Message{"slip.no_space_after_colon",
                 {TextArg("written", std::string(Trim(written))),
                  TextArg("fixed", std::string(key) + ": " + std::string(value))}};
}

std::optional<Message> ExplainSplitNumberKey(std::string_view key) {
  if (key.empty() || !IsDigit(key.front())) return std::nullopt;
  for (char c : key) {
    if (!IsDigit(c) && c != '.') return std::nullopt;
  }
  return Message{"slip.split_amount", {TextArg("key", std::string(key))}};
}

std::optional<Location> FindUnclosedBracket(std::string_view text) {
  std::vector<Location> open;
  int line = 1, column = 0;
  char quote = 0;
  bool comment = false;
  char previous = '\n';
  for (const char c : text) {
    ++column;
    if (c == '\n') {
      ++line, column = 0, comment = false;
      if (quote == '\'') quote = 0;  // a plain apostrophe in text, not a quote
    } else if (comment) {
    } else if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '#' && (previous == ' ' || previous == '\n' || previous == '\t')) {
      comment = true;
    } else if ((c == '"' || c == '\'') && !open.empty()) {
      quote = c;
    } else if (c == '{' || c == '[') {
      open.push_back(Location{line, column});
    } else if ((c == '}' || c == ']') && !open.empty()) {
      open.pop_back();
    }
    previous = c;
  }
  if (open.empty()) return std::nullopt;
  return open.back();
}

Message PlainSyntaxMessage(const std::string& yaml_cpp_message) {
  // yaml-cpp's message -> the id that explains it (messages_input.cc).
  static const std::vector<std::pair<std::string_view, const char*>> kKnown = {
      {"end of map flow not found", "yaml.syntax.map_flow_end"},
      {"end of sequence flow not found", "yaml.syntax.sequence_flow_end"},
      {"end of map not found", "yaml.syntax.map_end"},
      {"end of sequence not found", "yaml.syntax.sequence_end"},
      {"illegal map value", "yaml.syntax.map_value"},
      {"illegal map key", "yaml.syntax.map_key"},
      {"illegal block entry", "yaml.syntax.block_entry"},
      {"unknown token", "yaml.syntax.unknown_token"},
      {"unexpected character in block scalar", "yaml.syntax.block_scalar"},
      {"illegal flow end", "yaml.syntax.flow_end"},
      {"illegal EOF in scalar", "yaml.syntax.eof_in_scalar"},
      {"invalid anchor", "yaml.syntax.anchor"},
      {"invalid alias", "yaml.syntax.alias"},
      {"the referenced anchor is not defined", "yaml.syntax.anchor_undefined"},
  };
  for (const auto& [message, id] : kKnown) {
    if (yaml_cpp_message == message) return Message{id, {}};
  }
  return Message{"yaml.syntax", {TextArg("detail", yaml_cpp_message)}};
}

std::optional<Error> ExplainSyntaxSlip(std::string_view text, Location reported) {
  const std::vector<std::string_view> lines = Lines(text);
  if (!reported.known() || reported.line > static_cast<int>(lines.size()) + 1) return std::nullopt;
  const int last = std::min(reported.line, static_cast<int>(lines.size()));
  // The reported line first: a special sign where a value starts.
  if (auto slip = IndicatorSlipOnLine(lines[static_cast<size_t>(last - 1)])) {
    return Error{slip->message, Location{last, static_cast<int>(slip->column) + 1}};
  }
  if (auto slip = DeeperKeySlip(lines, last)) {
    return Error{slip->message, Location{last, static_cast<int>(slip->column) + 1}};
  }
  // yaml-cpp reports a colon slip at the line after it: look up to 3 lines back.
  for (int line = last; line >= 1 && line >= last - 3; --line) {
    if (auto slip = ColonSlipOnLine(lines[static_cast<size_t>(line - 1)])) {
      return Error{slip->message, Location{line, static_cast<int>(slip->column) + 1}};
    }
  }
  return std::nullopt;
}

}  // namespace evalscore
