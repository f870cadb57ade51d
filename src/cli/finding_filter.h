// Noise control for a reviewer with many forms: --select / --ignore by code,
// code prefix (ES3) or name (as ruff does), and --min-severity.
#ifndef EVALSCORE_CLI_FINDING_FILTER_H_
#define EVALSCORE_CLI_FINDING_FILTER_H_

#include <optional>
#include <string>
#include <vector>

#include "evalscore/diagnostic.h"
#include "evalscore/result.h"

namespace evalscore::cli {

class FindingFilter {
 public:
  // Selectors are codes (ES305), code prefixes (ES3, ES) or names
  // (OVER_ACHIEVEMENT), any case; each must match at least one check, else an
  // error with a suggestion. `min_severity`: "" or info|warning|error.
  static Result<FindingFilter> Make(const std::vector<std::string>& select,
                                    const std::vector<std::string>& ignore,
                                    const std::string& min_severity);

  // A finding is kept when its severity reaches --min-severity and the most
  // specific selector matching it (longest code prefix; a name is most
  // specific) is a --select one; with no --select, every check is selected.
  // On a tie --ignore wins.
  bool Keeps(const Diagnostic& d) const;

  bool active() const { return !select_.empty() || !ignore_.empty() || min_severity_; }

 private:
  std::vector<std::string> select_;
  std::vector<std::string> ignore_;
  std::optional<Severity> min_severity_;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_FINDING_FILTER_H_
