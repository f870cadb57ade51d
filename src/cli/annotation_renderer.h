// The walk the CI formats (sarif, github, gitlab) share: each report's
// annotations in order, each with how many identical ones (same code and
// message) the report had before it; a format only says how one is written.
#ifndef EVALSCORE_CLI_ANNOTATION_RENDERER_H_
#define EVALSCORE_CLI_ANNOTATION_RENDERER_H_

#include <cstddef>

#include "cli/annotations.h"
#include "cli/render.h"

namespace evalscore::cli {

// A format's words for the three severities.
struct LevelNames {
  const char* error;
  const char* warning;
  const char* info;
  const char* operator()(Severity s) const;
};

class AnnotationRenderer : public Renderer {
 public:
  explicit AnnotationRenderer(const RenderOptions& options) : options_(options) {}

  void Add(const FileReport& report) final;

 protected:
  const RenderOptions& options() const { return options_; }
  // Called once per report, before its annotations.
  virtual void BeginReport(const FileReport& report) { (void)report; }
  // `occurrence`: 0 for the first annotation of its code and message in the report.
  virtual void Emit(const Annotation& a, size_t occurrence) = 0;

 private:
  RenderOptions options_;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_ANNOTATION_RENDERER_H_
