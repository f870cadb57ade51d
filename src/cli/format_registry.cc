#include "cli/format_registry.h"

#include <algorithm>

namespace evalscore::cli {
namespace {

using F = Format;

constexpr Reason kNoSummary = {
    "sarif, github and gitlab annotate findings and have no summary to group",
    "sarif、github 和 gitlab 只标注发现的问题，没有可分组的汇总"};
constexpr Reason kAll = {"", ""};

bool Has(const std::vector<Format>& formats, Format f) {
  return std::find(formats.begin(), formats.end(), f) != formats.end();
}

// "text or json", "html, json, markdown or xlsx" (zh: "text 或 json", "html、json、markdown 或
// xlsx").
std::string Alternatives(const std::vector<Format>& formats, Lang lang) {
  const bool zh = lang == Lang::kZh;
  std::string text;
  for (size_t i = 0; i < formats.size(); ++i) {
    if (i > 0) text += i + 1 == formats.size() ? (zh ? " 或 " : " or ") : (zh ? "、" : ", ");
    text += FormatName(formats[i]);
  }
  return text;
}

// " -f json" where the command writes several formats, else "".
std::string WithFormat(Command command, Format format) {
  return FormatsOf(command).formats.size() > 1 ? std::string(" -f ") + FormatName(format) : "";
}

// "FLAG does not apply to USAGE -f F: WHY" in `lang`.
std::string DoesNotApply(std::string_view flag, Command command, Format format, const Reason& why,
                         Lang lang) {
  const std::string where = std::string(FormatsOf(command).usage) + WithFormat(command, format);
  if (lang == Lang::kZh) return std::string(flag) + " 不适用于 " + where + "：" + why(lang);
  return std::string(flag) + " does not apply to " + where + ": " + why(lang);
}

}  // namespace

const std::vector<CommandFormats>& FormatTable() {
  static const auto* table = new std::vector<CommandFormats>{
      {Command::kScore,
       "evalscore",
       {F::kText, F::kCsv, F::kJson, F::kMarkdown, F::kHtml, F::kXlsx, F::kSarif, F::kGithub,
        F::kGitlab},
       {F::kText, F::kCsv, F::kJson, F::kMarkdown, F::kHtml, F::kXlsx},
       kAll,
       kNoSummary},
      {Command::kCheck,
       "evalscore check",
       {F::kText, F::kCsv, F::kJson, F::kMarkdown, F::kHtml, F::kXlsx, F::kSarif, F::kGithub,
        F::kGitlab},
       {F::kText, F::kCsv, F::kJson, F::kMarkdown, F::kHtml, F::kXlsx},
       kAll,
       kNoSummary},
      {Command::kExplainFiles,
       "evalscore explain FILE",
       {F::kText, F::kJson},
       {F::kText},
       {"the derivation of every number is text, or data in json (the scores in other formats: "
        "evalscore -f FORMAT FILE)",
        "每个数字的推导是文本，或 json 格式的数据（其他格式的评分结果：evalscore -f FORMAT FILE）"},
       {"only the text derivation ends with the summary table", "只有文本推导末尾有汇总表"}},
      {Command::kExplainCodes,
       "evalscore explain CODE",
       {F::kText, F::kJson},
       {},
       {"a check's explanation is text, or its catalogue entry in json",
        "检查项的说明是文本，或 json 格式的目录条目"},
       {"there are no projects to group", "没有可分组的项目"}},
      {Command::kReport,
       "evalscore report",
       {F::kText},
       {},
       {"the draft 自评工作报告 is text to paste into the report (the scores in other formats: "
        "evalscore -f FORMAT FILE)",
        "自评工作报告草稿是供粘贴的文本（其他格式的评分结果：evalscore -f FORMAT FILE）"},
       {"each draft is about one project (the batch by group: evalscore --group-by)",
        "每份草稿只涉及一个项目（按组汇总：evalscore --group-by）"}},
      {Command::kReportSummary,
       "evalscore report --summary",
       {F::kMarkdown, F::kHtml},
       {},
       {"the 复核汇总报告 is a document, in Markdown or HTML",
        "复核汇总报告是 Markdown 或 HTML 文档"},
       {"the 复核汇总报告 has its own tables by unit", "复核汇总报告自带按单位的表格"}},
      {Command::kReview,
       "evalscore review",
       {F::kHtml, F::kJson, F::kMarkdown, F::kXlsx},
       {},
       {"the dashboard is a page, a workbook, its figures in json or the 复核汇总报告 in markdown",
        "复核看板是网页、工作簿、json 格式的数据或 markdown 格式的复核汇总报告"},
       {"the dashboard has its own breakdown by unit", "复核看板自带按单位的分析"}},
      {Command::kInit,
       "evalscore init",
       {F::kText},
       {},
       {"it writes a project file (YAML)", "它写出项目文件（YAML）"},
       {"it writes a project file", "它写出项目文件"}},
      {Command::kImport,
       "evalscore import",
       {F::kText},
       {},
       {"it writes project files (YAML)", "它写出项目文件（YAML）"},
       {"it writes project files", "它写出项目文件"}},
      {Command::kRules,
       "evalscore rules",
       {F::kText},
       {},
       {"it lists profiles or prints one as YAML", "它列出评分规则，或以 YAML 打印其一"},
       {"it prints rule profiles", "它打印评分规则"}},
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

FormatChoice ChooseFormat(Command command, std::string_view asked, bool group_by, Lang lang) {
  const CommandFormats& row = FormatsOf(command);
  const std::optional<Format> parsed = asked.empty() ? row.formats.front() : ParseFormat(asked);
  if (!parsed || !Has(row.formats, *parsed)) {
    const std::string usage = row.usage, alternatives = Alternatives(row.formats, lang);
    const std::string f = std::string(asked), why = row.why_not(lang);
    return {Format::kText, lang == Lang::kZh
                               ? usage + " 只输出 " + alternatives + "，不接受 -f " + f + "：" + why
                               : usage + " writes " + alternatives + ", not -f " + f + ": " + why};
  }
  if (group_by && !Has(row.grouped, *parsed)) {
    return {*parsed, DoesNotApply("--group-by", command, *parsed, row.why_not_grouped, lang)};
  }
  return {*parsed, ""};
}

const std::vector<FormatFlag>& FormatFlags() {
  static const auto* flags = new std::vector<FormatFlag>{
      {"--explain",
       {Command::kScore, Command::kExplainFiles},
       {F::kText},
       {"it shows the derivation of every number in the text report (as data: evalscore "
        "explain -f json FILE)",
        "它在文本报告中显示每个数字的推导（数据形式：evalscore explain -f json FILE）"}},
      {"--csv-bom",
       {Command::kScore, Command::kCheck},
       {F::kCsv},
       {"it starts CSV output with a BOM", "它在 CSV 输出开头加 BOM"}},
      {"--csv-headers",
       {Command::kScore, Command::kCheck},
       {F::kCsv, F::kXlsx},
       {"it chooses the header row of CSV and xlsx", "它选择 CSV 和 xlsx 的表头"}},
  };
  return *flags;
}

std::string FormatFlagRefusal(std::string_view flag, Command command, Format format, Lang lang) {
  for (const FormatFlag& f : FormatFlags()) {
    if (flag != f.flag) continue;
    const bool command_reads =
        std::find(f.commands.begin(), f.commands.end(), command) != f.commands.end();
    if (command_reads && Has(f.formats, format)) return "";
    return DoesNotApply(flag, command, format, f.why, lang);
  }
  return "";
}

}  // namespace evalscore::cli
