// Renderers that belong to one command (format_registry.h pairs them):
// explain -f json FILE and report.
#ifndef EVALSCORE_CLI_COMMAND_RENDERERS_H_
#define EVALSCORE_CLI_COMMAND_RENDERERS_H_

#include <memory>
#include <ostream>

#include "cli/render.h"

namespace evalscore::cli {

// `evalscore explain -f json FILE`: how every number of each project was
// obtained, as data: the funds arithmetic, every row's rule and operands, the
// sums, the total, and how each printed figure compares with its recomputation.
std::unique_ptr<Renderer> MakeExplainJsonRenderer(const RenderOptions& options, std::ostream& out);

// `evalscore report`: each project's draft 自评工作报告 in turn (report_draft.cc),
// the input errors of the files that could not be scored; no summary.
std::unique_ptr<Renderer> MakeDraftRenderer(const RenderOptions& options, std::ostream& out);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_COMMAND_RENDERERS_H_
