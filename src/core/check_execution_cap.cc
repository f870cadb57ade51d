// ES403: the profile's cap of 总分 by execution rate bit.
#include <cmath>

#include "check_context.h"

namespace evalscore {

void CheckExecutionCap(CheckContext& c) {
  const ProjectScore& s = c.score;
  if (!s.execution_cap || !s.uncapped_total) return;
  const FundsRow& total = *c.project.funds->total;
  c.Add("ES403", total.executed ? total.executed->where : total.where,
        "execution " + Num(std::round(s.budget.rate * 10000) / 100) + "% caps 总分 at " +
            Num(*s.execution_cap) + " (profile " + c.profile.name + "): " + Num(*s.uncapped_total) +
            " → " + Num(s.total),
        *s.uncapped_total, s.total);
}

}  // namespace evalscore
