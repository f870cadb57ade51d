// -f gitlab: a GitLab Code Quality report, a JSON array of issues
// {description, check_name, fingerprint, severity, location: {path, lines:
// {begin}}}, shown in merge requests (artifacts: reports: codequality).
// Each issue is written as it comes (json_stream.h): nothing is kept per form,
// and the bytes are those of dumping the whole array.
#include <algorithm>
#include <cstdint>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/annotation_renderer.h"
#include "cli/json_stream.h"

namespace evalscore::cli {
namespace {

constexpr LevelNames kSeverities{"major", "minor", "info"};

// A stable fingerprint (64-bit FNV-1a, hex) of what identifies the issue, so
// GitLab can tell new issues from fixed ones between runs.
std::string Fingerprint(const Annotation& a, size_t occurrence) {
  uint64_t h = 1469598103934665603ull;
  const std::string key =
      a.path + '\n' + a.code + '\n' + a.message + '\n' + std::to_string(occurrence);
  for (const char c : key) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return fmt::format("{:016x}", h);
}

class GitlabRenderer : public AnnotationRenderer {
 public:
  GitlabRenderer(const RenderOptions& options, std::ostream& out)
      : AnnotationRenderer(options), out_(out) {}

  void Finish() override {
    issues_.Close();
    out_ << '\n';
  }

 private:
  void Emit(const Annotation& a, size_t occurrence) override {
    issues_.Add({{"description", a.code + " " + a.name + ": " + a.message},
                 {"check_name", a.code},
                 {"fingerprint", Fingerprint(a, occurrence)},
                 {"severity", kSeverities(a.level)},
                 {"location", {{"path", a.path}, {"lines", {{"begin", std::max(a.line, 1)}}}}}});
  }

  std::ostream& out_;
  JsonArrayStream issues_{out_, 0};
};

}  // namespace

std::unique_ptr<Renderer> MakeGitlabRenderer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<GitlabRenderer>(options, out);
}

}  // namespace evalscore::cli
