#include "cli/finding_filter.h"

#include <algorithm>
#include <cctype>

#include "evalscore/check.h"

namespace evalscore::cli {
namespace {

std::string Upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

// How specifically `selector` matches a check: 0 not at all, else the length
// of the matched code prefix (a name counts as more than any code).
size_t Specificity(const std::string& selector, const std::string& code, const std::string& name) {
  if (selector == name) return 100;
  if (!selector.empty() && code.rfind(selector, 0) == 0) return selector.size();
  return 0;
}

size_t Best(const std::vector<std::string>& selectors, const std::string& code,
            const std::string& name) {
  size_t best = 0;
  for (const std::string& s : selectors) best = std::max(best, Specificity(s, code, name));
  return best;
}

// The catalogue entry closest to an unknown selector, for the error message.
std::string Suggestion(const std::string& selector) {
  for (const CheckInfo& c : CheckCatalogue()) {
    if (c.name.find(selector) != std::string::npos) return c.name;
  }
  return "";
}

}  // namespace

Result<FindingFilter> FindingFilter::Make(const std::vector<std::string>& select,
                                          const std::vector<std::string>& ignore,
                                          const std::string& min_severity) {
  FindingFilter f;
  Errors errors;
  const auto take = [&](const std::vector<std::string>& in, std::vector<std::string>* out,
                        const char* flag) {
    for (const std::string& raw : in) {
      const std::string s = Upper(raw);
      if (s.empty()) continue;
      const bool known =
          std::any_of(CheckCatalogue().begin(), CheckCatalogue().end(),
                      [&](const CheckInfo& c) { return Specificity(s, c.code, c.name) > 0; });
      if (!known) {
        const std::string hint = Suggestion(s);
        errors.push_back(
            {{hint.empty() ? "cli.unknown_check" : "cli.unknown_check_suggest",
              {TextArg("check", raw), TextArg("flag", flag), TextArg("suggestion", hint)}},
             {}});
        continue;
      }
      out->push_back(s);
    }
  };
  take(select, &f.select_, "--select");
  take(ignore, &f.ignore_, "--ignore");
  if (min_severity == "info") f.min_severity_ = Severity::kInfo;
  if (min_severity == "warning") f.min_severity_ = Severity::kWarning;
  if (min_severity == "error") f.min_severity_ = Severity::kError;
  if (!errors.empty()) return errors;
  return f;
}

bool FindingFilter::Keeps(const Diagnostic& d) const {
  if (min_severity_ && d.severity < *min_severity_) return false;
  const size_t selected = select_.empty() ? 1 : Best(select_, d.code, d.name);
  const size_t ignored = Best(ignore_, d.code, d.name);
  if (selected == 0) return false;
  return ignored == 0 || selected > ignored;
}

}  // namespace evalscore::cli
