#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

#include "evalscore/value.h"

#include "utf8.h"

namespace evalscore {
namespace {

struct SignWord {
  std::string_view text;
  Comparison comparison;
  bool is_word;
};

// Longest first where one is a prefix of another.
constexpr std::array kLeadingSigns = {
    SignWord{">=", Comparison::kGe, false},      SignWord{"=>", Comparison::kGe, false},
    SignWord{"≥", Comparison::kGe, false},       SignWord{"≧", Comparison::kGe, false},
    SignWord{"<=", Comparison::kLe, false},      SignWord{"=<", Comparison::kLe, false},
    SignWord{"≤", Comparison::kLe, false},       SignWord{"≦", Comparison::kLe, false},
    SignWord{"==", Comparison::kEq, false},      SignWord{"=", Comparison::kEq, false},
    SignWord{">", Comparison::kGt, false},       SignWord{"<", Comparison::kLt, false},
    SignWord{"大于等于", Comparison::kGe, true}, SignWord{"大于或等于", Comparison::kGe, true},
    SignWord{"不低于", Comparison::kGe, true},   SignWord{"不少于", Comparison::kGe, true},
    SignWord{"不小于", Comparison::kGe, true},   SignWord{"达到", Comparison::kGe, true},
    SignWord{"大于", Comparison::kGt, true},     SignWord{"高于", Comparison::kGt, true},
    SignWord{"超过", Comparison::kGt, true},     SignWord{"多于", Comparison::kGt, true},
    SignWord{"小于等于", Comparison::kLe, true}, SignWord{"小于或等于", Comparison::kLe, true},
    SignWord{"不高于", Comparison::kLe, true},   SignWord{"不超过", Comparison::kLe, true},
    SignWord{"不大于", Comparison::kLe, true},   SignWord{"不多于", Comparison::kLe, true},
    SignWord{"小于", Comparison::kLt, true},     SignWord{"低于", Comparison::kLt, true},
    SignWord{"少于", Comparison::kLt, true},     SignWord{"等于", Comparison::kEq, true},
};

constexpr std::array kTrailingSigns = {
    SignWord{"及以上", Comparison::kGe, true}, SignWord{"以上", Comparison::kGe, true},
    SignWord{"及以下", Comparison::kLe, true}, SignWord{"以下", Comparison::kLe, true},
    SignWord{"以内", Comparison::kLe, true},   SignWord{"底前", Comparison::kLe, true},
    SignWord{"以前", Comparison::kLe, true},   SignWord{"之前", Comparison::kLe, true},
    SignWord{"前", Comparison::kLe, true},
};

constexpr std::array<std::string_view, 8> kNotApplicable = {"/", "//", "-",      "--",
                                                            "—", "——", "不适用", "N/A"};

std::string_view Trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads "[+-]digits[,ddd]*[.digits]" at the front of *s. Returns false (and
// leaves *s) when there is no number there.
bool TakeNumber(std::string_view* s, double* out) {
  std::string digits;
  size_t i = 0;
  if (i < s->size() && ((*s)[i] == '-' || (*s)[i] == '+')) {
    if ((*s)[i] == '-') digits.push_back('-');
    ++i;
  }
  const size_t int_start = i;
  while (i < s->size()) {
    if (IsDigit((*s)[i])) {
      digits.push_back((*s)[i++]);
    } else if ((*s)[i] == ',' && i > int_start && i + 3 < s->size() && IsDigit((*s)[i + 1]) &&
               IsDigit((*s)[i + 2]) && IsDigit((*s)[i + 3]) &&
               (i + 4 >= s->size() || !IsDigit((*s)[i + 4]))) {
      ++i;  // thousands separator
    } else {
      break;
    }
  }
  if (i == int_start) return false;
  if (i < s->size() && (*s)[i] == '.' && i + 1 < s->size() && IsDigit((*s)[i + 1])) {
    digits.push_back((*s)[i++]);
    while (i < s->size() && IsDigit((*s)[i])) digits.push_back((*s)[i++]);
  }
  // An exponent, as Excel exports large numbers: 5e3, 1.5E+4 (at most 3 digits).
  if (i + 1 < s->size() && ((*s)[i] == 'e' || (*s)[i] == 'E')) {
    size_t j = i + 1;
    std::string exponent = "e";
    if ((*s)[j] == '+' || (*s)[j] == '-') exponent.push_back((*s)[j++]);
    const size_t exp_start = j;
    while (j < s->size() && IsDigit((*s)[j]) && j - exp_start < 3) exponent.push_back((*s)[j++]);
    if (j > exp_start && (j >= s->size() || !IsDigit((*s)[j]))) {
      digits += exponent;
      i = j;
    }
  }
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), *out);
  if (ec != std::errc() || end != digits.data() + digits.size() || !std::isfinite(*out)) {
    return false;
  }
  s->remove_prefix(i);
  return true;
}

bool TakePrefix(std::string_view* s, std::string_view prefix) {
  if (s->substr(0, prefix.size()) != prefix) return false;
  s->remove_prefix(prefix.size());
  return true;
}

bool TakeSuffix(std::string_view* s, std::string_view suffix) {
  if (s->size() < suffix.size() || s->substr(s->size() - suffix.size()) != suffix) return false;
  s->remove_suffix(suffix.size());
  return true;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (size_t pos = 0; pos < s.size(); ++n) utf8::Next(s, &pos);
  return n;
}

// Normalises a unit and splits off a scale prefix. Returns false when the
// rest does not look like a unit (digits, or too long to be one).
bool NormaliseUnit(std::string_view raw, std::string* unit, double* scale) {
  std::string u;
  for (size_t pos = 0; pos < raw.size();) {
    const char32_t cp = utf8::Next(raw, &pos);
    if (cp == ' ') continue;
    if (cp == '*' || cp == U'×' || cp == U'•' || cp == U'・' || cp == U'∙') {
      u += "·";
    } else {
      utf8::Append(&u, cp);
    }
  }
  for (char c : u)
    if (IsDigit(c)) return false;
  std::string_view v = u;
  *scale = 1;
  if (TakePrefix(&v, "万")) {
    *scale = 1e4;
  } else if (TakePrefix(&v, "亿")) {
    *scale = 1e8;
  }
  if (v == "百分比" || v == "百分率") v = "%";
  if (CodePoints(v) > 6) return false;
  *unit = std::string(v);
  return true;
}

Value TextValue(const std::string& text) {
  Value v;
  v.kind = ValueKind::kText;
  v.text = text;
  return v;
}

// A date, not a duration: 年 after a plausible calendar year (2019年, not 12年,
// D4), 月 after a month number (10月, not 18月), or a full date.
bool IsCalendar(std::string_view unit, double number) {
  if (unit == "年") return number >= 1900 && number <= 2200 && number == std::floor(number);
  if (unit == "月") return number >= 1 && number <= 12 && number == std::floor(number);
  return unit == "年月" || unit == "年月日";
}

}  // namespace

