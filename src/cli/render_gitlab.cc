// -f gitlab: a GitLab Code Quality report, a JSON array of issues
// {description, check_name, fingerprint, severity, location: {path, lines:
// {begin}}}, shown in merge requests (artifacts: reports: codequality).
#include <algorithm>
#include <cstdint>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/annotations.h"

namespace evalscore::cli {
namespace {

using Json = nlohmann::ordered_json;

const char* GitlabSeverity(Severity s) {
  switch (s) {
    case Severity::kError:
      return "major";
    case Severity::kWarning:
      return "minor";
    default:
      return "info";
  }
}

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

class GitlabRenderer : public Renderer {
 public:
  GitlabRenderer(const RenderOptions& options, std::ostream& out) : options_(options), out_(out) {}

  void Add(const FileReport& r) override {
    std::map<std::string, size_t> seen;  // identical issues in one file stay distinct
    for (const Annotation& a : Annotations(r, options_)) {
      const size_t occurrence = seen[a.code + a.message]++;
      issues_.push_back(
          {{"description", a.code + " " + a.name + ": " + a.message},
           {"check_name", a.code},
           {"fingerprint", Fingerprint(a, occurrence)},
           {"severity", GitlabSeverity(a.level)},
           {"location", {{"path", a.path}, {"lines", {{"begin", std::max(a.line, 1)}}}}}});
    }
  }

  void Finish() override {
    out_ << issues_.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
  }

 private:
  RenderOptions options_;
  std::ostream& out_;
  Json issues_ = Json::array();
};

}  // namespace

std::unique_ptr<Renderer> MakeGitlabRenderer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<GitlabRenderer>(options, out);
}

}  // namespace evalscore::cli
