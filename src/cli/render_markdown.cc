#include "cli/documents.h"

namespace evalscore::cli {
namespace {

class MarkdownRenderer : public Renderer {
 public:
  MarkdownRenderer(const RenderOptions& options, std::ostream& out) : options_(options), out_(out) {}
  void Add(const FileReport&) override {}
  void Finish() override {}

 private:
  RenderOptions options_;
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Renderer> MakeMarkdownRenderer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<MarkdownRenderer>(options, out);
}

}  // namespace evalscore::cli
