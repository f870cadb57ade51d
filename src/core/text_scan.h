// Internal: small scans of the free text on a form (names, goals, units) for
// the sense checks. Pure; UTF-8 in, values out.
#ifndef EVALSCORE_CORE_TEXT_SCAN_H_
#define EVALSCORE_CORE_TEXT_SCAN_H_

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace evalscore {

bool Contains(std::string_view text, std::string_view word);
bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> words);
bool EndsWith(std::string_view text, std::string_view suffix);

// Code points in `text`.
size_t CodePoints(std::string_view text);

// The name without parenthesised parts ("仓储用房(≥**平方米)" -> "仓储用房"), folded
// and trimmed.
std::string WithoutParentheses(std::string_view name);

// The parenthesised parts of a name, in order ("(≥**平方米)" -> "≥**平方米").
std::vector<std::string> ParenthesisedParts(std::string_view name);

// Folded text without spaces and punctuation (ASCII and CJK), ASCII lower-cased:
// the key under which two texts count as the same.
std::string NormaliseForCompare(std::string_view text);

// An amount of money written in a text: "设备100000元", "共申请30万元".
struct MoneyAmount {
  std::string label;  // the words before the number, back to the previous separator
  double yuan = 0;    // in 元
};
std::vector<MoneyAmount> MoneyAmounts(std::string_view text);

// A year written in a text: "2023年9月30日" (dated), "2024-2027年" (two years).
struct YearMention {
  int year = 0;
  bool dated = false;  // followed by a month
};
std::vector<YearMention> YearsIn(std::string_view text);

}  // namespace evalscore

#endif  // EVALSCORE_CORE_TEXT_SCAN_H_
