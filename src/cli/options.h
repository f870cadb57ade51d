// The command line as values: which command, and every option's setting.
// ParseCommandLine is the only place that knows CLI11.
#ifndef EVALSCORE_CLI_OPTIONS_H_
#define EVALSCORE_CLI_OPTIONS_H_

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/format_registry.h"

namespace evalscore::cli {

struct Options {
  Command command = Command::kScore;
  std::vector<std::string> paths;
  std::string format;  // -f as given; "" = the command's default (format_registry.h)
  std::string output;
  bool output_given = false;              // -o was on the command line (an empty name is refused)
  std::vector<std::string> format_flags;  // the FormatFlags() given on the command line
  std::optional<double> fail_under;
  std::string rules;
  unsigned jobs = 0;
  bool csv_bom = false;
  std::string encoding = "auto";
  std::string stdin_filename = "-";
  bool quiet = false;
  bool no_config = false;
  std::string config;
  bool rules_list = false;
  std::string rules_show;
  std::string fail_level;  // "" (no gate), error, warning, info
  bool strict = false;
  std::string sort = "path";
  bool explain = false;
  std::string init_file;
  bool init_zh = false;  // init --zh: Chinese keys whatever the language
  bool init_en = false;  // init --en: English keys
  std::string group_by;
  std::string lang;
  std::string csv_headers = "en";
  std::string color = "auto";
  bool verbose = false;
  std::vector<std::string> explain_args;
  bool summary = false;              // `report --summary`: the bureau-level 复核汇总报告
  std::string split_dir;             // `report --split DIR`: one draft per form
  std::vector<std::string> select;   // --select: codes, prefixes (ES3) or names
  std::vector<std::string> ignore;   // --ignore
  std::string min_severity;          // --min-severity
  std::vector<std::string> include;  // --include globs (directory scans)
  std::vector<std::string> exclude;  // --exclude globs
  std::vector<std::string> import_paths;
  std::string import_output;
};

// Parses `args` (args[0] is the program name) into `o`. Returns the exit code
// when the run ends here (--help, --version, a usage error already printed on
// `err`), else nullopt.
std::optional<int> ParseCommandLine(const std::vector<std::string>& args, Options* o,
                                    std::ostream& out, std::ostream& err);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_OPTIONS_H_
