// The printed 执行率 of a funds row against the recomputed rate: the one
// comparison the audit (ES102, ES604) and every explanation use.
#ifndef EVALSCORE_PRINTED_RATE_H_
#define EVALSCORE_PRINTED_RATE_H_

#include <optional>

#include "evalscore/project.h"

namespace evalscore {

enum class PrintedRateReading {
  kAgrees,    // equal to the rate in percent, to the precision it was printed with
  kFraction,  // a bare "1" or "0.95" equal to the rate as a fraction (ES604)
  kDiffers,   // neither (ES102)
};

struct PrintedRateComparison {
  PrintedRateReading reading = PrintedRateReading::kAgrees;
  double printed = 0;    // as printed (percent, or the fraction)
  int decimals = 0;      // the precision it was printed with (trailing zeros count: 83.00%)
  double tolerance = 0;  // half a unit of that precision, in percent
};

// nullopt when the row prints no 执行率. `rate` is the recomputed rate as a
// fraction (0.2401).
std::optional<PrintedRateComparison> ComparePrintedRate(const FundsRow& row, double rate);

}  // namespace evalscore

#endif  // EVALSCORE_PRINTED_RATE_H_
