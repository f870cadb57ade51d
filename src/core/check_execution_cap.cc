// ES403: the profile's cap of 总分 by execution rate bit.
#include <cmath>

#include "check_context.h"

namespace evalscore {

void CheckExecutionCap(CheckContext& c) {
  const ProjectScore& s = c.score;
  if (!s.totals.execution_cap || !s.totals.uncapped_total) return;
  const FundsRow& total = *c.project.funds->total;
  c.Add("ES403", total.executed ? total.executed->where : total.where,
        {"ES403.execution_cap",
         {NumArg("rate", std::round(s.budget.rate * 10000) / 100),
          NumArg("cap", *s.totals.execution_cap), TextArg("profile", c.profile.name),
          NumArg("uncapped", *s.totals.uncapped_total), NumArg("total", s.totals.total)}},
        *s.totals.uncapped_total, s.totals.total);
}

}  // namespace evalscore
