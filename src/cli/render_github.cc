// -f github: GitHub Actions workflow commands, one line per annotation:
//   ::error file=forms/a.yaml,line=25,title=ES101 BREAKDOWN_SUM::message
// GitHub shows them on the pull request's diff and in the run summary.
#include "cli/annotation_renderer.h"

namespace evalscore::cli {
namespace {

// Escaping of workflow commands: the message (data) escapes %, CR and LF;
// property values also ':' and ','.
std::string Escape(const std::string& text, bool property) {
  std::string out;
  for (char c : text) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else if (property && c == ':') {
      out += "%3A";
    } else if (property && c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

constexpr LevelNames kCommands{"error", "warning", "notice"};

class GithubRenderer : public AnnotationRenderer {
 public:
  GithubRenderer(const RenderOptions& options, std::ostream& out)
      : AnnotationRenderer(options), out_(out) {}

  void Finish() override {}

 private:
  void Emit(const Annotation& a, size_t /*occurrence*/) override {
    out_ << "::" << kCommands(a.level) << " file=" << Escape(a.path, true);
    if (a.line > 0) out_ << ",line=" << a.line;
    out_ << ",title=" << Escape(a.code + " " + a.name, true) << "::" << Escape(a.message, false)
         << '\n';
  }

  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Renderer> MakeGithubRenderer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<GithubRenderer>(options, out);
}

}  // namespace evalscore::cli
