// `evalscore report`: a draft 自评工作报告 per project (report_draft.cc writes
// one), the input errors of the files that could not be scored; no summary.
#include "cli/command_renderers.h"
#include "cli/documents.h"
#include "cli/explain.h"

namespace evalscore::cli {
namespace {

class DraftRenderer : public Renderer {
 public:
  DraftRenderer(const RenderOptions& options, std::ostream& out) : options_(options), out_(out) {}

  void Add(const FileReport& r) override {
    if (r.status == FileStatus::kError) {
      for (const Error& e : r.errors) {
        PrintInputError(r.path, e, out_, options_.style, r.eval.project.source_parts);
      }
      if (!options_.quiet) out_ << '\n';
      return;
    }
    if (!options_.quiet) WriteReportDraft(r, out_);
  }

  void Finish() override {}

 private:
  RenderOptions options_;
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Renderer> MakeDraftRenderer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<DraftRenderer>(options, out);
}

}  // namespace evalscore::cli
