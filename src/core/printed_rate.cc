#include "evalscore/printed_rate.h"

#include <algorithm>
#include <cmath>

#include "check_context.h"

namespace evalscore {

std::optional<PrintedRateComparison> ComparePrintedRate(const FundsRow& row, double rate) {
  if (!row.reported_rate) return std::nullopt;
  PrintedRateComparison c;
  c.printed = row.reported_rate->value;
  c.decimals =
      row.reported_rate_decimals >= 0 ? row.reported_rate_decimals : PrintedDecimals(c.printed);
  c.tolerance = 0.5 * std::pow(10.0, -c.decimals) + 1e-9;
  if (std::fabs(c.printed - rate * 100) <= c.tolerance) return c;
  // A fraction agrees to the percent it stands for, at least to a whole percent
  // ("1" is 99.5%–100.5%, not anything that rounds to 1).
  const double fraction_tolerance = 0.5 * std::pow(10.0, -std::max(0, c.decimals - 2)) + 1e-9;
  if (!row.reported_rate_percent && c.printed <= 1 &&
      std::fabs(c.printed * 100 - rate * 100) <= fraction_tolerance) {
    c.reading = PrintedRateReading::kFraction;
    return c;
  }
  c.reading = PrintedRateReading::kDiffers;
  return c;
}

}  // namespace evalscore
