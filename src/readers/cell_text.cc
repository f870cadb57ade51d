#include "readers/cell_text.h"

#include <cmath>

#include <fmt/format.h>

namespace evalscore::readers {
namespace {

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
void CivilFromDays(long long z, int* y, int* m, int* d) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2 ? 1 : 0));
}

}  // namespace

std::string PlainNumber(double x) {
  if (!std::isfinite(x)) return fmt::format("{}", x);
  return fmt::format("{:.12g}", x);
}

std::string PercentText(double fraction) { return PlainNumber(fraction * 100) + "%"; }

std::string DateText(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial > 2958465) {
    return PlainNumber(serial);
  }
  const auto days = static_cast<long long>(std::floor(serial));
  // 1900 system: day 1 is 1900-01-01, and Excel counts a 1900-02-29 (day 60);
  // 1904 system: day 0 is 1904-01-01, which is day 1462 of the 1900 system.
  long long since_1970 = 0;
  if (date1904) {
    since_1970 = days + 1462 - 25569;
  } else {
    if (days == 60) return "1900年2月29日";
    since_1970 = (days < 60 ? days + 1 : days) - 25569;
  }
  int y = 0, m = 0, d = 0;
  CivilFromDays(since_1970, &y, &m, &d);
  return fmt::format("{}年{}月{}日", y, m, d);
}

NumberLook LookOfFormat(int builtin_id, const std::string& code) {
  if (builtin_id == 9 || builtin_id == 10) return NumberLook::kPercent;
  if ((builtin_id >= 14 && builtin_id <= 17) || builtin_id == 22 ||
      (builtin_id >= 27 && builtin_id <= 36) || (builtin_id >= 50 && builtin_id <= 58)) {
    return NumberLook::kDate;
  }
  bool quoted = false, bracket = false, date = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\\') {
      ++i;
      continue;
    }
    if (c == '[') bracket = true;
    if (c == ']') bracket = false;
    if (bracket) continue;
    if (c == '%') return NumberLook::kPercent;
    if (c == 'y' || c == 'Y' || c == 'd' || c == 'D') date = true;
  }
  return date ? NumberLook::kDate : NumberLook::kPlain;
}

}  // namespace evalscore::readers
