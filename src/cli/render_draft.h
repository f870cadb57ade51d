// `evalscore report` as a renderer: each project's draft 自评工作报告 in turn.
#ifndef EVALSCORE_CLI_RENDER_DRAFT_H_
#define EVALSCORE_CLI_RENDER_DRAFT_H_

#include <memory>
#include <ostream>

#include "cli/render.h"

namespace evalscore::cli {

std::unique_ptr<Renderer> MakeDraftRenderer(const RenderOptions& options, std::ostream& out);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_RENDER_DRAFT_H_
