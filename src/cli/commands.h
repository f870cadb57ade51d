// One function per command (run.cc parses, picks the format and dispatches).
// Each returns the exit code (ExitCode in run.h) and writes its diagnostics
// on `err`.
#ifndef EVALSCORE_CLI_COMMANDS_H_
#define EVALSCORE_CLI_COMMANDS_H_

#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "evalscore/result.h"

#include "cli/config.h"
#include "cli/format_registry.h"
#include "cli/inputs.h"
#include "cli/options.h"
#include "cli/run.h"

namespace evalscore::cli {

inline int Code(ExitCode c) { return static_cast<int>(c); }

// One error as "evalscore: error: …" ("evalscore: 错误: …" in Chinese), made
// safe for a terminal.
void PrintError(std::ostream& err, const Message& message, Lang lang);
// Each error as PrintError prints it.
void PrintErrors(std::ostream& err, const Errors& errors, Lang lang = Lang::kEn);

// Runs `write` on stdout, or on -o FILE written whole (atomically) when given.
int WithOutput(const Options& o, std::ostream& out, std::ostream& err,
               const std::function<int(std::ostream&)>& write);

// What a directory scan reads: --include/--exclude, and never the file this
// run writes. A report evalscore wrote (marked in its docProps) is skipped
// when it is read (ScoreFormDocument), so each file is opened once.
DiscoverOptions ScanOptions(const Options& o, std::vector<std::string>* skipped);

// evalscore [check|explain FILE|report|review] PATH...: score the batch and
// render it in `format`.
int ScoreCommand(const Options& o, const Config& config, Format format, std::istream& in,
                 std::ostream& out, std::ostream& err);
// evalscore explain [CODE...]: the catalogue (all checks, or those named).
int ExplainCodesCommand(const Options& o, Format format, std::ostream& out);
int InitCommand(const Options& o, std::ostream& out, std::ostream& err);
int ImportCommand(const Options& o, std::ostream& err);
int RulesCommand(const Options& o, std::ostream& out, std::ostream& err);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_COMMANDS_H_
