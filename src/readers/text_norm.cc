#include "readers/text_norm.h"

#include <cmath>
#include <cstdlib>

#include "evalscore/utf8.h"

namespace evalscore::readers {
namespace {

bool IsSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000 || cp == 0xA0;
}

}  // namespace

std::string FoldWidth(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    char32_t cp = utf8::Next(text, &pos);
    if (cp >= 0xFF01 && cp <= 0xFF5E && cp != 0xFF1D) cp -= 0xFEE0;  // keep ＝ for the parser
    if (cp == 0x3000) cp = ' ';
    utf8::Append(&out, cp);
  }
  return out;
}

std::string WithoutSpaces(std::string_view text) {
  std::string out;
  for (size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8::Next(text, &pos);
    if (!IsSpace(cp)) utf8::Append(&out, cp);
  }
  return out;
}

std::string CleanText(std::string_view text) {
  std::u32string cps;
  for (size_t pos = 0; pos < text.size();) cps.push_back(utf8::Next(text, &pos));
  std::string out;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (cps[i] != '\n' && cps[i] != '\r') {
      utf8::Append(&out, cps[i] == '\t' ? U' ' : cps[i]);
      continue;
    }
    size_t j = i;
    while (j < cps.size() && IsSpace(cps[j])) ++j;
    const bool latin_before = i > 0 && cps[i - 1] < 0x80 && cps[i - 1] != ' ';
    const bool latin_after = j < cps.size() && cps[j] < 0x80;
    if (latin_before && latin_after) out += ' ';
    i = j - 1;
  }
  const size_t first = out.find_first_not_of(" ");
  if (first == std::string::npos) return "";
  const size_t last = out.find_last_not_of(" ");
  return out.substr(first, last - first + 1);
}

bool IsBlankMark(std::string_view text) {
  const std::string s = WithoutSpaces(FoldWidth(text));
  if (s.empty()) return true;
  for (const char* mark : {"-", "--", "—", "——", "/", "*", "–", "无", "\\", "一"}) {
    if (s == mark) return true;
  }
  return false;
}

std::optional<double> NumberInText(std::string_view text, bool* percent) {
  std::string s = WithoutSpaces(FoldWidth(text));
  *percent = false;
  for (const char* suffix : {"分", "%", "万元", "元"}) {
    if (s.ends_with(suffix)) {
      *percent = std::string_view(suffix) == "%";
      s.erase(s.size() - std::string_view(suffix).size());
      break;
    }
  }
  std::string digits;
  for (const char c : s) {
    if (c != ',') digits += c;
  }
  if (digits.empty() || digits.find_first_not_of("0123456789.+-eE") != std::string::npos) {
    return std::nullopt;
  }
  char* end = nullptr;
  const double x = std::strtod(digits.c_str(), &end);
  if (end != digits.c_str() + digits.size() || !std::isfinite(x)) return std::nullopt;
  return x;
}

}  // namespace evalscore::readers