namespace {

// The code point FoldText writes for `cp`: ASCII for full-width forms, a plain
// space for ideographic and no-break spaces, ASCII for small and minus signs.
char32_t FoldCodePoint(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
  switch (cp) {
    case 0x3000:
    case 0x00A0:
      return ' ';
    case 0xFE66:  // ﹦ SMALL EQUALS SIGN
      return '=';
    case 0xFE64:
      return '<';
    case 0xFE65:
      return '>';
    case 0x2212:  // minus signs
    case 0xFE63:
      return '-';
    default:
      return cp;
  }
}

}  // namespace

// Runs of ASCII and well-formed sequences that fold to themselves are copied
// as they are; only folded code points and malformed bytes (U+FFFD) are encoded.
std::string FoldText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      size_t end = pos + 1;
      while (end < text.size() && static_cast<unsigned char>(text[end]) < 0x80) ++end;
      out.append(text.data() + pos, end - pos);
      pos = end;
      continue;
    }
    char32_t cp = 0;
    const size_t len = utf8::Decode(text, pos, &cp);
    const char32_t folded = len == 0 ? utf8::kReplacement : FoldCodePoint(cp);
    if (len > 0 && folded == cp) {
      out.append(text.data() + pos, len);
    } else {
      utf8::Append(&out, folded);
    }
    pos += len > 0 ? len : 1;
  }
  const std::string_view trimmed = Trim(out);
  if (trimmed.size() == out.size()) return out;
  return std::string(trimmed);
}

const char* ComparisonSign(Comparison c) {
  switch (c) {
    case Comparison::kGe:
      return "≥";
    case Comparison::kGt:
      return ">";
    case Comparison::kEq:
      return "=";
    case Comparison::kLe:
      return "≤";
    case Comparison::kLt:
      return "<";
    case Comparison::kNone:
      return "";
  }
  return "";
}

bool UnitsCompatible(const Value& a, const Value& b) {
  return a.unit.empty() || b.unit.empty() || a.unit == b.unit;
}

