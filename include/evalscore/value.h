// Target (年度指标值) and actual (实际完成值) values as written on real forms,
// parsed into comparable quantities. Pure: text in, value out; never fails:
// anything that is not a number is kept as text.
#ifndef EVALSCORE_VALUE_H_
#define EVALSCORE_VALUE_H_

#include <string>
#include <string_view>

namespace evalscore {

// The comparison a target asks for. kNone: no sign was written.
enum class Comparison { kNone, kGe, kGt, kEq, kLe, kLt };

enum class ValueKind {
  kEmpty,          // nothing written
  kNotApplicable,  // "/", "不适用", "—": the row does not apply
  kNumber,         // a quantity, optionally with a comparison sign
  kRange,          // "90%-95%", "[90,95]": lower..upper
  kText,           // anything else: qualitative text
};

struct Value {
  ValueKind kind = ValueKind::kEmpty;
  std::string text;  // as written (trimmed)
  Comparison comparison = Comparison::kNone;
  bool sign_from_word = false;  // the sign was a word such as 不低于 or 以上
  // kNumber: the quantity; kRange: the lower bound. In the base unit: a scale
  // prefix (万, 亿) is multiplied in, so "15万人" is 150000 with unit "人".
  double number = 0;
  double upper = 0;  // kRange only
  std::string unit;  // normalised base unit: "%", "人", "元", "元/人·月", "月", "年月"...
  double scale = 1;  // the scale prefix that was multiplied in (1, 1e4, 1e8)
  bool approximate = false;  // "200余人": about, more than
  bool calendar = false;     // a date or deadline: 2019年, 10月, 11月底前, 2023年12月
};

// Parses one cell. Folds fullwidth characters (NFKC-style for ASCII forms and
// ﹦), recognises the signs >= ≥ ≧ ＞＝ > ＞ = ＝ ﹦ <= ≤ ≦ < ＜ and the words
// 不低于 不少于 达到 大于 高于 超过 以上 / 不高于 不超过 不大于 小于 低于 以下 以内,
// thousands separators, percentages (%, ％, 百分比), scale prefixes 万 and 亿,
// "N余" (approximate), and calendar forms (2019年, 10月, 11月底前, 2023年12月).
Value ParseValue(std::string_view text);

// Text with fullwidth ASCII forms folded to ASCII, U+3000 to a space, ﹦ to '='
// and trimmed. Used to compare qualitative text.
std::string FoldText(std::string_view text);

// The comparison written as the usual sign ("≥", "＞"...); "" for kNone.
const char* ComparisonSign(Comparison c);

// Units are comparable when equal or when either side wrote none.
bool UnitsCompatible(const Value& a, const Value& b);

}  // namespace evalscore

#endif  // EVALSCORE_VALUE_H_
