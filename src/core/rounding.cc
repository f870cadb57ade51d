#include <algorithm>
#include <cmath>

#include "evalscore/score.h"

namespace evalscore {

double RoundScore(double x, int decimals, RoundMode mode) {
  const double factor = std::pow(10.0, decimals);
  // A relative nudge so that values such as 2.675 (stored as 2.67499...) round
  // the way they are written.
  const double scaled = x * factor;
  const double nudge = 1e-9 * std::max(1.0, std::fabs(scaled));
  const double rounded =
      mode == RoundMode::kFloor ? std::floor(scaled + nudge) : std::floor(scaled + 0.5 + nudge);
  return rounded / factor;
}

std::string GradeFor(double total, const std::vector<GradeBand>& bands) {
  const GradeBand* best = nullptr;
  for (const GradeBand& b : bands) {
    if (total >= b.min && (best == nullptr || b.min > best->min)) best = &b;
  }
  return best ? best->name : std::string();
}

}  // namespace evalscore
