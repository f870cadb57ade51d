// Which output formats each command writes, and why it refuses the others:
// one table, so that no -f and no --group-by is ever silently ignored. A
// refused pair is a usage error (exit 3) with a one-line reason.
#ifndef EVALSCORE_CLI_FORMAT_REGISTRY_H_
#define EVALSCORE_CLI_FORMAT_REGISTRY_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "evalscore/result.h"

#include "cli/render.h"

namespace evalscore::cli {

// What a command line asks for (a subcommand, or a subcommand's mode).
enum class Command {
  kScore,          // evalscore PATH...
  kCheck,          // evalscore check PATH...
  kExplainFiles,   // evalscore explain FILE...
  kExplainCodes,   // evalscore explain [CODE...]
  kReport,         // evalscore report FILE... (also --split DIR)
  kReportSummary,  // evalscore report --summary PATH...
  kReview,         // evalscore review PATH...
  kInit,           // evalscore init [FILE]
  kImport,         // evalscore import FILE...
  kRules,          // evalscore rules list|show
};

struct CommandFormats {
  Command command;
  const char* usage;            // as typed: "explain FILE"
  std::vector<Format> formats;  // the formats it writes; the first is its default
  std::vector<Format> grouped;  // those of them that honour --group-by
  const char* why_not;          // why the other formats are refused (one clause)
  const char* why_not_grouped;  // why --group-by is refused with the others
};

// Every command's row, in the order of Command.
const std::vector<CommandFormats>& FormatTable();
const CommandFormats& FormatsOf(Command command);

// "text", "csv", … (the -f names); ParseFormat is their inverse.
const char* FormatName(Format format);
std::optional<Format> ParseFormat(std::string_view name);

// The format `command` writes for `-f asked` ("" = not given: its default),
// or the one-line reason it refuses the format, or --group-by with it.
Result<Format> ChooseFormat(Command command, std::string_view asked, bool group_by);

// An option that only some commands and formats read (given elsewhere, it is refused).
struct FormatFlag {
  const char* flag;               // "--explain"
  std::vector<Command> commands;  // the commands that read it
  std::vector<Format> formats;    // in these formats
  const char* why;                // what the option is for (one clause)
};
const std::vector<FormatFlag>& FormatFlags();

// The one-line reason `flag` (one of FormatFlags()) is refused with `command`
// in `format`, or true.
Result<bool> CheckFormatFlag(std::string_view flag, Command command, Format format);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_FORMAT_REGISTRY_H_
