#include "cli/format_registry.h"

#include <algorithm>

namespace evalscore::cli {
namespace {

using F = Format;

constexpr const char* kNoSummary =
    "sarif, github and gitlab annotate findings and have no summary to group";

bool Has(const std::vector<Format>& formats, Format f) {
  return std::find(formats.begin(), formats.end(), f) != formats.end();
}

// "text or json", "html, json, markdown or xlsx".
std::string Alternatives(const std::vector<Format>& formats) {
  std::string text;
  for (size_t i = 0; i < formats.size(); ++i) {
    if (i > 0) text += i + 1 == formats.size() ? " or " : ", ";
    text += FormatName(formats[i]);
  }
  return text;
}

}  // namespace

const std::vector<CommandFormats>& FormatTable() {
  static const auto* table = new std::vector<CommandFormats>{
      {Command::kScore,
       "evalscore",
       {F::kText, F::kCsv, F::kJson, F::kMarkdown, F::kHtml, F::kXlsx, F::kSarif, F::kGithub,
        F::kGitlab},
       {F::kText, F::kCsv, F::kJson, F::kMarkdown, F::kHtml, F::kXlsx},
       "",
       kNoSummary},
      {Command::kCheck,
       "evalscore check",
       {F::kText, F::kCsv, F::kJson, F::kMarkdown, F::kHtml, F::kXlsx, F::kSarif, F::kGithub,
        F::kGitlab},
       {F::kText, F::kCsv, F::kJson, F::kMarkdown, F::kHtml, F::kXlsx},
       "",
       kNoSummary},
      {Command::kExplainFiles,
       "evalscore explain FILE",
       {F::kText, F::kJson},
       {F::kText},
       "the derivation of every number is text, or data in json (the scores in other formats: "
       "evalscore -f FORMAT FILE)",
       "only the text derivation ends with the summary table"},
      {Command::kExplainCodes,
       "evalscore explain CODE",
       {F::kText, F::kJson},
       {},
       "a check's explanation is text, or its catalogue entry in json",
       "there are no projects to group"},
      {Command::kReport,
       "evalscore report",
       {F::kText},
       {},
       "the draft 自评工作报告 is text to paste into the report (the scores in other formats: "
       "evalscore -f FORMAT FILE)",
       "each draft is about one project (the batch by group: evalscore --group-by)"},
      {Command::kReportSummary,
       "evalscore report --summary",
       {F::kMarkdown, F::kHtml},
       {},
       "the 复核汇总报告 is a document, in Markdown or HTML",
       "the 复核汇总报告 has its own tables by unit"},
      {Command::kReview,
       "evalscore review",
       {F::kHtml, F::kJson, F::kMarkdown, F::kXlsx},
       {},
       "the dashboard is a page, a workbook, its figures in json or the 复核汇总报告 in markdown",
       "the dashboard has its own breakdown by unit"},
      {Command::kInit,
       "evalscore init",
       {F::kText},
       {},
       "it writes a project file (YAML)",
       "it writes a project file"},
      {Command::kImport,
       "evalscore import",
       {F::kText},
       {},
       "it writes project files (YAML)",
       "it writes project files"},
      {Command::kRules,
       "evalscore rules",
       {F::kText},
       {},
       "it lists profiles or prints one as YAML",
       "it prints rule profiles"},
  };
  return *table;
}

const CommandFormats& FormatsOf(Command command) {
  return FormatTable().at(static_cast<size_t>(command));
}

const char* FormatName(Format format) {
  switch (format) {
    case F::kText:
      return "text";
    case F::kCsv:
      return "csv";
    case F::kJson:
      return "json";
    case F::kMarkdown:
      return "markdown";
    case F::kHtml:
      return "html";
    case F::kXlsx:
      return "xlsx";
    case F::kSarif:
      return "sarif";
    case F::kGithub:
      return "github";
    case F::kGitlab:
      return "gitlab";
  }
  return "text";
}

std::optional<Format> ParseFormat(std::string_view name) {
  for (Format f : FormatsOf(Command::kScore).formats) {
    if (name == FormatName(f)) return f;
  }
  return std::nullopt;
}

Result<Format> ChooseFormat(Command command, std::string_view asked, bool group_by) {
  const CommandFormats& row = FormatsOf(command);
  const std::optional<Format> parsed = asked.empty() ? row.formats.front() : ParseFormat(asked);
  if (!parsed || !Has(row.formats, *parsed)) {
    return Errors{{std::string(row.usage) + " writes " + Alternatives(row.formats) + ", not -f " +
                       std::string(asked) + ": " + row.why_not,
                   {}}};
  }
  if (group_by && !Has(row.grouped, *parsed)) {
    const std::string with =
        row.formats.size() > 1 ? std::string(" -f ") + FormatName(*parsed) : "";
    return Errors{{std::string("--group-by does not apply to ") + row.usage + with + ": " +
                       row.why_not_grouped,
                   {}}};
  }
  return *parsed;
}

const std::vector<FormatFlag>& FormatFlags() {
  static const auto* flags = new std::vector<FormatFlag>{
      {"--explain",
       {Command::kScore},
       {F::kText},
       "it shows the derivation of every number in the text report (as data: evalscore explain "
       "-f json FILE)"},
      {"--csv-bom",
       {Command::kScore, Command::kCheck},
       {F::kCsv},
       "it starts CSV output with a BOM"},
      {"--csv-headers",
       {Command::kScore, Command::kCheck},
       {F::kCsv},
       "it chooses the CSV header row"},
  };
  return *flags;
}

Result<bool> CheckFormatFlag(std::string_view flag, Command command, Format format) {
  for (const FormatFlag& f : FormatFlags()) {
    if (flag != f.flag) continue;
    const bool command_reads =
        std::find(f.commands.begin(), f.commands.end(), command) != f.commands.end();
    if (command_reads && Has(f.formats, format)) return true;
    const std::string with =
        FormatsOf(command).formats.size() > 1 ? std::string(" -f ") + FormatName(format) : "";
    return Errors{
        {std::string(flag) + " does not apply to " + FormatsOf(command).usage + with + ": " + f.why,
         {}}};
  }
  return true;
}

}  // namespace evalscore::cli
