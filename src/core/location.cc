#include "evalscore/location.h"

#include <cctype>

namespace evalscore {
namespace {

// Excel quotes a sheet name in a reference when it holds anything but letters,
// digits, '_' and '.' (CJK characters need no quotes); a quote is doubled.
std::string QuotedSheet(const std::string& name) {
  bool plain = !name.empty();
  for (const char c : name) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x80 && !std::isalnum(b) && c != '_' && c != '.') plain = false;
  }
  if (plain) return name;
  std::string out = "'";
  for (const char c : name) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

}  // namespace

std::string ColumnLetters(int column) {
  std::string letters;
  for (int c = column; c > 0; c = (c - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  }
  return letters;
}

std::string FormatLocation(const Location& where, const std::vector<SourcePart>& parts) {
  if (!where.known()) return "";
  if (where.part <= 0) return std::to_string(where.line) + ":" + std::to_string(where.column);
  const auto index = static_cast<size_t>(where.part - 1);
  const std::string sheet = index < parts.size() ? QuotedSheet(parts[index].name) : "?";
  return sheet + "!" + ColumnLetters(where.column) + std::to_string(where.line);
}

}  // namespace evalscore
