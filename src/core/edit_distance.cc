#include "edit_distance.h"

#include <algorithm>

#include "utf8.h"

namespace evalscore {
namespace {

std::u32string Decode(std::string_view s) {
  std::u32string out;
  for (size_t pos = 0; pos < s.size();) out.push_back(utf8::Next(s, &pos));
  return out;
}

// Chinese labels are short, so one wrong character is already past the
// edit-distance limit: 名称 for 项目名称, 执行数 for 全年执行数. A word of two or
// more non-ASCII characters that is part of exactly one candidate (or holds
// exactly one) names that candidate.
std::string UniqueContaining(std::string_view word, const std::vector<std::string>& candidates) {
  const bool ascii = std::all_of(word.begin(), word.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii || Decode(word).size() < 2) return {};
  std::string found;
  for (const std::string& c : candidates) {
    const bool related = c.find(word) != std::string::npos ||
                         (Decode(c).size() >= 2 && word.find(c) != std::string_view::npos);
    if (!related) continue;
    if (!found.empty()) return {};
    found = c;
  }
  return found;
}

}  // namespace

size_t EditDistance(std::string_view a_text, std::string_view b_text) {
  const std::u32string a = Decode(a_text);
  const std::u32string b = Decode(b_text);
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string ClosestMatch(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = 0;
  const size_t word_len = Decode(word).size();
  for (const std::string& c : candidates) {
    const size_t d = EditDistance(word, c);
    const size_t limit = std::max<size_t>(1, std::max(word_len, Decode(c).size()) / 3);
    if (d <= limit && (best.empty() || d < best_distance)) {
      best = c;
      best_distance = d;
    }
  }
  if (best.empty()) best = UniqueContaining(word, candidates);
  return best;
}

}  // namespace evalscore