namespace {

// Calendar forms after the year's number: 2023年12月, 2021年11月30日. `number`
// becomes months (年月) or days (年月日) and `unit` says which; false for a date
// that cannot be (2023年13月, 2023年2月40日: text, never a number to compare).
bool TakeCalendar(std::string_view* rest, double* number, std::string* unit) {
  std::string_view cal = *rest;
  double month = 0;
  if (!(TakePrefix(&cal, "年") && TakeNumber(&cal, &month) && TakePrefix(&cal, "月"))) return true;
  if (month < 1 || month > 12 || month != std::floor(month)) return false;
  double day = 0;
  std::string_view after_day = cal;
  if (TakeNumber(&after_day, &day) && TakePrefix(&after_day, "日")) {
    if (day < 1 || day > 31 || day != std::floor(day)) return false;
    *number = *number * 372 + month * 31 + day;
    *rest = after_day;
    *unit = "年月日";
  } else {
    *number = *number * 12 + month;
    *rest = cal;
    *unit = "年月";
  }
  return true;
}

// What may follow the number and precede the unit's end: 余/多/左右 (an
// approximate figure), a deadline's 完成, a sign word (以上, 以下 …) and 底.
// False when the sign word contradicts the leading sign ("≥5以下").
bool TakeQualifiers(std::string_view* rest, Value* v) {
  if (TakePrefix(rest, "余") || TakePrefix(rest, "多")) v->approximate = true;
  if (TakeSuffix(rest, "左右")) v->approximate = true;
  *rest = Trim(*rest);
  // "10月底完成", "9月前完成": a deadline written with 完成 (D6).
  std::string_view done = *rest;
  if (TakeSuffix(&done, "完成")) {
    done = Trim(done);
    for (std::string_view end : {"底", "前", "月", "日", "年"}) {
      if (done.ends_with(end)) {
        *rest = done;
        break;
      }
    }
  }
  for (const SignWord& sign : kTrailingSigns) {
    if (TakeSuffix(rest, sign.text)) {
      if (v->comparison != Comparison::kNone && v->comparison != sign.comparison) return false;
      v->comparison = sign.comparison;
      v->sign_from_word = true;
      break;
    }
  }
  TakeSuffix(rest, "底");  // "11月底" is the end of month 11
  *rest = Trim(*rest);
  return true;
}

// Ranges: 90%-95%, 90~95%, 90至95, `rest` following the first number. The
// range (or text, when the two bounds' units differ); nullopt when `rest` is
// no range.
std::optional<Value> TakeRange(std::string_view rest, double number, const Value& v) {
  // The first bound's unit runs up to the range separator.
  size_t sep = std::string_view::npos;
  size_t sep_len = 0;
  for (std::string_view mark :
       {std::string_view("-"), std::string_view("~"), std::string_view("至"), std::string_view("—"),
        std::string_view("～")}) {
    const size_t at = rest.find(mark);
    if (at != std::string_view::npos && at < sep) sep = at, sep_len = mark.size();
  }
  if (sep == std::string_view::npos || v.comparison != Comparison::kNone || !v.unit.empty()) {
    return std::nullopt;
  }
  std::string_view range_rest = rest.substr(sep + sep_len);
  double upper = 0;
  if (!TakeNumber(&range_rest, &upper)) return std::nullopt;
  const std::string first_unit_raw(rest.substr(0, sep));
  std::string u1, u2;
  double s1 = 1, s2 = 1;
  if (!NormaliseUnit(first_unit_raw, &u1, &s1) || !NormaliseUnit(range_rest, &u2, &s2) ||
      (!u1.empty() && u1 != u2)) {
    return TextValue(v.text);
  }
  if (u1.empty()) s1 = s2;
  Value range = v;
  range.kind = ValueKind::kRange;
  range.number = number * s1;
  range.upper = upper * s2;
  range.unit = u2;
  range.scale = s2;
  if (range.number > range.upper) std::swap(range.number, range.upper);
  return range;
}

}  // namespace

Value ParseValue(std::string_view text) {
  Value v;
  const std::string folded = FoldText(text);
  v.text = std::string(Trim(text));
  std::string_view s = folded;
  if (s.empty()) return v;
  for (std::string_view na : kNotApplicable) {
    if (s == na) {
      v.kind = ValueKind::kNotApplicable;
      return v;
    }
  }
  v.kind = ValueKind::kText;

  std::string_view rest = s;
  for (const SignWord& sign : kLeadingSigns) {
    if (TakePrefix(&rest, sign.text)) {
      v.comparison = sign.comparison;
      v.sign_from_word = sign.is_word;
      break;
    }
  }
  rest = Trim(rest);
  double number = 0;
  if (!TakeNumber(&rest, &number)) return TextValue(v.text);
  if (!TakeCalendar(&rest, &number, &v.unit)) return TextValue(v.text);
  if (!TakeQualifiers(&rest, &v)) return TextValue(v.text);
  if (std::optional<Value> range = TakeRange(rest, number, v)) return *range;

  if (v.unit.empty()) {
    if (!NormaliseUnit(rest, &v.unit, &v.scale)) return TextValue(v.text);
  } else if (!rest.empty()) {
    return TextValue(v.text);
  }
  v.kind = ValueKind::kNumber;
  v.number = number * v.scale;
  v.calendar = IsCalendar(v.unit, number);
  return v;
}

}  // namespace evalscore
