// Output formats. A renderer receives finished reports in input order and
// writes as it goes; Finish() writes what needs the whole run (tables, JSON).
#ifndef EVALSCORE_CLI_RENDER_H_
#define EVALSCORE_CLI_RENDER_H_

#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "evalscore/batch_check.h"

#include "cli/file_report.h"
#include "cli/group_summary.h"
#include "cli/style.h"

namespace evalscore::cli {

enum class Format { kText, kCsv, kJson, kMarkdown, kHtml, kXlsx, kSarif, kGithub, kGitlab };

// What the text format shows per project.
enum class TextMode {
  kReport,   // the score report and its findings
  kCheck,    // only the findings (`evalscore check`)
  kExplain,  // the derivation of every number (`evalscore explain FILE`, --explain)
  kDraft,    // a draft 自评工作报告 per project (`evalscore report FILE`), no summary
};

// Order of the summary table (text) and of the rows (CSV, JSON).
enum class SortKey { kPath, kOverstatement, kTotal };

struct BatchSummary;

struct RenderOptions {
  TextMode text_mode = TextMode::kReport;
  Style style;                        // colour and language of text output
  GroupBy group_by = GroupBy::kNone;  // add a grouped summary (CSV: instead of the rows)
  SortKey sort = SortKey::kPath;
  std::optional<double> fail_under;    // mark projects with total < this
  bool csv_bom = false;                // UTF-8 BOM first, for Excel
  bool csv_chinese_headers = false;    // --csv-headers zh: the header row in Chinese
  bool quiet = false;                  // text: summary table only
  std::optional<Severity> fail_level;  // the finding gate (--fail-level, --strict, check)
  std::string config_path;             // the config file honoured ("" = none); JSON says which
  size_t expected_reports = 0;         // how many inputs the run has (xlsx numbers its sheets)
  std::string output_path;             // -o as the user named it ("" = stdout), for messages
  // The batch's statistics and verdict (batch_summary.h), fed by the run before each
  // Add() and AddBatch(): renderers print it in Finish(). Never null in a run.
  const BatchSummary* summary = nullptr;
};

class Renderer {
 public:
  virtual ~Renderer() = default;
  virtual void Add(const FileReport& report) = 0;
  virtual void Finish() = 0;
  // The batch checks' findings (ES5xx), once every report was added and before
  // Finish(). Formats without a place for them ignore them.
  virtual void AddBatch(const std::vector<BatchFinding>& findings) { (void)findings; }
};

std::unique_ptr<Renderer> MakeRenderer(Format format, const RenderOptions& options,
                                       std::ostream& out);

// Helpers shared by the formatters.
std::string Fixed2(double x);              // "92.40"
std::string Number(double x);              // shortest: "22.41", "10"
std::string PercentText(double fraction);  // 0.240071 -> "24.01%"
// The threshold of the grouped summary: --fail-under, else 60.
double GroupThreshold(const RenderOptions& options);
// "优:3 良:1" in the order of the profile's bands.
std::string GradeCounts(const GroupRow& row, const std::vector<std::string>& order);
const char* StatusName(IndicatorStatus s);  // "scored", "fallback", ...
const char* KindName(IndicatorKind k);      // "positive", "reverse", ...
const char* BudgetStatusName(BudgetStatus s);
const char* GradeName(QualitativeGradeKind g);  // "达成", "部分达成", "未达成", "?"
const char* DenominatorName(BudgetDenominator d);
// The form's labels: 全年预算数 / 调整后预算数 / 年初预算数; 当年财政拨款 … 年度资金总额.
const char* DenominatorLabel(BudgetDenominator d);
const char* FundsRowLabel(FundsRowKind k);  // "budget" / "adjusted" / "initial"

}  // namespace evalscore::cli

#endif  // EVALSCORE_CLI_RENDER_H_
