// -f github: GitHub Actions workflow commands, one line per annotation:
//   ::error file=forms/a.yaml,line=25,title=ES101 BREAKDOWN_SUM::message
// GitHub shows them on the pull request's diff and in the run summary.
#include "cli/annotations.h"

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

const char* Command(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    default:
      return "notice";
  }
}

class GithubRenderer : public Renderer {
 public:
  GithubRenderer(const RenderOptions& options, std::ostream& out) : options_(options), out_(out) {}

  void Add(const FileReport& r) override {
    for (const Annotation& a : Annotations(r, options_)) {
      out_ << "::" << Command(a.level) << " file=" << Escape(a.path, true);
      if (a.line > 0) out_ << ",line=" << a.line;
      out_ << ",title=" << Escape(a.code + " " + a.name, true) << "::" << Escape(a.message, false)
           << '\n';
    }
  }

  void Finish() override {}

 private:
  RenderOptions options_;
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Renderer> MakeGithubRenderer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<GithubRenderer>(options, out);
}

}  // namespace evalscore::cli
