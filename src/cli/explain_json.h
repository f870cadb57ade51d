// `evalscore explain -f json FILE`: how every number of each project was
// obtained, as data: the funds arithmetic, every row's rule and operands, the
// sums, the total, and how each printed figure compares with its recomputation.
#ifndef EVALSCORE_CLI_EXPLAIN_JSON_H_
#define EVALSCORE_CLI_EXPLAIN_JSON_H_

#include <memory>
#include <ostream>

#include "cli/render.h"

namespace evalscore::cli {

std::unique_ptr<Renderer> MakeExplainJsonRenderer(const RenderOptions& options, std::ostream& out);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_EXPLAIN_JSON_H_
