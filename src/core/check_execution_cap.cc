// ES403: the profile's cap of 总分 by execution rate bit.
#include <cmath>

#include "check_context.h"

namespace evalscore {

void CheckExecutionCap(CheckContext& c) {
  const ProjectScore& s = c.score;
  if (!s.execution_cap || !s.uncapped_total) return;
  const FundsRow& total = *c.project.funds->total;
  c.Add("ES403", total.executed ? total.executed->where : total.where,
        {"ES403.execution_cap",
         {NumArg("rate", std::round(s.budget.rate * 10000) / 100), NumArg("cap", *s.execution_cap),
          TextArg("profile", c.profile.name), NumArg("uncapped", *s.uncapped_total),
          NumArg("total", s.total)}},
        *s.uncapped_total, s.total);
}

}  // namespace evalscore
