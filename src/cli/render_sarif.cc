// -f sarif: SARIF 2.1.0 (OASIS), for code-scanning views (GitHub, GitLab,
// Azure DevOps). One run; every check, input error code and gate is a rule;
// every annotation a result at its file and line. Columns are left out: ours
// count bytes, SARIF's count UTF-16 units, and the lines hold Chinese text.
//
// The log is written with the bytes of dumping it whole (dump(2)), but nothing
// is held per result: the rules are the fixed catalogue, known at the start;
// the invocation's exit code comes before the results and is known only at
// the end, so each result is written as it comes to a spool file
// (text_spool.h) and copied after the head in Finish().
#include <map>
#include <memory>

#include <nlohmann/json.hpp>

#include "evalscore/check.h"

#include "cli/annotation_renderer.h"
#include "cli/gate.h"
#include "cli/input_error_codes.h"
#include "cli/json_stream.h"
#include "cli/text_spool.h"

namespace evalscore::cli {
namespace {

using Json = nlohmann::ordered_json;

constexpr LevelNames kLevels{"error", "warning", "note"};

Json Rule(const std::string& id, const std::string& name, const std::string& summary,
          Severity level) {
  return {{"id", id},
          {"name", name},
          {"shortDescription", {{"text", summary}}},
          {"defaultConfiguration", {{"level", kLevels(level)}}}};
}

// A relative path as a URI reference: unreserved bytes and '/' kept, the rest
// percent-encoded (Chinese file names, spaces).
std::string UriOf(const std::string& path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string uri;
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      uri += static_cast<char>(c);
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 15];
    }
  }
  return uri;
}

class SarifRenderer : public AnnotationRenderer {
 public:
  SarifRenderer(const RenderOptions& options, std::ostream& out)
      : AnnotationRenderer(options), out_(out) {
    for (const CheckInfo& c : CheckCatalogue())
      AddRule(Rule(c.code, c.name, c.summary, c.severity));
    for (const InputErrorCode& c : InputErrorCodes()) {
      AddRule(Rule(c.code, c.name, c.summary, Severity::kError));
    }
    AddRule(Rule(kFailUnderCode, kFailUnderName,
                 "the recomputed total is below the --fail-under threshold", Severity::kError));
  }

  void BeginReport(const FileReport& r) override {
    if (r.status == FileStatus::kError) ++unscorable_;
    if (!FailedGates(r, {options().fail_under, options().fail_level}).empty()) ++failed_;
  }

  void Emit(const Annotation& a, size_t /*occurrence*/) override {
    Json location = {{"physicalLocation", {{"artifactLocation", {{"uri", UriOf(a.path)}}}}}};
    if (a.line > 0) location["physicalLocation"]["region"] = {{"startLine", a.line}};
    if (!spool_) {  // made at the first result: a clean run needs no temporary file
      spool_ = std::make_unique<TextSpool>("evalscore-sarif");
      results_ = std::make_unique<JsonArrayStream>(spool_->stream(), kResultsDepth);
    }
    results_->Add({{"ruleId", a.code},
                   {"ruleIndex", rule_index_.at(a.code)},
                   {"level", kLevels(a.level)},
                   {"message", {{"text", a.message}}},
                   {"locations", Json::array({location})}});
  }

  // The log with an empty "results" array, which ends it: the text before
  // its "[]", the spooled array instead, and the text after.
  void Finish() override {
    const int exit_code = VerdictExitCode(unscorable_, failed_);
    Json run = {
        {"tool",
         {{"driver",
           {{"name", "evalscore"},
            {"version", EVALSCORE_VERSION},
            {"informationUri", "https://github.com/evalscore/evalscore"},
            {"rules", rules_}}}}},
        {"invocations", Json::array({{{"executionSuccessful", true}, {"exitCode", exit_code}}})},
        {"results", Json::array()}};
    const Json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", Json::array({run})}};
    const std::string text = log.dump(2, ' ', false, Json::error_handler_t::replace);
    const size_t empty = text.rfind("[]");  // "results": [] is the last value
    if (!spool_) {
      out_ << text << '\n';
      return;
    }
    results_->Close();
    out_ << text.substr(0, empty);
    // A spool that could not be written or read fails the output (-o keeps
    // the previous file), rather than writing a log with results missing.
    if (!spool_->CopyTo(out_)) out_.setstate(std::ios::badbit);
    out_ << text.substr(empty + 2) << '\n';
  }

 private:
  void AddRule(Json rule) {
    rule_index_[rule["id"].get<std::string>()] = rules_.size();
    rules_.push_back(std::move(rule));
  }

  std::ostream& out_;
  Json rules_ = Json::array();
  std::map<std::string, size_t> rule_index_;
  // "results" is a value of the run (column 6 of runs[0]); its elements at 8.
  static constexpr size_t kResultsDepth = 6;
  std::unique_ptr<TextSpool> spool_;
  std::unique_ptr<JsonArrayStream> results_;  // written to spool_
  size_t unscorable_ = 0;
  size_t failed_ = 0;
};

}  // namespace

std::unique_ptr<Renderer> MakeSarifRenderer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<SarifRenderer>(options, out);
}

}  // namespace evalscore::cli
