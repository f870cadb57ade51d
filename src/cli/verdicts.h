// The verdicts that set a scoring run's exit code (inputs that could not be
// scored, failed gates), with the paths each names on stderr.
#ifndef EVALSCORE_CLI_VERDICTS_H_
#define EVALSCORE_CLI_VERDICTS_H_

#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "evalscore/batch_check.h"

#include "cli/batch_summary.h"
#include "cli/file_report.h"
#include "cli/style.h"

namespace evalscore::cli {

class Verdicts {
 public:
  // `gate`: the lowest severity that fails (--fail-level, --strict, check);
  // `fail_under`: --fail-under.
  // `by`, `group_threshold`: the --group-by tallies the batch summary keeps.
  Verdicts(std::optional<Severity> gate, std::optional<double> fail_under, GroupBy by,
           double group_threshold)
      : summary_({fail_under, gate}, by, group_threshold) {}

  // Each report, in input order.
  void Add(const FileReport& report);
  // The batch checks' findings gate the forms they name too.
  void AddBatch(const std::vector<BatchFinding>& found);

  // Every reason for the exit code, named with its paths: an unscorable file
  // never hides a failed gate, nor the other way round. `strict`: --strict
  // was given; `inputs`: how many inputs the run had.
  void Print(std::ostream& err, Lang lang, bool strict, size_t inputs) const;
  // 2 when an input could not be scored, else 1 when a gate failed, else 0.
  int ExitStatus() const;
  // The batch summary the verdicts are read from; the renderers read it too
  // (RenderOptions::summary).
  const BatchSummary& summary() const { return summary_; }

 private:
  BatchSummary summary_;
};

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_VERDICTS_H_
