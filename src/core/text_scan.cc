#include "text_scan.h"

#include <cctype>
#include <cstdlib>

#include "evalscore/value.h"

#include "utf8.h"

namespace evalscore {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Punctuation that separates the items of a list in a text.
bool IsSeparatorAt(std::string_view s, size_t pos) {
  static constexpr std::string_view kAscii = ",:;()[]!?\n\t ";
  if (kAscii.find(s[pos]) != std::string_view::npos) return true;
  for (std::string_view cjk : {"、", "。", "；", "，", "：", "（", "）", "“", "”"}) {
    if (s.substr(pos, cjk.size()) == cjk) return true;
  }
  return false;
}

bool IsPunctuation(char32_t cp) {
  if (cp < 0x80) return std::ispunct(static_cast<int>(cp)) || std::isspace(static_cast<int>(cp));
  return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
         (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0x2010 && cp <= 0x206F) || cp == 0x00B7 ||
         cp == 0x00D7;
}

// Reads digits with '.' and thousands ',' at s[*pos]; false when none.
bool ReadNumber(std::string_view s, size_t* pos, double* out) {
  std::string digits;
  size_t p = *pos;
  while (p < s.size() && (IsDigit(s[p]) || ((s[p] == '.' || s[p] == ',') && p + 1 < s.size() &&
                                            IsDigit(s[p + 1]) && !digits.empty()))) {
    if (s[p] != ',') digits += s[p];
    ++p;
  }
  if (digits.empty()) return false;
  *out = std::strtod(digits.c_str(), nullptr);
  *pos = p;
  return true;
}

}  // namespace

bool Contains(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}

bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (Contains(text, w)) return true;
  }
  return false;
}

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

size_t CodePoints(std::string_view text) {
  size_t n = 0;
  for (size_t pos = 0; pos < text.size(); ++n) utf8::Next(text, &pos);
  return n;
}

std::string WithoutParentheses(std::string_view name) {
  const std::string folded = FoldText(name);
  std::string out;
  int depth = 0;
  for (char c : folded) {
    if (c == '(') ++depth;
    if (depth == 0) out += c;
    if (c == ')' && depth > 0) --depth;
  }
  return FoldText(out);
}

std::vector<std::string> ParenthesisedParts(std::string_view name) {
  const std::string folded = FoldText(name);
  std::vector<std::string> parts;
  size_t open = std::string::npos;
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] == '(') open = i;
    if (folded[i] == ')' && open != std::string::npos) {
      parts.push_back(folded.substr(open + 1, i - open - 1));
      open = std::string::npos;
    }
  }
  return parts;
}

std::string NormaliseForCompare(std::string_view text) {
  const std::string folded = FoldText(text);
  std::string out;
  out.reserve(folded.size());
  for (size_t pos = 0; pos < folded.size();) {
    const size_t start = pos;
    const char32_t cp = utf8::Next(folded, &pos);  // FoldText's output is well formed
    if (IsPunctuation(cp)) continue;
    if (cp < 0x80) {
      out.push_back(static_cast<char>(std::tolower(static_cast<int>(cp))));
    } else {
      out.append(folded, start, pos - start);
    }
  }
  return out;
}

std::vector<MoneyAmount> MoneyAmounts(std::string_view text) {
  const std::string s = FoldText(text);
  std::vector<MoneyAmount> amounts;
  size_t label_start = 0;
  for (size_t pos = 0; pos < s.size();) {
    if (IsSeparatorAt(s, pos)) {
      pos += (static_cast<unsigned char>(s[pos]) < 0x80) ? size_t{1} : size_t{3};
      label_start = pos;
      continue;
    }
    if (!IsDigit(s[pos])) {
      ++pos;
      continue;
    }
    const size_t number_start = pos;
    double value = 0;
    ReadNumber(s, &pos, &value);
    double scale = 0;
    std::string_view rest = std::string_view(s).substr(pos);
    if (rest.substr(0, 3) == "元") {
      scale = 1, pos += 3;
    } else if (rest.substr(0, 6) == "万元") {
      scale = 1e4, pos += 6;
    } else if (rest.substr(0, 6) == "亿元") {
      scale = 1e8, pos += 6;
    }
    if (scale == 0) continue;
    amounts.push_back({FoldText(s.substr(label_start, number_start - label_start)), value * scale});
    label_start = pos;
  }
  return amounts;
}

std::vector<YearMention> YearsIn(std::string_view text) {
  const std::string s = FoldText(text);
  std::vector<YearMention> years;
  for (size_t pos = 0; pos < s.size();) {
    if (!IsDigit(s[pos]) || (pos > 0 && IsDigit(s[pos - 1]))) {
      ++pos;
      continue;
    }
    size_t end = pos;
    while (end < s.size() && IsDigit(s[end])) ++end;
    const std::string_view digits = std::string_view(s).substr(pos, end - pos);
    const int year = digits.size() == 4 ? std::atoi(std::string(digits).c_str()) : 0;
    pos = end;
    if (year < 1900 || year > 2099) continue;
    std::string_view rest = std::string_view(s).substr(end);
    // "2024-2027年": a span; both ends are years.
    for (std::string_view dash : {"-", "~", "—", "至", "到"}) {
      if (rest.substr(0, dash.size()) == dash && rest.size() >= dash.size() + 7 &&
          rest.substr(dash.size() + 4, 3) == "年") {
        const std::string second(rest.substr(dash.size(), 4));
        const int to = std::atoi(second.c_str());
        if (to >= 1900 && to <= 2099 && IsDigit(second[0]) && IsDigit(second[3])) {
          years.push_back({year, false});
          years.push_back({to, false});
          pos = end + dash.size() + 4 + 3;
          rest = {};
          break;
        }
      }
    }
    if (rest.empty() || rest.substr(0, 3) != "年") continue;
    rest.remove_prefix(3);
    size_t month_end = 0;
    while (month_end < rest.size() && IsDigit(rest[month_end])) ++month_end;
    const bool dated = month_end > 0 && month_end <= 2 && rest.substr(month_end, 3) == "月";
    years.push_back({year, dated});
  }
  return years;
}

}  // namespace evalscore
