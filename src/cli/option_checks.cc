#include "cli/option_checks.h"

#include <string>

namespace evalscore::cli {

CLI::Validator PlainDecimal() {
  return CLI::Validator(
      [](std::string& s) -> std::string {
        size_t i = s.starts_with("-") || s.starts_with("+") ? 1 : 0;
        size_t digits = 0, dots = 0;
        for (; i < s.size(); ++i) {
          const bool digit = s[i] >= '0' && s[i] <= '9';
          const bool dot = s[i] == '.' && ++dots == 1;
          if (!digit && !dot) return "'" + s + "' is not a plain decimal number (like 60 or 59.5)";
          digits += digit ? 1 : 0;
        }
        return digits > 0 ? std::string() : "'" + s + "' is not a number";
      },
      "SCORE");
}

}  // namespace evalscore::cli
