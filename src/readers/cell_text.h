// How a stored number reads as text on a form: plain, as a percentage, or as
// a date (spreadsheets store dates as day serial numbers).
#ifndef EVALSCORE_READERS_CELL_TEXT_H_
#define EVALSCORE_READERS_CELL_TEXT_H_

#include <string>

namespace evalscore::readers {

// 22.41, 150000, 0.5 (at most 12 significant digits, no exponent for forms' sizes).
std::string PlainNumber(double x);
// 0.24 -> "24%".
std::string PercentText(double fraction);
// A day serial as "2021年12月31日" (date1904: the Mac 1904 date system).
std::string DateText(double serial, bool date1904);

// What a number format code does to a number: percent, date, or nothing.
enum class NumberLook { kPlain, kPercent, kDate };
NumberLook LookOfFormat(int builtin_id, const std::string& code);

}  // namespace evalscore::readers

#endif  // EVALSCORE_READERS_CELL_TEXT_H_
