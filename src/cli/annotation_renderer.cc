#include "cli/annotation_renderer.h"

#include <map>
#include <string>

namespace evalscore::cli {

const char* LevelNames::operator()(Severity s) const {
  switch (s) {
    case Severity::kError:
      return error;
    case Severity::kWarning:
      return warning;
    case Severity::kInfo:
      break;
  }
  return info;
}

void AnnotationRenderer::Add(const FileReport& report) {
  BeginReport(report);
  std::map<std::string, size_t> seen;  // identical annotations in one file stay distinct
  for (const Annotation& a : Annotations(report, options_)) {
    Emit(a, seen[a.code + '\n' + a.message]++);
  }
}

}  // namespace evalscore::cli
