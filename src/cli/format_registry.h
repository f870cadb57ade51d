// Which output formats each command writes, and why it refuses the others:
// one table, so that no -f and no --group-by is ever silently ignored. A
// refused pair is a usage error (exit 3) with a one-line reason.
#ifndef EVALSCORE_CLI_FORMAT_REGISTRY_H_
#define EVALSCORE_CLI_FORMAT_REGISTRY_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/render.h"
#include "cli/style.h"

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

// A one-clause reason in English and Chinese.
struct Reason {
  const char* en;
  const char* zh;
  const char* operator()(Lang lang) const { return lang == Lang::kZh ? zh : en; }
};

struct CommandFormats {
  Command command;
  const char* usage;            // as typed: "explain FILE"
  std::vector<Format> formats;  // the formats it writes; the first is its default
  std::vector<Format> grouped;  // those of them that honour --group-by
  Reason why_not;               // why the other formats are refused
  Reason why_not_grouped;       // why --group-by is refused with the others
};

// Every command's row, in the order of Command.
const std::vector<CommandFormats>& FormatTable();
const CommandFormats& FormatsOf(Command command);

// "text", "csv", … (the -f names); ParseFormat is their inverse.
const char* FormatName(Format format);
std::optional<Format> ParseFormat(std::string_view name);

// The format `command` writes for `-f asked` ("" = not given: its default),
// or the one-line reason (in `lang`) it refuses the format, or --group-by with it.
struct FormatChoice {
  Format format = Format::kText;
  std::string refusal;  // "" when the command writes `format`
};
FormatChoice ChooseFormat(Command command, std::string_view asked, bool group_by,
                          Lang lang = Lang::kEn);

// An option that only some commands and formats read (given elsewhere, it is refused).
struct FormatFlag {
  const char* flag;               // "--explain"
  std::vector<Command> commands;  // the commands that read it
  std::vector<Format> formats;    // in these formats
  Reason why;                     // what the option is for
};
const std::vector<FormatFlag>& FormatFlags();

// The one-line reason (in `lang`) `flag` (one of FormatFlags()) is refused with
// `command` in `format`; "" when it applies.
std::string FormatFlagRefusal(std::string_view flag, Command command, Format format,
                              Lang lang = Lang::kEn);

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_FORMAT_REGISTRY_H_
